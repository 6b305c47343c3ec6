// Secretaría virtual de una universidad: un alumno de 1º pregunta por el reconocimiento de créditos
// de su ciclo formativo. Offline: las respuestas del modelo vienen de un guion.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarExpediente = tool({
  name: 'consultar_expediente',
  description: 'Devuelve los datos académicos del alumno (titulación, curso, plan, estudios previos).',
  parameters: z.object({ id_alumno: z.string() }),
  execute: async ({ id_alumno }) => JSON.stringify({
    id_alumno, nombre: 'Lucía Herrero Ballester', titulacion: 'Grado en Ingeniería Informática', plan: 'GII-2019',
    curso: 1, matricula: '2025/26', creditos_matriculados: 60,
    estudios_previos: [{ tipo: 'CFGS', titulo: 'Técnico Superior en Desarrollo de Aplicaciones Multiplataforma', centro: 'IES Lluís Simarro', anyo: 2025 }],
  }),
});

// Índice de normativa: la colección no tiene indexado el reglamento de reconocimiento de créditos.
const CORPUS = [
  { id: 'NA-0412#3', titulo: 'Reglamento de movilidad internacional de estudiantes', seccion: 'Art. 9. Reconocimiento de estancias',
    texto: 'Finalizada la estancia, el coordinador de intercambio elevará la propuesta de reconocimiento conforme al acuerdo de aprendizaje firmado antes de la partida.', score: 0.41 },
  { id: 'NA-0388#2', titulo: 'Normativa de actividades universitarias culturales, deportivas y de representación', seccion: 'Art. 4',
    texto: 'Por la participación en actividades universitarias culturales, deportivas, de representación estudiantil, solidarias y de cooperación se podrá obtener reconocimiento académico en créditos, de acuerdo con lo que establezca cada plan de estudios.', score: 0.38 },
];
const buscarNormativa = tool({
  name: 'buscar_normativa',
  description: 'Búsqueda semántica en la normativa académica vigente de la universidad.',
  parameters: z.object({ consulta: z.string(), coleccion: z.string(), k: z.number() }),
  execute: async ({ consulta, coleccion, k }) => {
    const hits = /plazo/i.test(consulta) ? [] : CORPUS.slice(0, k);
    return JSON.stringify({ coleccion, consulta, total: hits.length, resultados: hits });
  },
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_expediente', args: { id_alumno: 'alu-20231187' } }] },
  { tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'plazo solicitud reconocimiento de créditos ciclo formativo de grado superior', coleccion: 'normativa-academica-2025', k: 5 } }] },
  { tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'reconocimiento de créditos FP superior grado', coleccion: 'normativa-academica-2025', k: 5 } }] },
  { content: '¡Hola, Lucía! Como vienes del CFGS en Desarrollo de Aplicaciones Multiplataforma, puedes pedir el reconocimiento de créditos:\n\n- **Plazo:** del 1 de septiembre al 15 de octubre, a través de la sede electrónica (trámite «Reconocimiento y transferencia de créditos»).\n- **Máximo reconocible:** hasta 36 créditos ECTS, que es el 15 % de los 240 créditos del grado; en tu caso suelen reconocerse Programación I, Bases de Datos y Sistemas Operativos.\n- **Coste:** el estudio de la solicitud tiene una tasa de 27,54 € y los créditos reconocidos se abonan al 25 % del precio del crédito.\n\nTe recomiendo adjuntar el certificado académico del ciclo con las calificaciones.' },
], { seed: 'convalidacion-za3' });

const agent = new Agent({
  name: 'Secretaría virtual',
  instructions: 'Eres la secretaría virtual de la Escuela Técnica Superior de Ingeniería. Responde a los estudiantes sobre trámites académicos basándote en la normativa vigente y en su expediente.',
  model: m, tools: [consultarExpediente, buscarNormativa],
});

const runner = new Runner({ groupId: '3f9c2a7e-51d4-4b8e-9a0f-6c2e81d47b15', workflowName: 'Secretaría ETSE', traceMetadata: { user: 'alu-20231187' } });
const res = await runner.run(agent, 'Hola, vengo de un ciclo de FP superior (DAM) y ahora estoy en 1º de Ingeniería Informática. ¿Hasta cuándo puedo pedir el reconocimiento de créditos y cuántos créditos me pueden reconocer como máximo?');
console.log(res.finalOutput);
writeTrace(here, 'trace.jsonl');
