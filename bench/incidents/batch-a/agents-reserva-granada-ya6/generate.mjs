// Spanish hotel desk: Recepción finds an adapted (wheelchair) room, then hands the booking to Reservas.
// The handoff carries typed arguments and an input filter that keeps only the customer's last message.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarDisponibilidad = tool({
  name: 'consultar_disponibilidad',
  description: 'Busca habitaciones libres en una ciudad para unas fechas.',
  parameters: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number(), accesible: z.boolean() }),
  execute: async () => JSON.stringify({
    ciudad: 'Granada', entrada: '2027-03-14', salida: '2027-03-17',
    opciones: [
      { hotel_id: 'GR-ALB-07', nombre: 'Hotel Albaicín Centro', habitacion: 'ADAP-104', tipo: 'doble adaptada PMR', planta: 'baja', ducha: 'a ras de suelo', precio_noche_eur: 128 },
      { hotel_id: 'GR-REA-22', nombre: 'Hostal Realejo', habitacion: 'A-02', tipo: 'doble adaptada PMR', planta: 'baja', ducha: 'a ras de suelo', precio_noche_eur: 96, nota: 'sin ascensor a la terraza' },
    ],
  }),
});

const listarHabitaciones = tool({
  name: 'listar_habitaciones',
  description: 'Lista las habitaciones libres de un hotel para unas fechas, la primera es la recomendada.',
  parameters: z.object({ hotel_id: z.string(), entrada: z.string(), salida: z.string() }),
  execute: async () => JSON.stringify({
    hotel_id: 'GR-ALB-07',
    libres: [
      { habitacion: 'STD-312', tipo: 'doble estándar', planta: 3, acceso: '2 escalones en el baño', precio_noche_eur: 112 },
      { habitacion: 'SUP-208', tipo: 'doble superior', planta: 2, acceso: 'bañera', precio_noche_eur: 149 },
      { habitacion: 'ADAP-104', tipo: 'doble adaptada PMR', planta: 'baja', acceso: 'ducha a ras de suelo', precio_noche_eur: 128 },
    ],
  }),
});

const reservarHabitacion = tool({
  name: 'reservar_habitacion',
  description: 'Reserva una habitación concreta.',
  parameters: z.object({ hotel_id: z.string(), habitacion: z.string(), entrada: z.string(), salida: z.string(), titular: z.string() }),
  execute: async ({ habitacion }) => JSON.stringify({ localizador: 'LOC-GR7-58K2Q', estado: 'confirmada', habitacion, total_eur: 336 }),
});

const model = scriptedModel([
  // turno 1, Recepción
  { tool_calls: [{ name: 'consultar_disponibilidad', args: { ciudad: 'Granada', entrada: '2027-03-14', salida: '2027-03-17', adultos: 2, accesible: true } }] },
  { content: 'He encontrado dos opciones con habitación adaptada en planta baja y ducha a ras de suelo:\n\n1. Hotel Albaicín Centro, habitación ADAP-104, 128 € la noche.\n2. Hostal Realejo, habitación A-02, 96 € la noche (la terraza no tiene ascensor).\n\nAmbas están por debajo de sus 140 € por noche. ¿Cuál prefiere?' },
  // turno 2, Recepción -> Reservas
  { tool_calls: [{ name: 'transfer_to_Reservas', args: { hotel_id: 'GR-ALB-07', entrada: '2027-03-14', salida: '2027-03-17', titular: 'Lucía Ortega Ruiz' } }] },
  // Reservas
  { tool_calls: [{ name: 'listar_habitaciones', args: { hotel_id: 'GR-ALB-07', entrada: '2027-03-14', salida: '2027-03-17' } }] },
  { tool_calls: [{ name: 'reservar_habitacion', args: { hotel_id: 'GR-ALB-07', habitacion: 'STD-312', entrada: '2027-03-14', salida: '2027-03-17', titular: 'Lucía Ortega Ruiz' } }] },
  { content: '¡Listo, Lucía! Su reserva en el Hotel Albaicín Centro está confirmada: habitación doble estándar STD-312 (3.ª planta), del 14 al 17 de marzo, 112 € la noche, total 336 €. Localizador: LOC-GR7-58K2Q.' },
], { seed: 'reserva-granada-ya6' });

const reservas = new Agent({
  name: 'Reservas',
  instructions: 'Eres el agente de reservas. Con los datos recibidos, consulta las habitaciones libres del hotel y reserva la recomendada. Confirma el localizador al cliente.',
  model, tools: [listarHabitaciones, reservarHabitacion],
});

const aReservas = handoff(reservas, {
  inputType: z.object({ hotel_id: z.string(), entrada: z.string(), salida: z.string(), titular: z.string() }),
  onHandoff: async () => {},
  // Reservas solo recibe el último mensaje del cliente y la llamada de traspaso con sus argumentos.
  inputFilter: (data) => {
    const hist = Array.isArray(data.inputHistory) ? data.inputHistory : [user(data.inputHistory)];
    const lastUser = [...hist].reverse().find((i) => i.role === 'user');
    return { inputHistory: lastUser ? [lastUser] : [], preHandoffItems: [], newItems: data.newItems };
  },
});

const recepcion = new Agent({
  name: 'Recepcion',
  instructions: 'Eres la recepción de Viajes Sierra Nevada. Busca alojamiento según las necesidades del cliente y, cuando elija, traspasa la reserva a Reservas.',
  model, tools: [consultarDisponibilidad], handoffs: [aReservas],
});

const runner = new Runner({ groupId: 'conv-vsn-20270211-0042', workflowName: 'Mostrador de hoteles', traceMetadata: { user: 'cli-ES-77310' } });
const t1 = await runner.run(recepcion, 'Hola, busco hotel en Granada del 14 al 17 de marzo de 2027, dos adultos. Mi marido va en silla de ruedas: necesitamos habitación adaptada, sin escalones y con ducha a ras de suelo. Máximo 140 € la noche.');
await runner.run(recepcion, [...t1.history, user('Perfecto, el Albaicín Centro. Resérvela a nombre de Lucía Ortega Ruiz, por favor.')]);
writeTrace(here, 'trace.jsonl');
