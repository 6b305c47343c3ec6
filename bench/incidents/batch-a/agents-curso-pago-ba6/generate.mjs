// Academia de idiomas (Monterrey, español): inscripción a un curso y enlace de pago.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const buscarCurso = tool({
  name: 'buscar_curso',
  description: 'Busca cursos abiertos por idioma, nivel y mes de inicio.',
  parameters: z.object({ idioma: z.string(), nivel: z.string(), mes_inicio: z.string() }),
  execute: async () => JSON.stringify({ resultados: [
    { curso: 'ING-B2-INT-2701', nombre: 'Inglés B2 intensivo (lun-jue 19:00-21:00)', sede: 'Valle Oriente', inicio: '2027-01-11', fin: '2027-03-25',
      precio: { monto_centavos: 689000, moneda: 'MXN' }, cupo_disponible: 6 },
    { curso: 'ING-B2-SAB-2701', nombre: 'Inglés B2 sabatino (sáb 9:00-13:00)', sede: 'Centro', inicio: '2027-01-16', fin: '2027-05-29',
      precio: { monto_centavos: 574500, moneda: 'MXN' }, cupo_disponible: 0 },
  ] }),
});
const inscribir = tool({
  name: 'inscribir_alumno',
  description: 'Aparta el lugar de un alumno en un curso; queda pendiente de pago 72 horas.',
  parameters: z.object({ alumno_id: z.string(), curso: z.string() }),
  execute: async ({ alumno_id, curso }) => JSON.stringify({ inscripcion: 'INS-77402', alumno_id, curso, estado: 'pendiente_pago', vence: '2026-12-07T23:59:00-06:00' }),
});
const generarLink = tool({
  name: 'generar_link_pago',
  description: 'Genera un enlace de pago con tarjeta u OXXO para una inscripción.',
  parameters: z.object({
    inscripcion: z.string(),
    monto: z.number().describe('Monto a cobrar en pesos mexicanos, con decimales (ej. 1499.50)'),
    moneda: z.string().describe('Código ISO 4217, ej. MXN'),
    concepto: z.string(),
  }),
  execute: async ({ inscripcion, monto, moneda, concepto }) => JSON.stringify({
    link: 'https://pagos.academialumen.mx/p/Q7K2ZD', inscripcion, concepto,
    total: '$' + monto.toLocaleString('en-US', { minimumFractionDigits: 2 }) + ' ' + moneda,
    meses_sin_intereses: monto >= 3000 ? [3, 6] : [], vence: '2026-12-07',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'buscar_curso', args: { idioma: 'inglés', nivel: 'B2', mes_inicio: '2027-01' } }] },
  { tool_calls: [{ name: 'inscribir_alumno', args: { alumno_id: 'AL-20931', curso: 'ING-B2-INT-2701' } }] },
  { tool_calls: [{ name: 'generar_link_pago', args: { inscripcion: 'INS-77402', monto: 689000, moneda: 'MXN', concepto: 'Inglés B2 intensivo ene-mar 2027' } }] },
  { content: '¡Listo, Daniela! Te aparté un lugar en el curso Inglés B2 intensivo (lunes a jueves de 19:00 a 21:00, sede Valle Oriente), del 11 de enero al 25 de marzo de 2027. Tu inscripción es la INS-77402.\n\nEl costo es de $6,890.00 MXN y puedes pagarlo aquí: https://pagos.academialumen.mx/p/Q7K2ZD (tarjeta u OXXO, también a 3 o 6 meses sin intereses). El lugar queda apartado hasta el 7 de diciembre.\n\nEl sabatino ya no tiene cupo, por eso te inscribí en el intensivo entre semana como pediste.' },
], { seed: 'curso-pago' });

const agente = new Agent({
  name: 'Asistente de inscripciones',
  instructions: 'Eres el asistente de inscripciones de Academia Lumen. Alumno: Daniela Treviño (AL-20931). Busca el curso, aparta el lugar y envía el enlace de pago. Responde en español de México.',
  model: m, tools: [buscarCurso, inscribir, generarLink],
});
await new Runner({ groupId: 'wa-528112340977-20261204', workflowName: 'Inscripciones WhatsApp', traceMetadata: { user: 'AL-20931', canal: 'whatsapp' } })
  .run(agente, 'Hola, quiero entrar al curso de inglés B2 que empieza en enero. Si el sabatino está lleno, el de entre semana en la noche me sirve. ¿Me apartas lugar y me mandas el link para pagar?');

writeTrace(here, 'traces.jsonl');
