// HR policy assistant (Spanish). The policy search returns only unrelated documents with low scores,
// the answer still quotes precise terms. Scripted fake model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const buscar = tool({
  name: 'buscar_normativa', description: 'Busca en la normativa interna de la empresa (búsqueda semántica).',
  parameters: z.object({ consulta: z.string(), coleccion: z.string(), k: z.number() }),
  execute: async ({ coleccion, k }) => JSON.stringify({ coleccion, k, resultados: [
    { id: 'POL-VIA-2023-04', titulo: 'Política de viajes y dietas', score: 0.21,
      fragmento: 'Las dietas por desplazamiento nacional con pernocta se abonarán según la tabla del anexo II. Los gastos de taxi requieren ticket.' },
    { id: 'POL-IT-2022-01', titulo: 'Uso de equipos informáticos', score: 0.19,
      fragmento: 'El portátil corporativo es de uso exclusivo profesional. La pérdida o robo debe comunicarse a soporte en 24 horas.' },
    { id: 'POL-PRL-2021-07', titulo: 'Prevención de riesgos: oficina', score: 0.17,
      fragmento: 'Las sillas y pantallas de oficina cumplen la norma UNE-EN 527. Consulte al servicio de prevención.' },
  ] }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'teletrabajo días por semana compensación gastos', coleccion: 'normativa-interna-es', k: 3 } }] },
  { content: 'Según la política de teletrabajo vigente puedes teletrabajar hasta 3 días por semana, siempre que lo solicites a tu responsable con 15 días de antelación. Además, la empresa abona una compensación de 35 € brutos al mes por gastos de conexión y suministros, que aparece en nómina como «plus teletrabajo».' },
], { seed: 'rrhh-ta6' });

const agent = new Agent({
  name: 'AsistenteRRHH', model: m, tools: [buscar],
  instructions: 'Eres el asistente de Recursos Humanos de Grupo Albéniz. Responde a las consultas de los empleados basándote en la normativa interna.',
});
await new Runner({ groupId: '6f0c2a9e-41d7-4b3a-9e58-2c7d10b4e913', workflowName: 'Portal del empleado', traceMetadata: { user: 'emp-20417' } })
  .run(agent, 'Hola, ¿cuántos días a la semana puedo teletrabajar y hay alguna compensación por los gastos de luz e internet?');

writeTrace(here, 'trace.jsonl');
