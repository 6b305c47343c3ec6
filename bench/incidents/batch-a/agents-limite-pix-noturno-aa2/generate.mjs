// Atendimento de um banco digital (pt-BR): aumento do limite PIX noturno.
// A triagem consulta a conta e transfere para o agente de Limites com o filtro removeAllTools;
// o agente de Limites consulta o serviço de limites de novo antes de alterar.
// Offline: o modelo é um roteiro por trás do OpenAIChatCompletionsModel do SDK.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarConta = tool({
  name: 'consultar_conta',
  description: 'Dados cadastrais e resumo da conta corrente.',
  parameters: z.object({ agencia: z.string(), conta: z.string() }),
  execute: async ({ agencia, conta }) => JSON.stringify({
    agencia, conta, titular: 'Renata Albuquerque Lima', tipo: 'PF', situacao: 'ativa',
    limite_pix_diurno: 'R$ 10.000,00', limite_pix_noturno: 'R$ 1.000,00', dispositivo_confiavel: true,
  }),
});

const consultarLimites = tool({
  name: 'consultar_limites',
  description: 'Limites transacionais vigentes (valores em centavos).',
  parameters: z.object({ agencia: z.string(), conta: z.string(), modalidade: z.enum(['PIX_DIURNO', 'PIX_NOTURNO', 'TED']) }),
  execute: async ({ modalidade }) => JSON.stringify({ modalidade, vigente_centavos: 100000, maximo_permitido_centavos: 500000, janela: '20:00-06:00', alteracao_pendente: null }),
});

const alterarLimite = tool({
  name: 'alterar_limite',
  description: 'Solicita alteração de limite transacional. valor_centavos: novo limite em centavos.',
  parameters: z.object({ agencia: z.string(), conta: z.string(), modalidade: z.enum(['PIX_DIURNO', 'PIX_NOTURNO', 'TED']), valor_centavos: z.number().int() }),
  execute: async ({ modalidade, valor_centavos }) => JSON.stringify({
    protocolo: '20260106-LIM-0048213', modalidade, anterior_centavos: 100000, novo_centavos: valor_centavos,
    status: 'agendado', vigente_a_partir_de: '2026-01-07T21:14:00-03:00',
    observacao: 'Aumento de limite PIX com carência mínima de 24 horas (Res. BCB nº 142/2021).',
  }),
});

const limitesModel = scriptedModel([
  { tool_calls: [{ name: 'consultar_limites', args: { agencia: '0042', conta: '88123-0', modalidade: 'PIX_NOTURNO' } }] },
  { tool_calls: [{ name: 'alterar_limite', args: { agencia: '0042', conta: '88123-0', modalidade: 'PIX_NOTURNO', valor_centavos: 250000 } }] },
  { content: 'Pronto! Seu limite PIX noturno (20h às 6h) vai passar de R$ 1.000,00 para R$ 2.500,00. Por regra do Banco Central, aumentos de limite só valem depois de 24 horas: o novo valor entra em vigor amanhã, 07/01, às 21h14 — a tempo da sua transferência de sexta. Protocolo: 20260106-LIM-0048213.' },
], { seed: 'pix-lim-limites', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const limites = new Agent({
  name: 'Limites',
  handoffDescription: 'Alterações de limites PIX e TED.',
  instructions: 'Você altera limites transacionais. Sempre consulte os limites vigentes antes de alterar. Valores em centavos.',
  model: limitesModel, tools: [consultarLimites, alterarLimite],
});

const triagemModel = scriptedModel([
  { tool_calls: [{ name: 'consultar_conta', args: { agencia: '0042', conta: '88123-0' } }] },
  { tool_calls: [{ name: 'transfer_to_Limites', args: {} }] },
], { seed: 'pix-lim-triagem', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const triagem = new Agent({
  name: 'Triagem',
  instructions: 'Você faz a triagem do atendimento: identifica a conta e encaminha ao time certo.',
  model: triagemModel, tools: [consultarConta],
  handoffs: [handoff(limites, { inputFilter: removeAllTools })],
});

await new Runner({
  groupId: 'atd_8c41f0b2e6', workflowName: 'Atendimento app',
  traceMetadata: { user_id: 'cli-7730215', canal: 'app-android' },
}).run(triagem, 'Oi, quero aumentar meu limite do PIX noturno para R$ 2.500,00. Agência 0042, conta 88123-0. Vou precisar fazer uma transferência na sexta à noite.');

writeTrace(here, 'traces.jsonl');
