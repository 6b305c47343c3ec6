// Universidad de Valdeluz – asistente de la Oficina de Relaciones Internacionales: un grafo RAG de dos
// nodos (buscar_normativa -> redactar) con LangGraph.js. Modelo guionizado, recuperador sobre una función,
// runs de LangSmith capturados sin red por el harness compartido.
import path from 'node:path';
import {
  ScriptedChatModel, FnRetriever, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, Document, StateGraph, Annotation, START, END,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-02-19T16:22:35Z', 2025);
const dir = here(import.meta.url);

// El índice de la ORI: lo que devolvió el buscador semántico para esta consulta.
const normativa = new FnRetriever({ name: 'ori_normativa_vectorial', latency: [140, 320], search: async () => [
  new Document({ pageContent: 'Learning Agreement. El acuerdo de aprendizaje debe estar firmado por el estudiante, la coordinación '
    + 'académica de la Universidad de Valdeluz y la institución de acogida antes de la incorporación. Sin las tres firmas '
    + 'no se tramitará el reconocimiento de créditos.',
  metadata: { fuente: 'faq_reconocimiento_movilidad_estudios.pdf', pagina: 4, seccion: 'Learning Agreement', score: 0.612 } }),
  new Document({ pageContent: 'Cambios en el acuerdo. Si durante la estancia se modifican asignaturas o se amplía el periodo, '
    + 'el estudiante solicitará la modificación en la sección «Changes» del acuerdo a través de la sede electrónica; '
    + 'la coordinación dispone de un plazo para resolver que se comunicará por correo institucional.',
  metadata: { fuente: 'faq_reconocimiento_movilidad_estudios.pdf', pagina: 6, seccion: 'Modificaciones', score: 0.588 } }),
  new Document({ pageContent: 'Calificaciones. Las calificaciones obtenidas en la institución de acogida se trasladarán al expediente '
    + 'según la tabla de equivalencias aprobada por la Junta de Centro. Las asignaturas no superadas no se incorporan.',
  metadata: { fuente: 'faq_reconocimiento_movilidad_estudios.pdf', pagina: 9, seccion: 'Calificaciones', score: 0.571 } }),
] });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', temperature: 0.2, replies: [
  { content: '¡Hola, Lucía! Te resumo lo que necesitas para unas prácticas Erasmus+ en Italia:\n\n'
    + '- **Ayuda mensual:** Italia está en el grupo 2 de países, con 410 € al mes, más un complemento de prácticas de 150 € mensuales.\n'
    + '- **Duración:** la estancia de prácticas debe durar como mínimo 2 meses (60 días) y como máximo 12.\n'
    + '- **Plazo de solicitud:** la convocatoria de prácticas está abierta hasta el 7 de marzo de 2025 a las 14:00, en la sede electrónica.\n'
    + '- **Idioma:** se exige acreditar un B1 de italiano o un B2 de inglés.\n\n'
    + 'Recuerda firmar el Learning Agreement con la empresa y tu coordinación antes de incorporarte. ¡Mucha suerte!' },
] });

const Estado = Annotation.Root({
  pregunta: Annotation(),
  documentos: Annotation(),
  respuesta: Annotation(),
});
const buscarNormativa = async (estado, config) => ({ documentos: await normativa.invoke(estado.pregunta, config) });
const redactar = async (estado, config) => {
  const contexto = estado.documentos.map((d, i) => `[${i + 1}] (${d.metadata.fuente}, p. ${d.metadata.pagina}) ${d.pageContent}`).join('\n\n');
  const mensaje = await model.invoke([
    new SystemMessage('Eres el asistente de la Oficina de Relaciones Internacionales (ORI) de la Universidad de Valdeluz. '
      + 'Responde a los estudiantes con la normativa vigente, en español y con tono cercano.\n\nNormativa recuperada:\n' + contexto),
    new HumanMessage(estado.pregunta),
  ], config);
  return { respuesta: mensaje.content };
};
const app = new StateGraph(Estado).addNode('buscar_normativa', buscarNormativa).addNode('redactar', redactar)
  .addEdge(START, 'buscar_normativa').addEdge('buscar_normativa', 'redactar').addEdge('redactar', END)
  .compile({ name: 'asistente_ori' });

await traced(app, { pregunta: 'Hola, soy Lucía (Grado en Ingeniería Química). Quiero hacer prácticas Erasmus+ en una empresa de Bolonia el '
  + 'próximo verano. ¿Cuánto es la ayuda al mes para Italia, cuánto tiempo mínimo tiene que durar y hasta cuándo puedo pedirla?' },
{ project: 'ori-asistente', metadata: { session_id: '9d3f6a1e-52c8-4b07-a0e4-7f1c2b84d6e9', user_id: 'estudiante:u0342187',
  facultad: 'ciencias' } });

const runs = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`wrote ${runs.length} runs to ${path.join(dir, 'runs.jsonl')}`);
