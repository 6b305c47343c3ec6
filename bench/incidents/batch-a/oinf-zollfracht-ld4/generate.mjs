// Freight-forwarding assistant (German): a LangGraph tool loop traced with OpenInference.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('speditions-assistent', { 'deployment.environment': 'prod-eu' });

const sendungAbrufen = tool(async ({ sendungsnummer }) => JSON.stringify({
  sendungsnummer, absender: 'Midwest Pump Components Inc., Peoria IL', empfaenger: 'Hydrotech Rhein GmbH, Duisburg',
  packstuecke: 3, bruttogewicht: 2140, gewichtseinheit: 'LB', warenwert: 18450.0, waehrung: 'USD',
  zolltarifnummer: '8413.70.21', ursprungsland: 'US', eta_hafen: '2025-03-18', hafen: 'DEHAM',
}), { name: 'sendung_abrufen', description: 'Liest die Sendungsdaten des Carriers (Air Waybill / B/L) zu einer Sendungsnummer.',
  schema: z.object({ sendungsnummer: z.string() }) });

const atlasAnmeldung = tool(async (a) => JSON.stringify({
  status: 'angenommen', mrn: '25DE471200018834E7', bezugsnummer: a.bezugsnummer,
  rohmasse_kg: a.rohmasse_kg, eigenmasse_kg: a.eigenmasse_kg, abgabenbescheid: 'vorläufig', zollstelle: 'DE004712 Hamburg-Waltershof',
}), { name: 'atlas_einfuhranmeldung', description: 'Übermittelt eine Einfuhranmeldung (ATLAS). Massen in Kilogramm.',
  schema: z.object({ bezugsnummer: z.string(), zolltarifnummer: z.string(), ursprungsland: z.string(),
    rohmasse_kg: z.number().describe('Rohmasse in kg'), eigenmasse_kg: z.number().describe('Eigenmasse in kg'),
    rechnungspreis: z.number(), waehrung: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'sendung_abrufen', args: { sendungsnummer: 'AWB 020-48817365' } }] },
  { content: 'Sendungsdaten liegen vor, ich übermittle die Einfuhranmeldung.', tool_calls: [{ name: 'atlas_einfuhranmeldung', args: {
    bezugsnummer: 'HRD-2025-0318-07', zolltarifnummer: '8413.70.21', ursprungsland: 'US',
    rohmasse_kg: 2140, eigenmasse_kg: 851, rechnungspreis: 18450.0, waehrung: 'USD' } }] },
  { content: 'Die Einfuhranmeldung für AWB 020-48817365 wurde angenommen (MRN 25DE471200018834E7, Zollstelle Hamburg-Waltershof). Angemeldet: 3 Packstücke, Rohmasse 2.140 kg, Eigenmasse 851 kg, Rechnungspreis 18.450,00 USD, Tarifnummer 8413.70.21, Ursprung US. Der Abgabenbescheid ist vorläufig.' },
] });

const app = await reactGraph({ model, tools: [sendungAbrufen, atlasAnmeldung], name: 'zoll_agent' });
const sys = new SystemMessage('Du bist der Zollassistent der Hydrotech Rhein GmbH. Erstelle Einfuhranmeldungen aus den Carrier-Daten. Antworte auf Deutsch.');
await t.turn({ userId: 'u-kbraun@hydrotech-rhein.de' }, () => app.invoke(
  { messages: [sys, new HumanMessage('Bitte die Einfuhranmeldung für die Pumpensendung AWB 020-48817365 machen, Bezugsnummer HRD-2025-0318-07. Eigenmasse laut Packliste 1.876 lb.')] },
  { configurable: { thread_id: 'zoll-HRD-2025-0318-07' }, metadata: { session_id: 'zoll-HRD-2025-0318-07' } }));
t.write(path.join(here, 'traces.jsonl'));
