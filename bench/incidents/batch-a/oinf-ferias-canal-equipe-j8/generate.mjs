// Bot de RH num canal do Slack (LangGraph.js + modelo roteirizado): o histórico é guardado por
// thread do Slack (MemorySaver, thread_id = canal + ts da thread). Rastreado com OpenInference (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const tr = tracing('rh-bot-slack', { 'deployment.environment': 'prod', 'k8s.namespace.name': 'people-ops' });

const cadastro = {
  '20931': { nome: 'Ana Paula Ribeiro', saldo_dias: 17, vencimento_periodo: '2025-09-30', ferias_agendadas: [{ inicio: '2025-07-14', fim: '2025-07-25' }] },
  '21877': { nome: 'Bruno Teixeira', saldo_dias: 6, vencimento_periodo: '2025-05-31', ferias_agendadas: [] },
};

const saldo = tool(async ({ matricula }) => JSON.stringify({ matricula, ...cadastro[matricula] }), {
  name: 'consultar_saldo_ferias',
  description: 'Saldo de férias de um colaborador (sistema de folha). Requer a matrícula.',
  schema: z.object({ matricula: z.string() }),
});
const simular = tool(async ({ matricula, inicio, dias }) => {
  const c = cadastro[matricula];
  return JSON.stringify({ matricula, inicio, dias, viavel: dias <= c.saldo_dias, saldo_apos: c.saldo_dias - dias, conflitos: [] });
}, {
  name: 'simular_ferias',
  description: 'Simula um período de férias para a matrícula informada (saldo, conflitos, regras CLT).',
  schema: z.object({ matricula: z.string(), inicio: z.string(), dias: z.number().int() }),
});
const registrar = tool(async ({ matricula, inicio, fim }) => JSON.stringify({
  protocolo: 'RH-FER-2025-031877', matricula, inicio, fim, status: 'aguardando aprovação do gestor', gestor: 'Marcos Vieira',
}), {
  name: 'registrar_solicitacao_ferias',
  description: 'Registra uma solicitação de férias no sistema de folha e envia para aprovação do gestor.',
  schema: z.object({ matricula: z.string(), inicio: z.string(), fim: z.string() }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-mini-2024-07-18',
  replies: [
    // Ana
    { content: '', tool_calls: [{ name: 'consultar_saldo_ferias', args: { matricula: '20931' } }] },
    { content: 'Oi, Ana! Você tem 17 dias de férias em saldo, que precisam ser gozados até 30/09/2025. '
      + 'Já constam férias agendadas de 14/07 a 25/07. Posso ajudar com mais alguma coisa?' },
    // Bruno
    { content: '', tool_calls: [{ name: 'simular_ferias', args: { matricula: '20931', inicio: '2025-08-04', dias: 10 } }] },
    { content: 'Dá sim! Com o saldo de 17 dias, tirando 10 dias a partir de 04/08 (até 13/08) sobram 7 dias, '
      + 'que precisam ser usados até 30/09/2025. Não há conflito com a escala da equipe. Quer que eu registre a solicitação?' },
    { content: '', tool_calls: [{ name: 'registrar_solicitacao_ferias', args: { matricula: '20931', inicio: '2025-08-04', fim: '2025-08-13' } }] },
    { content: 'Pronto! Solicitação registrada com o protocolo RH-FER-2025-031877 (04/08 a 13/08). '
      + 'Ela foi enviada para aprovação do gestor, Marcos Vieira.' },
  ],
});

const app = await reactGraph({ model, tools: [saldo, simular, registrar], checkpointer: new MemorySaver(), name: 'rh-bot' });

const thread = 'slack:C05RH8K2Q:1741690022.118529';
const cfg = { metadata: { thread_id: thread }, configurable: { thread_id: thread } };
const sys = new SystemMessage('Você é o assistente de RH da Ágora Tecnologia no Slack. Responda em português, de forma '
  + 'breve. Para saldo, simulação e registro de férias use as ferramentas, sempre com a matrícula do colaborador.');

await tr.turn({ userId: 'U04ANARIB' }, () => app.invoke({ messages: [sys,
  new HumanMessage('Oi! Quantos dias de férias eu ainda tenho? Minha matrícula é 20931.')] }, cfg));
await tr.turn({ userId: 'U02BRTEIX' }, () => app.invoke({ messages: [
  new HumanMessage('E eu? Queria tirar 10 dias a partir de 4 de agosto, dá?')] }, cfg));
await tr.turn({ userId: 'U02BRTEIX' }, () => app.invoke({ messages: [
  new HumanMessage('Show, pode registrar pra mim por favor')] }, cfg));

tr.write(path.join(here, 'traces.jsonl'));
