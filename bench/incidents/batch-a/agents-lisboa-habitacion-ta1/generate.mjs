// Agencia de viajes online: un asistente con historial persistente (Session propia) y un
// sessionInputCallback que, para ahorrar tokens, solo reenvía al modelo los tres últimos turnos del
// usuario. Cuatro turnos en el mismo hilo. OpenAI Agents SDK (JS) con modelo falso guionizado, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, scriptedModel, writeTrace, z } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// Historial guardado como JSON (como haría una tabla `conversaciones` en Postgres).
class HistorialJson {
  constructor(id) { this.id = id; this.blob = '[]'; }
  async getSessionId() { return this.id; }
  async getItems(limit) { const all = JSON.parse(this.blob); return limit ? all.slice(-limit) : all; }
  async addItems(items) { this.blob = JSON.stringify([...JSON.parse(this.blob), ...items]); }
  async popItem() { const all = JSON.parse(this.blob); const x = all.pop(); this.blob = JSON.stringify(all); return x; }
  async clearSession() { this.blob = '[]'; }
}

// Ventana de contexto: solo los últimos N turnos del usuario (y lo que vino después de cada uno).
function ultimosTurnos(n) {
  return (historial, nuevos) => {
    const inicios = historial.map((it, i) => (it.role === 'user' ? i : -1)).filter((i) => i >= 0);
    const desde = inicios.length >= n ? inicios[inicios.length - (n - 1)] : 0;
    return [...historial.slice(desde), ...nuevos];
  };
}

const buscarVuelos = tool({
  name: 'buscar_vuelos', description: 'Busca vuelos ida y vuelta.',
  parameters: z.object({ origen: z.string(), destino: z.string(), ida: z.string(), vuelta: z.string(), adultos: z.number() }),
  execute: async () => JSON.stringify({ resultados: [
    { opcion: 1, ida: 'TP1027 MAD 09:40 → LIS 10:05', vuelta: 'TP1030 LIS 18:15 → MAD 20:35', total_eur: 286.40 },
    { opcion: 2, ida: 'IB3102 MAD 07:05 → LIS 07:25', vuelta: 'IB3115 LIS 21:50 → MAD 00:10', total_eur: 241.10 },
    { opcion: 3, ida: 'UX1153 MAD 15:30 → LIS 15:55', vuelta: 'UX1158 LIS 12:40 → MAD 15:00', total_eur: 259.80 },
  ] }),
});

const requisitosEntrada = tool({
  name: 'requisitos_entrada', description: 'Documentación necesaria para entrar en un país.',
  parameters: z.object({ destino: z.string(), nacionalidad: z.string() }),
  execute: async () => JSON.stringify({ destino: 'PT', nacionalidad: 'ES', documento: 'DNI o pasaporte en vigor', visado: false, notas: 'Espacio Schengen; llevar la Tarjeta Sanitaria Europea.' }),
});

const reservarVuelo = tool({
  name: 'reservar_vuelo', description: 'Reserva un vuelo para los pasajeros indicados.',
  parameters: z.object({ ida: z.string(), vuelta: z.string(), fecha_ida: z.string(), fecha_vuelta: z.string(), adultos: z.number(), asistencia: z.string().nullable() }),
  execute: async (a) => JSON.stringify({ estado: 'emitido', localizador: 'QX7M2P', ...a, total_eur: 286.40 }),
});

const buscarHoteles = tool({
  name: 'buscar_hoteles', description: 'Busca hoteles disponibles. habitacion_adaptada filtra por habitaciones accesibles.',
  parameters: z.object({ ciudad: z.string(), zona: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number(), habitacion_adaptada: z.boolean().nullable() }),
  execute: async () => JSON.stringify({ noches: 3, hoteles: [
    { id: 'LIS-BXP-0412', nombre: 'Hotel Baixa Prata', habitacion: 'Doble estándar', precio_noche_eur: 112, acceso: 'edificio pombalino, 6 escalones en la entrada, ascensor desde la entreplanta' },
    { id: 'LIS-MND-0088', nombre: 'Hotel Mundial', habitacion: 'Doble adaptada (ducha a ras de suelo)', precio_noche_eur: 146, acceso: 'entrada sin escalones, ascensor' },
    { id: 'LIS-AUG-0231', nombre: 'My Story Rossio', habitacion: 'Doble superior', precio_noche_eur: 158, acceso: 'ascensor' },
  ] }),
});

const reservarHotel = tool({
  name: 'reservar_hotel', description: 'Reserva una habitación de hotel.',
  parameters: z.object({ hotel_id: z.string(), habitacion: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number() }),
  execute: async (a) => JSON.stringify({ estado: 'confirmada', codigo: 'H-5529170', ...a, total_eur: 336, cancelacion: 'no reembolsable' }),
});

const m = scriptedModel([
  // turno 1
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIS', ida: '2026-03-12', vuelta: '2026-03-15', adultos: 2 } }] },
  { content: 'Para el 12–15 de marzo, 2 adultos, tengo:\n1) TAP, ida 09:40 y vuelta 18:15 — 286,40 €\n2) Iberia, ida 07:05 y vuelta 21:50 — 241,10 €\n3) Air Europa, ida 15:30 y vuelta 12:40 — 259,80 €\nAl reservar pediré la asistencia en aeropuerto para tu madre (silla de ruedas) y, para el hotel, buscaré solo habitaciones adaptadas por debajo de 150 €/noche. ¿Cuál prefieres?' },
  // turno 2
  { tool_calls: [{ name: 'requisitos_entrada', args: { destino: 'Portugal', nacionalidad: 'España' } }] },
  { content: 'Con el DNI en vigor es suficiente, no hace falta pasaporte ni visado. Os recomiendo llevar la Tarjeta Sanitaria Europea.' },
  // turno 3
  { tool_calls: [{ name: 'reservar_vuelo', args: { ida: 'TP1027', vuelta: 'TP1030', fecha_ida: '2026-03-12', fecha_vuelta: '2026-03-15', adultos: 2, asistencia: 'WCHR pasajero 2' } }] },
  { content: 'Vuelo reservado: localizador QX7M2P, TAP TP1027 el 12/03 a las 09:40 y regreso TP1030 el 15/03 a las 18:15. Total 286,40 €. Asistencia en aeropuerto solicitada.' },
  // turno 4
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Lisboa', zona: 'Baixa', entrada: '2026-03-12', salida: '2026-03-15', huespedes: 2, habitacion_adaptada: null } }] },
  { tool_calls: [{ name: 'reservar_hotel', args: { hotel_id: 'LIS-BXP-0412', habitacion: 'Doble estándar', entrada: '2026-03-12', salida: '2026-03-15', huespedes: 2 } }] },
  { content: '¡Hecho! Hotel Baixa Prata, habitación doble estándar, del 12 al 15 de marzo (3 noches), 112 €/noche: 336 € en total. Código de reserva H-5529170. Es la opción más económica de la Baixa y está a 5 minutos a pie de la Rua Augusta. Ojo: la tarifa es no reembolsable.' },
], { seed: 'lisboa-hilo-5531', served: 'gpt-4o-mini-2024-07-18', model: 'gpt-4o-mini' });

const agente = new Agent({
  name: 'Asistente Viajes Sol',
  instructions: 'Eres el asistente de Viajes Sol. Ayudas a planificar y reservar vuelos y hoteles. Respeta siempre las necesidades y el presupuesto que indique el cliente. Responde en español.',
  model: m,
  tools: [buscarVuelos, requisitosEntrada, reservarVuelo, buscarHoteles, reservarHotel],
});

const sesion = new HistorialJson('hilo-20260114-5531');
const runner = new Runner({
  groupId: 'hilo-20260114-5531', workflowName: 'viajes-sol-chat',
  traceMetadata: { user_id: 'cli_77120', canal: 'web' },
  sessionInputCallback: ultimosTurnos(3),
});

const turnos = [
  'Hola! Queremos ir a Lisboa del 12 al 15 de marzo, somos dos adultos, mi madre y yo. Ella va en silla de ruedas, así que la habitación tiene que ser adaptada. Máximo 150 € la noche. ¿Qué vuelos hay desde Madrid?',
  'Una duda, ¿necesitamos pasaporte o basta con el DNI?',
  'Vale, reserva el de TAP de las 9:40.',
  'Genial. Ahora búscame hotel por la Baixa para esas mismas noches y resérvalo directamente, el que salga mejor de precio.',
];
for (const t of turnos) await runner.run(agente, t, { session: sesion });
writeTrace(here, 'trace.jsonl');
