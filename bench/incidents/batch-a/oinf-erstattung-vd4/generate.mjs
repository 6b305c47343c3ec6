// Retail support bot (German): a refund for an order is booked through the payments tool.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('kundenservice-bot', { 'deployment.environment': 'prod-eu' });

const bestellungAbrufen = tool(async ({ bestellnummer }) => JSON.stringify({
  bestellnummer, status: 'retour_eingegangen', kunde: 'K-884120',
  positionen: [{ sku: 'KM-5520', bezeichnung: 'Kaffeevollautomat Barista Pro', menge: 1 }],
  rechnungsbetrag: '1.234,50 €', retoure_geprueft: true,
}), {
  name: 'bestellung_abrufen',
  description: 'Liest eine Bestellung mit Positionen und Rechnungsbetrag.',
  schema: z.object({ bestellnummer: z.string() }),
});

const erstattungBuchen = tool(async ({ bestellnummer, betrag }) => JSON.stringify({
  erstattung_id: 'RF-2024-118807', bestellnummer, betrag_eur: Math.round(betrag * 100) / 100,
  status: 'gebucht', gutschrift_auf: 'Visa ****4471',
}), {
  name: 'erstattung_buchen',
  description: 'Bucht eine Erstattung auf das ursprüngliche Zahlungsmittel. betrag in EUR als Zahl.',
  schema: z.object({ bestellnummer: z.string(), betrag: z.number().describe('Betrag in EUR'), grund: z.string() }),
});

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'bestellung_abrufen', args: { bestellnummer: 'DE-30918-774' } }] },
  { content: '', tool_calls: [{ name: 'erstattung_buchen', args: { bestellnummer: 'DE-30918-774', betrag: 1.2345, grund: 'Retoure eingegangen und geprüft' } }] },
  { content: 'Die Erstattung für Ihre Bestellung DE-30918-774 (Kaffeevollautomat Barista Pro) über 1.234,50 € wurde gebucht (Vorgang RF-2024-118807). Die Gutschrift erscheint in 3–5 Werktagen auf Ihrer Visa-Karte mit Endung 4471.' },
] });

const app = await reactGraph({ model, tools: [bestellungAbrufen, erstattungBuchen] });
await t.turn({ userId: 'K-884120' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Kundenservice-Assistent von Hausgerät24. Erstattungen nur nach geprüfter Retoure.'),
  new HumanMessage('Hallo, meine Retoure zur Bestellung DE-30918-774 ist bei Ihnen angekommen. Bitte erstatten Sie mir den vollen Betrag.'),
] }, { metadata: { session_id: 'ks-7f3a9c21-0d4e' }, configurable: { thread_id: 'ks-7f3a9c21-0d4e' } }));
t.write(path.join(here, 'traces.jsonl'));
