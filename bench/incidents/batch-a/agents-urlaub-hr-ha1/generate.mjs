// HR self-service (German): a triage agent checks the leave balance, then hands the request to the
// booking agent through a handoff whose input filter strips tool items from the history.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const urlaubskonto = tool({
  name: 'urlaubskonto_abfragen', description: 'Liest das Urlaubskonto einer Mitarbeiterin / eines Mitarbeiters.',
  parameters: z.object({ personalnummer: z.string() }),
  execute: async ({ personalnummer }) => JSON.stringify({
    personalnummer, jahr: 2027, anspruch_tage: 30, genommen_tage: 26, resturlaub_tage: 4,
    freigabe_ohne_fuehrungskraft_bis_tage: 3, fuehrungskraft: 'K. Obermaier (PN 004417)',
  }),
});
const urlaubBuchen = tool({
  name: 'urlaub_buchen', description: 'Bucht Urlaub im Zeiterfassungssystem.',
  parameters: z.object({
    personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number(),
    freigabe_fuehrungskraft_erforderlich: z.boolean(),
  }),
  execute: async (a) => JSON.stringify({ status: 'gebucht', antrag: 'UA-2027-03811', ...a }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'urlaubskonto_abfragen', args: { personalnummer: '018263' } }] },
  { content: 'Danke, ich leite Sie an die Urlaubsbuchung weiter.', tool_calls: [{ name: 'transfer_to_Urlaubsbuchung', args: {} }] },
  { tool_calls: [{ name: 'urlaub_buchen', args: { personalnummer: '018263', von: '2027-03-08', bis: '2027-03-15', arbeitstage: 6, freigabe_fuehrungskraft_erforderlich: false } }] },
  { content: 'Ihr Urlaub vom 08.03. bis 15.03.2027 (6 Arbeitstage) ist gebucht, Antrag UA-2027-03811. Eine Freigabe durch Ihre Führungskraft ist nicht nötig – schöne Erholung!' },
], { seed: 'urlaub-hr-ha1' });

const buchung = new Agent({
  name: 'Urlaubsbuchung', model: m, tools: [urlaubBuchen],
  instructions: 'Du buchst Urlaubsanträge im Zeiterfassungssystem. Prüfe Resturlaub und Freigabegrenzen, bevor du buchst.',
});
const empfang = new Agent({
  name: 'HR-Empfang', model: m, tools: [urlaubskonto],
  instructions: 'Du bist der HR-Empfang. Prüfe bei Urlaubsfragen zuerst das Urlaubskonto und leite dann an die Urlaubsbuchung weiter.',
  handoffs: [handoff(buchung, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'hr-sess-5b1e09c2', workflowName: 'HR Self-Service', traceMetadata: { user_id: 'pn-018263' } });
await runner.run(empfang, 'Hallo, hier ist Jana Weißkopf (Personalnummer 018263). Ich möchte vom 8. bis 15. März 2027 Urlaub nehmen, bitte direkt buchen.');
writeTrace(here, 'trace.jsonl');
