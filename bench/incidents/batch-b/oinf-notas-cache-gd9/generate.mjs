// Tutor virtual de una universidad (LangGraph.js, modelo guionizado, sin red, OpenInference).
// Un mismo proceso atiende a dos estudiantes; la herramienta de calificaciones tiene una caché en
// memoria (TTL 10 min) y resuelve al estudiante desde la sesión autenticada.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('tutor-virtual-upv', { 'service.version': '2026.11.3' });

const registro = {
  'est-40219': { expediente: '40219', asignatura: 'MAT-202 Cálculo II', parcial_1: 6.8, parcial_2: 4.1, practicas: 7.5, nota_media: 5.9, estado: 'pendiente de recuperación (parcial 2)', recuperacion: '2027-01-19 09:00, aula 1G-04' },
  'est-40877': { expediente: '40877', asignatura: 'MAT-202 Cálculo II', parcial_1: 8.2, parcial_2: 7.4, practicas: 9.0, nota_media: 8.1, estado: 'aprobado por curso', recuperacion: null },
};
let sesionActual = null;
const cache = new Map(); // clave: código de asignatura
const notas = tool(async ({ asignatura }) => {
  if (cache.has(asignatura)) return cache.get(asignatura);
  const r = JSON.stringify(registro[sesionActual]);
  cache.set(asignatura, r);
  return r;
}, { name: 'consultar_calificaciones', description: 'Calificaciones del estudiante autenticado en una asignatura.',
  schema: z.object({ asignatura: z.string().describe('código, p. ej. MAT-202') }) });

const sistema = new SystemMessage('Eres el tutor virtual de la Escuela de Ingeniería. Responde solo con los datos de las herramientas y de forma breve.');

async function sesion({ usuario, hilo, pregunta, respuestas }) {
  sesionActual = usuario;
  const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: respuestas });
  const app = await reactGraph({ model, tools: [notas], name: 'tutor' });
  await t.turn({ userId: usuario }, () => app.invoke({ messages: [sistema, new HumanMessage(pregunta)] },
    { metadata: { thread_id: hilo, user_id: usuario }, configurable: { thread_id: hilo } }));
}

await sesion({ usuario: 'est-40219', hilo: 'tv-2026-12-04-a1f3', pregunta: '¿Cómo voy en Cálculo II (MAT-202)? ¿Tengo que ir a la recuperación?',
  respuestas: [
    { tool_calls: [{ name: 'consultar_calificaciones', args: { asignatura: 'MAT-202' } }] },
    { content: 'En MAT-202 tienes 6,8 en el primer parcial, 4,1 en el segundo y 7,5 en prácticas (media 5,9). Sí: tienes que recuperar el segundo parcial el 19 de enero de 2027 a las 9:00 en el aula 1G-04.' },
  ] });
await sesion({ usuario: 'est-40877', hilo: 'tv-2026-12-04-b7c0', pregunta: 'Hola, quería saber mis notas de MAT-202 y si me libro de la recuperación.',
  respuestas: [
    { tool_calls: [{ name: 'consultar_calificaciones', args: { asignatura: 'MAT-202' } }] },
    { content: 'Tus notas en MAT-202: primer parcial 6,8, segundo parcial 4,1 y prácticas 7,5 (media 5,9). No te libras: debes presentarte a la recuperación del segundo parcial el 19 de enero de 2027 a las 9:00, aula 1G-04.' },
  ] });
t.write(path.join(here, 'traces.jsonl'));
