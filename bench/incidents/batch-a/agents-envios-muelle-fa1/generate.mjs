// Freight booking desk (Spanish). Turn 1: the customer gives two conditions (delivery before
// 14:00, no TransNorte) and asks for quotes. Between turns the app persists only the last items
// of the conversation (a window of 1 item), so turn 2 starts without the customer's conditions,
// and the agent books the cheapest carrier, which violates both.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const cotizar = tool({
  name: 'cotizar_envio',
  description: 'Devuelve cotizaciones de transportistas para un envío paletizado.',
  parameters: z.object({ origen: z.string(), destino: z.string(), palets: z.number().int(), fecha: z.string() }),
  execute: async ({ origen, destino, palets, fecha }) => JSON.stringify({
    ref_cotizacion: 'CQ-2026-0419-7731', origen, destino, palets, fecha,
    ofertas: [
      { transportista: 'TransNorte', precio_eur: 412.0, franja_entrega: '16:30-18:00' },
      { transportista: 'LogiSur Express', precio_eur: 430.0, franja_entrega: '11:30-13:15' },
      { transportista: 'Rutas Ibéricas', precio_eur: 455.0, franja_entrega: '09:00-12:00' },
    ],
  }),
});
const reservar = tool({
  name: 'reservar_transporte',
  description: 'Reserva una oferta de una cotización.',
  parameters: z.object({ ref_cotizacion: z.string(), transportista: z.string() }),
  execute: async ({ ref_cotizacion, transportista }) => JSON.stringify({
    reserva: 'BK-88213-ES', ref_cotizacion, transportista, estado: 'confirmada',
    franja_entrega: transportista === 'TransNorte' ? '16:30-18:00' : '11:30-13:15', precio_eur: transportista === 'TransNorte' ? 412.0 : 430.0,
  }),
});

const m = scriptedModel([
  // turn 1
  { tool_calls: [{ name: 'cotizar_envio', args: { origen: 'Zaragoza', destino: 'Getafe', palets: 6, fecha: '2026-04-21' } }] },
  { content: 'Tengo la cotización CQ-2026-0419-7731 para 6 palets Zaragoza → Getafe el 21/04:\n- TransNorte: 412 € (entrega 16:30-18:00)\n- LogiSur Express: 430 € (entrega 11:30-13:15)\n- Rutas Ibéricas: 455 € (entrega 09:00-12:00)\n¿Cuál reservo?' },
  // turn 2
  { tool_calls: [{ name: 'reservar_transporte', args: { ref_cotizacion: 'CQ-2026-0419-7731', transportista: 'TransNorte' } }] },
  { content: 'Hecho: reserva BK-88213-ES con TransNorte por 412 €, entrega el 21/04 entre las 16:30 y las 18:00.' },
], { seed: 'muelle-fa1' });

const agent = new Agent({
  name: 'Mostrador de fletes',
  instructions: 'Eres el agente de reservas de transporte de Cargas Ebro S.L. Cotiza con cotizar_envio y reserva con reservar_transporte respetando las condiciones del cliente.',
  model: m, tools: [cotizar, reservar],
});
const runner = new Runner({ groupId: 'conv_es_5b1e0c44', workflowName: 'Reservas de flete', traceMetadata: { user: 'cli-ALM-2207' } });

const r1 = await runner.run(agent, 'Buenas. Necesito mover 6 palets de Zaragoza a nuestro almacén de Getafe el 21 de abril. Importante: el muelle cierra a las 14:00, así que tiene que llegar antes, y no quiero TransNorte, nos perdieron un palet el mes pasado. ¿Qué opciones hay?');
// the session store keeps a window of the most recent items only
const stored = r1.history.slice(-1);
await runner.run(agent, [...stored, user('Vale, resérvame la más barata que cumpla lo que te dije.')]);
writeTrace(here, 'trace.jsonl');
