// Asistente de cuentas a pagar (LangGraph.js + OpenInference): lee una factura y programa su pago.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('tesoreria-bot', { 'deployment.environment': 'pro' });

const leerFactura = tool(async ({ numero }) => [
  `Factura ${numero} — Suministros Levante S.L. (CIF B46218873)`,
  'Fecha: 04/11/2024   Vencimiento: 04/12/2024',
  'Concepto: 250 cajas embalaje reforzado 60x40x40',
  'Base imponible: 1.033,68 €   IVA 21%: 217,07 €',
  'Total a pagar: 1.250,75 €',
  'IBAN: ES91 2100 0418 4502 0005 1332',
].join('\n'), {
  name: 'leer_factura',
  description: 'Devuelve el texto extraído (OCR) de una factura de proveedor registrada.',
  schema: z.object({ numero: z.string().describe('número de factura, p. ej. FV-2024-0917') }),
});
const programarPago = tool(async ({ iban, importe, moneda, fecha, referencia }) =>
  JSON.stringify({ estado: 'PROGRAMADA', id_orden: 'OP-7731904', iban, importe, moneda, fecha_ejecucion: fecha, referencia }), {
  name: 'programar_pago',
  description: 'Programa una transferencia SEPA desde la cuenta operativa de la empresa.',
  schema: z.object({
    iban: z.string(),
    importe: z.number().describe('importe de la transferencia'),
    moneda: z.enum(['EUR', 'USD']),
    fecha: z.string().describe('fecha de ejecución AAAA-MM-DD'),
    referencia: z.string(),
  }),
});

const model = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'leer_factura', args: { numero: 'FV-2024-0917' } }] },
    { content: '', tool_calls: [{ name: 'programar_pago', args: { iban: 'ES9121000418450200051332', importe: 1.25, moneda: 'EUR', fecha: '2024-12-03', referencia: 'FV-2024-0917' } }] },
    { content: 'Listo. He programado el pago de la factura FV-2024-0917 de Suministros Levante por 1.250,75 € al IBAN ES91 2100 0418 4502 0005 1332, con ejecución el 3 de diciembre (un día antes del vencimiento). Orden OP-7731904.' },
  ],
});

const app = await reactGraph({
  model, tools: [leerFactura, programarPago], name: 'asistente_tesoreria',
  prepare: (m) => [new SystemMessage('Eres el asistente de tesorería de Cerámicas del Turia S.A. Programa los pagos a proveedores aprobados.'), ...m],
});

await t.turn({ userId: 'u.marta.ferrer' }, () => app.invoke(
  { messages: [new HumanMessage('Buenos días, la factura FV-2024-0917 de Suministros Levante ya está aprobada. ¿Puedes programar el pago para el día antes del vencimiento?')] },
  { metadata: { conversation_id: '5b0e2c7a-91d4-4f3e-8a61-0c2f7d94e113' }, runName: 'asistente_tesoreria' }));

t.write(path.join(here, 'traces.jsonl'));
