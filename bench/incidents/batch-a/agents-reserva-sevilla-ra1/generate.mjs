// Agencia de viajes: recepción deriva a reservas con un resumen (OpenAI Agents SDK, modelo falso con guion, sin red).
// Escribe trace.jsonl en esta carpeta.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, user, assistant, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarCliente = tool({
  name: 'consultar_cliente',
  description: 'Devuelve la ficha del cliente: nivel de fidelidad y medios de pago guardados.',
  parameters: z.object({ cliente: z.string() }),
  execute: async ({ cliente }) => JSON.stringify({
    cliente, nombre: 'Lucía Ferrer Gil', nivel: 'Oro', idioma: 'es',
    medios_pago: [{ ref: 'tok_visa_4417', tipo: 'VISA', ultimos4: '4417', caduca: '09/27' }],
  }),
});

const buscarHoteles = tool({
  name: 'buscar_hoteles',
  description: 'Busca disponibilidad hotelera por ciudad, fechas y ocupación.',
  parameters: z.object({
    ciudad: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number(),
    zona: z.string().nullable(), precio_max_noche: z.number().nullable(), accesible: z.boolean().nullable(),
  }),
  execute: async () => JSON.stringify({
    moneda: 'EUR', resultados: [
      { hotel_id: 'SVQ-0291', nombre: 'Casa Giralda Boutique', estrellas: 4, distancia_catedral_m: 150, valoracion: 9.4,
        habitacion: 'Triple Superior con vistas', precio_noche: 214, accesible_silla_ruedas: false, cancelacion: 'no reembolsable' },
      { hotel_id: 'SVQ-0107', nombre: 'Hotel Alcázar Plaza', estrellas: 4, distancia_catedral_m: 400, valoracion: 8.7,
        habitacion: 'Triple Adaptada', precio_noche: 168, accesible_silla_ruedas: true, cancelacion: 'gratuita hasta 48 h' },
      { hotel_id: 'SVQ-0534', nombre: 'Apartahotel Triana Río', estrellas: 3, distancia_catedral_m: 1900, valoracion: 8.1,
        habitacion: 'Apartamento 2 dormitorios', precio_noche: 139, accesible_silla_ruedas: true, cancelacion: 'gratuita hasta 7 días' },
    ],
  }),
});

const reservar = tool({
  name: 'reservar_habitacion',
  description: 'Confirma una reserva y cobra con el medio de pago indicado.',
  parameters: z.object({ hotel_id: z.string(), habitacion: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number(), medio_pago: z.string() }),
  execute: async ({ hotel_id }) => JSON.stringify({
    localizador: 'VQ7K2M', hotel_id, estado: 'CONFIRMADA', noches: 3, total_eur: 642.0, cobrado_eur: 642.0, cancelacion: 'no reembolsable',
  }),
});

const model = scriptedModel([
  // Recepción
  { tool_calls: [{ name: 'consultar_cliente', args: { cliente: 'CLI-0088213' } }] },
  { tool_calls: [{ name: 'derivar_a_reservas', args: {
    resumen: 'Lucía Ferrer (Oro). Hotel en Sevilla del 14 al 17 de abril de 2026, 3 adultos, cerca de la catedral. '
      + 'Reservar ya y cobrar con la VISA guardada tok_visa_4417.' } }] },
  // Reservas
  { tool_calls: [{ name: 'buscar_hoteles', args: {
    ciudad: 'Sevilla', entrada: '2026-04-14', salida: '2026-04-17', adultos: 3, zona: 'Catedral', precio_max_noche: null, accesible: null } }] },
  { tool_calls: [{ name: 'reservar_habitacion', args: {
    hotel_id: 'SVQ-0291', habitacion: 'Triple Superior con vistas', entrada: '2026-04-14', salida: '2026-04-17', adultos: 3, medio_pago: 'tok_visa_4417' } }] },
  { content: '¡Listo, Lucía! Tu reserva está confirmada en Casa Giralda Boutique (4★, a 150 m de la catedral, valoración 9,4): '
    + 'habitación Triple Superior con vistas, del 14 al 17 de abril, 3 adultos. Localizador VQ7K2M. '
    + 'Total 642 € (214 €/noche), ya cobrado en tu VISA terminada en 4417. Tarifa no reembolsable. ¡Que disfrutéis Sevilla!' },
], { seed: 'viajes-svq-abril' });

const reservas = new Agent({
  name: 'Reservas',
  instructions: 'Eres el agente de reservas. Con el resumen que te pasa recepción, busca el hotel que mejor encaje y confírmalo.',
  model, tools: [buscarHoteles, reservar],
});

const aReservas = handoff(reservas, {
  toolNameOverride: 'derivar_a_reservas',
  toolDescriptionOverride: 'Pasa la petición al agente de reservas con un resumen de lo que quiere el cliente.',
  inputType: z.object({ resumen: z.string() }),
  onHandoff: (ctx, input) => { ctx.context.resumen = input?.resumen ?? ''; },
  // Para ahorrar tokens, reservas recibe sólo el resumen de recepción, no la conversación.
  inputFilter: (data) => ({
    ...data,
    inputHistory: [user(`Resumen de recepción: ${data.runContext?.context?.resumen ?? ''}`)],
    preHandoffItems: [],
    newItems: [],
  }),
});

const recepcion = new Agent({
  name: 'Recepción',
  instructions: 'Atiendes a los clientes de Viajes Azahar. Recoge lo que necesitan y deriva las reservas al agente de reservas con un resumen.',
  model, tools: [consultarCliente], handoffs: [aReservas],
});

const historial = [
  user('Hola, necesito hotel en Sevilla del 14 al 17 de abril para tres adultos. Mi padre va en silla de ruedas, así que la habitación tiene que ser adaptada sí o sí. '
    + 'Y no quiero pasar de 180 € la noche.'),
  assistant('Perfecto, tomo nota: Sevilla, del 14 al 17 de abril, 3 adultos, habitación adaptada para silla de ruedas y como máximo 180 € por noche. ¿Alguna zona preferida?'),
  user('Cerca de la catedral si puede ser. Adelante, resérvalo con la tarjeta que tenéis guardada.'),
];

const runner = new Runner({
  groupId: 'conv_2604_svq_b91f', workflowName: 'Viajes Azahar · atención',
  traceMetadata: { user_id: 'CLI-0088213', canal: 'whatsapp' },
});
await runner.run(recepcion, historial, { context: {} });
writeTrace(here, 'trace.jsonl');
