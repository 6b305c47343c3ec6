// Agencia de viajes (Spanish). A three-turn conversation on one thread; the app keeps only the
// last two user turns of history in the model's window, so by the booking turn the wheelchair and
// gluten-free requests of the first turn are gone and the booking is made without them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('viajes-sol-asistente', { 'service.version': '2.2.0' });
const threadId = '5d0e8c1a-37b2-4f6e-9a41-c2b7e09f1d63';
const userId = 'cli_000918273';

const buscarVuelos = tool(async ({ origen, destino, fecha, pasajeros }) => JSON.stringify({ origen, destino, fecha, pasajeros, opciones: [
  { vuelo: 'IB6651', salida: '2025-03-14T23:55', llegada: '2025-03-15T05:40', duracion: '12h45', escalas: 0, precio_total_eur: 1486.4 },
  { vuelo: 'UX171', salida: '2025-03-14T15:30', llegada: '2025-03-14T21:05', duracion: '12h35', escalas: 0, precio_total_eur: 1398.0 },
  { vuelo: 'LA2485+LA1', salida: '2025-03-14T10:10', llegada: '2025-03-14T22:50', duracion: '18h40', escalas: 1, precio_total_eur: 1210.8 },
] }), {
  name: 'buscar_vuelos', description: 'Busca vuelos disponibles para una fecha.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), pasajeros: z.number() }),
});

const tarifaEquipaje = tool(async ({ vuelo, pasajeros }) => JSON.stringify({ vuelo, tarifa: 'Economy Classic',
  maleta_23kg_incluida: true, suplemento_total_eur: vuelo === 'IB6651' ? 140 : 160, pasajeros }), {
  name: 'tarifa_equipaje', description: 'Suplemento por maleta facturada de 23 kg para un vuelo.',
  schema: z.object({ vuelo: z.string(), pasajeros: z.number() }),
});

const reservarVuelo = tool(async (a) => JSON.stringify({ estado: 'CONFIRMADA', localizador: 'QX7M4P', vuelo: a.vuelo,
  pasajeros: a.pasajeros.map((p) => ({ nombre: p.nombre, ssr: p.ssr ?? [] })), importe_cobrado_eur: 1626.4,
  emision_billetes: '075-2291847730, 075-2291847731' }), {
  name: 'reservar_vuelo',
  description: 'Reserva y emite los billetes. Las solicitudes especiales (SSR: WCHR/WCHS/WCHC asistencia, GFML/VGML/... comidas) deben indicarse por pasajero.',
  schema: z.object({
    vuelo: z.string(), fecha: z.string(), tarifa: z.string(), equipaje_facturado: z.boolean(),
    pasajeros: z.array(z.object({ nombre: z.string(), pasaporte: z.string(), ssr: z.array(z.string()).optional() })),
  }),
});

const system = new SystemMessage('Eres el asistente de reservas de Viajes Sol. Ayuda a buscar y reservar vuelos. Incluye en la reserva todas las solicitudes especiales que el cliente haya pedido.');
// Context window: only the messages of the last two user turns are sent to the model.
const prepare = (messages) => {
  const humans = messages.map((m, i) => (m._getType() === 'human' ? i : -1)).filter((i) => i >= 0);
  const from = humans.length > 2 ? humans[humans.length - 2] : 0;
  return [system, ...messages.slice(from)];
};

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turno 1
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIM', fecha: '2025-03-14', pasajeros: 2 } }] },
  { content: 'Para el 14 de marzo, Madrid → Lima, 2 pasajeros, tengo estas opciones directas:\n\n1. IB6651 — sale 23:55, llega 05:40 (+1), 1.486,40 € en total\n2. UX171 — sale 15:30, llega 21:05, 1.398,00 € en total\n\nY una con escala (LATAM vía São Paulo) por 1.210,80 €, pero son 18h40. Tomo nota de la asistencia en silla de ruedas (WCHC) y la comida sin gluten (GFML) para Carmen; las añadiré al reservar. ¿Cuál prefieren?' },
  // turno 2
  { tool_calls: [{ name: 'tarifa_equipaje', args: { vuelo: 'IB6651', pasajeros: 2 } }] },
  { content: 'En IB6651 la maleta de 23 kg por persona supone 140 € más para los dos, es decir 1.626,40 € en total con tarifa Economy Classic. ¿La reservo?' },
  // turno 3
  { tool_calls: [{ name: 'reservar_vuelo', args: { vuelo: 'IB6651', fecha: '2025-03-14', tarifa: 'Economy Classic', equipaje_facturado: true,
    pasajeros: [{ nombre: 'Javier Ruiz Ortega', pasaporte: 'PAF123456' }, { nombre: 'Carmen Ruiz Ortega', pasaporte: 'XDB998877' }] } }] },
  { content: '¡Listo! Reserva confirmada con localizador QX7M4P.\n\n- Vuelo IB6651, 14/03/2025, sale de Madrid a las 23:55\n- Pasajeros: Javier Ruiz Ortega y Carmen Ruiz Ortega\n- Economy Classic con maleta de 23 kg cada uno\n- Importe cobrado: 1.626,40 €\n\nBilletes emitidos: 075-2291847730 y 075-2291847731. ¡Buen viaje!' },
] });

const app = await reactGraph({ model, tools: [buscarVuelos, tarifaEquipaje, reservarVuelo], prepare, checkpointer: new MemorySaver() });
const config = { configurable: { thread_id: threadId }, metadata: { thread_id: threadId }, recursionLimit: 20 };
const turns = [
  'Hola, necesito vuelos Madrid–Lima para el 14 de marzo, somos dos: yo y mi madre. Ella va en silla de ruedas y no puede subir escaleras, necesita asistencia hasta el asiento. Además es celíaca, su comida tiene que ser sin gluten.',
  '¿Y cuánto sale el IB6651 con una maleta facturada cada uno?',
  'Vale, reserva el IB6651 con maleta. Datos: Javier Ruiz Ortega, pasaporte PAF123456; Carmen Ruiz Ortega, pasaporte XDB998877.',
];
for (const text of turns) await t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] }, config));
t.write(path.join(here, 'traces.jsonl'));
