// Asistente de reservas de una agencia de viajes online (español): agente LangGraph con MemorySaver por
// hilo; antes de cada llamada al modelo el historial se recorta a una ventana de tokens (trimMessages).
// Cuatro turnos de la misma conversación, modelo roteirizado, sin red.
// Run from the repository root: node bench/incidents/batch-a/langsmith-perrita-cabina-g2/generate.mjs
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-02-27T18:02:31.000Z', 2718);

const vuelos = {
  'MAD-LIS-2025-03-14': [
    { vuelo: 'TP1023', salida: '07:05', llegada: '07:25', precio_eur: 96, tarifa: 'Classic', mascota_cabina: true, mascota_max_kg: 8 },
    { vuelo: 'IB3104', salida: '10:15', llegada: '10:35', precio_eur: 142, tarifa: 'Optima', mascota_cabina: true, mascota_max_kg: 8 },
    { vuelo: 'FR7341', salida: '12:50', llegada: '13:10', precio_eur: 38, tarifa: 'Basic', mascota_cabina: false, mascota_max_kg: 0 },
    { vuelo: 'UX1155', salida: '16:40', llegada: '17:00', precio_eur: 74, tarifa: 'Lite', mascota_cabina: true, mascota_max_kg: 8 },
  ],
  'LIS-MAD-2025-03-17': [
    { vuelo: 'TP1028', salida: '18:10', llegada: '20:25', precio_eur: 89, tarifa: 'Classic', mascota_cabina: true, mascota_max_kg: 8 },
    { vuelo: 'FR7342', salida: '19:35', llegada: '21:50', precio_eur: 29, tarifa: 'Basic', mascota_cabina: false, mascota_max_kg: 0 },
    { vuelo: 'UX1160', salida: '20:05', llegada: '22:20', precio_eur: 81, tarifa: 'Lite', mascota_cabina: true, mascota_max_kg: 8 },
    { vuelo: 'IB3107', salida: '21:00', llegada: '23:15', precio_eur: 118, tarifa: 'Optima', mascota_cabina: true, mascota_max_kg: 8 },
  ],
  'MAD-LIS-2025-03-13': [
    { vuelo: 'FR7345', salida: '17:20', llegada: '17:40', precio_eur: 31, tarifa: 'Basic', mascota_cabina: false, mascota_max_kg: 0 },
    { vuelo: 'UX1157', salida: '19:50', llegada: '20:10', precio_eur: 88, tarifa: 'Lite', mascota_cabina: true, mascota_max_kg: 8 },
    { vuelo: 'TP1031', salida: '21:15', llegada: '21:35', precio_eur: 104, tarifa: 'Classic', mascota_cabina: true, mascota_max_kg: 8 },
  ],
};

const buscarVuelos = tool(async ({ origen, destino, fecha }) => JSON.stringify({ origen, destino, fecha, moneda: 'EUR',
  resultados: vuelos[`${origen}-${destino}-${fecha}`] ?? [] }), { name: 'buscar_vuelos',
  description: 'Busca vuelos directos para una fecha (AAAA-MM-DD). Devuelve precio por pasajero y condiciones de mascota.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }), latency: [900, 2300] });

let loc = 0;
const reservarVuelo = tool(async ({ vuelo, fecha, pasajero, documento, extras }) => {
  const localizador = ['K7QZ4M', 'R2WX9P'][loc++];
  const tarifa = Object.values(vuelos).flat().find((v) => v.vuelo === vuelo);
  return JSON.stringify({ estado: 'CONFIRMADA', localizador, vuelo, fecha, pasajero, documento, extras,
    total_eur: tarifa ? tarifa.precio_eur : null, emitido: true });
}, { name: 'reservar_vuelo', description: 'Reserva y emite un billete. extras: códigos de servicios adicionales (p. ej. BAG23, SEAT, PETC para mascota en cabina).',
  schema: z.object({ vuelo: z.string(), fecha: z.string(), pasajero: z.string(), documento: z.string(), extras: z.array(z.string()) }),
  latency: [1200, 2600] });

const tc = (id, name, args) => ({ id, name, args });
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // turno 1
  { tool_calls: [tc('call_u3HqA0kP1eT9sVb2NcLx7RmW', 'buscar_vuelos', { origen: 'MAD', destino: 'LIS', fecha: '2025-03-14' })] },
  { content: 'Para la ida el viernes 14 de marzo con Lola en cabina tienes estas opciones directas:\n\n1. **UX1155** Air Europa, sale 16:40 → llega 17:00, **74 €** (admite mascota en cabina hasta 8 kg)\n2. **TP1023** TAP, 07:05 → 07:25, 96 €\n3. **IB3104** Iberia, 10:15 → 10:35, 142 €\n\nEl FR7341 (38 €) no admite mascotas en cabina, así que lo he descartado. ¿Miro ya la vuelta del 17?' },
  // turno 2
  { tool_calls: [tc('call_Zc8nB5wJ2yGq0dPf4KuH1sEo', 'buscar_vuelos', { origen: 'LIS', destino: 'MAD', fecha: '2025-03-17' })] },
  { content: 'Vuelta el lunes 17 por la tarde:\n\n1. **UX1160** Air Europa, 20:05 → 22:20, **81 €**\n2. **TP1028** TAP, 18:10 → 20:25, 89 €\n3. **IB3107** Iberia, 21:00 → 23:15, 118 €\n\n(El FR7342 lo he quitado por lo mismo que en la ida.) Con UX1155 + UX1160 te sale en **155 €** ida y vuelta, dentro de tu presupuesto.' },
  // turno 3 (al día siguiente)
  { tool_calls: [tc('call_e6YtM9rV3aLw1oXj8DgK2hPq', 'buscar_vuelos', { origen: 'MAD', destino: 'LIS', fecha: '2025-03-13' })] },
  { content: '¡Buena noticia! El jueves 13 hay vuelos por la tarde:\n\n1. **FR7345** Ryanair, 17:20 → 17:40, **31 €**: el más barato y el primero en salir\n2. **UX1157** Air Europa, 19:50 → 20:10, 88 €\n3. **TP1031** TAP, 21:15 → 21:35, 104 €\n\nSi sales del trabajo a tiempo, el FR7345 te ahorra 43 € frente al vuelo del viernes. ¿Te lo reservo?' },
  // turno 4
  { tool_calls: [
    tc('call_Jm4pS7xD0bNc2kQe6WvT9uLa', 'reservar_vuelo', { vuelo: 'FR7345', fecha: '2025-03-13', pasajero: 'FERRER VIDAL/LUCIA', documento: '48213377K', extras: [] }),
    tc('call_rG1oH8fK5iZy3VtB0nMe7SqC', 'reservar_vuelo', { vuelo: 'UX1160', fecha: '2025-03-17', pasajero: 'FERRER VIDAL/LUCIA', documento: '48213377K', extras: [] }),
  ] },
  { content: '¡Reservado y emitido, Lucía! ✈️\n\n• Ida jueves 13/03: **FR7345** Madrid 17:20 → Lisboa 17:40, localizador **K7QZ4M**, 31 €\n• Vuelta lunes 17/03: **UX1160** Lisboa 20:05 → Madrid 22:20, localizador **R2WX9P**, 81 €\n\nTotal: **112 €**. Recibirás los billetes por email. ¡Buen viaje!' },
] });

// Ventana de contexto: el historial completo vive en el checkpointer; el modelo ve solo los últimos ~800 tokens.
const prepare = (messages) => trimMessages(messages, { maxTokens: 800, strategy: 'last', includeSystem: true, startOn: 'human',
  tokenCounter: (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4) + 4
    + (m.tool_calls?.length ? Math.ceil(JSON.stringify(m.tool_calls).length / 4) : 0), 0) });

const app = agentGraph({ model, tools: [buscarVuelos, reservarVuelo], checkpointer: new MemorySaver(), prepare, name: 'reservas' });
const hilo = 'alb-web-c0e4f7a2-91d3';
const sys = new SystemMessage('Eres el asistente de reservas de Viajes Alborán. Busca con buscar_vuelos y reserva con reservar_vuelo solo cuando el cliente lo confirme. Precios por pasajero en EUR. Responde en español, de tú.');
const turno = (texto, first) => traced(app, { messages: first ? [sys, new HumanMessage(texto)] : [new HumanMessage(texto)] }, {
  project: 'alboran-reservas', runName: 'reservas', configurable: { thread_id: hilo },
  metadata: { thread_id: hilo, user_id: 'cli-2291847', locale: 'es-ES' } });

await turno('Hola! Quiero ir de Madrid a Lisboa el viernes 14 de marzo y volver el lunes 17. Viajo con mi perrita Lola (7 kg con el transportín) y tiene que ir conmigo en cabina, no en bodega. Presupuesto máximo 250 € ida y vuelta.', true);
advance(minutes(3), minutes(5));
await turno('Vale, el de Air Europa me va bien. ¿Y la vuelta el 17 por la tarde?');
advance(minutes(13 * 60 + 40), minutes(13 * 60 + 55));
await turno('Buenos días! Al final mi jefa me deja salir el jueves 13 por la tarde. ¿Hay algo ese día para la ida?');
advance(minutes(2), minutes(4));
await turno('Genial, el de las 17:20 entonces. Resérvame ese y la vuelta del 17 de Air Europa. Nombre: Lucía Ferrer Vidal, DNI 48213377K.');

writeRuns(path.join(here(import.meta.url), 'runs-2025-02-28.jsonl'));
