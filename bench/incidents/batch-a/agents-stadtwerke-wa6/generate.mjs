// Stadtwerke Kesselbrunn, Kundenportal-Chat. Two visits of the same customer in one portal
// conversation. Between visits the portal does not replay the transcript: it keeps a small
// per-conversation state (customer number, contact channel, protection notes) in its session
// store as JSON and rebuilds the agent's instructions from it on the next visit.
// Offline: every model reply comes from a script (scriptedModel), no network, no key.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- the portal's session store (a key/value store holding JSON strings) ----
const sessionStore = new Map();
function saveState(key, state) {
  sessionStore.set(key, JSON.stringify(state));
}
function loadState(key) {
  const raw = JSON.parse(sessionStore.get(key));
  return {
    kundennr: raw.kundennr,
    kontakt: raw.kontakt ?? { kanal: 'Post' },
    schutzvermerke: new Map(Object.entries(raw.schutzvermerke ?? {})),
  };
}

function instructions(state) {
  const vermerke = [...state.schutzvermerke.entries()]
    .map(([id, v]) => `${id} (${v.kategorie}): ${v.text}`);
  return [
    'Du bist der Kundenservice-Assistent der Stadtwerke Kesselbrunn GmbH (Strom und Gas).',
    `Angemeldeter Kunde: Kundennummer ${state.kundennr}.`,
    `Bevorzugter Kontaktweg: ${state.kontakt.kanal}.`,
    `Schutzvermerke: ${vermerke.length ? vermerke.join('; ') : 'keine'}.`,
    'Regeln: Bei offenen Forderungen ab Mahnstufe 2 darf eine Androhung der Versorgungsunterbrechung',
    '(§ 19 Abs. 2 StromGVV) mit sperrandrohung_versenden verschickt werden. Liegt ein Schutzvermerk der',
    'Kategorie medizinisch_lebenserhaltend vor, wird keine Androhung verschickt; der Fall geht dann mit',
    'haertefall_melden an das Härtefallteam. Antworte auf Deutsch, freundlich und knapp.',
  ].join('\n');
}

// ---- tools (backed by the billing system; here: fixed data) ----
function makeTools(state) {
  const kundeLaden = tool({
    name: 'kunde_laden', description: 'Stammdaten eines Kunden laden.',
    parameters: z.object({ kundennr: z.string() }),
    execute: async ({ kundennr }) => JSON.stringify({
      kundennr, name: 'Renate Obermaier', anschrift: 'Lindenhofweg 14, 86911 Kesselbrunn',
      vertrag: 'KB Strom Basis', zaehler: '1ESY1160448213', abschlag_monatlich: '89,00 EUR',
      kontaktweg: 'Post',
    }),
  });
  const vermerkAnlegen = tool({
    name: 'vermerk_anlegen', description: 'Einen Vermerk am Kundenkonto anlegen.',
    parameters: z.object({ kundennr: z.string(), kategorie: z.string(), text: z.string() }),
    execute: async ({ kategorie, text }) => {
      const id = 'VM-25-0310-0042';
      state.schutzvermerke.set(id, { kategorie, text });
      return JSON.stringify({ vermerk: id, status: 'angelegt', kategorie, gueltig_ab: '2025-03-10' });
    },
  });
  const kontaktwegSetzen = tool({
    name: 'kontaktweg_setzen', description: 'Den Kontaktweg für Rechnungen und Schreiben setzen.',
    parameters: z.object({ kundennr: z.string(), kanal: z.enum(['Post', 'E-Mail']) }),
    execute: async ({ kanal }) => {
      state.kontakt = { kanal };
      return JSON.stringify({ status: 'ok', kontaktweg: kanal, email: 'r.obermaier@web.de' });
    },
  });
  const forderungAbfragen = tool({
    name: 'forderung_abfragen', description: 'Offene Forderungen und Mahnstufe eines Kunden abfragen.',
    parameters: z.object({ kundennr: z.string() }),
    execute: async ({ kundennr }) => JSON.stringify({
      kundennr, offen: '312,40 EUR', rechnung: 'RE-2025-0219-77413', faellig_seit: '2025-02-28',
      mahnstufe: 2, letzte_mahnung: '2025-03-21', sperrfaehig: true,
    }),
  });
  const sperrandrohung = tool({
    name: 'sperrandrohung_versenden',
    description: 'Androhung der Versorgungsunterbrechung nach § 19 Abs. 2 StromGVV versenden.',
    parameters: z.object({ kundennr: z.string(), betrag: z.string(), sperrtermin: z.string() }),
    execute: async ({ sperrtermin }) => JSON.stringify({
      vorgang: 'SP-2025-118734', versand: 'E-Mail an r.obermaier@web.de', sperrtermin,
      monteur_auftrag: 'geplant', status: 'versendet',
    }),
  });
  const haertefall = tool({
    name: 'haertefall_melden', description: 'Fall an das Härtefallteam übergeben.',
    parameters: z.object({ kundennr: z.string(), grund: z.string() }),
    execute: async () => JSON.stringify({ ticket: 'HF-2025-00912', status: 'übergeben' }),
  });
  return [kundeLaden, vermerkAnlegen, kontaktwegSetzen, forderungAbfragen, sperrandrohung, haertefall];
}

const conversation = 'portal-chat-4c1e7a90';
const runner = new Runner({
  groupId: conversation, workflowName: 'Kundenportal Chat',
  traceMetadata: { user_id: 'kd-7001448213', channel: 'kundenportal', tenant: 'swk' },
});

// ---- visit 1 (Mo 10.03.2025) ----
{
  const state = { kundennr: '7001448213', kontakt: { kanal: 'Post' }, schutzvermerke: new Map() };
  const model = scriptedModel([
    { tool_calls: [{ name: 'kunde_laden', args: { kundennr: '7001448213' } }] },
    { tool_calls: [
      { name: 'vermerk_anlegen', args: { kundennr: '7001448213', kategorie: 'medizinisch_lebenserhaltend',
        text: 'Ehemann seit 02/2025 auf Heimbeatmungsgerät angewiesen; hausärztliches Attest per Post unterwegs' } },
      { name: 'kontaktweg_setzen', args: { kundennr: '7001448213', kanal: 'E-Mail' } },
    ] },
    { content: 'Vielen Dank, Frau Obermaier. Ich habe an Ihrem Konto vermerkt, dass Ihr Ehemann auf ein '
      + 'Heimbeatmungsgerät angewiesen ist (Vermerk VM-25-0310-0042). Sobald das Attest bei uns eingeht, '
      + 'wird es dem Vermerk zugeordnet. Rechnungen und Schreiben erhalten Sie ab sofort per E-Mail an '
      + 'r.obermaier@web.de.' },
  ], { seed: 'swk-visit-1' });
  const agent = new Agent({ name: 'Kundenservice', instructions: () => instructions(state), model, tools: makeTools(state) });
  await runner.run(agent, 'Guten Tag, meine Kundennummer ist 7001448213. Ich möchte Ihnen mitteilen, dass mein Mann '
    + 'seit Februar zu Hause ein Beatmungsgerät braucht, das läuft rund um die Uhr. Das Attest vom Hausarzt '
    + 'habe ich gestern per Post geschickt. Bitte vermerken Sie das. Und Rechnungen bitte nur noch per E-Mail.');
  saveState(conversation, state);
}

// ---- visit 2 (Di 25.03.2025): state restored from the session store ----
{
  const state = loadState(conversation);
  const model = scriptedModel([
    { tool_calls: [{ name: 'forderung_abfragen', args: { kundennr: '7001448213' } }] },
    { tool_calls: [{ name: 'sperrandrohung_versenden',
      args: { kundennr: '7001448213', betrag: '312,40 EUR', sperrtermin: '2025-04-08' } }] },
    { content: 'Guten Tag, Frau Obermaier. Offen ist die Rechnung RE-2025-0219-77413 über 312,40 EUR, '
      + 'fällig seit dem 28.02.2025 (Mahnstufe 2). Wir haben Ihnen soeben die Androhung der '
      + 'Versorgungsunterbrechung per E-Mail geschickt (Vorgang SP-2025-118734): Geht der Betrag nicht bis '
      + 'zum 07.04.2025 ein, wird die Stromversorgung am 08.04.2025 unterbrochen. Wenn Sie am 30.03. zahlen, '
      + 'ist die Sperre damit hinfällig. Alternativ können Sie eine Ratenzahlung beantragen.' },
  ], { seed: 'swk-visit-2' });
  const agent = new Agent({ name: 'Kundenservice', instructions: () => instructions(state), model, tools: makeTools(state) });
  await runner.run(agent, 'Hallo, ich habe eine Mahnung über 312,40 € bekommen. Ich kann das erst am 30. bezahlen, '
    + 'wenn die Rente kommt. Was passiert denn jetzt?');
  saveState(conversation, state);
}

writeTrace(here, 'traces.jsonl');
