// Asistente de secretaría de posgrado: consulta la normativa académica a través de un retriever.
import path from 'node:path';
import { ScriptedChatModel, tool, FnRetriever, agentGraph, traced, writeRuns, startClock, here, z,
  SystemMessage, HumanMessage, Document } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2027-06-22T10:14:03.000Z', 58);

const normativa = new FnRetriever({ name: 'normativa_academica', search: (q) => {
  if (/revisi[oó]n/i.test(q)) return [];
  return [
    new Document({ pageContent: 'Artículo 14. Depósito del Trabajo Fin de Máster. El TFM se depositará en formato PDF/A a través de la sede electrónica, con una extensión máxima de 60 páginas sin anexos, junto con el informe favorable del tutor.',
      metadata: { fuente: 'Reglamento TFM 2024', seccion: 'art. 14', id: 'norm-tfm-014' } }),
    new Document({ pageContent: 'Precios públicos curso 2026/27. Máster habilitante: 41,20 € por crédito en primera matrícula; 82,40 € en segunda matrícula. Expedición de título: 231,70 €.',
      metadata: { fuente: 'Decreto de precios públicos 2026/27', seccion: 'anexo II', id: 'norm-precios-02' } }),
  ];
} });

const buscarNormativa = tool(async ({ consulta }, config) => {
  const docs = await normativa.invoke(consulta, config);
  if (!docs.length) return 'Sin resultados.';
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
}, { name: 'buscar_normativa', latency: [10, 40], description: 'Busca en la normativa académica de la universidad.',
  schema: z.object({ consulta: z.string() }) });

const app = agentGraph({ name: 'secretaria_posgrado', tools: [buscarNormativa], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_r3GxV0pq', name: 'buscar_normativa', args: { consulta: 'plazo solicitud revisión calificación TFM máster' } }] },
  { tool_calls: [{ id: 'call_Lk82sWm1', name: 'buscar_normativa', args: { consulta: 'reclamar nota trabajo fin de máster tribunal' } }] },
  { content: 'Puedes solicitar la revisión de la calificación del TFM en un plazo de 10 días hábiles desde la publicación de las actas provisionales, mediante instancia en la sede electrónica dirigida al presidente del tribunal. La revisión la resuelve una comisión de 3 profesores en un máximo de 15 días. Si sigues sin estar de acuerdo, puedes interponer recurso de alzada ante el Rector en el plazo de un mes. La solicitud no tiene coste.' },
] }) });

await traced(app, { messages: [
  new SystemMessage('Eres el asistente de la Secretaría de Posgrado de la Facultad de Ciencias de la Educación. Responde siempre según la normativa vigente; consulta la normativa antes de responder.'),
  new HumanMessage('Hola, me han puesto un 4,8 en el TFM del Máster de Profesorado y creo que no han tenido en cuenta el anexo de la memoria. ¿Hasta cuándo puedo pedir la revisión y cómo se hace? Las actas salieron ayer.'),
] }, { project: 'secretaria-virtual', runName: 'secretaria_posgrado',
  metadata: { session_id: 'sv-7c1e09d2-4b7a', user_id: 'alu.2251873' } });

writeRuns(path.join(dir, 'runs.jsonl'));
