// Seguradora Paulista Horizonte, WhatsApp claims assistant (pt-BR). Day 1: the triage agent hands
// the customer to the claims agent, which opens the claim. At the end of day 1 the app compacts the
// conversation with a summarising run; on day 3 the claims agent continues from that summary plus
// the customer's new message.
// Offline: every model reply comes from a script (scriptedModel), no network, no key.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, system, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// Backend errors are passed to the model as the gateway reports them.
const gatewayError = (_ctx, err) => `Erro ao chamar o serviço: ${err?.message ?? String(err)}`;
const failOnce = (message, fn) => { let failed = false; return async (args) => {
  if (!failed) { failed = true; throw new Error(message); }
  return fn(args);
}; };

const consultarApolice = tool({
  name: 'consultar_apolice', description: 'Consulta a apólice de automóvel pela placa do veículo.',
  parameters: z.object({ placa: z.string() }),
  execute: async ({ placa }) => JSON.stringify({
    apolice: 'AUTO-0047.8812.31', segurado: 'Marcos Vinícius Teixeira', placa,
    veiculo: 'Chevrolet Onix Plus 1.0 Turbo 2023', vigencia: '02/03/2025 a 02/03/2026',
    franquia: 'R$ 3.180,00', carro_reserva: '15 dias, categoria básica', cidade_residencia: 'Campinas/SP' }),
});
const abrirSinistro = tool({
  name: 'abrir_sinistro', description: 'Abre um aviso de sinistro na apólice.',
  parameters: z.object({ apolice: z.string(), data_ocorrencia: z.string(), local: z.string(), descricao: z.string() }),
  errorFunction: gatewayError,
  execute: failOnce('503 Service Unavailable (sinistros-api, janela de manutenção): requisição não processada, nenhum aviso foi criado.',
    async ({ apolice }) => JSON.stringify({ sinistro: 'SIN-2025-118004-7', apolice, status: 'aberto',
      pendencias: ['fotos do veículo (mínimo 4)', 'boletim de ocorrência'] })),
});
const verificarDocumentos = tool({
  name: 'verificar_documentos', description: 'Lista os documentos recebidos para um sinistro.',
  parameters: z.object({ sinistro: z.string() }),
  execute: async ({ sinistro }) => JSON.stringify({ sinistro, fotos: 6, boletim: 'BO 1187/2025 – 13º DP (Casa Verde)', status: 'documentação completa' }),
});
const buscarOficinas = tool({
  name: 'buscar_oficinas', description: 'Busca oficinas credenciadas por cidade e marca.',
  parameters: z.object({ cidade: z.string(), marca: z.string(), nome: z.string().nullable() }),
  execute: async () => JSON.stringify({ oficinas: [
    { id: 'OF-CPS-0192', nome: 'Funilaria Taquaral', endereco: 'Av. Dr. Heitor Penteado, 1450 – Taquaral, Campinas', credenciada: true, proxima_vistoria: '22/08/2025' },
    { id: 'OF-CPS-0077', nome: 'Centro Automotivo Barão Geraldo', endereco: 'R. Albino J. B. de Oliveira, 820 – Campinas', credenciada: true, proxima_vistoria: '25/08/2025' },
  ] }),
});
const agendarVistoria = tool({
  name: 'agendar_vistoria', description: 'Agenda a vistoria do veículo numa oficina credenciada.',
  parameters: z.object({ sinistro: z.string(), oficina_id: z.string(), data: z.string() }),
  errorFunction: gatewayError,
  execute: failOnce('504 Gateway Timeout: o agendamento-vistorias não respondeu; a requisição não chegou ao serviço, nenhuma vistoria foi criada.',
    async ({ sinistro, oficina_id }) => JSON.stringify({ vistoria: 'VST-2208-CPS-0192-03', sinistro, oficina_id,
      data: '22/08/2025', janela: '09:00 às 12:00', status: 'agendada' })),
});
const calcularParticipacao = tool({
  name: 'calcular_participacao', description: 'Calcula a participação do segurado (franquia) e a indenização estimada.',
  parameters: z.object({ sinistro: z.string(), valor_orcamento: z.number(), franquia: z.number() }),
  execute: async ({ valor_orcamento, franquia }) => {
    const brl = (v) => 'R$ ' + v.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return JSON.stringify({ valor_orcamento: brl(valor_orcamento), franquia: brl(franquia),
      participacao_segurado: brl(Math.min(franquia, valor_orcamento)),
      indenizacao_estimada: brl(Math.max(0, Math.round((valor_orcamento - franquia) * 100) / 100)),
      observacao: 'valor final sujeito à vistoria' });
  },
});
const reservarCarroReserva = tool({
  name: 'reservar_carro_reserva', description: 'Reserva o carro reserva previsto na apólice.',
  parameters: z.object({ sinistro: z.string(), cidade: z.string(), retirada: z.string(), dias: z.number().int(), categoria: z.string() }),
  execute: async ({ dias }) => JSON.stringify({ reserva: 'CR-5529013', locadora: 'RodaBem Locadora – Campinas Centro',
    retirada: '22/08/2025 a partir das 14:00', devolucao: '05/09/2025', dias, categoria: 'básica (Mobi, Kwid ou similar)' }),
});

const instrucoesSinistros = 'Você é o agente de sinistros da Seguradora Paulista Horizonte no WhatsApp. Fale em português, '
  + 'de forma clara. Abra e acompanhe sinistros de automóvel, agende vistorias em oficinas credenciadas, calcule a '
  + 'participação do segurado e reserve o carro reserva previsto na apólice.';

const runnerOpts = { groupId: 'wa-5519981427736-ph2025', traceMetadata: { user_id: 'cli-3391-0048812', canal: 'whatsapp' } };

// ---- dia 1 (19/08/2025 08:12) ----
const m1 = scriptedModel([
  { tool_calls: [{ name: 'transfer_to_Sinistros', args: {} }] },
  { tool_calls: [{ name: 'consultar_apolice', args: { placa: 'RKT4F21' } }] },
  { tool_calls: [{ name: 'abrir_sinistro', args: { apolice: 'AUTO-0047.8812.31', data_ocorrencia: '2025-08-18',
    local: 'Marginal Tietê, próximo à Ponte do Limão, São Paulo/SP', descricao: 'Colisão traseira causada por terceiro' } }] },
  { tool_calls: [{ name: 'abrir_sinistro', args: { apolice: 'AUTO-0047.8812.31', data_ocorrencia: '2025-08-18',
    local: 'Marginal Tietê, próximo à Ponte do Limão, São Paulo/SP', descricao: 'Colisão traseira causada por terceiro' } }] },
  { content: 'Marcos, seu sinistro foi aberto: SIN-2025-118004-7 (apólice AUTO-0047.8812.31, Onix Plus RKT4F21). '
    + 'Para seguir, envie pelo app pelo menos 4 fotos do veículo e o boletim de ocorrência. Assim que chegarem, '
    + 'agendamos a vistoria numa oficina credenciada em Campinas e liberamos o carro reserva (15 dias, categoria básica).' },
], { seed: 'sph-dia1' });
const sinistros1 = new Agent({ name: 'Sinistros', instructions: instrucoesSinistros, model: m1,
  tools: [consultarApolice, abrirSinistro] });
const atendimento = new Agent({ name: 'Atendimento', model: m1, handoffs: [sinistros1],
  instructions: 'Você faz a triagem do WhatsApp da Seguradora Paulista Horizonte e encaminha cada cliente ao agente certo.' });
const r1 = await new Runner({ ...runnerOpts, workflowName: 'Atendimento WhatsApp' }).run(atendimento,
  'Bom dia. Ontem à noite bateram na traseira do meu carro na Marginal Tietê, perto da Ponte do Limão. Placa RKT4F21. '
  + 'Sou motorista de aplicativo, então preciso de carro reserva o quanto antes. Moro em Campinas e prefiro uma oficina de lá.');

// ---- fim do dia 1: compactação do histórico ----
const resumo = 'Resumo do atendimento anterior (19/08/2025): cliente Marcos Vinícius Teixeira, apólice AUTO-0047.8812.31, '
  + 'Chevrolet Onix Plus 2023 placa RKT4F21. Colisão traseira causada por terceiro em 18/08/2025 à noite na Marginal Tietê, '
  + 'próximo à Ponte do Limão (São Paulo/SP). Sinistro SIN-2025-118004-7 aberto em 19/08 (a primeira tentativa falhou com 503 '
  + 'e foi repetida com sucesso). Franquia R$ 3.180,00; carro reserva previsto: 15 dias, categoria básica. O cliente é '
  + 'motorista de aplicativo e precisa do carro reserva o quanto antes; mora em Campinas e prefere oficina em Campinas. '
  + 'Pendências: fotos do veículo (mínimo 4) e boletim de ocorrência.';
const resumidor = new Agent({ name: 'Resumo', model: scriptedModel([{ content: resumo }], { seed: 'sph-resumo' }),
  instructions: 'Resuma o atendimento para que outro agente possa continuá-lo sem o histórico: todos os dados '
    + 'informados pelo cliente, identificadores, valores, preferências e pendências. Não omita nada.' });
await new Runner({ ...runnerOpts, workflowName: 'Compactação de histórico' }).run(resumidor, r1.history);

// ---- dia 3 (21/08/2025 10:40): continua a partir do resumo ----
const m2 = scriptedModel([
  { tool_calls: [{ name: 'verificar_documentos', args: { sinistro: 'SIN-2025-118004-7' } }] },
  { tool_calls: [{ name: 'buscar_oficinas', args: { cidade: 'Campinas', marca: 'Chevrolet', nome: 'Funilaria Taquaral' } }] },
  { tool_calls: [{ name: 'agendar_vistoria', args: { sinistro: 'SIN-2025-118004-7', oficina_id: 'OF-CPS-0192', data: '2025-08-22' } }] },
  { tool_calls: [{ name: 'agendar_vistoria', args: { sinistro: 'SIN-2025-118004-7', oficina_id: 'OF-CPS-0192', data: '2025-08-22' } }] },
  { tool_calls: [
    { name: 'calcular_participacao', args: { sinistro: 'SIN-2025-118004-7', valor_orcamento: 7945.6, franquia: 3180 } },
    { name: 'reservar_carro_reserva', args: { sinistro: 'SIN-2025-118004-7', cidade: 'Campinas', retirada: '2025-08-22', dias: 15, categoria: 'basica' } },
  ] },
  { content: 'Marcos, recebemos as 6 fotos e o BO 1187/2025 – 13º DP; a documentação está completa.\n'
    + '• Vistoria: 22/08/2025, das 09:00 às 12:00, na Funilaria Taquaral (credenciada), Av. Dr. Heitor Penteado, 1450 – Campinas. Protocolo VST-2208-CPS-0192-03.\n'
    + '• Valores: sobre o orçamento de R$ 7.945,60, a sua parte é a franquia de R$ 3.180,00 e a seguradora paga R$ 4.765,60 '
    + '(estimativa, sujeita à vistoria).\n'
    + '• Carro reserva: reserva CR-5529013 na RodaBem Locadora – Campinas Centro, retirada em 22/08 a partir das 14:00, '
    + 'por 15 dias (devolução em 05/09), categoria básica.' },
], { seed: 'sph-dia3' });
const sinistros2 = new Agent({ name: 'Sinistros', instructions: instrucoesSinistros, model: m2,
  tools: [verificarDocumentos, buscarOficinas, agendarVistoria, calcularParticipacao, reservarCarroReserva] });
await new Runner({ ...runnerOpts, workflowName: 'Atendimento WhatsApp' }).run(sinistros2, [
  system(resumo),
  user('Oi, mandei as 6 fotos e o BO pelo app. A Funilaria Taquaral, aqui em Campinas, fez um orçamento de R$ 7.945,60. '
    + 'Quanto eu vou pagar e quando pego o carro reserva?'),
]);

writeTrace(here, 'whatsapp-sinistros.jsonl');
