// Agente de cuentas a pagar (LangGraph.js + OpenInference), offline con un modelo guionizado.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('cxp-asistente', { 'deployment.environment': 'produccion', 'service.version': '2.3.0' });

const lookupInvoice = tool(async ({ numero }) => JSON.stringify({
  invoice_no: numero,
  vendor: 'Brightline Packaging Inc.',
  vendor_id: 'PRV-US-00417',
  vendor_locale: 'en_US',
  invoice_date: '12/03/2026',
  payment_terms: 'Net 30',
  due_date: '01/02/2027',
  late_fee: '1.5% per month after due date',
  amount: 12480.0,
  currency: 'USD',
  po_number: 'OC-2026-3391',
  remit_to: { bank: 'First Republic Trust', aba: '121000358', account_last4: '7720' },
}), {
  name: 'consultar_factura',
  description: 'Devuelve la factura de proveedor tal como la registró el OCR del buzón de facturas.',
  schema: z.object({ numero: z.string() }),
});
const checkPO = tool(async ({ orden }) => JSON.stringify({
  orden, estado: 'recibida_completa', importe_usd: 12480.0, albaran: 'ALB-55120', recepcion: '2026-11-28',
}), {
  name: 'verificar_orden_compra', description: 'Estado y recepción de una orden de compra.', schema: z.object({ orden: z.string() }),
});
const schedulePayment = tool(async (a) => JSON.stringify({
  estado: 'programado', id_pago: 'PAG-20270201-0093', ...a, lote: 'SEPA-XB-2027-02-01', aprobado_por: 'politica_auto<15000USD',
}), {
  name: 'programar_pago',
  description: 'Programa una transferencia a proveedor en la fecha valor indicada.',
  schema: z.object({
    factura: z.string(), proveedor_id: z.string(), importe: z.number(), moneda: z.string(),
    fecha_valor: z.string().describe('Fecha valor ISO 8601, AAAA-MM-DD; debe ser igual o anterior al vencimiento'),
  }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-mini-2024-07-18',
  replies: [
    { content: '', tool_calls: [{ name: 'consultar_factura', args: { numero: 'INV-88213' } }] },
    { content: '', tool_calls: [{ name: 'verificar_orden_compra', args: { orden: 'OC-2026-3391' } }] },
    { content: '', tool_calls: [{ name: 'programar_pago', args: { factura: 'INV-88213', proveedor_id: 'PRV-US-00417', importe: 12480.0, moneda: 'USD', fecha_valor: '2027-02-01' } }] },
    { content: 'Listo, Lucía. La factura INV-88213 de Brightline Packaging (12.480,00 USD, OC-2026-3391 recibida completa) queda programada para el 1 de febrero de 2027, justo en su fecha de vencimiento (01/02/2027), así aprovechamos el plazo completo sin recargo. Id de pago: PAG-20270201-0093.' },
  ],
});

const system = new SystemMessage('Eres el asistente de cuentas a pagar de Conservas del Cantábrico S.L. Programa los pagos lo más tarde posible sin superar el vencimiento. Responde en español.');
const app = await reactGraph({ model, tools: [lookupInvoice, checkPO, schedulePayment], prepare: (m) => [system, ...m], name: 'cxp_agente' });

await t.turn({ userId: 'lucia.arrieta@conservascantabrico.es' }, () => app.invoke(
  { messages: [new HumanMessage('Hola, ¿puedes programar el pago de la factura INV-88213 de Brightline? Apúrala al máximo pero sin pasarnos del vencimiento, que cobran recargo.')] },
  { metadata: { session_id: 'cxp-7f3a91c2', area: 'tesoreria' }, runName: 'cxp_agente' }));

t.write(path.join(here, 'traces.otlp.jsonl'));
