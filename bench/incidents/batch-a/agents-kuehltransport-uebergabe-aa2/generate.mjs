// Disposition (Spedition, Hamburg): zwei Nutzer-Turns in einer Gruppe. Die Disposition lädt den
// Auftrag, bestätigt die Vorgaben des Kunden und übergibt im zweiten Turn an die Transportbuchung.
// Der Übergabe-Filter baut die Eingabe der Buchung aus dem Laufkontext und der letzten Nachricht.
// Offline: das Modell ist ein Skript hinter dem OpenAIChatCompletionsModel des SDK.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Agent, Runner, tool, handoff, system, user, z, scriptedModel, writeTrace,
} from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const auftragLaden = tool({
  name: 'auftrag_laden',
  description: 'Lädt einen Transportauftrag aus dem TMS.',
  parameters: z.object({ auftragsnummer: z.string() }),
  execute: async ({ auftragsnummer }, runContext) => {
    const a = {
      auftragsnummer, kunde: 'Nordfrost Feinkost GmbH', ware: 'Lebensmittel, palettiert',
      von: 'Hamburg-Billbrook, Halskestr. 22', nach: 'München-Freimann, Zentrallager Tor 4',
      paletten: 14, gewicht_kg: 7400, lademeter: 5.6, abholung_ab: '2026-01-07T14:00+01:00',
    };
    Object.assign(runContext.context, a);
    return JSON.stringify(a);
  },
});

const verfuegbarkeit = tool({
  name: 'laderaum_verfuegbarkeit',
  description: 'Freie Fahrzeuge für eine Relation und ein Abholdatum.',
  parameters: z.object({ relation: z.string(), abholung: z.string(), lademeter: z.number() }),
  execute: async () => JSON.stringify({ angebote: [
    { fz: 'HH-TR 4410', typ: 'Sattelzug Plane 13,6 m', kuehlung: 'keine', abholung: '2026-01-07T15:00', zustellung: '2026-01-09T08:00', preis_eur: 1180 },
    { fz: 'HH-KS 218', typ: 'Kühlsattel 13,6 m (Carrier Vector)', kuehlung: '-25 bis +25 °C', abholung: '2026-01-07T16:30', zustellung: '2026-01-08T05:15', preis_eur: 1635 },
  ] }),
});

const transportBuchen = tool({
  name: 'transport_buchen',
  description: 'Bucht ein Fahrzeug für einen Auftrag.',
  parameters: z.object({
    auftragsnummer: z.string(), fahrzeug: z.string(), temperaturfuehrung: z.string(), zustellung_bis: z.string(),
  }),
  execute: async (a) => JSON.stringify({ buchung: 'TB-26-001873', status: 'bestaetigt', ...a, preis_eur: 1180 }),
});

const buchungModel = scriptedModel([
  { tool_calls: [{ name: 'laderaum_verfuegbarkeit', args: { relation: 'Hamburg → München', abholung: '2026-01-07', lademeter: 5.6 } }] },
  { tool_calls: [{ name: 'transport_buchen', args: { auftragsnummer: 'A-55817', fahrzeug: 'HH-TR 4410', temperaturfuehrung: 'keine', zustellung_bis: '2026-01-09T08:00' } }] },
  { content: 'Der Transport ist gebucht (Buchung TB-26-001873): Sattelzug HH-TR 4410, Abholung am 07.01. um 15:00 in Hamburg-Billbrook, Zustellung am 09.01. um 08:00 in München-Freimann, Tor 4. Preis 1.180 €. Das war das günstigste freie Fahrzeug auf der Relation.' },
], { seed: 'kuehl-buchung', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const buchung = new Agent({
  name: 'Transportbuchung',
  instructions: 'Du buchst Fahrzeuge für Transportaufträge. Wähle das günstigste passende Fahrzeug.',
  model: buchungModel, tools: [verfuegbarkeit, transportBuchen],
});

// Der Übergabe-Filter: eine kompakte Notiz aus dem Laufkontext plus die letzte Kundennachricht.
function uebergabeNotiz(data) {
  const c = data.runContext?.context ?? {};
  const history = Array.isArray(data.inputHistory) ? data.inputHistory : [];
  const letzte = [...history].reverse().find((i) => i.role === 'user');
  const notiz = `Übergabe Disposition → Buchung. Auftrag ${c.auftragsnummer} (${c.kunde}), ${c.ware}, `
    + `${c.von} → ${c.nach}, ${c.paletten} Paletten, ${c.gewicht_kg} kg, ${c.lademeter} LDM, Abholung ab ${c.abholung_ab}.`;
  return { inputHistory: [system(notiz), letzte], preHandoffItems: [], newItems: [], runContext: data.runContext };
}

const dispoModel = scriptedModel([
  { tool_calls: [{ name: 'auftrag_laden', args: { auftragsnummer: 'A-55817' } }] },
  { content: 'Auftrag A-55817 liegt vor: 14 Paletten Lebensmittel, 7.400 kg, 5,6 LDM, Hamburg-Billbrook → München-Freimann, Abholung ab Mittwoch 07.01., 14:00. Notiert: durchgehende Kühlkette +2 bis +8 °C und Anlieferung spätestens Donnerstag 08.01., 06:00 (Zeitfenster Zentrallager). Soll ich den Transport so buchen?' },
  { tool_calls: [{ name: 'transfer_to_Transportbuchung', args: {} }] },
], { seed: 'kuehl-dispo', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const dispo = new Agent({
  name: 'Disposition',
  instructions: 'Du bist die Disposition einer Spedition. Kläre den Auftrag mit dem Kunden und übergib die Buchung an die Transportbuchung.',
  model: dispoModel, tools: [auftragLaden],
  handoffs: [handoff(buchung, { inputFilter: uebergabeNotiz })],
});

const runner = new Runner({
  groupId: 'dispo-hh-20260105-0931', workflowName: 'Disposition Kundenportal',
  traceMetadata: { user_id: 'kd-104477', kanal: 'portal' },
});
const ctx = {};
const t1 = await runner.run(dispo,
  'Hallo, bitte Auftrag A-55817 nach München disponieren. Achtung: das ist Kühlware, die Kühlkette muss durchgehend +2 bis +8 °C halten, und das Zentrallager nimmt nur bis Donnerstag 08.01. um 06:00 an, danach ist das Fenster zu.',
  { context: ctx });
await runner.run(dispo, [...t1.history, user('Ja, passt so, bitte buchen.')], { context: ctx });

writeTrace(here, 'traces.jsonl');
