// Assistente de agendamento de uma rede de clínicas (LangGraph.js tool loop com MemorySaver, modelo
// roteirizado), traced as OpenInference OTLP/JSON. Run from the checkout:
//   node bench/incidents/batch-a/<this folder>/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('agenda-bot', { 'deployment.environment': 'prd', 'service.version': '5.2.0', 'cloud.region': 'sa-east-1' });

let tentativas = 0;
const buscarHorarios = tool(async ({ especialidade, unidade }) => {
  tentativas += 1;
  if (tentativas === 1) {
    // what the deployed client throws (its stack as it appears in production, not this script's)
    const err = new Error('agenda-svc: upstream request timeout after 8000 ms (GET /v2/slots?esp=DERMATO&unid=PIN)');
    err.name = 'UpstreamTimeoutError';
    err.stack = `UpstreamTimeoutError: ${err.message}\n    at AgendaClient.request (/srv/agenda-bot/dist/clients/agenda.js:112:15)\n`
      + '    at async AgendaClient.slots (/srv/agenda-bot/dist/clients/agenda.js:64:12)\n    at async buscarHorarios (/srv/agenda-bot/dist/tools/horarios.js:21:19)';
    throw err;
  }
  return JSON.stringify({ especialidade, unidade: 'Pinheiros — R. dos Pinheiros, 1.204', horarios: [
    { slot: 'SL-7Q2K91', medico: 'Dra. Renata Okamoto (CRM-SP 148.203)', inicio: '2025-06-03T09:40:00-03:00' },
    { slot: 'SL-7Q2K96', medico: 'Dra. Renata Okamoto (CRM-SP 148.203)', inicio: '2025-06-03T15:20:00-03:00' },
    { slot: 'SL-7Q3A04', medico: 'Dr. Caio Brandão (CRM-SP 201.557)', inicio: '2025-06-05T08:00:00-03:00' },
  ] });
}, {
  name: 'buscar_horarios', description: 'Horários livres por especialidade e unidade.',
  schema: z.object({ especialidade: z.string(), unidade: z.string() }),
});
const consultarCobertura = tool(async ({ carteirinha, procedimento }) => JSON.stringify({ carteirinha, beneficiario: 'Luana M. Freitas',
  plano: 'Sempre Saúde Empresarial Apartamento (ANS 419.776/19-1)', procedimento, situacao: 'ativo', cobertura: 'integral',
  carencia_restante_dias: 0, autorizacao_previa: false, coparticipacao_brl: 0.0,
  observacao: 'Consulta eletiva em rede própria sem coparticipação conforme contrato empresarial.' }), {
  name: 'consultar_cobertura', description: 'Elegibilidade e coparticipação do beneficiário para um procedimento (TUSS).',
  schema: z.object({ carteirinha: z.string(), procedimento: z.string() }),
});
const agendar = tool(async ({ slot }) => JSON.stringify({ protocolo: 'AGD-20250528-118734', slot, status: 'confirmado',
  inicio: '2025-06-03T15:20:00-03:00', medico: 'Dra. Renata Okamoto', unidade: 'Pinheiros — R. dos Pinheiros, 1.204',
  valor_cobrado_brl: 0.0, lembrete_sms: 'agendado para 2025-06-02T15:20:00-03:00' }), {
  name: 'agendar_consulta', description: 'Reserva um horário para o beneficiário.',
  schema: z.object({ slot: z.string(), carteirinha: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  // turno 1
  { tool_calls: [{ name: 'buscar_horarios', args: { especialidade: 'dermatologia', unidade: 'Pinheiros' } }] },
  { tool_calls: [{ name: 'buscar_horarios', args: { especialidade: 'dermatologia', unidade: 'Pinheiros' } }] },
  { tool_calls: [{ name: 'consultar_cobertura', args: { carteirinha: '0 419776 004512837 1', procedimento: 'TUSS 10101012 consulta em consultório' } }] },
  { content: 'Oi, Luana! Encontrei estes horários de dermatologia na unidade Pinheiros:\n'
    + '• ter 03/06, 09h40 — Dra. Renata Okamoto\n• ter 03/06, 15h20 — Dra. Renata Okamoto\n• qui 05/06, 08h00 — Dr. Caio Brandão\n'
    + 'Sobre o valor: seu plano (Sempre Saúde Empresarial) cobre a consulta integralmente, sem carência e sem autorização prévia, '
    + 'e a coparticipação para consulta em rede própria é R$ 0,00 pelo contrato da sua empresa. Qual horário prefere?' },
  // turno 2
  { tool_calls: [{ name: 'agendar_consulta', args: { slot: 'SL-7Q2K96', carteirinha: '0 419776 004512837 1' } }] },
  { content: 'Pronto! Consulta confirmada para terça, 03/06, às 15h20 com a Dra. Renata Okamoto, unidade Pinheiros '
    + '(R. dos Pinheiros, 1.204). Protocolo AGD-20250528-118734. Não há valor a pagar na recepção; leve a carteirinha e um documento com foto. '
    + 'Você vai receber um lembrete por SMS na véspera.' },
] });

const system = new SystemMessage('Você é o assistente de agendamento da Clínica Vivace. A beneficiária está autenticada '
  + '(carteirinha 0 419776 004512837 1). Consulte horários e cobertura antes de responder; nunca informe valores sem consultar a cobertura.');
const app = await reactGraph({ model, tools: [buscarHorarios, consultarCobertura, agendar], checkpointer: new MemorySaver(),
  name: 'agendamento', prepare: (m) => [system, ...m] });
const cfg = { configurable: { thread_id: 'wa:5511987364210:20250528' }, metadata: { conversation_id: 'wa:5511987364210:20250528', canal: 'whatsapp' } };
const user = { userId: 'benef-004512837' };
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Boa tarde! Queria marcar dermatologista na unidade Pinheiros, '
  + 'de preferência semana que vem. Vou ter que pagar alguma coisa? Ano passado paguei R$ 45 de coparticipação no outro plano.')] }, cfg));
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Terça às 15h20 está ótimo, pode marcar.')] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
