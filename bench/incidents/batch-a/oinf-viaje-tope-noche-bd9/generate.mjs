// Asistente de viajes corporativos (LangGraph.js, modelo guionizado): un agente coordinador delega la
// reserva de hotel en un subagente de reservas (otro grafo, invocado desde la herramienta
// delegar_reserva). Trazas OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('viajes-corporativos', { 'service.version': '3.8.2' });

// --- subagente de reservas ---
const buscarHoteles = tool(async ({ ciudad, entrada, salida }) => JSON.stringify({ ciudad, entrada, salida, resultados: [
  { id: 'HT-LIS-0912', nombre: 'Hotel Avenida Palace', zona: 'Baixa', tarifa_noche_eur: 245, cancelacion: 'gratuita hasta 48 h' },
  { id: 'HT-LIS-3307', nombre: 'Moov Hotel Oriente', zona: 'Parque das Nações', tarifa_noche_eur: 118, cancelacion: 'gratuita hasta 24 h' },
  { id: 'HT-LIS-1450', nombre: 'Turim Saldanha', zona: 'Saldanha', tarifa_noche_eur: 164, cancelacion: 'no reembolsable' },
] }), { name: 'buscar_hoteles', description: 'Busca hoteles disponibles con tarifa por noche.',
  schema: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string() }) });

const reservarHotel = tool(async ({ hotel_id, empleado, entrada, salida }) => JSON.stringify({
  localizador: 'RSV-7Q4K2M', hotel_id, empleado, entrada, salida, noches: 3, tarifa_noche_eur: 245, total_eur: 735, estado: 'confirmada' }),
{ name: 'reservar_hotel', description: 'Reserva un hotel para un empleado.',
  schema: z.object({ hotel_id: z.string(), empleado: z.string(), entrada: z.string(), salida: z.string() }) });

const reservasModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Lisboa', entrada: '2026-12-14', salida: '2026-12-17' } }] },
  { tool_calls: [{ name: 'reservar_hotel', args: { hotel_id: 'HT-LIS-0912', empleado: 'EMP-4471', entrada: '2026-12-14', salida: '2026-12-17' } }] },
  { content: 'Reserva confirmada: Hotel Avenida Palace (Baixa), 14–17 dic, 3 noches a 245 €/noche, total 735 €. Localizador RSV-7Q4K2M. Cancelación gratuita hasta 48 h antes.' },
] });
const reservas = await reactGraph({ model: reservasModel, tools: [buscarHoteles, reservarHotel], name: 'agente_reservas' });

// El encargo al subagente se arma con una plantilla fija: destino, fechas, empleado y motivo.
const delegar = tool(async (a) => {
  const out = await reservas.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas de hotel. Elige el hotel más conveniente para el viaje y resérvalo. Prioriza céntrico y cancelación flexible.'),
    new HumanMessage(`Encargo: hotel en ${a.destino} del ${a.entrada} al ${a.salida} para ${a.empleado}. Motivo: ${a.motivo}.`),
  ] });
  return out.messages[out.messages.length - 1].content;
}, { name: 'delegar_reserva', description: 'Encarga la reserva de hotel al agente de reservas.',
  schema: z.object({ destino: z.string(), entrada: z.string(), salida: z.string(), empleado: z.string(), motivo: z.string(),
    centro_coste: z.string().optional(), tope_noche_eur: z.number().optional(), notas: z.string().optional() }) });

const politica = tool(async ({ empleado }) => JSON.stringify({ empleado, categoria: 'B2', centro_coste: 'CC-209',
  tope_alojamiento_eur_noche: { 'Lisboa': 180, 'Madrid': 170, 'París': 230 }, requiere_aprobacion_si_supera: true }),
{ name: 'consultar_politica_viajes', description: 'Devuelve la política de viajes aplicable a un empleado.',
  schema: z.object({ empleado: z.string() }) });

const coordinador = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consultar_politica_viajes', args: { empleado: 'EMP-4471' } }] },
  { content: 'Según la política, el tope en Lisboa es 180 €/noche. Delego la reserva.', tool_calls: [{ name: 'delegar_reserva', args: {
    destino: 'Lisboa', entrada: '2026-12-14', salida: '2026-12-17', empleado: 'EMP-4471', motivo: 'auditoría filial Lisboa',
    centro_coste: 'CC-209', tope_noche_eur: 180, notas: 'no superar 180 €/noche; cerca de Av. da Liberdade si es posible' } }] },
  { content: 'Listo, Marta: tu hotel en Lisboa está reservado. Hotel Avenida Palace (Baixa), del 14 al 17 de diciembre, 3 noches a 245 €/noche (735 € en total), localizador RSV-7Q4K2M, con cancelación gratuita hasta 48 h antes. Se imputa al centro de coste CC-209.' },
] });
const app = await reactGraph({ model: coordinador, tools: [politica, delegar], name: 'coordinador_viajes' });

await t.turn({ userId: 'marta.quiroga@ibervolt.es' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de viajes de Ibervolt. Aplica siempre la política de viajes del empleado antes de reservar.'),
  new HumanMessage('Hola, necesito hotel en Lisboa del 14 al 17 de diciembre para la auditoría de la filial. Soy EMP-4471. Gracias.'),
] }, { metadata: { session_id: 'vj-20261203-EMP4471-a9f2' } }));
t.write(path.join(here, 'traces.jsonl'));
