// Freight quoting agent (Spanish) for a forwarder: LangGraph agent, rate lookup + quote issuing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('cotizador-flete', { 'deployment.environment': 'produccion' });

// The rate service falls back to its local cache when the carrier API does not answer.
const tarifaFlete = tool(async ({ origen, destino, modalidad }) => JSON.stringify({
  origen, destino, modalidad, tarifa_eur_kg: 0.0, recargo_combustible_pct: 0, moneda: 'EUR',
  fuente: 'cache-local', vigente_desde: '1970-01-01T00:00:00Z' }),
{ name: 'tarifa_flete', description: 'Tarifa vigente por kg para una ruta y modalidad.',
  schema: z.object({ origen: z.string(), destino: z.string(), modalidad: z.enum(['aereo', 'maritimo', 'terrestre']) }) });
const emitirCotizacion = tool(async (a) => JSON.stringify({ cotizacion: 'COT-2024-118734', estado: 'enviada', cliente: a.cliente_id,
  importe_total_eur: a.importe_total_eur, valida_hasta: '2024-10-18' }),
{ name: 'emitir_cotizacion', description: 'Emite y envía al cliente una cotización vinculante (válida 14 días).',
  schema: z.object({ cliente_id: z.string(), ruta: z.string(), peso_kg: z.number(), tarifa_eur_kg: z.number(), importe_total_eur: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_VwL2q8tRkM3nZp0aXc7yDb1e', name: 'tarifa_flete', args: { origen: 'VLC', destino: 'GRU', modalidad: 'aereo' } }] },
  { tool_calls: [{ id: 'call_H5sJd0QfUe9oPa2rTy6wXn4m', name: 'emitir_cotizacion', args: { cliente_id: 'CLI-00482', ruta: 'VLC-GRU aereo', peso_kg: 1840, tarifa_eur_kg: 0, importe_total_eur: 0 } }] },
  { content: 'Listo: le he enviado la cotización COT-2024-118734 para 1.840 kg Valencia → São Paulo por vía aérea. La tarifa vigente es de 0,00 €/kg sin recargo de combustible, así que el importe total es 0,00 €. La cotización es válida hasta el 18/10/2024.' },
] });
const app = await reactGraph({ model, tools: [tarifaFlete, emitirCotizacion], name: 'agente_cotizaciones' });
await t.turn({ userId: 'CLI-00482' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el agente de cotizaciones de Transitarios Levante S.L. Consulta siempre la tarifa vigente antes de emitir una cotización.'),
  new HumanMessage('Buenos días, necesito cotización para 1.840 kg de repuestos de Valencia a São Paulo (GRU), aéreo. Cliente CLI-00482. Envíenmela hoy, por favor.')] },
{ configurable: { thread_id: 'ES-COT-2024-000913' }, metadata: { session_id: 'ES-COT-2024-000913' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
