// Payroll assistant (Brazilian Portuguese): LangGraph.js agent reads a timesheet and posts the week's
// hours to payroll. Traced with OpenInference into OTLP/JSON.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('folha-assistente', { 'service.version': '2025.03.2' });

const ponto = tool(async ({ matricula, semana }) => JSON.stringify({ matricula, semana, colaborador: 'Rafael Nogueira Lima',
  jornada_contratual: '44:00', horas_normais: '44:00', horas_extras_50: '07:45', horas_noturnas: '03:20', faltas: 0 }),
  { name: 'consultar_ponto', description: 'Espelho de ponto semanal (horas em hh:mm)', schema: z.object({ matricula: z.string(), semana: z.string() }) });
const lancar = tool(async ({ matricula, competencia, horas_extras_50, horas_noturnas }) => {
  const valorHora = 31.8;
  return JSON.stringify({ status: 'lançado', protocolo: 'FP-2025-03-00871', matricula, competencia, horas_extras_50, horas_noturnas,
    valor_extras: +(horas_extras_50 * valorHora * 1.5).toFixed(2), adicional_noturno: +(horas_noturnas * valorHora * 0.2).toFixed(2) });
}, { name: 'lancar_eventos_folha', description: 'Lança eventos variáveis na folha (horas decimais)',
  schema: z.object({ matricula: z.string(), competencia: z.string(), horas_extras_50: z.number(), horas_noturnas: z.number() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'consultar_ponto', args: { matricula: '004518', semana: '2025-W11' } }] },
  { content: '', tool_calls: [{ name: 'lancar_eventos_folha', args: { matricula: '004518', competencia: '2025-03', horas_extras_50: 7.45, horas_noturnas: 3.2 } }] },
  { content: 'Pronto! Lancei na folha de março do Rafael Nogueira Lima (matrícula 004518): 7,45 h de hora extra a 50% (R$ 355,37) e 3,2 h de adicional noturno (R$ 20,35). Protocolo FP-2025-03-00871.' },
] });

const app = await reactGraph({ model, tools: [ponto, lancar], name: 'assistente-folha',
  prepare: (m) => [new SystemMessage('Você é o assistente do DP. Lance as horas variáveis da semana a partir do espelho de ponto.'), ...m] });
await t.turn({ userId: 'dp.carla.souza' }, () => app.invoke({ messages: [new HumanMessage('Lança as extras e o noturno da semana 11 do Rafael, matrícula 004518, na competência de março.')] },
  { metadata: { session_id: 'dp-chat-8c1e44a0' } }));
t.write(path.join(here, 'traces.jsonl'));
