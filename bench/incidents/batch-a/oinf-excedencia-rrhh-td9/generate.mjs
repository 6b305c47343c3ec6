// HR assistant (Spanish). The policy search (vector store over the employee handbook) returns two
// chunks about paternity leave for a question about leave to care for a relative.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('portal-empleado-rrhh', { 'service.version': '2025.10.2' });
const SESSION = 'conv_6f1e0b2a-94d3-4c77-b1a8-0e5d3f9c2217';
const USER = 'emp.ES.104577';

const retriever = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Permiso por nacimiento y cuidado de menor: 16 semanas para cada progenitor, de las cuales las 6 primeras son obligatorias e ininterrumpidas tras el parto.', metadata: { id: 'manual-2024#s7.2', fuente: 'Manual del empleado 2024', seccion: '7.2' } },
  { pageContent: 'Las 10 semanas restantes del permiso por nacimiento podrán disfrutarse en periodos semanales hasta que el menor cumpla 12 meses, comunicándolo con 15 días de antelación.', metadata: { id: 'manual-2024#s7.3', fuente: 'Manual del empleado 2024', seccion: '7.3' } },
] });

const buscarPolitica = tool(async ({ consulta }) => {
  const docs = await retriever.invoke(consulta);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n');
}, { name: 'buscar_normativa', description: 'Busca en el manual del empleado y convenios.', schema: z.object({ consulta: z.string() }) });

const datosEmpleado = tool(async ({ id }) => JSON.stringify({ id, nombre: 'Lucía Ferrer Soler', antiguedad_anios: 6, centro: 'Valencia', convenio: 'Oficinas y despachos' }),
{ name: 'datos_empleado', description: 'Datos laborales del empleado.', schema: z.object({ id: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'datos_empleado', args: { id: USER } }] },
  { content: '', tool_calls: [{ name: 'buscar_normativa', args: { consulta: 'excedencia cuidado de familiar dependiente duración reserva de puesto' } }] },
  { content: 'Hola Lucía. Con tus 6 años de antigüedad puedes solicitar una excedencia para el cuidado de tu madre de hasta 2 años. Durante los primeros 18 meses la empresa te reserva tu mismo puesto de trabajo; a partir de ahí, la reserva es a un puesto del mismo grupo profesional. Además, el primer año computa como cotizado al 100 % a efectos de la Seguridad Social. Debes avisar a RRHH con 30 días de antelación mediante el formulario RH-14.' },
] });
const app = await reactGraph({ model, tools: [datosEmpleado, buscarPolitica] });
await t.turn({ userId: USER }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de RRHH. Responde solo con información de la normativa interna y de los datos del empleado.'),
  new HumanMessage('Mi madre necesita cuidados tras un ictus. ¿Cuánto tiempo de excedencia puedo pedir para cuidarla y me guardan el puesto?')] },
  { metadata: { session_id: SESSION } }));
t.write(path.join(here, 'spans.otlp.jsonl'));
