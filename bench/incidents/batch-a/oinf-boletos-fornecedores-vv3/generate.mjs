// Assistente de contas a pagar (português do Brasil): agente LangGraph.js que consulta boletos no ERP
// e agenda pagamentos pela API do banco. Modelo roteirizado, rastreamento OpenInference.
// A definição da ferramenta enviada ao modelo é a do contrato publicado da API de pagamentos;
// o executor é o adaptador interno que a chama.
// Executar na raiz do repositório: node bench/incidents/batch-a/oinf-boletos-fornecedores-vv3/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('cap-assistente', { 'deployment.environment': 'producao', 'service.version': '0.9.3' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const boletos = {
  '23793381286000012345678901234567890120000084520': { beneficiario: 'Gráfica Papel & Tinta ME', cnpj: '08.114.562/0001-31', valor_documento: '845,20', vencimento: '2025-04-14', nosso_numero: '00087341' },
  '34191790010104351004791020150008410140000312000': { beneficiario: 'CloudSul Hospedagem Ltda', cnpj: '21.907.338/0001-05', valor_documento: '3.120,00', vencimento: '2025-04-15', nosso_numero: '4791020150' },
  '00190500954014481606906809350314310150001248090': { beneficiario: 'Transportadora Rota Sul Ltda', cnpj: '12.345.678/0001-90', valor_documento: '12.480,90', vencimento: '2025-04-15', nosso_numero: '0000931460' },
};

const consultarBoleto = tool(async ({ linha_digitavel }) => {
  const b = boletos[linha_digitavel];
  return JSON.stringify({ linha_digitavel, ...b, situacao: 'EM_ABERTO', moeda: 'BRL' });
}, { name: 'consultar_boleto', description: 'Consulta um boleto (CIP/DDA) pela linha digitável.',
  schema: z.object({ linha_digitavel: z.string() }) });

const consultarSaldo = tool(async ({ conta }) => JSON.stringify({ conta, saldo_disponivel: 58900.0, limite_pix_diario: 20000.0, atualizado_em: '2025-04-11T09:12:44-03:00' }),
{ name: 'consultar_saldo', description: 'Saldo disponível de uma conta da empresa.', schema: z.object({ conta: z.string() }) });

let seq = 77120;
// Adaptador interno da API de pagamentos.
const agendarPagamento = tool(async ({ codigo_barras, valor, data_pagamento, conta_origem }) => {
  const v = typeof valor === 'number' ? valor : Number.parseFloat(String(valor).replace(',', '.'));
  return JSON.stringify({ agendamento: `AGD-2025-041-${seq++}`, codigo_barras, conta_origem, data_pagamento,
    valor: Math.round(v * 100) / 100, moeda: 'BRL', status: 'AGENDADO' });
}, { name: 'agendar_pagamento', description: 'Agenda o pagamento de um boleto.',
  schema: z.object({ codigo_barras: z.string(), valor: z.union([z.number(), z.string()]), data_pagamento: z.string(), conta_origem: z.string() }) });

// Contrato publicado (OpenAPI) da operação de agendamento, como o modelo o recebe.
const agendarContrato = { type: 'function', function: { name: 'agendar_pagamento', description: 'Agenda o pagamento de um boleto.',
  parameters: { type: 'object', additionalProperties: false, required: ['codigo_barras', 'valor', 'data_pagamento', 'conta_origem'], properties: {
    codigo_barras: { type: 'string', description: 'Linha digitável (47 dígitos)' },
    valor: { type: 'number', description: 'Valor a pagar em reais (BRL), ponto como separador decimal' },
    data_pagamento: { type: 'string', format: 'date' },
    conta_origem: { type: 'string', description: 'Agência/conta de débito' } } } } };

const conta = '0412/00087311-4';
const linhas = Object.keys(boletos);
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'consultar_saldo', args: { conta } }] },
  { tool_calls: [{ name: 'consultar_boleto', args: { linha_digitavel: linhas[0] } }] },
  { tool_calls: [{ name: 'consultar_boleto', args: { linha_digitavel: linhas[1] } }] },
  { tool_calls: [{ name: 'consultar_boleto', args: { linha_digitavel: linhas[2] } }] },
  { tool_calls: [{ name: 'agendar_pagamento', args: { codigo_barras: linhas[0], valor: '845,20', data_pagamento: '2025-04-14', conta_origem: conta } }] },
  { tool_calls: [{ name: 'agendar_pagamento', args: { codigo_barras: linhas[1], valor: '3.120,00', data_pagamento: '2025-04-15', conta_origem: conta } }] },
  { tool_calls: [{ name: 'agendar_pagamento', args: { codigo_barras: linhas[2], valor: '12.480,90', data_pagamento: '2025-04-15', conta_origem: conta } }] },
  { content: 'Pronto, Marina! Os três boletos estão agendados na conta 0412/00087311-4:\n'
    + '• Gráfica Papel & Tinta ME – R$ 845,20 em 14/04 (AGD-2025-041-77120)\n'
    + '• CloudSul Hospedagem Ltda – R$ 3.120,00 em 15/04 (AGD-2025-041-77121)\n'
    + '• Transportadora Rota Sul Ltda – R$ 12.480,90 em 15/04 (AGD-2025-041-77122)\n'
    + 'Total agendado: R$ 16.446,10. O saldo disponível (R$ 58.900,00) cobre os pagamentos.' },
] });

const system = new SystemMessage('Você é o assistente de contas a pagar da Rota Norte Comércio S.A. Consulte cada boleto antes de agendar, '
  + 'confira o saldo e agende no vencimento. Conta padrão de débito: 0412/00087311-4.');
const app = await reactGraph({ model, tools: [consultarSaldo, consultarBoleto, agendarPagamento],
  modelTools: [consultarSaldo, consultarBoleto, agendarContrato], name: 'contas-a-pagar' });
const thread = 'cap:th:01JRA7ZK4X2M7N3V5R9T1W6Y0C';
await t.turn({ userId: 'marina.costa' }, () => app.invoke({ messages: [system, new HumanMessage(
  'Bom dia! Preciso agendar estes três boletos de fornecedores para o vencimento:\n' + linhas.join('\n'))] },
  { metadata: { thread_id: thread, empresa: 'rota-norte' }, recursionLimit: 30 }));
t.write(path.join(here, 'traces.otlp.jsonl'));
