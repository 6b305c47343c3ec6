// Spanish HR: an assistant reads an employee's clock-in overtime and files it to payroll.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'rrhh-asistente', seed: 'vercel-nomina-ne0', resource: { 'deployment.environment': 'prod-eu' } });
const ids = makeIds('vercel-nomina-ne0');

const consultarFichajes = tool({
  description: 'Devuelve el resumen de fichajes de un empleado para una semana ISO.',
  inputSchema: z.object({ empleado_id: z.string(), semana: z.string() }),
  execute: async ({ empleado_id, semana }) => ({ empleado_id, semana, jornada_pactada: '40:00', horas_trabajadas: '45:45', horas_extra: '5:45', formato: 'hh:mm', validado_por: 'sup.ortega' }),
});
const registrarHorasExtra = tool({
  description: 'Registra horas extraordinarias en la nómina del mes. horas: número decimal de horas.',
  inputSchema: z.object({ empleado_id: z.string(), periodo: z.string(), horas: z.number(), tarifa_hora_eur: z.number() }),
  execute: async ({ empleado_id, periodo, horas, tarifa_hora_eur }) => ({ apunte: 'NOM-2025-05-31877', empleado_id, periodo, horas, importe_eur: Math.round(horas * tarifa_hora_eur * 100) / 100, estado: 'registrado' }),
});

const model = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_' + ids('', 24), 'consultar_fichajes', { empleado_id: 'E-0042-MRT', semana: '2025-W19' }]] },
  { calls: [['call_' + ids('', 24), 'registrar_horas_extra', { empleado_id: 'E-0042-MRT', periodo: '2025-05', horas: 5.45, tarifa_hora_eur: 18.5 }]] },
  'Hecho, Marta: he registrado 5,45 horas extra de la semana 19 en la nómina de mayo (apunte NOM-2025-05-31877), por un importe de 100,83 €.',
] });

await tracer.startActiveSpan('chat.turn', { attributes: { 'gen_ai.conversation.id': 'conv-rrhh-6d2e0a91', 'enduser.id': 'E-0042-MRT' } }, async (span) => {
  await generateText({
    model,
    system: 'Eres el asistente de RR. HH. Registra las horas extra validadas en la nómina. Tarifa de horas extra del convenio: 18,50 €/h.',
    prompt: 'Hola, soy Marta (E-0042-MRT). ¿Me puedes pasar a nómina las horas extra de la semana 19? Ya me las validó mi supervisor.',
    tools: { consultar_fichajes: consultarFichajes, registrar_horas_extra: registrarHorasExtra },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'rrhh-nomina', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
