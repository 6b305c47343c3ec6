// Vertriebs-Innendienst eines Hydraulik-Großhändlers: ein LangGraph-Agent erstellt und versendet
// Angebote. Scripted model, no network; OpenInference spans as OTLP/JSON (one request per turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, callId } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('vk-angebotsassistent', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

const preise = {
  'HX-2210-A': { artikelnr: 'HX-2210-A', bezeichnung: 'Rücklauffilter RF-160, Gehäuse Alu', preis_netto: 38.9, waehrung: 'EUR', preisliste: 'PL-2025-Q4', gueltig_ab: '2025-10-01' },
  'HX-4471-B': { artikelnr: 'HX-4471-B', bezeichnung: 'Hydraulikfilter-Element 10µm, Glasfaser', preis_netto: 0.0, waehrung: 'EUR', preisliste: 'PL-2025-Q4', gueltig_ab: '1970-01-01' },
};

const tools = [
  tool(async ({ kundennr }) => JSON.stringify({ kundennr, firma: 'Brenner Landtechnik GmbH & Co. KG', ansprechpartner: 'Sabine Kessler', email: 'einkauf@brenner-landtechnik.de', rahmenrabatt_prozent: 12, zahlungsziel_tage: 30 }),
    { name: 'kunde_laden', description: 'Stammdaten und Konditionen eines Kunden laden.', schema: z.object({ kundennr: z.string() }) }),
  tool(async ({ artikelnr }) => JSON.stringify(preise[artikelnr]),
    { name: 'listenpreis_abfragen', description: 'Netto-Listenpreis eines Artikels aus der gültigen Preisliste.', schema: z.object({ artikelnr: z.string() }) }),
  tool(async ({ artikelnr, menge }) => JSON.stringify(artikelnr === 'HX-4471-B'
    ? { artikelnr, lager: 'Kassel', verfuegbar: 212, angefragt: menge, lieferzeit_werktage: 2 }
    : { artikelnr, lager: 'Kassel', verfuegbar: 34, angefragt: menge, lieferzeit_werktage: 2 }),
    { name: 'verfuegbarkeit_pruefen', description: 'Lagerbestand und Lieferzeit prüfen.', schema: z.object({ artikelnr: z.string(), menge: z.number() }) }),
  tool(async ({ kundennr, positionen, rabatt_prozent }) => {
    const summe = positionen.reduce((s, p) => s + p.menge * p.einzelpreis * (1 - rabatt_prozent / 100), 0);
    return JSON.stringify({ angebotsnr: 'AN-2025-10384', kundennr, status: 'angelegt', positionen: positionen.length, summe_netto: Math.round(summe * 100) / 100, waehrung: 'EUR', gueltig_bis: '2025-11-14' });
  }, { name: 'angebot_anlegen', description: 'Angebot im ERP anlegen.', schema: z.object({ kundennr: z.string(), rabatt_prozent: z.number(),
    positionen: z.array(z.object({ artikelnr: z.string(), menge: z.number(), einzelpreis: z.number() })) }) }),
  tool(async ({ angebotsnr, empfaenger }) => JSON.stringify({ angebotsnr, empfaenger, versendet: true, message_id: '<20251031.094412.7731@erp.hydro-nord.de>' }),
    { name: 'angebot_versenden', description: 'Angebot als PDF per E-Mail an den Kunden senden.', schema: z.object({ angebotsnr: z.string(), empfaenger: z.string(), anschreiben: z.string() }) }),
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'kunde_laden', args: { kundennr: 'K-300581' } }] },
  { tool_calls: [{ name: 'listenpreis_abfragen', args: { artikelnr: 'HX-4471-B' } }] },
  { tool_calls: [{ name: 'listenpreis_abfragen', args: { artikelnr: 'HX-2210-A' } }] },
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { artikelnr: 'HX-4471-B', menge: 40 } }] },
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { artikelnr: 'HX-2210-A', menge: 15 } }] },
  { tool_calls: [{ name: 'angebot_anlegen', args: { kundennr: 'K-300581', rabatt_prozent: 12, positionen: [
    { artikelnr: 'HX-4471-B', menge: 40, einzelpreis: 0.0 }, { artikelnr: 'HX-2210-A', menge: 15, einzelpreis: 38.9 }] } }] },
  { tool_calls: [{ name: 'angebot_versenden', args: { angebotsnr: 'AN-2025-10384', empfaenger: 'einkauf@brenner-landtechnik.de',
    anschreiben: 'Sehr geehrte Frau Kessler,\n\nanbei unser Angebot AN-2025-10384 über 40 × Filterelement HX-4471-B und 15 × Rücklauffilter HX-2210-A, abzüglich Ihres Rahmenrabatts von 12 %. Gesamtsumme netto 513,48 €, Lieferung ab Lager Kassel in 2 Werktagen, Zahlungsziel 30 Tage.\n\nMit freundlichen Grüßen\nMarkus Bauer, Vertriebsinnendienst' } }] },
  { content: 'Erledigt: Angebot AN-2025-10384 ist angelegt und an Frau Kessler (einkauf@brenner-landtechnik.de) verschickt.\n\n- 40 × HX-4471-B Filterelement 10µm: 0,00 €/Stk.\n- 15 × HX-2210-A Rücklauffilter RF-160: 38,90 €/Stk.\n- Rahmenrabatt 12 %\n\nGesamtsumme netto: 513,48 €, Lieferung in 2 Werktagen ab Kassel, gültig bis 14.11.2025.' },
] });

const app = await reactGraph({ model, tools, name: 'angebots-agent' });
const threadId = 'vk-k300581-2025-10-31-0941';
await t.turn({ userId: 'm.bauer@hydro-nord.de' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Angebotsassistent des Vertriebsinnendienstes der Hydro-Nord Handels GmbH. Preise immer aus der gültigen Preisliste, Rahmenrabatte aus den Kundenstammdaten. Angebote im ERP anlegen und an den Einkauf des Kunden senden.'),
  new HumanMessage('Bitte Angebot für Kunde K-300581 (Brenner Landtechnik): 40 Stück HX-4471-B und 15 Stück HX-2210-A, mit Rahmenrabatt, direkt an den Einkauf schicken. Die brauchen das heute noch.'),
] }, { metadata: { thread_id: threadId }, configurable: { thread_id: threadId } }));

t.write(path.join(here, 'spans.otlp.jsonl'));
