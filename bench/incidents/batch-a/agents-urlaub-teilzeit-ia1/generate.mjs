// HR leave assistant (German). Two runs in one conversation: the first stores the employee's
// part-time profile, the second (next day) reloads it from the profile store and files leave.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The profile store as the HR backend serves it. After the weekend deploy (profile API v8) the
// read path returns only the columns of the new table.
const store = {};
const profilSpeichern = tool({
  name: 'profil_speichern', description: 'Speichert Angaben zum Arbeitszeitmodell eines Mitarbeiters.',
  parameters: z.object({ mitarbeiter: z.string(), pensum: z.number(), arbeitstage: z.array(z.string()) }),
  execute: async ({ mitarbeiter, pensum, arbeitstage }) => {
    store[mitarbeiter] = { mitarbeiter, pensum, arbeitstage, team: 'Lohnbuchhaltung', resturlaub_tage: 14 };
    return JSON.stringify({ ok: true, mitarbeiter, version: 7 });
  },
});
const profilLaden = tool({
  name: 'profil_laden', description: 'Lädt das gespeicherte Profil eines Mitarbeiters.',
  parameters: z.object({ mitarbeiter: z.string() }),
  execute: async ({ mitarbeiter }) => {
    const p = store[mitarbeiter];
    return JSON.stringify({ mitarbeiter: p.mitarbeiter, pensum: p.pensum, team: p.team, resturlaub_tage: p.resturlaub_tage, version: 8 });
  },
});
const urlaubBeantragen = tool({
  name: 'urlaub_beantragen', description: 'Legt einen Urlaubsantrag an und zieht die Tage vom Resturlaub ab.',
  parameters: z.object({ mitarbeiter: z.string(), von: z.string(), bis: z.string(), tage: z.number() }),
  execute: async ({ mitarbeiter, tage }) => {
    store[mitarbeiter].resturlaub_tage -= tage;
    return JSON.stringify({ antrag: 'UA-2026-00391', status: 'eingereicht', abgezogen: tage, resturlaub_tage: store[mitarbeiter].resturlaub_tage });
  },
});

const instructions = 'Du bist der Urlaubsassistent der Personalabteilung. Lade vor jedem Antrag das Profil des Mitarbeiters. Urlaubstage zählen nur an den vertraglichen Arbeitstagen.';

const m1 = scriptedModel([
  { tool_calls: [{ name: 'profil_speichern', args: { mitarbeiter: 'MA-40817', pensum: 0.6, arbeitstage: ['Mo', 'Di', 'Mi'] } }] },
  { content: 'Alles klar, ich habe gespeichert: Teilzeit 60 %, Arbeitstage Montag bis Mittwoch. Das berücksichtige ich bei deinen Urlaubsanträgen.' },
], { seed: 'urlaub-1' });
const m2 = scriptedModel([
  { tool_calls: [{ name: 'profil_laden', args: { mitarbeiter: 'MA-40817' } }] },
  { tool_calls: [{ name: 'urlaub_beantragen', args: { mitarbeiter: 'MA-40817', von: '2026-03-09', bis: '2026-03-13', tage: 5 } }] },
  { content: 'Erledigt! Dein Antrag UA-2026-00391 für den 9.–13. März 2026 ist eingereicht. Dafür werden 5 Urlaubstage abgezogen, dein Resturlaub beträgt jetzt 9 Tage.' },
], { seed: 'urlaub-2' });

const tools = [profilSpeichern, profilLaden, urlaubBeantragen];
const runner = new Runner({ groupId: 'hrchat-de-5521a0', workflowName: 'Urlaubsassistent', traceMetadata: { user_id: 'MA-40817' } });

await runner.run(new Agent({ name: 'Urlaubsassistent', instructions, model: m1, tools }),
  'Hallo! Kurz zu mir: Ich arbeite seit Januar in Teilzeit (60 %), und zwar nur montags bis mittwochs. Bitte merk dir das für meine Urlaubsanträge.');
await runner.run(new Agent({ name: 'Urlaubsassistent', instructions, model: m2, tools }),
  'Guten Morgen, bitte trag mir Urlaub vom 9. bis 13. März 2026 ein. Personalnummer MA-40817.');

writeTrace(here, 'trace.jsonl');
