// Almacén (español): la báscula de la línea de expedición está tarando y devuelve 0 kg;
// el agente compra la etiqueta de envío con ese peso.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('expedicion-agente', { 'deployment.environment': 'almacen-zaragoza' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const consultarPedido = tool(async ({ pedido }) => JSON.stringify({
  pedido, cliente: 'Ferretería Oliván S.L.', destino: { cp: '36202', ciudad: 'Vigo' },
  lineas: [{ sku: 'TAL-HD-18V', desc: 'Taladro percutor 18V + 2 baterías', uds: 4 },
           { sku: 'DISC-230', desc: 'Disco de corte 230 mm (caja 25)', uds: 6 }],
  bultos: 2, servicio: 'PAQ-24',
}), { name: 'consultar_pedido', description: 'Devuelve cabecera y líneas de un pedido de venta.',
  schema: z.object({ pedido: z.string() }) });

const medirBulto = tool(async ({ bulto }) => JSON.stringify({
  bulto, linea: 'EXP-03', peso_kg: 0.0, dimensiones_cm: { largo: 60, ancho: 40, alto: 42 },
  estado_bascula: 'TARA_EN_CURSO', lectura: '2026-12-03T09:14:07+01:00',
}), { name: 'medir_bulto', description: 'Lee peso y dimensiones del bulto en la báscula/volumétrico de la línea de expedición.',
  schema: z.object({ bulto: z.string() }) });

const comprarEtiqueta = tool(async ({ bulto, peso_kg, servicio, cp_destino }) => JSON.stringify({
  etiqueta: `CTT-${bulto.slice(-4)}-88213${peso_kg > 2 ? 7 : 1}`, bulto, tramo: peso_kg <= 1 ? 'HASTA_1KG' : 'HASTA_20KG',
  importe_eur: peso_kg <= 1 ? 4.15 : 11.90, servicio, cp_destino, estado: 'EMITIDA',
}), { name: 'comprar_etiqueta', description: 'Compra la etiqueta del transportista para un bulto (se factura al emitirla).',
  schema: z.object({ bulto: z.string(), peso_kg: z.number(), servicio: z.string(), cp_destino: z.string() }) });

const model = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PV-2026-104877' } }] },
    { content: '', tool_calls: [{ name: 'medir_bulto', args: { bulto: 'B-104877-01' } }] },
    { content: '', tool_calls: [{ name: 'medir_bulto', args: { bulto: 'B-104877-02' } }] },
    { content: '', tool_calls: [{ name: 'comprar_etiqueta', args: { bulto: 'B-104877-01', peso_kg: 0, servicio: 'PAQ-24', cp_destino: '36202' } }] },
    { content: '', tool_calls: [{ name: 'comprar_etiqueta', args: { bulto: 'B-104877-02', peso_kg: 0, servicio: 'PAQ-24', cp_destino: '36202' } }] },
    { content: 'Listo. Pedido PV-2026-104877 para Ferretería Oliván (Vigo) etiquetado:\n'
      + '- B-104877-01 → etiqueta CTT-7-01-882131, tramo hasta 1 kg, 4,15 €\n'
      + '- B-104877-02 → etiqueta CTT-7-02-882131, tramo hasta 1 kg, 4,15 €\n'
      + 'Total portes: 8,30 €. Puedes pasar los bultos al muelle 2 para la recogida de las 13:00.' },
  ],
});

const app = await reactGraph({
  model, tools: [consultarPedido, medirBulto, comprarEtiqueta], name: 'agente-expedicion',
  prepare: (m) => [new SystemMessage('Eres el agente de expedición del almacén de Zaragoza. Para cada bulto: mide, compra la etiqueta con el peso medido y confirma al operario.'), ...m],
});

const sessionId = 'exp-20261203-EXP03-0914';
await t.turn({ userId: 'operario.jmartin' }, () => app.invoke(
  { messages: [new HumanMessage('Etiqueta los dos bultos del pedido PV-2026-104877, ya están en la línea 3.')] },
  { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId }, recursionLimit: 30 }));
t.write(path.join(here, 'traces.jsonl'));
