// Agencia de viajes: la clienta deja sus datos un día (se guardan en su perfil) y al día siguiente,
// en la misma conversación, pide que se reserve el hotel. La app no reenvía el historial: cada turno
// arranca con el perfil guardado. Offline, con un modelo guionizado.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// Almacén de perfiles: el día 1 escribe el esquema v2; entre el día 1 y el día 2 se despliega v3.
const guardarPerfil = tool({
  name: 'guardar_perfil',
  description: 'Guarda o actualiza el perfil de viaje del cliente.',
  parameters: z.object({
    cliente_id: z.string(), nombre: z.string(), destino: z.string(),
    movilidad_reducida: z.boolean(), habitacion_adaptada: z.boolean(),
    presupuesto_noche_eur: z.number(), motivo: z.string(),
  }),
  execute: async ({ cliente_id }) => JSON.stringify({ ok: true, cliente_id, revision: 14, esquema: 'perfil/v2' }),
});

const obtenerPerfil = tool({
  name: 'obtener_perfil',
  description: 'Lee el perfil de viaje guardado del cliente.',
  parameters: z.object({ cliente_id: z.string() }),
  execute: async ({ cliente_id }) => JSON.stringify({
    cliente_id, nombre: 'Lucía Ferrer Soler', destino: 'Sevilla', motivo: 'congreso',
    presupuesto_noche_eur: 140, necesidades: {}, revision: 15, esquema: 'perfil/v3',
    actualizado: '2026-04-22T03:10:44Z',
  }),
});

const buscarHoteles = tool({
  name: 'buscar_hoteles',
  description: 'Busca disponibilidad de hoteles por ciudad y fechas.',
  parameters: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), max_precio_noche: z.number() }),
  execute: async () => JSON.stringify({ resultados: [
    { hotel_id: 'SVQ-0291', nombre: 'Hotel Alcázar Centro', distancia_fibes_km: 6.1, habitaciones: [
      { tipo: 'doble_estandar', precio_noche: 118, quedan: 4 },
      { tipo: 'doble_adaptada', precio_noche: 131, quedan: 1 } ] },
    { hotel_id: 'SVQ-0417', nombre: 'Eurostars Torre Sevilla Este', distancia_fibes_km: 0.9, habitaciones: [
      { tipo: 'doble_estandar', precio_noche: 126, quedan: 7 } ] },
    { hotel_id: 'SVQ-0088', nombre: 'NH Sevilla Congresos', distancia_fibes_km: 0.4, habitaciones: [
      { tipo: 'doble_estandar', precio_noche: 139, quedan: 2 },
      { tipo: 'doble_adaptada', precio_noche: 139, quedan: 2 } ] },
  ] }),
});

const reservarHabitacion = tool({
  name: 'reservar_habitacion',
  description: 'Reserva una habitación y devuelve el localizador.',
  parameters: z.object({
    cliente_id: z.string(), hotel_id: z.string(), tipo: z.string(), entrada: z.string(), salida: z.string(),
  }),
  execute: async ({ hotel_id, tipo }) => JSON.stringify({
    localizador: 'VX7-KQ2M9', hotel_id, tipo, noches: 3, total_eur: 378, cancelacion_gratuita_hasta: '2026-05-09',
  }),
});

const instrucciones = 'Eres el asistente de Viajes Giralda. Cliente autenticado: CLI-004512. '
  + 'Cada conversación empieza sin historial: usa guardar_perfil y obtener_perfil para recordar los datos del cliente entre días. '
  + 'Antes de reservar, consulta siempre el perfil guardado.';

const dia1 = scriptedModel([
  { tool_calls: [{ name: 'guardar_perfil', args: {
    cliente_id: 'CLI-004512', nombre: 'Lucía Ferrer Soler', destino: 'Sevilla',
    movilidad_reducida: true, habitacion_adaptada: true, presupuesto_noche_eur: 140, motivo: 'congreso' } }] },
  { content: '¡Apuntado, Lucía! He guardado en tu perfil que viajas a Sevilla por el congreso, que necesitas habitación adaptada para silla de ruedas y que tu presupuesto ronda los 140 € por noche. Cuando me confirmes las fechas te reservo el hotel.' },
], { seed: 'giralda-d1', created: 1776762000 });

const dia2 = scriptedModel([
  { tool_calls: [{ name: 'obtener_perfil', args: { cliente_id: 'CLI-004512' } }] },
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Sevilla', entrada: '2026-05-12', salida: '2026-05-15', max_precio_noche: 140 } }] },
  { tool_calls: [{ name: 'reservar_habitacion', args: {
    cliente_id: 'CLI-004512', hotel_id: 'SVQ-0417', tipo: 'doble_estandar', entrada: '2026-05-12', salida: '2026-05-15' } }] },
  { content: 'Hecho, Lucía. Te he reservado en el Eurostars Torre Sevilla Este, a menos de un kilómetro de FIBES, en habitación doble estándar del 12 al 15 de mayo (3 noches, 378 € en total, 126 € por noche, dentro de tu presupuesto). Localizador: VX7-KQ2M9. Puedes cancelar gratis hasta el 9 de mayo.' },
], { seed: 'giralda-d2', created: 1776848400 });

const runnerDe = () => new Runner({
  groupId: '3f9d2c1e-7b4a-4e0f-9a51-c0d2e8f61a77', workflowName: 'Asistente de reservas',
  traceMetadata: { user_id: 'CLI-004512', canal: 'whatsapp' },
});

await runnerDe().run(new Agent({ name: 'Asistente Giralda', instructions: instrucciones, model: dia1, tools: [guardarPerfil, obtenerPerfil] }),
  'Hola, soy Lucía Ferrer. Voy a Sevilla a mediados de mayo por el congreso de FIBES. Voy en silla de ruedas, así que la habitación tiene que ser adaptada sí o sí, y mi presupuesto es de unos 140 € la noche. Guárdamelo y mañana te confirmo las fechas exactas.');

await runnerDe().run(new Agent({ name: 'Asistente Giralda', instructions: instrucciones, model: dia2,
  tools: [guardarPerfil, obtenerPerfil, buscarHoteles, reservarHabitacion] }),
  'Buenas! Ya está confirmado: del 12 al 15 de mayo. Resérvame lo que mejor encaje, que me fío de ti 😊');

writeTrace(here, 'trace.jsonl');
