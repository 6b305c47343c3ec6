// Aseguradora de salud: la búsqueda en las condiciones de la póliza no devuelve nada y el asistente
// responde con sesiones, copago y plazos concretos. OpenAI Agents SDK, modelo guionizado (sin red).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const obtenerPoliza = tool({
  name: 'obtener_poliza',
  description: 'Datos básicos de la póliza del asegurado (producto, estado, fecha de alta).',
  parameters: z.object({ asegurado_id: z.string() }),
  execute: async ({ asegurado_id }) => JSON.stringify({
    asegurado_id, poliza: 'SAL-PLUS-2291-0447', producto: 'Salud Plus Familiar', modalidad: 'cuadro médico con copago',
    estado: 'en vigor', fecha_alta: '2025-09-01', beneficiarios: 3,
  }),
});

const buscarCondiciones = tool({
  name: 'buscar_condiciones',
  description: 'Búsqueda semántica en las condiciones generales y particulares de la póliza (coberturas, límites, copagos, carencias).',
  parameters: z.object({ poliza: z.string(), consulta: z.string(), top_k: z.number().int() }),
  execute: async ({ consulta, top_k }) => JSON.stringify({ indice: 'condiciones-salud-v7', consulta, top_k, total: 0, resultados: [] }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'obtener_poliza', args: { asegurado_id: 'ES-7730215' } }] },
  { tool_calls: [{ name: 'buscar_condiciones', args: { poliza: 'SAL-PLUS-2291-0447', consulta: 'fisioterapia rehabilitación postquirúrgica rodilla número de sesiones copago', top_k: 5 } }] },
  { content: '¡Hola, Lucía! Buenas noticias: tu póliza Salud Plus Familiar cubre la fisioterapia tras la cirugía de menisco. '
    + 'Tienes hasta 20 sesiones por año y por patología, y el copago es de 8 € por sesión (así que, si haces las 20, pagarías 160 € en total). '
    + 'Al ser una rehabilitación postquirúrgica no se aplica el periodo de carencia de 6 meses. '
    + 'Solo necesitas la prescripción del traumatólogo y pedir la autorización previa en la app; suele tramitarse en 48-72 horas. '
    + '¡Que te recuperes pronto!' },
], { seed: 'seguro-fisio' });

const agent = new Agent({
  name: 'Asistente de clientes',
  instructions: 'Eres el asistente de atención al cliente de una aseguradora de salud. Responde sobre coberturas usando siempre los datos de la póliza '
    + 'y las condiciones recuperadas. Tutea al cliente y sé cercano.',
  model: m,
  tools: [obtenerPoliza, buscarCondiciones],
});

const runner = new Runner({ groupId: 'wa:34611223344:2026-01-13', workflowName: 'Atención cliente WhatsApp', traceMetadata: { user_id: 'ES-7730215', canal: 'whatsapp' } });
await runner.run(agent, 'Hola, soy Lucía Ferrer. Me operaron del menisco la semana pasada y el traumatólogo me ha mandado fisioterapia. '
  + '¿Cuántas sesiones me cubre el seguro y cuánto me toca pagar a mí?');

writeTrace(here, 'trace.jsonl');
