// Recepción virtual de una clínica dental por WhatsApp (OpenAI Agents SDK, modelo falso guionizado, sin red).
// El conector de WhatsApp guarda el historial por número de la sede, no por paciente, y se lo pasa
// tal cual a la siguiente conversación.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarCitas = tool({
  name: 'consultar_citas',
  description: 'Devuelve las próximas citas y el saldo pendiente de un paciente.',
  parameters: z.object({ nhc: z.string().describe('número de historia clínica') }),
  execute: async ({ nhc }) => JSON.stringify({
    nhc, citas: [{ fecha: '2026-02-14', hora: '10:30', profesional: 'Dr. Ruiz Almagro', tratamiento: 'endodoncia pieza 36 (2ª sesión)', gabinete: 3 }],
    saldo_pendiente_eur: 180.0, forma_pago_habitual: 'tarjeta',
  }),
});

const instructions = 'Eres la recepcionista virtual de Clínica Dental Albaicín (Granada). Identifica al paciente por su número de historia '
  + 'clínica antes de dar datos de citas o pagos. Responde en español, de forma breve y cordial.';

// Conversación 1: Marta Quesada (NHC 20931).
const m1 = scriptedModel([
  { tool_calls: [{ name: 'consultar_citas', args: { nhc: '20931' } }] },
  { content: 'Hola, Marta. Tu próxima cita es el sábado 14 de febrero a las 10:30 con el Dr. Ruiz Almagro (gabinete 3), '
      + 'para la segunda sesión de la endodoncia de la pieza 36. Tienes 180 € pendientes, que puedes abonar con tarjeta el mismo día.' },
], { seed: 'dental-a-ua1' });
const a1 = new Agent({ name: 'Recepcion', instructions, model: m1, tools: [consultarCitas] });
const r1 = await new Runner({ groupId: 'wa-34611223344', workflowName: 'Recepción WhatsApp', traceMetadata: { user_id: 'pac-20931' } })
  .run(a1, 'Hola, soy Marta Quesada, historia 20931. ¿Cuándo me toca la próxima cita y cuánto debo?');

// Conversación 2: otro paciente, otro número; el conector arrastra el historial anterior.
const m2 = scriptedModel([
  { content: 'Hola, Javier. Tu próxima cita es el sábado 14 de febrero a las 10:30 con el Dr. Ruiz Almagro, para continuar la endodoncia. '
      + 'Te quedan 180 € por pagar; si quieres, lo abonas con tarjeta ese mismo día en recepción.' },
], { seed: 'dental-b-ua1' });
const a2 = new Agent({ name: 'Recepcion', instructions, model: m2, tools: [consultarCitas] });
await new Runner({ groupId: 'wa-34699887766', workflowName: 'Recepción WhatsApp', traceMetadata: { user_id: 'pac-31877' } })
  .run(a2, [...r1.history, user('Buenas, soy Javier Morente. ¿Me recordáis qué día tenía la cita y lo que me falta por pagar? Gracias')]);

writeTrace(here, 'trace.jsonl');
