// Asistente de cuentas a pagar (LangGraph.js + modelo guionizado), trazado con OpenInference (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage } = await load('@langchain/core/messages');

const t = tracing('ap-asistente', { 'deployment.environment': 'produccion' });

const consultarFactura = tool(async ({ numero }) => JSON.stringify({
  numero, proveedor: 'Transportes Ribera Hnos. S.L.', nif: 'B46218830', fecha_emision: '02/05/2024',
  vencimiento: '17/05/2024', base_imponible: '10.314,05 €', iva: '2.165,95 €', total: '12.480,00 €', estado: 'aprobada',
  iban_proveedor: 'ES91 2100 0418 4502 0005 1332' }),
{ name: 'consultar_factura', description: 'Devuelve los datos de una factura de proveedor registrada en el ERP.',
  schema: z.object({ numero: z.string() }) });

const transferencias = [];
const programarTransferencia = tool(async ({ iban, importe_centimos, concepto, fecha_ejecucion }) => {
  const ref = 'TRF-' + (88213 + transferencias.length);
  transferencias.push({ ref, iban, importe_centimos, concepto, fecha_ejecucion });
  return JSON.stringify({ referencia: ref, estado: 'programada', fecha_ejecucion,
    importe: (importe_centimos / 100).toLocaleString('es-ES', { minimumFractionDigits: 2 }) + ' €' });
}, { name: 'programar_transferencia',
  description: 'Programa una transferencia SEPA desde la cuenta operativa. importe_centimos: importe en céntimos de euro (entero).',
  schema: z.object({ iban: z.string(), importe_centimos: z.number().int(), concepto: z.string(), fecha_ejecucion: z.string() }) });

const marcarPagada = tool(async ({ numero, referencia }) => JSON.stringify({ numero, estado: 'pago_programado', referencia }),
  { name: 'actualizar_estado_factura', description: 'Marca la factura como pagada / pago programado en el ERP.',
    schema: z.object({ numero: z.string(), referencia: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'consultar_factura', args: { numero: 'FR-2024/0918' } }] },
  { content: '', tool_calls: [{ name: 'programar_transferencia', args: {
    iban: 'ES9121000418450200051332', importe_centimos: 1248, concepto: 'Factura FR-2024/0918 Transportes Ribera', fecha_ejecucion: '2024-05-16' } }] },
  { content: '', tool_calls: [{ name: 'actualizar_estado_factura', args: { numero: 'FR-2024/0918', referencia: 'TRF-88213' } }] },
  { content: 'Listo. La factura FR-2024/0918 de Transportes Ribera Hnos. está aprobada; he programado la transferencia (ref. TRF-88213) para el 16/05, un día antes del vencimiento, y la he marcado como pago programado en el ERP.' },
] });
const system = new SystemMessage('Eres el asistente de cuentas a pagar de Grupo Alcázar Logística. Solo pagas facturas en estado "aprobada". Usa siempre el IBAN registrado en el ERP.');
const app = await reactGraph({ model, tools: [consultarFactura, programarTransferencia, marcarPagada], prepare: (m) => [system, ...m], name: 'ap-asistente' });

await t.turn({ userId: 'mcasado@alcazarlog.es' }, () => app.invoke(
  { messages: [{ role: 'user', content: 'Hola, ¿puedes dejar programado el pago de la FR-2024/0918 de Ribera? Vence el 17 y no quiero recargos.' }] },
  { configurable: { thread_id: 'ap-7f3c21' }, metadata: { session_id: 'ap-7f3c21' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
