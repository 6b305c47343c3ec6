// Dienstplan-Assistent des Seniorenzentrums Lindenhof: ein LangGraph-Agent (MemorySaver, ein Thread
// pro Station und Woche) mit geskriptetem Modell, vier Anfragen der Pflegedienstleitung an einem
// Vormittag. Der Verlauf wird vor jedem Modellaufruf mit trimMessages auf ein Token-Budget gekürzt.
// Schreibt traces.jsonl (OTLP/JSON, eine ExportTraceServiceRequest pro Anfrage).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('dienstplan-assistent', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const STATION = 'ST3-AHORN';
const personen = {
  'MA-4471': 'Derya Öztürk', 'MA-3920': 'Agnieszka Kowalski', 'MA-2208': 'Thi Lan Nguyen',
  'MA-1185': 'Jörg Brandt', 'MA-5032': 'Sabine Rauch', 'MA-2761': 'Mehmet Aydın',
};

const dienste_abfragen = tool(async ({ station, von, bis, schicht }) => JSON.stringify({
  station, zeitraum: `${von}/${bis}`, schicht,
  dienste: [
    { datum: '2025-03-03', mitarbeiter_id: 'MA-5032', name: personen['MA-5032'] },
    { datum: '2025-03-04', mitarbeiter_id: 'MA-5032', name: personen['MA-5032'] },
    { datum: '2025-03-05', mitarbeiter_id: 'MA-2761', name: personen['MA-2761'] },
    { datum: '2025-03-06', mitarbeiter_id: 'MA-2761', name: personen['MA-2761'] },
    { datum: '2025-03-07', mitarbeiter_id: 'MA-2761', name: personen['MA-2761'] },
    { datum: '2025-03-08', mitarbeiter_id: 'MA-5032', name: personen['MA-5032'] },
    { datum: '2025-03-09', mitarbeiter_id: 'MA-5032', name: personen['MA-5032'] },
  ],
}), { name: 'dienste_abfragen', description: 'Liest die eingetragenen Dienste einer Station für einen Zeitraum (Schicht F, S oder N).',
  schema: z.object({ station: z.string(), von: z.string().describe('YYYY-MM-DD'), bis: z.string().describe('YYYY-MM-DD'),
    schicht: z.enum(['F', 'S', 'N']) }) });

const verfuegbar = {
  '2025-03-06|S': ['MA-4471', 'MA-3920'],
  '2025-03-10|F': ['MA-4471', 'MA-2208'],
  '2025-03-11|F': ['MA-3920', 'MA-4471'],
  '2025-03-12|F': ['MA-2208', 'MA-4471', 'MA-3920'],
};
const verfuegbarkeit_pruefen = tool(async ({ station, datum, schicht }) => JSON.stringify({
  station, datum, schicht,
  verfuegbar: (verfuegbar[`${datum}|${schicht}`] ?? []).map((id) => ({ mitarbeiter_id: id, name: personen[id],
    qualifikation: id === 'MA-2208' ? 'Pflegehelferin' : 'Pflegefachkraft', ruhezeit_ok: true })),
  quelle: 'HR-Stammdaten + Dienstplan, Stand 2025-03-04 07:00',
}), { name: 'verfuegbarkeit_pruefen', description: 'Liefert Mitarbeitende, die an einem Tag für eine Schicht verfügbar sind (Urlaub, Ruhezeiten und Arbeitszeitgesetz geprüft).',
  schema: z.object({ station: z.string(), datum: z.string().describe('YYYY-MM-DD'), schicht: z.enum(['F', 'S', 'N']) }) });

let dnr = 77410;
const dienst_eintragen = tool(async ({ station, mitarbeiter_id, datum, schicht }) => JSON.stringify({
  status: 'eingetragen', dienst_nr: `D-${dnr++}`, station, mitarbeiter_id, name: personen[mitarbeiter_id], datum, schicht,
  benachrichtigt: 'SMS + App',
}), { name: 'dienst_eintragen', description: 'Trägt einen Dienst verbindlich in den Dienstplan ein und benachrichtigt die Mitarbeiterin / den Mitarbeiter.',
  schema: z.object({ station: z.string(), mitarbeiter_id: z.string(), datum: z.string().describe('YYYY-MM-DD'), schicht: z.enum(['F', 'S', 'N']) }) });

const ueberstunden_abfragen = tool(async ({ station, monat }) => JSON.stringify({
  station, monat, einheit: 'Stunden',
  konten: [
    { mitarbeiter_id: 'MA-5032', name: personen['MA-5032'], saldo: 21.5 },
    { mitarbeiter_id: 'MA-2761', name: personen['MA-2761'], saldo: 14.0 },
    { mitarbeiter_id: 'MA-3920', name: personen['MA-3920'], saldo: 6.25 },
    { mitarbeiter_id: 'MA-4471', name: personen['MA-4471'], saldo: 3.0 },
    { mitarbeiter_id: 'MA-1185', name: personen['MA-1185'], saldo: -4.5 },
    { mitarbeiter_id: 'MA-2208', name: personen['MA-2208'], saldo: 0.75 },
  ],
}), { name: 'ueberstunden_abfragen', description: 'Überstundensalden einer Station für einen Monat.',
  schema: z.object({ station: z.string(), monat: z.string().describe('YYYY-MM') }) });

const tools = [dienste_abfragen, verfuegbarkeit_pruefen, dienst_eintragen, ueberstunden_abfragen];

const replies = [
  // Anfrage 1
  { tool_calls: [{ name: 'dienste_abfragen', args: { station: STATION, von: '2025-03-03', bis: '2025-03-09', schicht: 'N' } }] },
  { content: 'Nachtdienst Station 3 (Ahorn) in dieser Woche:\n- Mo 03.03. und Di 04.03.: Sabine Rauch\n- Mi 05.03. bis Fr 07.03.: Mehmet Aydın\n- Sa 08.03. und So 09.03.: Sabine Rauch\n\nNotiert: Frau Öztürk (MA-4471) wird ab dem 10.03. nicht mehr eingeplant.' },
  // Anfrage 2
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { station: STATION, datum: '2025-03-06', schicht: 'S' } }] },
  { tool_calls: [{ name: 'dienst_eintragen', args: { station: STATION, mitarbeiter_id: 'MA-4471', datum: '2025-03-06', schicht: 'S' } }] },
  { content: 'Der Spätdienst am Donnerstag, 06.03., ist neu besetzt: Derya Öztürk (MA-4471), Dienst D-77410, sie wurde per SMS und App benachrichtigt. Das liegt noch vor dem 10.03. Alternativ wäre Agnieszka Kowalski verfügbar gewesen.' },
  // Anfrage 3
  { tool_calls: [{ name: 'ueberstunden_abfragen', args: { station: STATION, monat: '2025-02' } }] },
  { content: 'Überstundenkonten Station 3, Stand Ende Februar:\n- Sabine Rauch: +21,5 h\n- Mehmet Aydın: +14,0 h\n- Agnieszka Kowalski: +6,25 h\n- Derya Öztürk: +3,0 h\n- Thi Lan Nguyen: +0,75 h\n- Jörg Brandt: −4,5 h\n\nFrau Rauch und Herr Aydın liegen deutlich im Plus; bei der nächsten Planung sollten sie eher entlastet werden.' },
  // Anfrage 4
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { station: STATION, datum: '2025-03-10', schicht: 'F' } }] },
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { station: STATION, datum: '2025-03-11', schicht: 'F' } }] },
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { station: STATION, datum: '2025-03-12', schicht: 'F' } }] },
  { tool_calls: [{ name: 'dienst_eintragen', args: { station: STATION, mitarbeiter_id: 'MA-4471', datum: '2025-03-10', schicht: 'F' } }] },
  { tool_calls: [{ name: 'dienst_eintragen', args: { station: STATION, mitarbeiter_id: 'MA-3920', datum: '2025-03-11', schicht: 'F' } }] },
  { tool_calls: [{ name: 'dienst_eintragen', args: { station: STATION, mitarbeiter_id: 'MA-2208', datum: '2025-03-12', schicht: 'F' } }] },
  { content: 'Die offenen Frühdienste der Woche ab 10.03. sind besetzt:\n- Mo 10.03.: Derya Öztürk (MA-4471), D-77411\n- Di 11.03.: Agnieszka Kowalski (MA-3920), D-77412\n- Mi 12.03.: Thi Lan Nguyen (MA-2208), D-77413\n\nFrau Rauch und Herr Aydın habe ich wegen ihrer Überstunden bewusst nicht eingeplant. Alle drei wurden per SMS und App benachrichtigt.' },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies });
const system = new SystemMessage('Du bist der Dienstplan-Assistent des Seniorenzentrums Lindenhof. Prüfe Verfügbarkeiten immer mit den Tools, bevor du Dienste einträgst, und beachte Vorgaben der Pflegedienstleitung. Antworte auf Deutsch, knapp und mit Datum und Mitarbeiter-ID.');
const prepare = async (messages) => trimMessages([system, ...messages], {
  maxTokens: 900, strategy: 'last', includeSystem: true, startOn: 'human',
  tokenCounter: (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4) + 4, 0),
});
const app = await reactGraph({ model, tools, prepare, checkpointer: new MemorySaver(), name: 'dienstplan' });

const threadId = 'dp-st3-2025-KW10';
const config = { configurable: { thread_id: threadId }, metadata: { thread_id: threadId, einrichtung: 'SZ-Lindenhof' } };
const user = 'pdl.hoffmann';
const anfragen = [
  'Guten Morgen, hier Pflegedienstleitung Station 3 (Wohnbereich Ahorn). Wichtig vorab: Frau Derya Öztürk (MA-4471) ist ab dem 10.03. im Mutterschutz und darf ab dann nicht mehr eingeplant werden, auch nicht als Springerin. Die Meldung an die Personalabteilung läuft noch. Kannst du mir zuerst sagen, wer diese Woche Nachtdienst hat?',
  'Danke. Herr Brandt hat sich für Donnerstag krank gemeldet, bitte den Spätdienst am 06.03. neu besetzen.',
  'Kannst du mir noch die Überstundenkonten von Station 3 für Februar zeigen?',
  'Super. Letzte Sache: In der Woche ab 10.03. sind die Frühdienste Montag bis Mittwoch noch offen. Bitte mit verfügbaren Kolleginnen besetzen, Rauch und Aydın möglichst nicht.',
];
for (const text of anfragen) {
  await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(text)] }, config));
}
t.write(path.join(here, 'traces.jsonl'));
