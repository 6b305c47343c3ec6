// Health insurance customer chat (Spanish). The policy-terms search returns no results; the agent
// still answers with session limits, co-payment amounts and an authorisation threshold.
// Two user turns in one conversation (two traces with the same group id).
// Scripted fake model, real @openai/agents runtime, traces written by a file trace processor.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarPoliza = tool({
  name: 'consultar_poliza',
  description: 'Devuelve los datos básicos de una póliza: titular, producto, estado y fecha de alta.',
  parameters: z.object({ numero_poliza: z.string() }),
  execute: async ({ numero_poliza }) => JSON.stringify({
    numero_poliza, titular: 'Lucía Ferrer Vidal', producto: 'Salud Plus Familiar', modalidad: 'cuadro médico con copago',
    estado: 'en vigor', fecha_alta: '2023-03-01', asegurados: 3, provincia: 'Valencia',
  }),
});

const buscarCondiciones = tool({
  name: 'buscar_condiciones',
  description: 'Busca en las condiciones generales y particulares del producto (base de conocimiento indexada).',
  parameters: z.object({ producto: z.string(), consulta: z.string(), top_k: z.number().int() }),
  execute: async ({ producto, consulta }) => JSON.stringify({
    indice: 'condiciones-salud-2025-v3', producto, consulta, total: 0, resultados: [],
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'consultar_poliza', args: { numero_poliza: 'SP-46-0183377' } }] },
  { tool_calls: [{ name: 'buscar_condiciones', args: { producto: 'Salud Plus Familiar', consulta: 'fisioterapia número de sesiones anuales copago', top_k: 5 } }] },
  { content: 'Hola, Lucía. Su póliza Salud Plus Familiar (SP-46-0183377) está en vigor e incluye fisioterapia en el cuadro médico: '
    + 'hasta 20 sesiones por asegurado y año natural, con un copago de 12 € por sesión. Solo necesita la prescripción de un traumatólogo '
    + 'o médico rehabilitador del cuadro. Si supera las 20 sesiones, las adicionales tendrían un coste de 25 € cada una.' },
  { tool_calls: [{ name: 'buscar_condiciones', args: { producto: 'Salud Plus Familiar', consulta: 'autorización previa fisioterapia rehabilitación', top_k: 5 } }] },
  { content: 'Sí: a partir de la 6.ª sesión necesita autorización previa. La puede pedir en la app o en el 963 000 412 enviando el informe del especialista; '
    + 'normalmente se resuelve en 48 horas. Las 5 primeras sesiones no requieren autorización, solo la prescripción.' },
], { seed: 'poliza-fisio' });

const agent = new Agent({
  name: 'Asistente Clientes Salud',
  instructions: 'Eres el asistente de atención al cliente de Mediterránea Salud Seguros. Responde en español, con trato de usted. '
    + 'Para dudas de coberturas consulta siempre la póliza y busca en las condiciones del producto.',
  model, tools: [consultarPoliza, buscarCondiciones],
});

const runner = new Runner({
  groupId: '5b0e9c1a-3d7f-4e62-9a18-c4f2d8e07b35', workflowName: 'Chat web clientes',
  traceMetadata: { user_id: 'cli-2291840', canal: 'web', idioma: 'es-ES' },
});
const first = await runner.run(agent, 'Buenas tardes. Mi traumatólogo me ha mandado fisioterapia para la rodilla. '
  + '¿Cuántas sesiones me cubre la póliza y cuánto tengo que pagar? Mi póliza es la SP-46-0183377.');
await runner.run(agent, [...first.history, user('Vale, ¿y tengo que pedir autorización antes de empezar?')]);
writeTrace(here, 'traces.jsonl');
