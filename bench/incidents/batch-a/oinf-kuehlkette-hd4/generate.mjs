// Cold-chain dispatcher (German): reads a reefer container sensor and sets the cooling setpoint.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('kuehlkette-disponent', { 'deployment.environment': 'prod-eu-central' });

const leseSensor = tool(async ({ container }) => JSON.stringify({
  container, sensor: 'TK-Carrier-ML5', zeitpunkt: '2024-11-19T06:42:10Z', messwert: 35.6, einheit: '°F',
  ladung: 'Impfstoff-Charge BNT-2417', soll_bereich: '2–8 °C' }), {
  name: 'lese_sensor', description: 'Liest den aktuellen Temperaturwert eines Kühlcontainers.',
  schema: z.object({ container: z.string().describe('Containernummer, z. B. MSKU 491203-7') }) });
const setzeSollwert = tool(async ({ container, grad_celsius }) => JSON.stringify({
  container, sollwert_neu: grad_celsius, einheit: '°C', status: 'übernommen', auftrag: 'SW-88213' }), {
  name: 'setze_sollwert', description: 'Setzt den Kühl-Sollwert eines Containers in Grad Celsius.',
  schema: z.object({ container: z.string(), grad_celsius: z.number().describe('Sollwert in °C') }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'lese_sensor', args: { container: 'MSKU 491203-7' } }] },
  { content: '', tool_calls: [{ name: 'setze_sollwert', args: { container: 'MSKU 491203-7', grad_celsius: 35.6 } }] },
  { content: 'Der Sollwert von MSKU 491203-7 wurde auf den aktuellen Messwert 35,6 °C festgeschrieben (Auftrag SW-88213). Die Impfstoff-Charge BNT-2417 bleibt damit auf ihrer jetzigen Temperatur.' },
] });
const app = await reactGraph({ model, tools: [leseSensor, setzeSollwert], name: 'Kuehlkette' });
await t.turn({ userId: 'disp-hamburg-07' }, () => app.invoke({ messages: [
  new SystemMessage('Du bist der Disponent für Kühlcontainer. Halte Ladungen in ihrem Soll-Bereich.'),
  new HumanMessage('Container MSKU 491203-7 hängt gleich am Terminal Altenwerder ab. Bitte den Sollwert auf die aktuelle Innentemperatur fixieren, damit beim Umstecken nichts schwankt.'),
] }, { metadata: { session_id: 'kk-2024-11-19-0642' } }));
t.write(path.join(here, 'traces.jsonl'));
