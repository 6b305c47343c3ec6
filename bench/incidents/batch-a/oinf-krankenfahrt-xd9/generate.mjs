// Krankenfahrt-Leitstelle: a LangGraph dispatcher agent takes a call from a relative, checks the
// insured person and the prescription, then hands the job to a separate scheduling agent (its own
// LangGraph, run inside the hand-over tool) with a written Auftrag. Scripted model, no network.
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('krankenfahrt-leitstelle', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });

// ---- Dispositions-Agent (receiver) -------------------------------------------------------------
const verfuegbarkeit = tool(async ({ datum, zeitfenster_von, zeitfenster_bis, transportart }) => JSON.stringify({
  datum, transportart,
  frei: transportart === 'Mietwagen sitzend'
    ? [{ fahrzeug: 'MW-BI-214', unternehmen: 'Taxi Brackwede GmbH', abholung_ab: '06:50' },
       { fahrzeug: 'MW-BI-077', unternehmen: 'Stadtfahrdienst Heepen', abholung_ab: '06:40' }]
    : [{ fahrzeug: 'KTW-R-BI-09', unternehmen: 'DRK Rettungsdienst OWL', abholung_ab: '06:45' }],
  zeitfenster: `${zeitfenster_von}-${zeitfenster_bis}`,
}), {
  name: 'verfuegbarkeit_pruefen',
  description: 'Freie Fahrzeuge einer Transportart in einem Zeitfenster.',
  schema: z.object({
    datum: z.string().describe('YYYY-MM-DD'),
    zeitfenster_von: z.string(), zeitfenster_bis: z.string(),
    transportart: z.enum(['Mietwagen sitzend', 'Tragestuhl', 'Rollstuhl (KTW-R)', 'Liegend (KTW)']),
  }),
});
const disponieren = tool(async (a) => JSON.stringify({
  fahrt_nr: 'TR-20250617-4482', status: 'disponiert', ...a,
  hinweis: 'Fahrer erhält Auftrag 30 min vor Abholung per MDT.',
}), {
  name: 'fahrt_disponieren',
  description: 'Bucht eine Fahrt verbindlich auf ein Fahrzeug.',
  schema: z.object({
    fahrzeug: z.string(), versichertennummer: z.string(), datum: z.string(), abholung: z.string(),
    von: z.string(), nach: z.string(), transportart: z.string(), rueckfahrt: z.string().nullable(),
  }),
});
const dispoModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'verfuegbarkeit_pruefen', args: { datum: '2025-06-17', zeitfenster_von: '06:30', zeitfenster_bis: '07:00', transportart: 'Mietwagen sitzend' } }] },
  { tool_calls: [{ name: 'fahrt_disponieren', args: { fahrzeug: 'MW-BI-214', versichertennummer: 'A771203459', datum: '2025-06-17', abholung: '06:55',
      von: 'Stapenhorststraße 12, 33615 Bielefeld', nach: 'KfH Nierenzentrum Bielefeld-Mitte, Teutoburger Str. 50', transportart: 'Mietwagen sitzend', rueckfahrt: null } }] },
  { content: 'Fahrt TR-20250617-4482 disponiert: Di 17.06.2025, Abholung 06:55 Stapenhorststraße 12 → KfH Nierenzentrum Bielefeld-Mitte, Mietwagen sitzend (MW-BI-214, Taxi Brackwede GmbH). Keine Rückfahrt angefordert.' },
] });
const dispoApp = await reactGraph({ model: dispoModel, tools: [verfuegbarkeit, disponieren], name: 'Dispositions-Agent' });

// ---- Leitstellen-Agent (sender) ----------------------------------------------------------------
const patientSuchen = tool(async ({ versichertennummer }) => JSON.stringify({
  versichertennummer, name: 'Lünemann, Gerhard', geburtsdatum: '1941-02-09', kasse: 'AOK NordWest',
  anschrift: 'Stapenhorststraße 12, 33615 Bielefeld', mobilitaet: 'Rollstuhl, nicht umsetzfähig (Hemiparese li.)',
  dauerauftrag: 'Dialyse Di/Do/Sa', telefon: '0521 9876 402',
}), {
  name: 'patient_suchen', description: 'Stammdaten einer versicherten Person.',
  schema: z.object({ versichertennummer: z.string() }),
});
const verordnungPruefen = tool(async ({ versichertennummer }) => JSON.stringify({
  versichertennummer, verordnung: 'Muster 4', genehmigt: true, genehmigte_transportart: 'KTW-R (Rollstuhl)',
  gueltig_bis: '2025-09-30', ziel: 'KfH Nierenzentrum Bielefeld-Mitte', hin_und_rueck: true,
}), {
  name: 'verordnung_pruefen', description: 'Prüft die Krankenbeförderungs-Verordnung und Genehmigung der Kasse.',
  schema: z.object({ versichertennummer: z.string() }),
});
const uebergeben = tool(async ({ auftrag }, config) => {
  const out = await dispoApp.invoke({ messages: [
    new SystemMessage('Du bist der Dispositions-Agent. Buche Fahrten genau nach Auftrag.'),
    new HumanMessage(auftrag)] }, { callbacks: config?.callbacks, metadata: { session_id: 'lst-BI-2025-06-16-0113' } });
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'an_disposition_uebergeben',
  description: 'Übergibt einen Fahrauftrag an den Dispositions-Agenten und liefert dessen Rückmeldung.',
  schema: z.object({ auftrag: z.string().describe('Vollständiger Fahrauftrag') }),
});
const lstModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'patient_suchen', args: { versichertennummer: 'A771203459' } }] },
  { tool_calls: [{ name: 'verordnung_pruefen', args: { versichertennummer: 'A771203459' } }] },
  { tool_calls: [{ name: 'an_disposition_uebergeben', args: { auftrag:
      'Fahrauftrag: Herr Gerhard Lünemann, Vers.-Nr. A771203459 (AOK NordWest). Dienstag 17.06.2025, Termin 07:30 Dialyse KfH Nierenzentrum Bielefeld-Mitte, Teutoburger Str. 50. Abholung Stapenhorststraße 12, 33615 Bielefeld, bis spätestens 07:00. Verordnung Muster 4 liegt vor und ist genehmigt.' } }] },
  { content: 'Die Fahrt für Ihren Vater ist gebucht: Dienstag, 17.06.2025, Abholung um 06:55 in der Stapenhorststraße 12, Ankunft rechtzeitig zur Dialyse um 07:30 im KfH Nierenzentrum. Fahrtnummer TR-20250617-4482. Bitte halten Sie die Versichertenkarte bereit.' },
] });
const lstApp = await reactGraph({ model: lstModel, tools: [patientSuchen, verordnungPruefen, uebergeben], name: 'Leitstellen-Agent' });

await t.turn({ userId: 'anrufer-0521-98764' }, () => lstApp.invoke({ messages: [
  new SystemMessage('Du bist der Leitstellen-Assistent für Krankenfahrten in Bielefeld. Prüfe Stammdaten und Verordnung, dann übergib den Auftrag an die Disposition.'),
  new HumanMessage('Guten Abend, ich möchte für meinen Vater Gerhard Lünemann (Versichertennummer A771203459) die Fahrt zur Dialyse am Dienstag, 17.06., bestellen. Termin ist 07:30 im KfH Nierenzentrum, Abholung bitte bis 07:00. Er sitzt im Rollstuhl und kann nicht umgesetzt werden, er muss im Rollstuhl transportiert werden. Die Rückfahrt brauchen wir gegen 12:15.'),
] }, { configurable: { thread_id: 'lst-BI-2025-06-16-0113' }, metadata: { session_id: 'lst-BI-2025-06-16-0113' } }));

t.write(path.join(here, 'traces.jsonl'));
