// Asistente de atención al cliente de una operadora móvil: un único proceso LangGraph atiende a
// varios clientes, cada uno con su conversación. La herramienta de consumo guarda en memoria del
// proceso la última respuesta del sistema de facturación por ciclo. Modelo guionizado, sin red.
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('asistente-lineas-movil', { 'deployment.environment': 'pro', 'host.name': 'cx-bot-7c9d4' });

const facturacion = {
  '+34622481907': { linea: '+34 622 481 907', titular: 'Marta Quiroga Ibáñez', tarifa: 'Ilimitada Plus 45',
    ciclo: '2025-05', datos_nacionales_gb: 12.4, itinerancia: [{ pais: 'Marruecos', zona: 'Zona 3', datos_gb: 1.8, importe_eur: 43.6 }],
    llamadas_min: 212, total_factura_eur: 88.6 },
  '+34655013288': { linea: '+34 655 013 288', titular: 'Iker Etxeberria Goñi', tarifa: 'Fibra+Móvil 20GB',
    ciclo: '2025-05', datos_nacionales_gb: 9.7, itinerancia: [], llamadas_min: 48, total_factura_eur: 32.9 },
};
const porCiclo = new Map(); // respuesta del sistema de facturación, por ciclo
const consumo = tool(async ({ linea, ciclo }) => {
  if (!porCiclo.has(ciclo)) porCiclo.set(ciclo, facturacion[linea.replace(/\s/g, '')]);
  return JSON.stringify(porCiclo.get(ciclo));
}, {
  name: 'consultar_consumo', description: 'Consumo y cargos de una línea en un ciclo de facturación.',
  schema: z.object({ linea: z.string().describe('E.164, p. ej. +34600000000'), ciclo: z.string().describe('AAAA-MM') }),
});
const roaming = tool(async ({ pais }) => JSON.stringify({ pais, zona: 'Zona 3', precio_mb_eur: 0.024, bono_disponible: 'Bono Viajero Z3 2GB/7 días 15 €' }), {
  name: 'tarifa_itinerancia', description: 'Precios de itinerancia fuera de la UE por país.',
  schema: z.object({ pais: z.string() }),
});

async function conversar({ session, user, pregunta, replies }) {
  const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies });
  const app = await reactGraph({ model, tools: [consumo, roaming], name: 'agente-lineas' });
  await t.turn({ userId: user }, () => app.invoke({ messages: [
    new SystemMessage('Eres el asistente de atención al cliente. Responde sobre el consumo y la factura de la línea del cliente identificado.'),
    new HumanMessage(pregunta)] }, { configurable: { thread_id: session }, metadata: { session_id: session } }));
}

await conversar({ session: 'wa-5f2e0b71', user: 'cli-00873415',
  pregunta: 'Hola, estuve en Tánger la semana pasada, ¿cuánto me van a cobrar de datos en la factura de mayo? Mi línea es el 622 481 907.',
  replies: [
    { tool_calls: [{ name: 'consultar_consumo', args: { linea: '+34622481907', ciclo: '2025-05' } }] },
    { tool_calls: [{ name: 'tarifa_itinerancia', args: { pais: 'Marruecos' } }] },
    { content: 'En el ciclo de mayo tu línea +34 622 481 907 tiene 1,8 GB de datos en itinerancia en Marruecos (Zona 3), que suponen 43,60 €. El total de la factura es de 88,60 €. Para tu próximo viaje te conviene el Bono Viajero Z3: 2 GB durante 7 días por 15 €.' },
  ] });

await conversar({ session: 'wa-9a41c7d3', user: 'cli-01194562',
  pregunta: 'Buenas, ¿me podéis decir qué he gastado este mes? Creo que me he pasado de datos. Línea 655 013 288.',
  replies: [
    { tool_calls: [{ name: 'consultar_consumo', args: { linea: '+34655013288', ciclo: '2025-05' } }] },
    { content: 'En el ciclo de mayo llevas 12,4 GB de datos nacionales y 212 minutos de llamadas. Además tienes 1,8 GB de itinerancia en Marruecos por 43,60 €, por lo que el total de la factura es de 88,60 €. Tu tarifa es Ilimitada Plus 45, así que los datos nacionales no tienen coste adicional; lo que encarece la factura es la itinerancia.' },
  ] });

t.write(path.join(here, 'traces.jsonl'));
