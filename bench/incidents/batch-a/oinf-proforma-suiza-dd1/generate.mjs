// Agente de exportación (LangGraph.js, bucle agente/ToolNode) que prepara facturas proforma.
// Modelo guionizado, sin red. Escribe traces.jsonl (OTLP/JSON, una petición por turno).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('export-desk-agent', { 'deployment.environment': 'produccion', 'service.version': '0.9.14' });

const obtenerPedido = tool(async ({ pedido }) => JSON.stringify({
  pedido, cliente: { nombre: 'Schuhhaus Brunner AG', pais: 'CH', ciudad: 'Winterthur', nif: 'CHE-114.392.880' },
  lineas: [
    { sku: 'BOT-CAB-4471', descripcion: 'Botín de piel cabra, suela cuero', taric: '6403.99.93', cantidad: 24, precio_unit_eur: 68.5 },
    { sku: 'ZAP-OXF-1020', descripcion: 'Oxford piel vacuno', taric: '6403.59.95', cantidad: 12, precio_unit_eur: 81.0 },
  ],
  incoterm: 'DDP', moneda: 'EUR', peso_bruto_kg: 31.4,
}), { name: 'obtener_pedido', description: 'Devuelve cabecera y líneas de un pedido de venta.', schema: z.object({ pedido: z.string() }) });

const consultarArancel = tool(async ({ codigo_taric, pais_destino }) => JSON.stringify({
  codigo_taric, pais_destino, derechos_chf_por_100kg: 0, iva_importacion_pct: 0,
  vigente_desde: '1970-01-01', consultado: '2024-11-05T09:12:44Z',
}), { name: 'consultar_arancel', description: 'Derechos de aduana e IVA de importación del país de destino para un código TARIC.',
  schema: z.object({ codigo_taric: z.string(), pais_destino: z.string().length(2) }) });

const calcularPorte = tool(async ({ peso_kg, pais_destino }) => JSON.stringify({
  transportista: 'DHL Freight', servicio: 'EuroConnect', pais_destino, peso_kg, importe_eur: 46.9, plazo_dias: 3,
}), { name: 'calcular_porte', description: 'Tarifa de transporte por peso y destino.',
  schema: z.object({ peso_kg: z.number(), pais_destino: z.string() }) });

const emitirProforma = tool(async (a) => JSON.stringify({ proforma: 'PF-2024-003318', estado: 'emitida', total_eur: a.total_eur,
  pdf: 'https://erp.calzadosvelez.es/docs/PF-2024-003318.pdf', enviada_a: 'einkauf@brunner-schuhe.ch' }),
{ name: 'emitir_proforma', description: 'Emite la factura proforma y la envía al cliente.',
  schema: z.object({ pedido: z.string(), mercancia_eur: z.number(), porte_eur: z.number(), derechos_eur: z.number(),
    iva_importacion_eur: z.number(), total_eur: z.number(), incoterm: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'obtener_pedido', args: { pedido: 'PV-24-08813' } }] },
  { content: '', tool_calls: [{ name: 'consultar_arancel', args: { codigo_taric: '6403.99.93', pais_destino: 'CH' } }] },
  { content: '', tool_calls: [{ name: 'consultar_arancel', args: { codigo_taric: '6403.59.95', pais_destino: 'CH' } }] },
  { content: '', tool_calls: [{ name: 'calcular_porte', args: { peso_kg: 31.4, pais_destino: 'CH' } }] },
  { content: '', tool_calls: [{ name: 'emitir_proforma', args: { pedido: 'PV-24-08813', mercancia_eur: 2616.0, porte_eur: 46.9,
    derechos_eur: 0, iva_importacion_eur: 0, total_eur: 2662.9, incoterm: 'DDP' } }] },
  { content: 'Listo. He emitido la proforma PF-2024-003318 para Schuhhaus Brunner AG (pedido PV-24-08813) y se ha enviado a einkauf@brunner-schuhe.ch.\n\n- Mercancía: 2.616,00 €\n- Porte DHL EuroConnect: 46,90 €\n- Derechos de aduana Suiza: 0,00 € (ambos códigos 6403 entran libres de derechos)\n- IVA de importación: 0,00 €\n- **Total DDP para el cliente: 2.662,90 €**\n\nComo es DDP no habrá ningún cargo adicional para el cliente a la llegada.' },
] });

const app = await reactGraph({ model, tools: [obtenerPedido, consultarArancel, calcularPorte, emitirProforma], name: 'proforma_agent' });

const hilo = 'exp-hilo-5530a1';
await t.turn({ userId: 'lucia.ortega@calzadosvelez.es' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de exportación de Calzados Vélez S.L. Preparas facturas proforma con precio final para el cliente: mercancía, porte, derechos de aduana e IVA de importación del destino cuando el incoterm es DDP.'),
  new HumanMessage('Hola, prepárame la proforma del pedido PV-24-08813 para Suiza (DDP) y mándasela al cliente. Necesito saber el total que va a pagar.'),
] }, { configurable: { thread_id: hilo }, metadata: { thread_id: hilo, canal: 'slack' } }));

t.write(path.join(here, 'traces.jsonl'));
