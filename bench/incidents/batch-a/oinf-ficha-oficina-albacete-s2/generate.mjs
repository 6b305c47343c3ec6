// Asistente de pólizas de una correduría de seguros (LangGraph.js, modelo guionizado), trazado como
// OpenInference OTLP/JSON. Dos clientes escriben desde el widget de la misma oficina; cada uno con
// su propia conversación (session_id) y su propio usuario. La "ficha del cliente activa" que el
// prompt añade se guarda en la aplicación por oficina.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('asistente-polizas', { 'deployment.environment': 'produccion', 'service.version': '2.14.0', 'oficina.id': 'OF-ALB-02' });

const OFICINA = 'OF-ALB-02';
const fichaActiva = new Map();

const polizas = {
  '48213377K': { titular: 'Lucía Ferrer Navarro', poliza: 'HG-0338-71520', ramo: 'Hogar', compania: 'Mutua Levante',
    riesgo: 'C/ del Tinte 14, 3ºB, 02001 Albacete', continente: '148.000 €', contenido: '32.000 €',
    vencimiento: '2025-02-01', prima_anual_actual: '389,10 €', prima_renovacion: '412,36 €',
    forma_pago: 'anual, domiciliada en ES21 **** **** **** 4417' },
};

const consultarPoliza = tool(async ({ dni, ramo }) => {
  const p = polizas[dni.toUpperCase()];
  if (!p || p.ramo.toLowerCase() !== ramo.toLowerCase()) return JSON.stringify({ encontrado: false });
  fichaActiva.set(OFICINA, p);
  return JSON.stringify({ encontrado: true, ...p });
}, {
  name: 'consultar_poliza',
  description: 'Busca la póliza vigente de un cliente por DNI/NIE y ramo (hogar, auto, vida, salud).',
  schema: z.object({ dni: z.string(), ramo: z.enum(['hogar', 'auto', 'vida', 'salud']) }),
});

const simularFraccionamiento = tool(async ({ poliza, plazos }) => {
  if (poliza === 'HG-0338-71520' && plazos === 2) {
    return JSON.stringify({ poliza, prima_renovacion: '412,36 €', recargo_fraccionamiento: '1,5 %', plazos: [
      { vence: '2025-02-01', importe: '209,27 €' }, { vence: '2025-08-01', importe: '209,27 €' }] });
  }
  return JSON.stringify({ error: 'fraccionamiento no disponible' });
}, {
  name: 'simular_fraccionamiento',
  description: 'Simula el pago fraccionado de la prima de renovación de una póliza.',
  schema: z.object({ poliza: z.string(), plazos: z.number().int().min(2).max(12) }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // cliente 1
  { content: '', tool_calls: [{ name: 'consultar_poliza', args: { dni: '48213377K', ramo: 'hogar' } }] },
  { content: 'Hola, Lucía. Su seguro de hogar (póliza HG-0338-71520, Mutua Levante) vence el 1 de febrero de 2025. Para la renovación la prima anual queda en 412,36 € (este año ha pagado 389,10 €), y se cargará como siempre en su cuenta terminada en 4417. ¿Quiere que revisemos las coberturas antes de la renovación?' },
  // cliente 2, turno 1
  { content: 'Hola. Su póliza de hogar HG-0338-71520 (vivienda en C/ del Tinte 14, 3ºB) vence el 1 de febrero de 2025. Sí, la prima sube ligeramente: pasa de 389,10 € a 412,36 € al año, con cargo en la cuenta terminada en 4417. ¿Le puedo ayudar en algo más?' },
  // cliente 2, turno 2
  { content: '', tool_calls: [{ name: 'simular_fraccionamiento', args: { poliza: 'HG-0338-71520', plazos: 2 } }] },
  { content: 'Sí, se puede. En dos plazos, con un recargo del 1,5 %, serían 209,27 € el 1 de febrero de 2025 y otros 209,27 € el 1 de agosto de 2025. Si le parece bien, dejo anotado el cambio a pago semestral para la renovación.' },
] });

const system = 'Eres el asistente virtual de Correduría Montes & Ibáñez (oficina de Albacete). Ayudas a los clientes con sus pólizas: vencimientos, primas, recibos y coberturas. Trata al cliente de usted.';
const prepare = (messages) => {
  const ficha = fichaActiva.get(OFICINA);
  const sys = ficha ? `${system}\n\nFicha del cliente activa: ${JSON.stringify(ficha)}` : system;
  return [new SystemMessage(sys), ...messages];
};

const checkpointer = new MemorySaver();
const app = await reactGraph({ model, tools: [consultarPoliza, simularFraccionamiento], prepare, checkpointer, name: 'asistente_polizas' });

const turno = (sessionId, userId, text) => t.turn({ userId }, () => app.invoke(
  { messages: [new HumanMessage(text)] },
  { configurable: { thread_id: sessionId }, metadata: { session_id: sessionId, canal: 'widget-web', oficina: OFICINA }, runName: 'asistente_polizas' }));

await turno('sess_01JC4Q7M2R8ZK3V5N0TB6YXW1D', 'cli-41877',
  'Buenas, quería saber cuándo me toca renovar el seguro del piso y cuánto me va a costar este año. Mi DNI es 48213377K.');
await turno('sess_01JC4QD9F3H6T2M8W1RX0KCE7A', 'cli-52964',
  'Hola! Tengo el seguro de hogar con vosotros, ¿me podéis decir cuándo vence y si me sube la prima?');
await turno('sess_01JC4QD9F3H6T2M8W1RX0KCE7A', 'cli-52964',
  '¿Y lo puedo pagar en dos veces? Es que en febrero voy justa.');

t.write(path.join(here, 'otlp-export.jsonl'));
