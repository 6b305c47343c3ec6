// Dutch university study-desk bot: the first search on a mistyped course code finds nothing and the
// bot asks back; the student corrects the code in the next turn and the answer quotes the hit.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const rooster = {
  'WBMA017-05': [{ vakcode: 'WBMA017-05', naam: 'Lineaire Algebra 2', gelegenheid: 'hertentamen', datum: '2026-01-27', tijd: '08:30-10:30', zaal: 'Aletta Jacobshal, zaal 2', inschrijven_tot: '2026-01-13' }],
};
const zoek = tool({
  name: 'zoek_tentamenrooster', description: 'Zoekt tentamens in het rooster op vakcode.',
  parameters: z.object({ vakcode: z.string(), periode: z.string() }),
  execute: async ({ vakcode, periode }) => JSON.stringify({ vakcode, periode, treffers: rooster[vakcode] ?? [] }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'zoek_tentamenrooster', args: { vakcode: 'WBMA071-05', periode: '2025-2026 blok 2' } }] },
  { content: 'Ik vind in het rooster van blok 2 geen tentamen onder vakcode WBMA071-05. Klopt die code? Je kunt hem vinden in Progress of op de Brightspace-pagina van het vak. Als je de naam van het vak weet, help ik je ook verder.' },
  { tool_calls: [{ name: 'zoek_tentamenrooster', args: { vakcode: 'WBMA017-05', periode: '2025-2026 blok 2' } }] },
  { content: 'Gevonden: het hertentamen Lineaire Algebra 2 (WBMA017-05) is op dinsdag 27 januari 2026, 08:30-10:30, in de Aletta Jacobshal, zaal 2. Inschrijven kan tot en met 13 januari 2026.' },
], { seed: 'tentamen-pa1', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Studiepunt',
  instructions: 'Je beantwoordt vragen van studenten over het tentamenrooster. Noem alleen gegevens die in het rooster staan; vraag door als je niets vindt.',
  model: m, tools: [zoek],
});
const runner = new Runner({ groupId: 'chat_01JBZ7T4Q9W2', workflowName: 'Studiepunt chat', traceMetadata: { user_id: 's4127790' } });
const first = await runner.run(agent, 'Wanneer is het hertentamen van WBMA071-05?');
await runner.run(agent, first.history.concat([{ role: 'user', content: 'Sorry, typfout: het is WBMA017-05, Lineaire Algebra 2.' }]));
writeTrace(here, 'trace.jsonl');
