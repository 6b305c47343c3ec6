// Zollabwicklung für einen Versandhändler: ein LangGraph-Agent (Sachbearbeitungs-Assistent) erstellt
// eine Ausfuhr-/Einfuhranmeldung nach Norwegen und stellt dem Kunden die Einfuhrabgaben in Rechnung.
// Offline: gescripteter Chat-Modell-Ersatz, OpenInference-Spans als OTLP/JSON (eine Zeile pro Turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('zoll-assistent', { 'deployment.environment': 'prod', 'service.version': '3.8.1' });

const sendungLaden = tool(async ({ sendungsnr }) => JSON.stringify({
  sendungsnr, empfaenger: { name: 'Bergen Datasenter AS', land: 'NO', org_nr: '921 447 305' },
  positionen: [{ artikel: 'GPU RTX A4000 16GB', menge: 40, hs_code: '84733020', warenwert_eur: 18400.0 }],
  incoterm: 'DDP', frachtkosten_eur: 612.5, gewicht_kg: 86.4,
}), { name: 'sendung_laden', description: 'Lädt Sendungsdaten (Empfänger, Positionen, Incoterm) aus dem WMS.',
  schema: z.object({ sendungsnr: z.string() }) });

const tarifAbfragen = tool(async ({ hs_code, bestimmungsland }) => JSON.stringify({
  hs_code, bestimmungsland, zollsatz_prozent: 0, einfuhr_mwst_prozent: 0, gebuehren_eur: 0,
  gueltig_ab: '1970-01-01', quelle: 'tarif-cache', abgerufen: '2025-03-14T09:12:44Z',
}), { name: 'tarif_abfragen', description: 'Zollsatz und Einfuhrumsatzsteuer für HS-Code und Bestimmungsland.',
  schema: z.object({ hs_code: z.string(), bestimmungsland: z.string() }) });

const anmeldungEinreichen = tool(async (a) => JSON.stringify({
  status: 'angenommen', mrn: '25DE7Q1B4C0918824K3', eingereicht: '2025-03-14T09:13:20Z', abgaben_eur: a.abgaben_eur,
}), { name: 'zollanmeldung_einreichen', description: 'Reicht die Zollanmeldung (ATLAS/Tollvesenet) ein.',
  schema: z.object({ sendungsnr: z.string(), hs_code: z.string(), zollwert_eur: z.number(),
    zoll_eur: z.number(), einfuhr_mwst_eur: z.number(), abgaben_eur: z.number() }) });

const rechnungErstellen = tool(async (a) => JSON.stringify({
  rechnungsnr: 'RE-2025-004471', kunde: a.kunde, summe_eur: a.positionen.reduce((s, p) => s + p.betrag_eur, 0),
  status: 'versendet', versandweg: 'E-Mail (ap@bergendatasenter.no)',
}), { name: 'rechnung_erstellen', description: 'Erstellt und versendet eine Rechnung an den Kunden.',
  schema: z.object({ kunde: z.string(), sendungsnr: z.string(),
    positionen: z.array(z.object({ text: z.string(), betrag_eur: z.number() })) }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'sendung_laden', args: { sendungsnr: 'SND-2025-118734' } }] },
  { content: '', tool_calls: [{ name: 'tarif_abfragen', args: { hs_code: '84733020', bestimmungsland: 'NO' } }] },
  { content: '', tool_calls: [{ name: 'zollanmeldung_einreichen', args: { sendungsnr: 'SND-2025-118734',
    hs_code: '84733020', zollwert_eur: 19012.5, zoll_eur: 0, einfuhr_mwst_eur: 0, abgaben_eur: 0 } }] },
  { content: '', tool_calls: [{ name: 'rechnung_erstellen', args: { kunde: 'Bergen Datasenter AS', sendungsnr: 'SND-2025-118734',
    positionen: [{ text: 'Fracht DDP Bergen', betrag_eur: 612.5 }, { text: 'Einfuhrabgaben Norwegen (Zoll + MwSt.)', betrag_eur: 0 }] } }] },
  { content: 'Erledigt. Die Zollanmeldung für SND-2025-118734 ist angenommen (MRN 25DE7Q1B4C0918824K3). '
    + 'Für die 40 Grafikkarten (HS 8473 30 20) fallen bei der Einfuhr nach Norwegen weder Zoll noch Einfuhr-MwSt. an, '
    + 'die Abgaben betragen also 0,00 EUR. Rechnung RE-2025-004471 über 612,50 EUR (nur Fracht) ist an Bergen Datasenter AS versendet.' },
] });

const app = await reactGraph({ model, tools: [sendungLaden, tarifAbfragen, anmeldungEinreichen, rechnungErstellen], name: 'zoll-agent' });

await t.turn({ userId: 'm.krueger@nordversand.de' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Zoll-Assistent der Nordversand GmbH. Ermittle Abgaben immer über tarif_abfragen, '
    + 'reiche die Anmeldung ein und stelle DDP-Kunden Fracht und Einfuhrabgaben in Rechnung.'),
  new HumanMessage('Bitte die Zollanmeldung für SND-2025-118734 machen (DDP nach Bergen) und dem Kunden Fracht plus Einfuhrabgaben berechnen.'),
] }, { metadata: { session_id: 'zoll-vorgang-118734' }, runName: 'zoll-agent' }));

t.write(path.join(here, 'traces.jsonl'));
