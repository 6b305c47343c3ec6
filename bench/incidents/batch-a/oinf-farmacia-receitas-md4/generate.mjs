// Pharmacy chat assistant (Portuguese). Prescription lookups go through a small in-process cache that
// the app keys by pharmacy branch, so two customers of the same branch share an entry for 10 minutes.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('farmacia-assistente', { 'deployment.environment': 'prod-pt' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const backend = {
  '218 334 905': { utente: '218 334 905', nome: 'Ana Ribeiro', receitas: [
    { codigo: 'RSP-7741-0092', medicamento: 'Sertralina 50 mg', embalagens: 2, validade: '2025-09-12', estado: 'por dispensar' },
    { codigo: 'RSP-7741-0093', medicamento: 'Levotiroxina 75 µg', embalagens: 1, validade: '2025-07-30', estado: 'por dispensar' }] },
  '301 557 482': { utente: '301 557 482', nome: 'Bruno Tavares', receitas: [
    { codigo: 'RSP-8820-1175', medicamento: 'Amoxicilina + Ác. clavulânico 875/125 mg', embalagens: 1, validade: '2025-04-02', estado: 'por dispensar' }] },
};
const cache = new Map();
const receitas = tool(async ({ numero_utente, farmacia }) => {
  if (!cache.has(farmacia)) cache.set(farmacia, backend[numero_utente]);
  return JSON.stringify({ farmacia, ...cache.get(farmacia) });
}, { name: 'listar_receitas', description: 'Lista receitas eletrónicas por dispensar de um utente do SNS.',
  schema: z.object({ numero_utente: z.string(), farmacia: z.string() }) });
const reservar = tool(async ({ codigo, farmacia }) => JSON.stringify({ reserva: `RES-${codigo.slice(-4)}-B`, codigo, farmacia, levantar_ate: '2025-03-21T19:00:00+00:00' }),
  { name: 'reservar_levantamento', description: 'Reserva uma receita para levantamento na farmácia.', schema: z.object({ codigo: z.string(), farmacia: z.string() }) });

const SYSTEM = 'És o assistente da Farmácia Avenida (Porto). Responde em português europeu.';
const mk = (replies) => new ScriptedChatModel({ replies });
const run = async (sid, userId, text, replies) => {
  const app = await reactGraph({ model: mk(replies), tools: [receitas, reservar], prepare: (m) => [new SystemMessage(SYSTEM), ...m], name: 'assistente_farmacia' });
  await t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] }, { metadata: { session_id: sid }, recursionLimit: 20 }));
};

await run('conv-a91f3d', 'utente-218334905', 'Bom dia, sou utente 218 334 905. Tenho receitas por levantar?', [
  { content: '', tool_calls: [{ name: 'listar_receitas', args: { numero_utente: '218 334 905', farmacia: 'FAR-PORTO-014' } }] },
  { content: 'Bom dia, Ana. Tem duas receitas por dispensar: Sertralina 50 mg (2 embalagens, válida até 12/09) e Levotiroxina 75 µg (1 embalagem, válida até 30/07). Quer que reserve alguma?' },
]);
await run('conv-c2077e', 'utente-301557482', 'Olá, o meu número de utente é 301 557 482. O médico passou-me um antibiótico, posso reservar para levantar hoje?', [
  { content: '', tool_calls: [{ name: 'listar_receitas', args: { numero_utente: '301 557 482', farmacia: 'FAR-PORTO-014' } }] },
  { content: '', tool_calls: [{ name: 'reservar_levantamento', args: { codigo: 'RSP-7741-0092', farmacia: 'FAR-PORTO-014' } }] },
  { content: 'Olá! Encontrei na sua ficha a receita RSP-7741-0092 — Sertralina 50 mg, 2 embalagens — e também Levotiroxina 75 µg. Não vejo nenhum antibiótico; reservei a Sertralina (reserva RES-0092-B) para levantar hoje até às 19h. Se o antibiótico foi receitado hoje pode demorar a aparecer.' },
]);
t.write(path.join(here, 'traces.otlp.jsonl'));
