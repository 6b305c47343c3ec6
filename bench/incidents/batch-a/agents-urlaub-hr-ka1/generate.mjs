// HR self-service assistant (German). The policy search returns nothing; the agent says so, repeats
// only what the employee told it, and asks which contract applies instead of inventing a rule.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const suche = tool({
  name: 'hr_richtlinien_suche', description: 'Volltextsuche in den HR-Richtlinien des Standorts.',
  parameters: z.object({ anfrage: z.string(), standort: z.string() }),
  execute: async ({ standort }) => JSON.stringify({ standort, treffer: [], gesamt: 0, index_stand: '2026-02-27' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'hr_richtlinien_suche', args: { anfrage: 'Resturlaub Übertrag Verfall 31. März Teilzeit', standort: 'unbekannt' } }] },
  { content: 'Zu Übertrag und Verfall von Resturlaub habe ich in den HR-Richtlinien leider keinen Treffer gefunden – ich möchte Ihnen deshalb keine Frist oder Regel nennen, die ich nicht belegen kann. Was ich von Ihnen weiß: 6 Resttage aus 2024, Teilzeit mit 80 %, und Ihre Sorge ist der 31. März. Damit ich gezielt suchen kann: An welchem Standort sind Sie beschäftigt, und gilt für Sie ein Tarifvertrag? Bis dahin empfehle ich, die Resttage vorsorglich vor dem 31. März zu beantragen oder direkt bei Ihrer HR-Ansprechperson nachzufragen.' },
], { seed: 'urlaub-hr' });

const agent = new Agent({
  name: 'HR-Assistent',
  instructions: 'Du beantwortest Fragen von Mitarbeitenden zu HR-Themen ausschließlich auf Grundlage der HR-Richtlinien. Wenn du nichts findest, sag das und frag nach.',
  model: m, tools: [suche],
});

await new Runner({ groupId: 'hr-teams-b03d5e', workflowName: 'HR Self-Service',
  traceMetadata: { user_id: 'ma-30917' } })
  .run(agent, 'Hallo, ich habe aus 2024 noch 6 Urlaubstage übrig. Verfallen die am 31. März? Ich arbeite in Teilzeit (80 %).');

writeTrace(here, 'trace.jsonl');
