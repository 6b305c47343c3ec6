// Health-insurance assistant (es-ES): answers coverage questions from the policy knowledge base
// through a vector-store retriever wrapped as a tool. Traced with OpenInference, scripted model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('asistente-polizas', { 'deployment.environment': 'produccion' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const session = 'conv_01HZX4T9KQ2M8R7VYB3N6D0E5F';
const user = 'afiliado-ES-20931877';

// The index filter on the member's plan is applied by the store; for plan SJ-2024 it matches the
// dental chapters of another product line (what the store returns is what it returns).
const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Plan Sénior Plus (PSP-2019), cap. 7 Odontología: limpieza bucal anual incluida; empastes con franquicia de 18 €; ortodoncia excluida para mayores de 65 años.',
    metadata: { id: 'kb-psp2019-c07-s02', plan: 'PSP-2019', score: 0.41 } },
  { pageContent: 'Plan Sénior Plus (PSP-2019), cap. 7.4 Prótesis dentales: reembolso del 40 % con un límite de 600 € por año natural.',
    metadata: { id: 'kb-psp2019-c07-s04', plan: 'PSP-2019', score: 0.38 } },
] });
const buscarCondiciones = tool(async ({ consulta, plan }, config) => {
  const docs = await retriever.invoke(`${plan}: ${consulta}`, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n');
}, { name: 'buscar_condiciones_poliza', description: 'Busca en las condiciones generales y particulares del plan del afiliado.',
  schema: z.object({ consulta: z.string(), plan: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'buscar_condiciones_poliza', args: { consulta: 'fisioterapia rehabilitación tras cirugía de rodilla cobertura sesiones', plan: 'SJ-2024' } }] },
  { content: 'Sí, tu Plan Salud Joven cubre la fisioterapia tras la operación de rodilla: se reembolsa el 75 % de cada sesión, '
    + 'hasta 20 sesiones por año, siempre que la pida un traumatólogo del cuadro médico. Ten en cuenta el periodo de carencia de 3 meses '
    + 'desde el alta en la póliza; como llevas más tiempo, puedes empezar ya. Guarda las facturas y súbelas en la app en un plazo de 30 días.' },
] });
const app = await reactGraph({ model, tools: [buscarCondiciones], name: 'asistente_polizas',
  prepare: (m) => [new SystemMessage('Eres el asistente de atención al afiliado. Responde solo con lo que digan las condiciones de su póliza.'), ...m] });

await t.turn({ userId: user }, () => app.invoke({ messages: [new HumanMessage(
  'Hola, tengo el Plan Salud Joven (SJ-2024). Me operan del ligamento cruzado el mes que viene. ¿Me cubrís la fisioterapia después? ¿Cuántas sesiones?')] },
  { metadata: { session_id: session, user_id: user } }));

t.write(path.join(here, 'otlp-traces.jsonl'));
