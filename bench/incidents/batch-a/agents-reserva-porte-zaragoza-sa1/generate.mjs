// Asistente de expediciones de un fabricante de cerámica (OpenAI Agents SDK, modelo de Chat
// Completions respondido por un guion, sin red). Escribe trace.jsonl junto a este script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// --- servicios simulados --------------------------------------------------------------------
const consultarPedido = tool({
  name: 'consultar_pedido',
  description: 'Devuelve la ficha logística de un pedido de venta del ERP.',
  parameters: z.object({ pedido: z.string().describe('Número de pedido, p. ej. PV-26-00001') }),
  execute: async ({ pedido }) => JSON.stringify({
    pedido, cliente: 'Azulejos Moncayo S.L.', almacen_origen: 'Onda (CP 12200)',
    destino: 'Pol. Ind. PLAZA, C/ Bari 12, 50197 Zaragoza', bultos: 3, tipo_bulto: 'palé europeo 120x80',
    peso_bruto: '1.250 kg', volumen: '2,4 m³', valor_mercancia: '8.940,00 €', preparado: '2026-02-11',
  }),
});

const tarifas = {
  'Transportes Ebro': { cotizacion: 'EBQ-558120', servicio: 'Paquetería 24/48h', base: 9.9, porKg: 6.8 },
  'Logística Turia': { cotizacion: 'LT-20260211-0771', servicio: 'Estándar 48h', base: 12.5, porKg: 7.6 },
};
const cotizarPorte = tool({
  name: 'cotizar_porte',
  description: 'Pide una cotización de porte a una agencia de transporte.',
  parameters: z.object({
    agencia: z.string(), cp_origen: z.string(), cp_destino: z.string(),
    bultos: z.number().int(), peso_kg: z.number().describe('Peso real total en kilogramos'),
    fecha_recogida: z.string().describe('AAAA-MM-DD'),
  }),
  execute: async ({ agencia, bultos, peso_kg, fecha_recogida }) => {
    const t = tarifas[agencia];
    const precio = (t.base + t.porKg * Math.max(peso_kg, 1)).toFixed(2);
    return JSON.stringify({ agencia, cotizacion: t.cotizacion, servicio: t.servicio, bultos, peso_facturable_kg: peso_kg,
      precio_eur: Number(precio), recogida: fecha_recogida, validez: '24 h' });
  },
});
const reservarRecogida = tool({
  name: 'reservar_recogida',
  description: 'Confirma una cotización y reserva la recogida en almacén.',
  parameters: z.object({ cotizacion: z.string(), pedido: z.string(), franja: z.string() }),
  execute: async ({ cotizacion, pedido, franja }) => JSON.stringify({
    reserva: 'EB-R-0212-0341', estado: 'confirmada', cotizacion, pedido, recogida: '2026-02-12 ' + franja,
    entrega_estimada: '2026-02-13', seguimiento: 'https://seguimiento.transportesebro.example/EB-R-0212-0341' }),
});
const generarEtiquetas = tool({
  name: 'generar_etiquetas',
  description: 'Genera las etiquetas de bulto de una reserva.',
  parameters: z.object({ reserva: z.string(), bultos: z.number().int() }),
  execute: async ({ reserva, bultos }) => JSON.stringify({ reserva, etiquetas: Array.from({ length: bultos }, (_, i) => `${reserva}-${i + 1}/${bultos}`),
    pdf: `\\\\nas-onda\\expediciones\\etiquetas\\${reserva}.pdf` }),
});

// --- guion del modelo ----------------------------------------------------------------------
const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PV-26-00417' } }] },
  { tool_calls: [
    { name: 'cotizar_porte', args: { agencia: 'Transportes Ebro', cp_origen: '12200', cp_destino: '50197', bultos: 3, peso_kg: 1.25, fecha_recogida: '2026-02-12' } },
    { name: 'cotizar_porte', args: { agencia: 'Logística Turia', cp_origen: '12200', cp_destino: '50197', bultos: 3, peso_kg: 1.25, fecha_recogida: '2026-02-12' } },
  ] },
  { content: 'Tengo dos cotizaciones para el PV-26-00417 (3 palés, Onda → Zaragoza, recogida mañana 12/02):\n- Transportes Ebro: 18,40 € (Paquetería 24/48h)\n- Logística Turia: 22,00 € (Estándar 48h)\nLa de Ebro es la más barata. ¿La reservo con recogida de 9:00 a 13:00?' },
  { tool_calls: [{ name: 'reservar_recogida', args: { cotizacion: 'EBQ-558120', pedido: 'PV-26-00417', franja: '09:00-13:00' } }] },
  { tool_calls: [{ name: 'generar_etiquetas', args: { reserva: 'EB-R-0212-0341', bultos: 3 } }] },
  { content: 'Hecho. Recogida reservada con Transportes Ebro (reserva EB-R-0212-0341) para mañana 12/02 entre 9:00 y 13:00, entrega estimada el 13/02 en Zaragoza. Importe: 18,40 €. Las 3 etiquetas (EB-R-0212-0341-1/3 a 3/3) están en \\\\nas-onda\\expediciones\\etiquetas\\EB-R-0212-0341.pdf: una por palé.' },
], { seed: 'exped-onda' });

const agent = new Agent({
  name: 'asistente_expediciones',
  instructions: 'Eres el asistente de expediciones de Cerámicas del Mijares. Consultas pedidos en el ERP, pides cotizaciones a las agencias homologadas (Transportes Ebro, Logística Turia), reservas la recogida que el usuario apruebe y generas las etiquetas. Responde en español.',
  model: m, tools: [consultarPedido, cotizarPorte, reservarRecogida, generarEtiquetas],
});
const runner = new Runner({ groupId: 'exp-chat-01JKQ7Z3M4PW', workflowName: 'Expediciones', traceMetadata: { user_id: 'mllorens@ceramicasmijares.example' } });
let r = await runner.run(agent, 'Buenas, el pedido PV-26-00417 de Azulejos Moncayo tiene que salir mañana para Zaragoza. Pide precio a Ebro y a Turia y dime.');
r = await runner.run(agent, [...r.history, { role: 'user', content: 'Sí, adelante con Ebro, de 9 a 13. Y saca las etiquetas.' }]);

writeTrace(here, 'trace.jsonl');
