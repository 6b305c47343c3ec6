// Hospital ward assistant (Spanish): a nurse asks to register a new medication schedule.
// LangGraph.js agent, scripted model, traced with OpenInference into OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('planta-medicina-interna-asistente', { 'deployment.environment': 'pre' });

const consultarVademecum = tool(async ({ principio_activo }) => JSON.stringify({
  principio_activo,
  presentaciones: [
    { cn: '652318', nombre: 'Levotiroxina sódica 75 microgramos comprimidos EFG', dosis_unitaria: '75 µg' },
    { cn: '652326', nombre: 'Levotiroxina sódica 100 microgramos comprimidos EFG', dosis_unitaria: '100 µg' },
  ],
  administracion: 'oral, en ayunas, 30 min antes del desayuno',
}), {
  name: 'consultar_vademecum',
  description: 'Consulta las presentaciones disponibles de un principio activo en la guía farmacoterapéutica del hospital.',
  schema: z.object({ principio_activo: z.string() }),
});

const registrarPauta = tool(async ({ historia, farmaco, dosis_mg, frecuencia_h, indicaciones }) => JSON.stringify({
  pauta_id: 'PM-2025-113907',
  historia,
  farmaco,
  dosis: `${dosis_mg} mg`,
  via: 'oral',
  frecuencia: `cada ${frecuencia_h} h`,
  indicaciones,
  estado: 'activa',
  primera_administracion: '2025-05-21T07:00:00+02:00',
}), {
  name: 'registrar_pauta',
  description: 'Registra una pauta de medicación en el plan terapéutico del paciente. La dosis se expresa en miligramos (mg).',
  schema: z.object({
    historia: z.string().describe('Número de historia clínica'),
    farmaco: z.string(),
    dosis_mg: z.number().describe('Dosis por toma en mg'),
    frecuencia_h: z.number().int(),
    indicaciones: z.string().optional(),
  }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'consultar_vademecum', args: { principio_activo: 'levotiroxina' } }] },
    { content: '', tool_calls: [{ name: 'registrar_pauta', args: {
      historia: 'HC-0048213', farmaco: 'levotiroxina sódica', dosis_mg: 75, frecuencia_h: 24,
      indicaciones: 'en ayunas, 30 min antes del desayuno' } }] },
    { content: 'Hecho. Pauta PM-2025-113907 activa para HC-0048213: levotiroxina sódica 75 mg vía oral cada 24 h, en ayunas 30 min antes del desayuno. Primera toma mañana a las 07:00.' },
  ],
});

const sys = new SystemMessage('Eres el asistente de enfermería de la planta de Medicina Interna. Registra pautas solo a petición del personal sanitario.');
const app = await reactGraph({ model, tools: [consultarVademecum, registrarPauta], prepare: (m) => [sys, ...m] });

const sessionId = 'mi-planta3-20250520-0914';
await t.turn({ userId: 'enf.lgarrido' }, () => app.invoke(
  { messages: [new HumanMessage('Paciente HC-0048213 (cama 312B): el endocrino deja pautada levotiroxina 75 mcg cada 24 h en ayunas. Regístrala en el plan, por favor.')] },
  { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'traces.jsonl'));
