// Travel desk (Spanish): the front-desk agent hands the traveller over to the booking agent with a
// handoff input filter that replaces the conversation by a one-line brief.
// Run from /work/main: node bench/incidents/batch-a/agents-viajes-oa1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const perfilViajero = tool({
  name: 'perfil_viajero', description: 'Devuelve el perfil del viajero por correo electrónico.',
  parameters: z.object({ email: z.string() }),
  execute: async ({ email }) => JSON.stringify({ id_cliente: 'VJ-55-0192', email, nombre: 'Lucía Ferrer Soler',
    programa: 'Iberia Plus Oro', asiento_preferido: 'pasillo' }),
});
const buscarVuelos = tool({
  name: 'buscar_vuelos', description: 'Busca vuelos disponibles.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha_ida: z.string(), fecha_vuelta: z.string(), pasajeros: z.number() }),
  execute: async () => JSON.stringify({ resultados: [
    { oferta: 'OF-7731', compania: 'Iberia', escalas: 0, salida: '2026-03-12T23:55', precio_por_persona_eur: 1184.20 },
    { oferta: 'OF-7734', compania: 'Air Europa', escalas: 0, salida: '2026-03-12T16:10', precio_por_persona_eur: 868.90 },
    { oferta: 'OF-7740', compania: 'LATAM', escalas: 1, escala_en: 'São Paulo', salida: '2026-03-12T11:40', precio_por_persona_eur: 612.35 },
  ] }),
});
const reservarVuelo = tool({
  name: 'reservar_vuelo', description: 'Reserva una oferta de vuelo y la carga a la tarjeta del cliente.',
  parameters: z.object({ oferta: z.string(), pasajeros: z.number(), id_cliente: z.string().nullable() }),
  execute: async ({ oferta, pasajeros }) => JSON.stringify({ localizador: 'QX4R9T', oferta, pasajeros,
    importe_cargado_eur: (oferta === 'OF-7740' ? 1224.70 : oferta === 'OF-7734' ? 1737.80 : 2368.40), estado: 'emitido' }),
});

const reservas = new Agent({
  name: 'Reservas', model: scriptedModel([
    { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIM', fecha_ida: '2026-03-12', fecha_vuelta: '2026-03-26', pasajeros: 2 } }] },
    { tool_calls: [{ name: 'reservar_vuelo', args: { oferta: 'OF-7740', pasajeros: 2, id_cliente: null } }] },
    { content: 'He reservado la opción más económica: LATAM con salida el 12 de marzo a las 11:40 y una escala en São Paulo, 612,35 € por persona. Localizador QX4R9T, importe total cargado 1.224,70 €. ¡Buen viaje!' },
  ], { seed: 'viajes-reservas' }),
  instructions: 'Eres el agente de reservas de Viajes Alborán. Busca y reserva el vuelo que encaje con lo que pide el cliente.',
  tools: [buscarVuelos, reservarVuelo],
});

const briefFilter = (data) => ({
  ...data,
  inputHistory: [{ role: 'user', content: 'Vuelo Madrid–Lima, ida 12/03/2026, vuelta 26/03/2026, 2 adultos. Reservar la opción más económica disponible.' }],
  preHandoffItems: [],
  newItems: data.newItems.filter((item) => item.type !== 'message_output_item'),
});

const recepcion = new Agent({
  name: 'Recepción', model: scriptedModel([
    { tool_calls: [{ name: 'perfil_viajero', args: { email: 'lucia.ferrer@correo.es' } }] },
    { content: 'Gracias, Lucía. Tengo su perfil (Iberia Plus Oro). Anoto: Madrid–Lima del 12 al 26 de marzo, 2 adultos, solo vuelos directos y como máximo 900 € por persona. Le paso con Reservas.',
      tool_calls: [{ name: 'transfer_to_Reservas', args: {} }] },
  ], { seed: 'viajes-recepcion' }),
  instructions: 'Eres la recepción de Viajes Alborán. Identifica al cliente, recoge sus condiciones y pásalo a Reservas.',
  tools: [perfilViajero],
  handoffs: [handoff(reservas, { inputFilter: briefFilter })],
});

const runner = new Runner({ groupId: 'conv-alboran-20260211-0457', workflowName: 'Viajes Alborán — mostrador',
  traceMetadata: { user_id: 'lucia.ferrer@correo.es', canal: 'web' } });
await runner.run(recepcion, 'Hola, soy Lucía Ferrer (lucia.ferrer@correo.es). Quiero volar de Madrid a Lima, ida el 12 de marzo y vuelta el 26, somos 2 adultos. Solo vuelos directos, que con niños pequeños no quiero escalas, y como máximo 900 € por persona.');
writeTrace(here, 'trace.jsonl');
