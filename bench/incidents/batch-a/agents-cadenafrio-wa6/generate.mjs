// Distribuciones Farmacéuticas del Ebro (Zaragoza): planning assistant for the warehouse team.
// The lot master data comes from the manufacturer's spec feed; the reefer carrier's booking API
// takes the temperature band in degrees Celsius.
// Offline: every model reply comes from a script (scriptedModel), no network, no key.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarLote = tool({
  name: 'consultar_lote', description: 'Ficha del lote en el maestro de productos (feed de especificaciones del fabricante).',
  parameters: z.object({ lote: z.string() }),
  execute: async ({ lote }) => JSON.stringify({
    lote, sku: 'VXF-Q05-PFS-10', producto: 'VaxiFlu Quad 0,5 ml jeringa precargada (caja 10 ud.)',
    fabricante: 'Brennan Biologics Inc., Kalamazoo MI', cajas: 48, palets: 2, peso_bruto_kg: 211.2,
    almacenamiento: { min: 35.6, max: 46.4, unidad: '°F' }, no_congelar: true, proteger_de_la_luz: true,
    caducidad: '2026-05-31', ubicacion: 'ZAZ-C2-14-03',
  }),
});
const cotizarTransporte = tool({
  name: 'cotizar_transporte', description: 'Cotización de transporte a temperatura controlada (Frigoríficos Moncayo).',
  parameters: z.object({
    origen: z.string(), destino: z.string(), palets: z.number(),
    temp_min_c: z.number().describe('Límite inferior de temperatura en °C'),
    temp_max_c: z.number().describe('Límite superior de temperatura en °C'),
    entrega_antes_de: z.string(),
  }),
  execute: async ({ temp_min_c, temp_max_c }) => JSON.stringify({
    cotizacion: 'CQ-2025-55102', perfil: 'personalizado', consigna_c: (temp_min_c + temp_max_c) / 2,
    rango_c: `${temp_min_c} / ${temp_max_c}`, vehiculo: 'rígido frigorífico 7,5 t', precio: '214,80 € + IVA',
    validez: '2025-10-14T18:00:00+02:00',
  }),
});
const reservarTransporte = tool({
  name: 'reservar_transporte', description: 'Confirmar una cotización como reserva de transporte.',
  parameters: z.object({
    cotizacion: z.string(), recogida: z.string(), entrega_antes_de: z.string(),
    temp_min_c: z.number(), temp_max_c: z.number(), referencia_cliente: z.string(),
  }),
  execute: async ({ temp_min_c, temp_max_c, recogida }) => JSON.stringify({
    reserva: 'FRIO-7F3K2', estado: 'confirmada', matricula: '4821 LMB', conductor: 'A. Lasheras',
    recogida, consigna_c: (temp_min_c + temp_max_c) / 2, registrador_temp: 'Testo 184 T3, alarma fuera de rango activada',
  }),
});
const registrarEnvio = tool({
  name: 'registrar_envio_bpd', description: 'Registrar la expedición en el registro de Buenas Prácticas de Distribución.',
  parameters: z.object({ lote: z.string(), reserva: z.string(), rango_temperatura: z.string(), destino: z.string() }),
  execute: async () => JSON.stringify({ registro: 'BPD-2025-10-3317', estado: 'registrado' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'consultar_lote', args: { lote: 'LT24-0917-B' } }] },
  { tool_calls: [{ name: 'cotizar_transporte', args: {
    origen: 'Almacén DFE, Pol. Ind. Plaza, Zaragoza', destino: 'Hospital Universitario Miguel Servet, Farmacia (Zaragoza)',
    palets: 2, temp_min_c: 35.6, temp_max_c: 46.4, entrega_antes_de: '2025-10-15T10:00:00+02:00' } }] },
  { tool_calls: [{ name: 'reservar_transporte', args: {
    cotizacion: 'CQ-2025-55102', recogida: '2025-10-14T16:30:00+02:00', entrega_antes_de: '2025-10-15T10:00:00+02:00',
    temp_min_c: 35.6, temp_max_c: 46.4, referencia_cliente: 'PED-HUMS-2025-10-0871' } }] },
  { tool_calls: [{ name: 'registrar_envio_bpd', args: {
    lote: 'LT24-0917-B', reserva: 'FRIO-7F3K2', rango_temperatura: '35,6 – 46,4 °C',
    destino: 'Hospital Universitario Miguel Servet' } }] },
  { content: 'Listo. Reserva FRIO-7F3K2 confirmada con Frigoríficos Moncayo: recogida hoy a las 16:30 en el almacén '
    + '(2 palets, 48 cajas del lote LT24-0917-B), entrega en la Farmacia del Hospital Miguel Servet antes de mañana '
    + 'a las 10:00. Rango de temperatura según la ficha del lote: 35,6 – 46,4 °C, consigna 41 °C, con registrador '
    + 'Testo y alarma activada. Precio: 214,80 € + IVA. La expedición queda registrada en BPD-2025-10-3317.' },
], { seed: 'dfe-frio' });

const agent = new Agent({
  name: 'Planificador expediciones',
  instructions: 'Eres el asistente de planificación de expediciones de Distribuciones Farmacéuticas del Ebro. '
    + 'Para cada expedición de producto termolábil: consulta la ficha del lote, cotiza y reserva el transporte '
    + 'refrigerado respetando el rango de conservación del producto y registra la expedición (BPD). Responde en español.',
  model, tools: [consultarLote, cotizarTransporte, reservarTransporte, registrarEnvio],
});

const runner = new Runner({ groupId: 'exp-ZAZ-20251014-0871', workflowName: 'Planificación expediciones',
  traceMetadata: { user_id: 'op.mgarces', almacen: 'ZAZ' } });
await runner.run(agent, 'Buenas, necesito transporte refrigerado para el pedido PED-HUMS-2025-10-0871: lote LT24-0917-B '
  + '(vacuna antigripal, 48 cajas) desde nuestro almacén a la farmacia del Miguel Servet, entrega mañana antes de '
  + 'las 10:00. Recogida esta tarde si puede ser.');

writeTrace(here, 'expediciones.jsonl');
