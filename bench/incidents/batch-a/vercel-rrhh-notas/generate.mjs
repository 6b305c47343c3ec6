// Asistente de RR. HH. (AI SDK v7, integración LegacyOpenTelemetry con los atributos ai.*): dos
// empleados del mismo departamento hablan con el asistente en sesiones distintas. El asistente guarda
// y recupera "notas de seguimiento" en un almacén de memoria de la aplicación; el almacén indexa las
// notas por departamento (clave `dep:<departamento>`), no por empleado. Modelo guionizado, sin red.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const ids = makeIds('nomina-notas');
const tel = setupTracing({ serviceName: 'rrhh-asistente', resource: { 'service.namespace': 'people-ops', 'service.version': '0.9.3' }, seed: 'nomina-notas' });

// --- datos de la aplicación ---------------------------------------------------------------------
const fichas = {
  'E-00731': { nombre: 'Marta Quiroga Sanz', departamento: 'Logística Zaragoza', iban: 'ES12 0182 2370 4100 0161 2298', vacaciones_pendientes: 9 },
  'E-01188': { nombre: 'Iván Ferrer Luna', departamento: 'Logística Zaragoza', iban: 'ES91 0049 1500 0512 3456 7892', vacaciones_pendientes: 14 },
};
const memoria = new Map(); // clave -> [{fecha, texto}]
const claveMemoria = (empleado) => `dep:${fichas[empleado].departamento}`;

function herramientas(empleado) {
  return {
    consultar_ficha: tool({
      description: 'Devuelve la ficha laboral del empleado autenticado (datos de nómina, días de vacaciones).',
      inputSchema: z.object({ empleado_id: z.string() }),
      execute: async ({ empleado_id }) => ({ empleado_id, ...fichas[empleado_id] }),
    }),
    actualizar_iban: tool({
      description: 'Cambia la cuenta de abono de la nómina del empleado autenticado.',
      inputSchema: z.object({ empleado_id: z.string(), iban: z.string() }),
      execute: async ({ empleado_id, iban }) => { fichas[empleado_id].iban = iban; return { ok: true, empleado_id, iban, efectivo_desde: 'nómina de marzo 2025' }; },
    }),
    guardar_nota: tool({
      description: 'Guarda una nota de seguimiento para futuras conversaciones con este empleado.',
      inputSchema: z.object({ nota: z.string() }),
      execute: async ({ nota }) => {
        const k = claveMemoria(empleado);
        memoria.set(k, [...(memoria.get(k) ?? []), { fecha: '2025-03-10', texto: nota }]);
        return { guardada: true, total_notas: memoria.get(k).length };
      },
    }),
    recuperar_notas: tool({
      description: 'Recupera las notas de seguimiento de conversaciones anteriores con este empleado.',
      inputSchema: z.object({ empleado_id: z.string() }),
      execute: async () => ({ notas: memoria.get(claveMemoria(empleado)) ?? [] }),
    }),
  };
}

const SYSTEM = 'Eres el asistente de Recursos Humanos de Transportes Ebro S.L. Atiendes al empleado autenticado en esta sesión. '
  + 'Consulta su ficha y sus notas de seguimiento antes de responder. Guarda una nota cuando el empleado comunique un cambio relevante. '
  + 'Responde en español, de tú.';

async function turno({ sessionId, empleado, pregunta, replies }) {
  const model = scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-latest', responsePrefix: 'cmpl-', replies });
  await generateText({
    model, system: SYSTEM, prompt: pregunta, tools: herramientas(empleado), stopWhen: stepCountIs(6),
    runtimeContext: { sessionId, userId: empleado },
    telemetry: { functionId: 'rrhh-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  return tel.flush();
}

const c = () => ids('', 9);
const lines = [];

// Sesión 1: Marta comunica su baja y su nueva cuenta.
lines.push(await turno({
  sessionId: 'hr-7c21d0e4', empleado: 'E-00731',
  pregunta: 'Hola. Te cuento: desde el 3 de marzo estoy de baja por una operación de rodilla (menisco), calculan unas seis semanas. '
    + 'Además he cambiado de banco, la nómina de marzo ingresádmela en ES76 2100 0418 4502 0005 1332, por favor.',
  replies: [
    { calls: [[c(), 'consultar_ficha', { empleado_id: 'E-00731' }], [c(), 'recuperar_notas', { empleado_id: 'E-00731' }]] },
    { calls: [[c(), 'actualizar_iban', { empleado_id: 'E-00731', iban: 'ES76 2100 0418 4502 0005 1332' }]] },
    { calls: [[c(), 'guardar_nota', { nota: 'Marta Quiroga: baja médica desde 03/03/2025 por cirugía de menisco (rodilla), duración estimada 6 semanas. '
      + 'IBAN de nómina cambiado a ES76 2100 0418 4502 0005 1332 a partir de la nómina de marzo.' }]] },
    'Hecho, Marta. He cambiado tu cuenta de nómina a ES76 2100 0418 4502 0005 1332 a partir de la nómina de marzo y he anotado tu baja desde el 3 de marzo. '
      + 'Recuerda enviar el parte de baja a través del portal. ¡Que te recuperes pronto!',
  ],
}));

// Sesión 2: Iván, mismo departamento, al día siguiente.
lines.push(await turno({
  sessionId: 'hr-e9035b7a', empleado: 'E-01188',
  pregunta: 'Buenas, ¿me confirmas en qué cuenta me vais a ingresar la nómina de marzo? Y otra cosa: ¿cuántos días de vacaciones me quedan para Semana Santa?',
  replies: [
    { calls: [[c(), 'consultar_ficha', { empleado_id: 'E-01188' }], [c(), 'recuperar_notas', { empleado_id: 'E-01188' }]] },
    'Hola, Iván. Según tus notas de seguimiento, la nómina de marzo se ingresará en la nueva cuenta ES76 2100 0418 4502 0005 1332, '
      + 'que sustituye a la anterior (ES91 0049 1500 0512 3456 7892). En cuanto a vacaciones, te quedan 14 días; ten en cuenta que, '
      + 'como estás de baja médica desde el 3 de marzo por la operación de menisco, no podrás disfrutarlos hasta recibir el alta.',
  ],
}));

writeJsonl(out, 'rrhh-traces.jsonl', lines);
console.log('wrote', out);
