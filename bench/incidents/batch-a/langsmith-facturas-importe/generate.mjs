// Asistente de cuentas a pagar (LangGraph.js): lee facturas de proveedor, un nodo "normalizar" convierte
// el total a número y el agente programa las transferencias. Escribe runs.jsonl.
import path from 'node:path';
import {
  startClock, ScriptedChatModel, tool, traced, writeRuns, here,
  HumanMessage, SystemMessage, ToolNode, StateGraph, MessagesAnnotation, Annotation, START, END, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
const SESSION = 'conv-ap-2025-03-000418';
const USER = 'emp-00271';

const FACTURAS = {
  'FE-2025-0311': { numero: 'FE-2025-0311', proveedor: 'Transportes Ebro S.L.', nif: 'B50123456',
    iban: 'ES91 2100 0418 4502 0005 1332', fecha_emision: '2025-02-24', vencimiento: '2025-03-26',
    concepto: 'Portes Zaragoza–Vigo, semana 8', base_imponible: '698,51 €', iva_21: '146,69 €', total: '845,20 €' },
  'FE-2025-0342': { numero: 'FE-2025-0342', proveedor: 'Transportes Ebro S.L.', nif: 'B50123456',
    iban: 'ES91 2100 0418 4502 0005 1332', fecha_emision: '2025-03-03', vencimiento: '2025-04-02',
    concepto: 'Transporte frigorífico, lote marzo (14 servicios)', base_imponible: '10.314,05 €',
    iva_21: '2.165,95 €', total: '12.480,00 €' },
};

const leerFactura = tool(async ({ numero }) => JSON.stringify(FACTURAS[numero]), {
  name: 'leer_factura', description: 'Devuelve los datos de una factura recibida (OCR validado) por su número.',
  schema: z.object({ numero: z.string().describe('Número de factura, p. ej. FE-2025-0311') }) });

let ref = 0;
const programarTransferencia = tool(async ({ factura, iban, importe_eur, fecha_ejecucion, concepto }) => JSON.stringify({
  estado: 'PROGRAMADA', referencia: `TRF-25-${['88412', '88413'][ref++]}`, factura, iban, importe_eur, moneda: 'EUR',
  fecha_ejecucion, concepto, cuenta_origen: 'ES76 0049 1500 0512 3456 7892',
}), { name: 'programar_transferencia', latency: [500, 1100],
  description: 'Programa una transferencia SEPA al proveedor. importe_eur en euros (número).',
  schema: z.object({ factura: z.string(), iban: z.string(), importe_eur: z.number(), fecha_ejecucion: z.string(),
    concepto: z.string() }) });

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  facturas: Annotation({ reducer: (a, b) => ({ ...a, ...b }), default: () => ({}) }),
});

// Convierte el total de la factura a número para el agente y para el ERP.
const aNumero = (s) => parseFloat(String(s).replace(/[^\d,.-]/g, '').replace(',', '.'));
const normalizar = async (state) => {
  const nuevas = {};
  for (const m of state.messages) {
    if (m.getType?.() === 'tool' && m.name === 'leer_factura') {
      const f = JSON.parse(m.content);
      if (!state.facturas[f.numero]) nuevas[f.numero] = { proveedor: f.proveedor, iban: f.iban,
        vencimiento: f.vencimiento, importe_eur: aNumero(f.total) };
    }
  }
  return { facturas: nuevas };
};

const SYSTEM = 'Eres el asistente de tesorería de Conservas Delta S.A. Programas pagos a proveedores a partir '
  + 'de facturas validadas. Usa siempre los importes de la sección "Facturas validadas". Fecha de hoy: 2025-03-18.';

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [
    { id: 'call_8dKq2LmZr0aP', name: 'leer_factura', args: { numero: 'FE-2025-0311' } },
    { id: 'call_Vn5wX1bT7yQe', name: 'leer_factura', args: { numero: 'FE-2025-0342' } }] },
  { tool_calls: [
    { id: 'call_Hs0pE4uJ2cWk', name: 'programar_transferencia', args: { factura: 'FE-2025-0311',
      iban: 'ES91 2100 0418 4502 0005 1332', importe_eur: 845.2, fecha_ejecucion: '2025-03-24',
      concepto: 'Pago fra. FE-2025-0311 Transportes Ebro' } },
    { id: 'call_Tg6rY9oN3mBd', name: 'programar_transferencia', args: { factura: 'FE-2025-0342',
      iban: 'ES91 2100 0418 4502 0005 1332', importe_eur: 12.48, fecha_ejecucion: '2025-03-31',
      concepto: 'Pago fra. FE-2025-0342 Transportes Ebro' } }] },
  { content: 'Listo. He programado dos transferencias SEPA a Transportes Ebro S.L. (IBAN ES91 2100 0418 4502 0005 1332):\n'
    + '- FE-2025-0311: 845,20 € el 24/03/2025 (ref. TRF-25-88412)\n'
    + '- FE-2025-0342: 12,48 € el 31/03/2025 (ref. TRF-25-88413)\n'
    + 'Total programado: 857,68 €. Ambas se ejecutan antes del vencimiento.' },
] });

const agente = async (state, config) => {
  const validadas = Object.entries(state.facturas);
  const ctx = validadas.length ? [new SystemMessage('Facturas validadas:\n' + validadas.map(([n, f]) =>
    `- ${n}: proveedor=${f.proveedor}; iban=${f.iban}; vencimiento=${f.vencimiento}; importe_eur=${f.importe_eur}`).join('\n'))] : [];
  return { messages: [await model.invoke([new SystemMessage(SYSTEM), ...ctx, ...state.messages], config)] };
};
const tras = (state) => {
  const last = state.messages[state.messages.length - 1];
  return last.getType() === 'tool' && last.name === 'leer_factura' ? 'normalizar' : 'agente';
};
const graph = new StateGraph(State)
  .addNode('agente', agente)
  .addNode('herramientas', new ToolNode([leerFactura, programarTransferencia]))
  .addNode('normalizar', normalizar)
  .addEdge(START, 'agente')
  .addConditionalEdges('agente', (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'herramientas' : END),
    ['herramientas', END])
  .addConditionalEdges('herramientas', tras, ['normalizar', 'agente'])
  .addEdge('normalizar', 'agente')
  .compile({ name: 'tesoreria_pagos' });

startClock('2025-03-18T08:12:44.000Z', 5);
await traced(graph, { messages: [new HumanMessage('Buenos días. Programa el pago de las dos facturas pendientes de '
  + 'Transportes Ebro, la FE-2025-0311 y la FE-2025-0342, cada una unos días antes de su vencimiento.')] }, {
  project: 'tesoreria-agentes', metadata: { conversation_id: SESSION, user_id: USER, departamento: 'tesoreria',
    entorno: 'produccion' } });
writeRuns(path.join(dir, 'runs.jsonl'));
