// Dutch pharmacy chat assistant: repeat prescription. LangGraph agent <-> ToolNode, scripted model,
// LangSmith runs captured through the shared harness.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-11-27T08:05:41.000Z', 5);

const haalVoorschrift = tool(async ({ bsn_hash, middel }) => JSON.stringify({
  voorschrift_id: 'VS/2026/118-402', patient: bsn_hash, middel: 'Levothyroxine natrium', vorm: 'tablet',
  sterkte: '75 µg', dosering: '1x per dag 1 tablet, nuchter', voorschrijver: 'huisartsenpraktijk De Linde (AGB 01-058833)',
  laatste_uitgifte: '2026-08-29', hoeveelheid: 90, herhalingen_resterend: 2 }),
{ name: 'haal_voorschrift', description: 'Haalt het actuele voorschrift van de patiënt op uit het apotheeksysteem.',
  schema: z.object({ bsn_hash: z.string(), middel: z.string() }) });

const plaatsHerhaalrecept = tool(async (a) => JSON.stringify({
  order: 'HR-26-77310', status: 'ingediend', ...a, etiket: `${a.middel} ${a.dose_mg} mg — ${a.aantal} tabletten`,
  ophalen_vanaf: '2026-11-28 14:00' }),
{ name: 'plaats_herhaalrecept', description: 'Plaatst een herhaalrecept bij de bereiding. dose_mg is de sterkte per tablet in milligram.',
  schema: z.object({ voorschrift_id: z.string(), middel: z.string(), dose_mg: z.number().describe('sterkte per tablet, milligram'),
    aantal: z.number().int(), vestiging: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_8wq1', name: 'haal_voorschrift', args: { bsn_hash: 'p-3e9a0c71', middel: 'levothyroxine' } }] },
  { tool_calls: [{ id: 'call_8wq2', name: 'plaats_herhaalrecept', args: { voorschrift_id: 'VS/2026/118-402',
    middel: 'Levothyroxine natrium', dose_mg: 75, aantal: 90, vestiging: 'Apotheek Zuiderpark' } }] },
  { content: 'Uw herhaalrecept is ingediend (order HR-26-77310): Levothyroxine natrium 75 mg, 90 tabletten. U kunt het vanaf morgen 28 november 14:00 ophalen bij Apotheek Zuiderpark. U heeft daarna nog 1 herhaling over.' },
] });

const app = agentGraph({ model, tools: [haalVoorschrift, plaatsHerhaalrecept], name: 'apotheek-assistent' });
await traced(app, { messages: [
  new SystemMessage('Je bent de digitale assistent van Apotheek Zuiderpark. Plaats herhaalrecepten alleen op basis van het actuele voorschrift.'),
  new HumanMessage('Goedemorgen, mijn schildklierpillen (levothyroxine) raken op. Kunt u een herhaling klaarzetten bij Zuiderpark?'),
] }, { project: 'apotheek-chat', metadata: { session_id: 'zp-chat-20261127-0805-19', user_id: 'p-3e9a0c71' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
