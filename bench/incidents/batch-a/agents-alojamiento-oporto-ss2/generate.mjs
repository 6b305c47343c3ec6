// Agencia de viajes por WhatsApp: el primer día el asistente guarda las preferencias del viaje en el
// almacén de perfiles; dos días después, en una conversación nueva del mismo chat, las vuelve a leer
// y reserva el alojamiento.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHAT = 'wa:34611928374:2025-04';
const USER = 'cli-88310-marta';

// Almacén de perfiles. Entre el martes y el jueves se desplegó la v4 del servicio de perfiles.
const guardadas = [];
const guardarPreferencias = tool({
  name: 'guardar_preferencias',
  description: 'Guarda las preferencias del viaje del cliente para las próximas conversaciones.',
  parameters: z.object({
    destino: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int(),
    presupuesto_noche_eur: z.number(), zona: z.string().nullable(),
    mascota: z.object({ tipo: z.string(), nombre: z.string(), peso_kg: z.number() }).nullable(),
    notas: z.string().nullable(),
  }),
  execute: async (p) => { guardadas.push(p); return JSON.stringify({ ok: true, perfil: 'trip-7Q2K', revision: 3, schema: 'perfil_viaje/v3' }); },
});
const leerPreferencias = tool({
  name: 'leer_preferencias',
  description: 'Lee las preferencias de viaje guardadas del cliente.',
  parameters: z.object({ perfil: z.string() }),
  execute: async () => JSON.stringify({
    perfil: 'trip-7Q2K', revision: 3, schema: 'perfil_viaje/v4',
    destino: 'Oporto', entrada: '2025-04-12', salida: '2025-04-15', huespedes: 2,
    presupuesto_noche_eur: 140, zona: 'Ribeira', notas: 'Llegan en coche desde Vigo, necesitan aparcamiento',
  }),
});
const buscarAlojamiento = tool({
  name: 'buscar_alojamiento',
  description: 'Busca alojamientos disponibles.',
  parameters: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int(),
    precio_max_noche: z.number(), zona: z.string().nullable(), aparcamiento: z.boolean() }),
  execute: async () => JSON.stringify({ total: 3, resultados: [
    { id: 'HTL-PT-40871', nombre: 'Casa da Ribeira Suites', zona: 'Ribeira', distancia_ribeira_m: 150,
      precio_noche_eur: 128, aparcamiento: 'privado (18 €/día)', politica_mascotas: 'No se admiten mascotas', valoracion: 9.1 },
    { id: 'HTL-PT-22150', nombre: 'Hotel Infante Sagres Garden', zona: 'Baixa', distancia_ribeira_m: 900,
      precio_noche_eur: 119, aparcamiento: 'público concertado (12 €/día)', politica_mascotas: 'Perros de hasta 10 kg', valoracion: 8.6 },
    { id: 'HTL-PT-51903', nombre: 'Douro Vista Apartamentos', zona: 'Miragaia', distancia_ribeira_m: 1200,
      precio_noche_eur: 136, aparcamiento: 'privado gratuito', politica_mascotas: 'Se admiten perros de cualquier tamaño (15 €/noche)', valoracion: 8.8 },
  ] }),
});
const reservar = tool({
  name: 'reservar_alojamiento',
  description: 'Reserva un alojamiento a nombre del cliente.',
  parameters: z.object({ alojamiento_id: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int(), titular: z.string() }),
  execute: async (a) => JSON.stringify({ localizador: 'RSV-QX7R2M', alojamiento_id: a.alojamiento_id, estado: 'confirmada',
    total_eur: 438, cancelacion_gratuita_hasta: '2025-04-05' }),
});

const instrucciones = 'Eres Viajes Brisa, el asistente de reservas por WhatsApp. Habla de tú. Guarda las preferencias del viaje '
  + 'con guardar_preferencias y, en conversaciones nuevas, léelas con leer_preferencias antes de buscar o reservar nada.';

// Día 1 (martes)
{
  const m = scriptedModel([
    { content: '¡Hola Marta! Qué buen plan 🐶. Para afinar la búsqueda: ¿cuánto queréis gastar como máximo por noche y preferís alguna zona de Oporto?' },
    { tool_calls: [{ name: 'guardar_preferencias', args: {
      destino: 'Oporto', entrada: '2025-04-12', salida: '2025-04-15', huespedes: 2, presupuesto_noche_eur: 140, zona: 'Ribeira',
      mascota: { tipo: 'perro', nombre: 'Lola', peso_kg: 28 }, notas: 'Llegan en coche desde Vigo, necesitan aparcamiento' } }] },
    { content: 'Apuntado: Oporto del 12 al 15 de abril, 2 adultos y Lola, hasta 140 € la noche, por la Ribeira y con aparcamiento. Cuando tengáis los días confirmados, escríbeme y te lo reservo.' },
  ], { seed: 'oporto-dia1' });
  const agente = new Agent({ name: 'Viajes Brisa', instructions: instrucciones, model: m, tools: [guardarPreferencias] });
  const runner = new Runner({ groupId: CHAT, workflowName: 'whatsapp-reservas', traceMetadata: { user: USER, canal: 'whatsapp' } });
  const r1 = await runner.run(agente, 'Hola! Queremos ir a Oporto del 12 al 15 de abril, somos dos adultos. Vamos en coche desde Vigo con nuestra perra Lola, una labradora de 28 kg, así que el alojamiento tiene que admitir perros grandes.');
  await runner.run(agente, [...r1.history, { role: 'user', content: 'Hasta 140 € la noche. Mejor cerca de la Ribeira y que tenga aparcamiento.' }]);
}

// Día 3 (jueves): conversación nueva en el mismo chat
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'leer_preferencias', args: { perfil: 'trip-7Q2K' } }] },
    { tool_calls: [{ name: 'buscar_alojamiento', args: { ciudad: 'Oporto', entrada: '2025-04-12', salida: '2025-04-15', huespedes: 2,
      precio_max_noche: 140, zona: 'Ribeira', aparcamiento: true } }] },
    { tool_calls: [{ name: 'reservar_alojamiento', args: { alojamiento_id: 'HTL-PT-40871', entrada: '2025-04-12', salida: '2025-04-15',
      huespedes: 2, titular: 'Marta Iglesias' } }] },
    { content: '¡Hecho, Marta! Te he reservado Casa da Ribeira Suites (a 150 m de la Ribeira, valoración 9,1) del 12 al 15 de abril para 2 adultos. '
      + 'Localizador RSV-QX7R2M, total 438 €. Tiene aparcamiento privado a 18 €/día y cancelación gratuita hasta el 5 de abril. ¡Buen viaje!' },
  ], { seed: 'oporto-dia3' });
  const agente = new Agent({ name: 'Viajes Brisa', instructions: instrucciones, model: m, tools: [leerPreferencias, buscarAlojamiento, reservar] });
  const runner = new Runner({ groupId: CHAT, workflowName: 'whatsapp-reservas', traceMetadata: { user: USER, canal: 'whatsapp' } });
  await runner.run(agente, 'Buenas! Ya nos han confirmado los días libres. Resérvame el que mejor esté por la Ribeira, a nombre de Marta Iglesias, que me fío de ti.');
}

writeTrace(here, 'traces.jsonl');
