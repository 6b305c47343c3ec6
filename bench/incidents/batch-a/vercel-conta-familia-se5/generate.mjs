// Assistente de apoio ao cliente de um operador móvel (pt-PT), conta de tarifário família.
// Vercel AI SDK v7 com a integração OpenTelemetry (gen_ai.*); o enrichSpan da app escreve o id da conversa
// (o fio de apoio da conta, partilhado pelos membros) e o user.id de quem escreve.
// O histórico é guardado por (conta, linha).
// Rerun from the checkout root: node bench/incidents/batch-a/vercel-conta-familia-se5/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const { flush } = setupTracing({
  serviceName: 'apoio-cliente-bot',
  resource: { 'service.version': '5.3.0', 'deployment.environment.name': 'prd', 'cloud.region': 'europe-west1' },
  seed: 'vercel-conta-familia-se5',
});
const ids = makeIds('vercel-conta-familia-se5');

const CONVERSA = 'conta-7781204/apoio';
const SYSTEM = 'És o assistente digital da Vaga Telecom. Responde em português europeu, de forma breve. '
  + 'Só atuas sobre a linha de quem está a escrever (indicada no contexto).';

const tools = {
  estado_linha: tool({
    description: 'Estado de uma linha móvel: plano, serviços ativos, consumo do mês.',
    inputSchema: z.object({ msisdn: z.string().regex(/^9\d{8}$/) }),
    execute: async ({ msisdn }) => ({ msisdn, plano: 'Família M (dependente)', roaming_dados: false, chamadas_internacionais: true,
      plafond_nacional_gb: 15, usado_gb: 3.2, ciclo: '2024-11-01/2024-11-30' }),
  }),
  ativar_servico: tool({
    description: 'Ativa um serviço numa linha.',
    inputSchema: z.object({ msisdn: z.string().regex(/^9\d{8}$/), servico: z.enum(['roaming_dados', 'roaming_voz', 'chamadas_internacionais']) }),
    execute: async ({ msisdn, servico }) => ({ msisdn, servico, estado: 'ativo', pedido: 'PD-24-3391876', efetivo_em: '2024-11-12T15:02:41Z' }),
  }),
  bloquear_servico: tool({
    description: 'Bloqueia um serviço numa linha.',
    inputSchema: z.object({ msisdn: z.string().regex(/^9\d{8}$/), servico: z.enum(['roaming_dados', 'roaming_voz', 'chamadas_internacionais', 'numeros_valor_acrescentado']) }),
    execute: async ({ msisdn, servico }) => ({ msisdn, servico, estado: 'bloqueado', pedido: 'PD-24-3392014' }),
  }),
  detalhe_fatura: tool({
    description: 'Detalhe da fatura de uma linha num período (AAAA-MM).',
    inputSchema: z.object({ msisdn: z.string().regex(/^9\d{8}$/), periodo: z.string().regex(/^\d{4}-\d{2}$/) }),
    execute: async ({ msisdn, periodo }) => ({ msisdn, periodo, fatura: 'FT 2024/1108842', total_eur: 38.9, linhas: [
      { descricao: 'Mensalidade Família M (titular)', valor_eur: 29.9 },
      { descricao: 'Chamadas internacionais Reino Unido (+44 20), 4 chamadas, 18 min', valor_eur: 9.0 },
    ] }),
  }),
  tarifario_roaming: tool({
    description: 'Condições de roaming de uma linha num país.',
    inputSchema: z.object({ msisdn: z.string().regex(/^9\d{8}$/), pais: z.string().length(2) }),
    execute: async ({ msisdn, pais }) => ({ msisdn, pais, zona: 'UE/EEE', regra: 'roam like at home', custo_diario_eur: 0,
      plafond_roaming_ue_gb: 9.8, excedente_eur_por_gb: 2.46 }),
  }),
};

const historicos = new Map(); // chave: `${conta}:${msisdn}`
const membros = {
  tiago: { userId: 'cli-7781204-02', msisdn: '912345678', nome: 'Tiago' },
  marta: { userId: 'cli-7781204-01', msisdn: '936100220', nome: 'Marta' },
};

async function turno(quem, texto, replies) {
  const m = membros[quem];
  const chave = `7781204:${m.msisdn}`;
  const hist = historicos.get(chave) ?? [];
  const messages = [...hist, { role: 'user', content: texto }];
  const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash-001', responsePrefix: '', ids, replies });
  const res = await generateText({
    model,
    system: `${SYSTEM}\nLinha de quem escreve: ${m.msisdn} (${m.nome}).`,
    messages,
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { conversa: CONVERSA, userId: m.userId },
    telemetry: { functionId: 'apoio-cliente', includeRuntimeContext: { conversa: true, userId: true }, integrations: [new OpenTelemetry({
      enrichSpan: ({ runtimeContext }) => ({ 'gen_ai.conversation.id': runtimeContext?.conversa, 'user.id': runtimeContext?.userId }),
    })] },
  });
  historicos.set(chave, [...messages, { role: 'assistant', content: res.text }]);
  return flush();
}

const lines = [];
lines.push(await turno('tiago', 'Olá! Estou em Madrid desde ontem e não tenho dados móveis. O roaming está ligado?', [
  { calls: [['estado_linha_0', 'estado_linha', { msisdn: '912345678' }]] },
  { calls: [['ativar_servico_0', 'ativar_servico', { msisdn: '912345678', servico: 'roaming_dados' }]] },
  'O roaming de dados estava desligado na sua linha 912 345 678. Já o ativei (pedido PD-24-3391876). Desligue e volte a ligar o telemóvel e confirme que o "Roaming de dados" está ligado nas definições.',
]));
await sleep(30);
lines.push(await turno('marta', 'Boa tarde. A minha fatura de outubro veio com 38,90 € e costuma ser 29,90 €. Porquê?', [
  { calls: [['detalhe_fatura_0', 'detalhe_fatura', { msisdn: '936100220', periodo: '2024-10' }]] },
  'A fatura FT 2024/1108842 (outubro) tem a mensalidade de 29,90 € e mais 9,00 € de chamadas internacionais para o Reino Unido (+44 20): 4 chamadas, 18 minutos no total. Daí os 38,90 €.',
]));
await sleep(30);
lines.push(await turno('tiago', 'Já dá, obrigado! E quanto é que isto me vai custar por dia aqui em Espanha?', [
  { calls: [['tarifario_roaming_0', 'tarifario_roaming', { msisdn: '912345678', pais: 'ES' }]] },
  'Nada por dia: Espanha está na zona UE/EEE, com "roam like at home", por isso o custo diário é 0 €. Usa os dados do seu plano até 9,8 GB em roaming neste ciclo; acima disso paga 2,46 € por GB.',
]));
await sleep(30);
lines.push(await turno('marta', 'Não fui eu que fiz essas chamadas. Dá para bloquear as chamadas internacionais na minha linha?', [
  { calls: [['bloquear_servico_0', 'bloquear_servico', { msisdn: '936100220', servico: 'chamadas_internacionais' }]] },
  'Feito: as chamadas internacionais ficaram bloqueadas na linha 936 100 220 (pedido PD-24-3392014). Se quiser contestar os 9,00 € de outubro, posso abrir uma reclamação sobre a fatura FT 2024/1108842.',
]));

writeJsonl(scriptDir(import.meta.url), 'traces-apoio.jsonl', lines);
