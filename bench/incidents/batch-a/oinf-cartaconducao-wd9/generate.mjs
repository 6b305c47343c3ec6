// Balcão digital de serviços públicos (pt-PT): a citizen asks how to renew a driving licence. The
// agent searches the guides knowledge base (a vector-store retriever behind a tool) and answers.
// LangGraph.js tool loop traced with OpenInference; scripted chat model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('balcao-digital-assistente', { 'service.version': '0.14.2' });

// The guides were chunked from PDFs; the annex tables (fees, medical requirements) did not survive
// text extraction, so only the paragraphs that point at them are in the index.
const guias = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Revalidação do título de condução — 3. Taxas. O pedido de revalidação está sujeito ao pagamento da taxa prevista na tabela de taxas do IMT, I.P., que consta do Anexo II do presente guia. O pagamento é efetuado no ato do pedido, presencialmente ou através do portal.',
    metadata: { id: 'imt-guia-revalidacao-v7#sec3', fonte: 'Guia do Cidadão — Revalidação (IMT, ed. 7)', score: 0.812 } },
  { pageContent: 'Revalidação do título de condução — 4. Avaliação médica e psicológica. A necessidade de atestado médico e de avaliação psicológica depende do grupo a que pertence o título e da idade do condutor, nos termos do Quadro 4 (Anexo III).',
    metadata: { id: 'imt-guia-revalidacao-v7#sec4', fonte: 'Guia do Cidadão — Revalidação (IMT, ed. 7)', score: 0.787 } },
  { pageContent: 'Troca de título de condução estrangeiro — 2. Prazos. O pedido de troca deve ser apresentado dentro do prazo indicado no Quadro 1, contado a partir da data de fixação de residência em Portugal.',
    metadata: { id: 'imt-guia-troca-estrangeiro-v3#sec2', fonte: 'Guia do Cidadão — Troca de título estrangeiro (IMT, ed. 3)', score: 0.641 } },
] });

const pesquisarGuias = tool(async ({ consulta }, config) => {
  const docs = await guias.invoke(consulta, config);
  return JSON.stringify(docs.map((d) => ({ id: d.metadata.id, fonte: d.metadata.fonte, excerto: d.pageContent })));
}, { name: 'pesquisar_guias', description: 'Pesquisa semântica nos guias oficiais de serviços públicos (IMT, AT, Segurança Social, IRN).',
  schema: z.object({ consulta: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'pesquisar_guias', args: { consulta: 'revalidação carta de condução 62 anos taxa atestado médico prazo' } }] },
  { content: 'Para revalidar a sua carta de condução (categoria B) aos 62 anos:\n\n1. **Taxa:** 30 €, paga no ato do pedido.\n2. **Atestado médico:** a partir dos 60 anos é obrigatório um atestado médico eletrónico, emitido pelo seu médico de família (custa cerca de 10 €); não precisa de avaliação psicológica.\n3. **Quando pedir:** pode fazer o pedido até 6 meses antes da data de caducidade, ou seja, já a partir de setembro.\n4. **Prazo:** a nova carta chega por correio em cerca de 10 dias úteis; entretanto fica com uma guia de substituição válida por 90 dias.\n5. **Validade:** a carta revalidada fica válida até aos 65 anos.\n\nPode tratar de tudo no portal do IMT com a Chave Móvel Digital ou num Espaço Cidadão.' },
] });

const app = await reactGraph({ model, tools: [pesquisarGuias], name: 'balcao_digital',
  prepare: (m) => [new SystemMessage('És o assistente do Balcão Digital. Respondes a perguntas sobre serviços públicos com base nos guias oficiais. Usa sempre a ferramenta pesquisar_guias antes de responder e não inventes valores, prazos ou requisitos.'), ...m] });

await t.turn({ userId: 'cid-7f3a91c0' }, () => app.invoke({ messages: [
  new HumanMessage('Boa tarde. A minha carta de condução caduca em março do próximo ano e tenho 62 anos. Quanto custa revalidar, preciso de atestado médico e quanto tempo demora?'),
] }, { metadata: { session_id: '6d1e2b7a-94c3-4f0e-b8a5-2c7f10e9d4b3', canal: 'web' } }));
t.write(path.join(here, 'traces.jsonl'));
console.log('wrote', path.join(here, 'traces.jsonl'));
