// Regenerates trace.jsonl: node bench/incidents/batch-a/agents-mercado-historico-cortado/generate.mjs
// Three turns of one conversation. Between turns the app stores the conversation (user and
// assistant messages of the run history) and loads it back for the next turn; the store keeps a
// sliding window of the last messages.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const MAX_STORED_MESSAGES = 2; // conversation store window
const keep = (history) => history.filter((item) => item.type === 'message').slice(-MAX_STORED_MESSAGES);

const dadosCliente = tool({
  name: 'dados_cliente', description: 'Cadastro do cliente: nome, endereço de entrega padrão, forma de pagamento.',
  parameters: z.object({ cliente_id: z.string() }),
  execute: async ({ cliente_id }) => JSON.stringify({
    cliente_id, nome: 'Renata Albuquerque', endereco_padrao: 'Rua Cardeal Arcoverde, 1020, apto 84 – Pinheiros, São Paulo/SP, 05407-002',
    pagamento: 'cartão final 4471',
  }),
});

const ultimoPedido = tool({
  name: 'ultimo_pedido', description: 'Último pedido entregue do cliente, com os itens.',
  parameters: z.object({ cliente_id: z.string() }),
  execute: async ({ cliente_id }) => JSON.stringify({
    pedido: 'MC-2026-339184', cliente_id, entregue_em: '2026-11-25',
    itens: [
      { sku: '100231', nome: 'Pão de forma tradicional 500 g', qtd: 2 },
      { sku: '204118', nome: 'Macarrão espaguete de trigo 500 g', qtd: 3 },
      { sku: '301907', nome: 'Biscoito recheado chocolate 140 g', qtd: 4 },
      { sku: '118820', nome: 'Leite integral 1 L', qtd: 6 },
      { sku: '402215', nome: 'Banana prata (kg)', qtd: 2 },
    ],
    total: 'R$ 118,40',
  }),
});

const criarPedido = tool({
  name: 'criar_pedido', description: 'Cria um pedido de entrega.',
  parameters: z.object({
    cliente_id: z.string(), endereco_entrega: z.string(), janela: z.string(),
    itens: z.array(z.object({ sku: z.string(), qtd: z.number().int() })),
  }),
  execute: async ({ endereco_entrega, janela, itens }) => JSON.stringify({
    pedido: 'MC-2026-342760', status: 'confirmado', endereco_entrega, janela, itens: itens.length, total: 'R$ 118,40',
  }),
});

const model = scriptedModel([
  // turn 1
  { tool_calls: [{ name: 'dados_cliente', args: { cliente_id: 'C-0081734' } }] },
  { content: 'Oi, Renata! Anotado: a partir de agora as entregas vão para a Rua Harmonia, 512, apto 31 – Vila Madalena, e nas próximas compras '
    + 'vou trocar tudo o que tiver glúten por opções sem glúten (pão, macarrão e biscoito). Sinto muito pelo diagnóstico, conte comigo para montar as listas.' },
  // turn 2
  { content: 'De nada, Renata! Quando quiser fazer a próxima compra é só me chamar. 😊' },
  // turn 3 (next day)
  { tool_calls: [
    { name: 'ultimo_pedido', args: { cliente_id: 'C-0081734' } },
    { name: 'dados_cliente', args: { cliente_id: 'C-0081734' } },
  ] },
  { tool_calls: [{ name: 'criar_pedido', args: {
    cliente_id: 'C-0081734', endereco_entrega: 'Rua Cardeal Arcoverde, 1020, apto 84 – Pinheiros, São Paulo/SP, 05407-002', janela: '2026-12-03 08:00-10:00',
    itens: [{ sku: '100231', qtd: 2 }, { sku: '204118', qtd: 3 }, { sku: '301907', qtd: 4 }, { sku: '118820', qtd: 6 }, { sku: '402215', qtd: 2 }] } }] },
  { content: 'Pronto, Renata! Repeti sua compra da semana passada (pedido MC-2026-342760): 2 pães de forma, 3 pacotes de espaguete, 4 biscoitos recheados, '
    + '6 litros de leite e 2 kg de banana, total R$ 118,40. Entrega amanhã entre 8h e 10h na Rua Cardeal Arcoverde, 1020, apto 84, cobrança no cartão final 4471.' },
], { seed: 'mercado-historico', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Assistente Mercadinho',
  instructions: 'Você é o assistente de compras do Mercadinho Bom Preço (entregas em São Paulo). Ajude o cliente a montar e repetir pedidos. '
    + 'Respeite sempre as preferências e restrições que o cliente informar na conversa. O cliente logado é C-0081734. Responda em português.',
  model,
  tools: [dadosCliente, ultimoPedido, criarPedido],
});

const runner = new Runner({
  groupId: 'chat-mercadinho-7f2c91d4', workflowName: 'Mercadinho – assistente de compras',
  traceMetadata: { user_id: 'C-0081734', app: 'android 5.12.0' },
});

let stored = [];
const r1 = await runner.run(agent, [...stored, user('Oi! Duas coisas: me mudei, agora o endereço de entrega é Rua Harmonia, 512, apto 31 – Vila Madalena, 05435-000. '
  + 'E fui diagnosticada com doença celíaca, então nada com glúten daqui pra frente, por favor.')]);
stored = keep(r1.history);
const r2 = await runner.run(agent, [...stored, user('Obrigada, você é um amor!')]);
stored = keep(r2.history);
await runner.run(agent, [...stored, user('Bom dia! Pode repetir minha compra da semana passada? Entrega amanhã cedinho, de 8h às 10h.')]);

writeTrace(here, 'trace.jsonl');
