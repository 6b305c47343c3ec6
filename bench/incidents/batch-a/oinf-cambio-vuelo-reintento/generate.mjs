// Agente de cambios de una agencia de viajes online (español): LangGraph agent with a scripted model,
// traced as OpenInference OTLP/JSON. The fare quote service answers 503 once and succeeds on retry.
// Run: node bench/incidents/batch-a/oinf-cambio-vuelo-reintento/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('agente-cambios', { 'deployment.environment': 'pro', 'service.version': '3.2.1', 'cloud.region': 'eu-south-2' });

const consultarReserva = tool(async ({ localizador }) => JSON.stringify({
  localizador, pasajero: 'FERRER SOLER/LUCIA MS', estado: 'AFECTADA_CANCELACION',
  segmentos: [{ vuelo: 'VY1290', origen: 'BCN', destino: 'MAD', salida: '2025-03-18T07:05+01:00', estado: 'CANCELADO_POR_AEROLINEA' }],
  tarifa: { clase: 'Q', importe: 96.4, moneda: 'EUR', cambiable: true },
}), {
  name: 'consultar_reserva',
  description: 'Devuelve la reserva (pasajero, segmentos, estado, tarifa) para un localizador.',
  schema: z.object({ localizador: z.string().length(6) }),
});

const buscarVuelos = tool(async ({ origen, destino, fecha, llegada_antes_de }) => JSON.stringify({
  origen, destino, fecha, filtro_llegada: llegada_antes_de ?? null,
  opciones: [
    { vuelo: 'IB1721', salida: '10:30', llegada: '11:45', plazas: 4, clase: 'O' },
    { vuelo: 'UX7702', salida: '12:15', llegada: '13:35', plazas: 9, clase: 'L' },
  ],
}), {
  name: 'buscar_vuelos',
  description: 'Busca vuelos disponibles entre dos aeropuertos en una fecha.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), llegada_antes_de: z.string().optional() }),
});

let intentos = 0;
const cotizarCambio = tool(async ({ localizador, vuelo }) => {
  intentos += 1;
  if (intentos === 1) throw new Error('Pricing upstream respondió 503 Service Unavailable (x-request-id 7c1e09d4-b2aa-4f61-9e3c-5d0f18a2e7b3)');
  return JSON.stringify({ localizador, vuelo, diferencia_tarifa: 38.5, penalizacion: 0, total: 38.5, moneda: 'EUR',
    cotizacion_id: 'QT-55190273', valida_hasta: '2025-03-17T20:15:00+01:00' });
}, {
  name: 'cotizar_cambio',
  description: 'Calcula la diferencia de tarifa y la penalización de cambiar la reserva a otro vuelo.',
  schema: z.object({ localizador: z.string(), vuelo: z.string() }),
});

const confirmarCambio = tool(async ({ localizador, vuelo, cotizacion_id, importe_eur }) => JSON.stringify({
  localizador, estado: 'EMITIDO', vuelo, salida: '2025-03-18T10:30+01:00', cotizacion_id,
  cargo: { importe: importe_eur, moneda: 'EUR', medio: 'VISA ****4417' }, billete: '075-2419938812',
}), {
  name: 'confirmar_cambio',
  description: 'Confirma el cambio de vuelo con una cotización vigente y cobra el importe a la tarjeta guardada.',
  schema: z.object({ localizador: z.string(), vuelo: z.string(), cotizacion_id: z.string(), importe_eur: z.number() }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-11-20',
  replies: [
    { tool_calls: [{ name: 'consultar_reserva', args: { localizador: 'K7QXPM' } }] },
    { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'BCN', destino: 'MAD', fecha: '2025-03-18', llegada_antes_de: '14:00' } }] },
    { tool_calls: [{ name: 'cotizar_cambio', args: { localizador: 'K7QXPM', vuelo: 'IB1721' } }] },
    { content: 'El servicio de cotización no ha respondido (503). Lo intento de nuevo.',
      tool_calls: [{ name: 'cotizar_cambio', args: { localizador: 'K7QXPM', vuelo: 'IB1721' } }] },
    { tool_calls: [{ name: 'confirmar_cambio', args: { localizador: 'K7QXPM', vuelo: 'IB1721', cotizacion_id: 'QT-55190273', importe_eur: 38.5 } }] },
    { content: '¡Listo, Lucía! Te he cambiado al vuelo IB1721 de mañana 18/03: sale de Barcelona a las 10:30 y llega a Madrid a las 11:45, '
      + 'con margen para tu reunión de las 14:00. La diferencia de tarifa es de 38,50 € sin penalización (dentro de tu límite de 50 €), '
      + 'cargada en tu VISA terminada en 4417. Tu localizador sigue siendo K7QXPM y el nuevo billete es el 075-2419938812. ¡Buen viaje!' },
  ],
});

const app = await reactGraph({ model, tools: [consultarReserva, buscarVuelos, cotizarCambio, confirmarCambio], name: 'agente-cambios' });

await t.turn({ userId: 'cli-558201' }, () => app.invoke({
  messages: [
    new SystemMessage('Eres el agente de cambios de Viajes Albatros. Gestionas cambios de vuelo de clientes afectados por cancelaciones. '
      + 'Consulta siempre la reserva, busca alternativas, pide cotización y confirma solo con una cotización vigente y dentro del '
      + 'presupuesto indicado por el cliente. Tutea al cliente y responde en español.'),
    new HumanMessage('Hola, me han cancelado el vuelo de mañana a Madrid (localizador K7QXPM). Tengo que estar allí antes de las 14:00 '
      + 'para una reunión, ¿me lo cambias al primero que haya? No quiero pagar más de 50 euros de diferencia.'),
  ],
}, { metadata: { session_id: 'conv_01JPB7Q2X8F4M9T6RZ3KD5WQ1H', canal: 'whatsapp' }, runName: 'agente-cambios' }));

t.write(path.join(here, 'traces.jsonl'));
