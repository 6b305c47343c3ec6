// University exam office (German). Studienservice looks up a student's approved exam accommodation
// and hands off to Prüfungsplanung. The handoff input filter strips the tool traffic but appends a
// hand-over note that carries every fact the sender held; the receiver registers with those values.
// Run: node generate.mjs (offline, scripted fake model). Writes trace.jsonl next to this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, user, assistant, removeAllTools, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const ausgleich = {
  matrikel: '7730194', bescheid: 'NTA-2025-0412', zeitverlaengerung_prozent: 25,
  raum: 'Einzelraum Erdgeschoss, barrierefrei', hilfsmittel: ['Laptop ohne Netzzugang'], gueltig_bis: '2027-03-31',
};
const holeNachteilsausgleich = tool({
  name: 'hole_nachteilsausgleich',
  description: 'Liest den genehmigten Nachteilsausgleich einer/eines Studierenden.',
  parameters: z.object({ matrikel: z.string() }),
  execute: async () => JSON.stringify(ausgleich),
});
const klausurAnmelden = tool({
  name: 'klausur_anmelden',
  description: 'Meldet zu einer Modulprüfung an, optional mit Nachteilsausgleich.',
  parameters: z.object({ matrikel: z.string(), modul: z.string(), termin: z.string(), zeitverlaengerung_prozent: z.number(), raum: z.string(), hilfsmittel: z.array(z.string()) }),
  execute: async ({ zeitverlaengerung_prozent, raum }) => JSON.stringify({
    anmeldung: 'PA-27-0211-3381', modul: 'MAT-2104 Analysis II', regeldauer_min: 120,
    dauer_min: 120 * (1 + zeitverlaengerung_prozent / 100), beginn: '2027-02-11T09:00', raum_zugeteilt: 'N0.07 (' + raum + ')' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'hole_nachteilsausgleich', args: { matrikel: '7730194' } }] },
  { tool_calls: [{ name: 'transfer_to_Pruefungsplanung', args: {} }] },
  { tool_calls: [{ name: 'klausur_anmelden', args: { matrikel: '7730194', modul: 'MAT-2104', termin: '2027-02-11',
      zeitverlaengerung_prozent: 25, raum: 'Einzelraum Erdgeschoss, barrierefrei', hilfsmittel: ['Laptop ohne Netzzugang'] } }] },
  { content: 'Du bist für Analysis II (MAT-2104) am 11.02.2027 angemeldet, Anmeldenummer PA-27-0211-3381. Dein Nachteilsausgleich (Bescheid NTA-2025-0412) ist berücksichtigt: 150 statt 120 Minuten, Beginn 9:00 Uhr im barrierefreien Einzelraum N0.07 im Erdgeschoss, Laptop ohne Netzzugang erlaubt.' },
], { seed: 'fa6-pruefung' });

const planung = new Agent({
  name: 'Pruefungsplanung',
  instructions: 'Du meldest Studierende zu Klausuren an. Übernimm einen Nachteilsausgleich exakt aus der Übergabe.',
  model, tools: [klausurAnmelden],
});
const uebergabeNotiz = (data) => {
  const ohneTools = removeAllTools(data);
  const history = Array.isArray(ohneTools.inputHistory) ? ohneTools.inputHistory : [user(ohneTools.inputHistory)];
  const notiz = 'Übergabe Studienservice: Matrikel 7730194, Klausur MAT-2104 Analysis II am 2027-02-11. '
    + 'Genehmigter Nachteilsausgleich (Bescheid NTA-2025-0412, gültig bis 2027-03-31): 25 % Zeitverlängerung, '
    + 'Einzelraum Erdgeschoss, barrierefrei; Hilfsmittel: Laptop ohne Netzzugang.';
  return { ...ohneTools, inputHistory: [...history, assistant(notiz)] };
};
const service = new Agent({
  name: 'Studienservice',
  instructions: 'Du nimmst Anliegen von Studierenden entgegen. Prüfe bei Klausuranmeldungen den Nachteilsausgleich und übergib dann an Pruefungsplanung.',
  model, tools: [holeNachteilsausgleich],
  handoffs: [handoff(planung, { inputFilter: uebergabeNotiz })],
});

const runner = new Runner({ groupId: 'sso-7730194#ticket-40917', workflowName: 'Studienservice-Chat', traceMetadata: { user_id: 'stud.7730194' } });
await runner.run(service, 'Hallo, ich möchte mich für die Klausur Analysis II (MAT-2104) am 11. Februar anmelden. Ich habe einen Nachteilsausgleich, bitte berücksichtigen.');
writeTrace(here, 'trace.jsonl');
