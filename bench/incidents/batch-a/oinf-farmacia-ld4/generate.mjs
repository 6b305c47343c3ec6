// Pharmacy counter assistant (Spanish): a LangGraph tool loop with a MemorySaver checkpointer,
// traced with OpenInference. The tablet at counter 2 uses the counter as its thread id.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('farmacia-mostrador', { 'deployment.environment': 'tienda-0417' });

const recetas = {
  '48213977K': { paciente: 'Lucía Ferrándiz Roig', receta: 'RE-2025-7731904', medicamento: 'Sertralina 50 mg comprimidos (30)',
    estado: 'preparada', aportacion_usuario: 2.64, prescriptor: 'Dra. M. Soler (C.S. Benimaclet)' },
  '20561348T': { paciente: 'Andrés Molina Garcés', receta: 'RE-2025-7732011', medicamento: 'Omeprazol 20 mg cápsulas (28)',
    estado: 'pendiente de validación', aportacion_usuario: 1.05, prescriptor: 'Dr. J. Pons (C.S. Trafalgar)' },
};
const consultarReceta = tool(async ({ dni }) => JSON.stringify(recetas[dni] ?? { error: 'sin recetas activas' }),
  { name: 'consultar_receta_electronica', description: 'Consulta las recetas electrónicas activas de un paciente por DNI/NIE.',
    schema: z.object({ dni: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'consultar_receta_electronica', args: { dni: '48213977K' } }] },
  { content: 'Sí, Lucía: su receta RE-2025-7731904 de Sertralina 50 mg (30 comprimidos) ya está preparada. La aportación es de 2,64 €. Puede recogerla en el mostrador 2.' },
  { content: 'Sí, ya está lista: es la Sertralina 50 mg, 30 comprimidos, receta RE-2025-7731904, pautada por la Dra. Soler. Tiene que abonar 2,64 €. Puede pasar a recogerla al mostrador 2.' },
] });

const app = await reactGraph({ model, tools: [consultarReceta], name: 'asistente_mostrador', checkpointer: new MemorySaver() });
const sys = new SystemMessage('Eres el asistente del mostrador de la Farmacia Albors (Valencia). Identifica al paciente por DNI/NIE antes de dar información de sus recetas. Responde en español.');
const cfg = { configurable: { thread_id: 'mostrador-02' }, metadata: { session_id: 'mostrador-02', tienda: '0417' } };

await t.turn({ userId: 'pac-48213977K' }, () => app.invoke(
  { messages: [sys, new HumanMessage('Hola, vengo a por mi receta. Mi DNI es 48213977K.')] }, cfg));
await t.turn({ userId: 'pac-20561348T' }, () => app.invoke(
  { messages: [new HumanMessage('Buenas, soy Andrés Molina, DNI 20561348T. ¿Está ya lista mi receta?')] }, cfg));
t.write(path.join(here, 'traces.jsonl'));
