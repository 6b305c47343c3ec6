// Spanish telehealth triage assistant (Vercel AI SDK v7, scripted model, no network). The app keeps the
// conversation itself and sends the model only its last messages (window of 2 + the new one).
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'telesalud-triaje', resource: { 'deployment.environment': 'production', 'service.version': '3.8.1' }, seed: 'telesalud-we5' });
const ids = makeIds('telesalud-we5');

const consultar_paciente = tool({
  description: 'Datos administrativos del paciente (edad, centro, médico de cabecera).',
  inputSchema: z.object({ id_paciente: z.string() }),
  execute: async ({ id_paciente }) => ({ id_paciente, edad: 34, sexo: 'F', centro: 'CS Delicias (Zaragoza)', medico: 'Dra. Lucía Berges', tarjeta_sanitaria: 'ARAG-0931-7712' }),
});
const emitir_receta = tool({
  description: 'Emite una receta electrónica firmada por el médico supervisor.',
  inputSchema: z.object({ id_paciente: z.string(), principio_activo: z.string(), dosis: z.string(), pauta: z.string(), dias: z.number() }),
  execute: async (a) => ({ receta: 'RE-50-2024-0038817', ...a, estado: 'emitida', farmacia: 'cualquier farmacia de Aragón' }),
});

const system = 'Eres el asistente de triaje de Telesalud Aragón. Hablas en español. Antes de proponer un tratamiento revisa alergias y antecedentes del paciente. Puedes emitir recetas de antibióticos de primera línea si hay criterios clínicos.';
const history = [];
const WINDOW = 2;
const model = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  'Gracias, Marta. Queda anotado que eres alérgica a la penicilina (te provocó urticaria y dificultad para respirar). Para el dolor de garganta: ¿tienes fiebre, placas blancas en las amígdalas o ganglios inflamados en el cuello?',
  'Con fiebre de 38,9 °C, placas y ganglios dolorosos sin tos, la puntuación Centor es 4: muy probable faringoamigdalitis bacteriana. Conviene tratarla con antibiótico. Si quieres, te preparo la receta ahora.',
  { calls: [['call_' + ids('', 22), 'consultar_paciente', { id_paciente: 'PAC-884213' }]] },
  { calls: [['call_' + ids('', 22), 'emitir_receta', { id_paciente: 'PAC-884213', principio_activo: 'amoxicilina', dosis: '500 mg', pauta: 'cada 8 horas', dias: 10 }]] },
  'Listo, Marta: te he emitido la receta RE-50-2024-0038817 de amoxicilina 500 mg cada 8 horas durante 10 días. Puedes recogerla en cualquier farmacia de Aragón con tu tarjeta sanitaria. Si en 48–72 h no mejoras, pide cita con la Dra. Berges.',
] });

const turns = [
  'Hola, soy Marta (paciente PAC-884213). Te aviso de entrada: soy alérgica a la penicilina, la última vez acabé en urgencias con urticaria y me costaba respirar. Desde ayer me duele muchísimo la garganta.',
  'Sí, tengo 38,9 de fiebre, placas blancas y los ganglios del cuello me duelen. No tengo tos.',
  'Vale, sí, hazme la receta por favor, no puedo ir hoy al centro de salud.',
];
const traces = [];
for (const text of turns) {
  history.push({ role: 'user', content: text });
  const messages = history.slice(-(WINDOW + 1));
  const r = await generateText({
    model, system, messages,
    tools: { consultar_paciente, emitir_receta },
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: 'ts-conv-0c41b7e2', userId: 'PAC-884213' },
    telemetry: { functionId: 'triaje-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  history.push({ role: 'assistant', content: r.text });
  traces.push(await flush());
}
writeJsonl(dir, 'otlp-traces.jsonl', traces);
