// Asistente de reservas de ViajaFácil por WhatsApp. La app guarda el historial de cada
// conversación y, para no pasarse de contexto, antes de cada turno conserva solo los dos
// últimos turnos del cliente (recortarHistorial).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const catalogo = [
  { id_hotel: 'H-SVQ-0412', nombre: 'Hotel Doña Manuela', barrio: 'Arenal', estrellas: 3, precio_noche: 142, parking: 'sí (18 €/día)', piscina: false },
  { id_hotel: 'H-SVQ-0877', nombre: 'Casa del Alcázar', barrio: 'Santa Cruz', estrellas: 4, precio_noche: 171, parking: 'incluido', piscina: false },
  { id_hotel: 'H-SVQ-1203', nombre: 'Hotel Triana Río', barrio: 'Triana', estrellas: 3, precio_noche: 128, parking: 'sí (15 €/día)', piscina: false },
  { id_hotel: 'H-SVQ-2051', nombre: 'Giralda Sky Hotel', barrio: 'Centro', estrellas: 4, precio_noche: 264, parking: 'no (parking público a 600 m)', piscina: 'azotea' },
  { id_hotel: 'H-SVQ-1718', nombre: 'Hotel Macarena Patio', barrio: 'Macarena', estrellas: 4, precio_noche: 219, parking: 'no', piscina: 'azotea' },
];

const buscar = tool({
  name: 'buscar_hoteles',
  description: 'Busca hoteles disponibles. Filtros opcionales: precio_max_noche (EUR), parking, piscina.',
  parameters: z.object({
    ciudad: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number().int(),
    precio_max_noche: z.number().nullable(), parking: z.boolean().nullable(), piscina: z.boolean().nullable(),
  }),
  execute: async (a) => {
    const r = catalogo.filter((h) => (a.precio_max_noche == null || h.precio_noche <= a.precio_max_noche)
      && (!a.parking || h.parking.startsWith('sí') || h.parking === 'incluido')
      && (!a.piscina || h.piscina));
    return JSON.stringify({ ciudad: a.ciudad, entrada: a.entrada, salida: a.salida, resultados: r });
  },
});

const ficha = tool({
  name: 'ficha_hotel',
  description: 'Detalle de un hotel con la tarifa para las fechas indicadas.',
  parameters: z.object({ id_hotel: z.string(), entrada: z.string(), salida: z.string() }),
  execute: async ({ id_hotel, entrada, salida }) => JSON.stringify({
    id_hotel, nombre: 'Casa del Alcázar', direccion: 'Calle Mateos Gago 9, 41004 Sevilla',
    distancia_catedral_m: 350, entrada, salida, tarifa_noche: 171, parking: 'incluido (plazas limitadas, reservar a la llegada)',
  }),
});

const reservar = tool({
  name: 'reservar_hotel',
  description: 'Confirma la reserva de un hotel. Cargo en la tarjeta guardada del cliente.',
  parameters: z.object({ id_hotel: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number().int(), titular: z.string() }),
  execute: async (a) => JSON.stringify({ localizador: 'VF-7H3K2Q', estado: 'confirmada', ...a, noches: 3, total: '792,00 EUR', cancelacion: 'no reembolsable' }),
});

const m = scriptedModel([
  // turno 1
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Sevilla', entrada: '2026-03-12', salida: '2026-03-15', adultos: 2, precio_max_noche: 180, parking: true, piscina: null } }] },
  { content: '¡Hola Lucía! Para Sevilla del 12 al 15 de marzo, 2 adultos, con parking y como máximo 180 €/noche tengo tres opciones:\n1. Casa del Alcázar (Santa Cruz, 4★) – 171 €/noche, parking incluido\n2. Hotel Doña Manuela (Arenal, 3★) – 142 €/noche, parking 18 €/día\n3. Hotel Triana Río (Triana, 3★) – 128 €/noche, parking 15 €/día\n¿Te cuento más de alguno?' },
  // turno 2
  { tool_calls: [{ name: 'ficha_hotel', args: { id_hotel: 'H-SVQ-0877', entrada: '2026-03-12', salida: '2026-03-15' } }] },
  { content: 'La más cercana es la Casa del Alcázar: está en la calle Mateos Gago, a unos 350 m de la Catedral. Tiene parking incluido, aunque con plazas limitadas: conviene pedirla al llegar.' },
  // turno 3
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Sevilla', entrada: '2026-03-12', salida: '2026-03-15', adultos: 2, precio_max_noche: null, parking: null, piscina: true } }] },
  { content: '¡Sí! Hay dos con piscina en la azotea para esas fechas:\n• Giralda Sky Hotel (Centro, 4★) – 264 €/noche, con vistas a la Giralda desde la piscina\n• Hotel Macarena Patio (Macarena, 4★) – 219 €/noche\nEl Giralda Sky además está a un paso de la Catedral. ¿Quieres que reserve alguno?' },
  // turno 4
  { tool_calls: [{ name: 'reservar_hotel', args: { id_hotel: 'H-SVQ-2051', entrada: '2026-03-12', salida: '2026-03-15', adultos: 2, titular: 'Lucía Ferrer Roig' } }] },
  { content: '¡Hecho! Reserva confirmada en el Giralda Sky Hotel del 12 al 15 de marzo para 2 adultos a nombre de Lucía Ferrer Roig. Localizador VF-7H3K2Q, total 792,00 € (tarifa no reembolsable). ¡Que disfrutéis de Sevilla!' },
], { seed: 'vf-wa-lucia' });

const agente = new Agent({
  name: 'ViajaFacil Reservas',
  instructions: 'Eres el asistente de reservas de ViajaFácil. Ayudas a los clientes a encontrar y reservar hoteles. Respeta siempre las condiciones que haya indicado el cliente (presupuesto, servicios, fechas). Antes de reservar, confirma el hotel con el cliente.',
  model: m,
  tools: [buscar, ficha, reservar],
});

// Conserva solo los últimos `max` turnos que empiezan con un mensaje del cliente.
function recortarHistorial(items, max) {
  const inicios = items.map((it, i) => (it.role === 'user' ? i : -1)).filter((i) => i >= 0);
  if (inicios.length <= max) return items;
  return items.slice(inicios[inicios.length - max]);
}

const conversacion = 'wa:34655018273:20260221';
let historial = [];
async function turno(texto) {
  historial = recortarHistorial([...historial, { role: 'user', content: texto }], 2);
  const runner = new Runner({ groupId: conversacion, workflowName: 'ViajaFacil WhatsApp', traceMetadata: { user: 'cli-88410273', canal: 'whatsapp' } });
  const r = await runner.run(agente, historial);
  historial = r.history;
}

await turno('Hola! Busco hotel en Sevilla del 12 al 15 de marzo, somos dos adultos. Importante: máximo 180 € por noche y que tenga parking, vamos en coche desde Valencia.');
await turno('¿Cuál de ellos está más cerca de la Catedral?');
await turno('Vale, ¿y alguno con piscina en la azotea? Sería un plus 😊');
await turno('Perfecto, resérvalo a nombre de Lucía Ferrer Roig');

writeTrace(here, 'traces.jsonl');
