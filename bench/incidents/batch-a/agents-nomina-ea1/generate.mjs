// HR self-service bot in Slack (Spanish). Each Slack thread gets its own trace group, but the bot's
// conversation buffer is keyed by channel, so the second employee's run is fed the first
// employee's turns and tool result; the answer to the second employee uses the first one's balance.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const saldos = {
  'E-3391': { empleado: 'E-3391', nombre: 'Lucía Ferrer Alcaraz', centro: 'Valencia - Almacén Norte', vacaciones_generadas: 23, vacaciones_disfrutadas: 6, vacaciones_restantes: 17, caducan: '2026-03-31', permiso_en_curso: 'nacimiento y cuidado de menor, hasta 2026-02-09' },
  'E-5120': { empleado: 'E-5120', nombre: 'Jorge Sanz Prieto', centro: 'Madrid - Oficinas', vacaciones_generadas: 22, vacaciones_disfrutadas: 19, vacaciones_restantes: 3, caducan: '2026-01-31', permiso_en_curso: null },
};
const consultarSaldo = tool({
  name: 'consultar_saldo_ausencias', description: 'Devuelve el saldo de vacaciones y permisos de un empleado.',
  parameters: z.object({ empleado: z.string() }),
  execute: async ({ empleado }) => JSON.stringify(saldos[empleado] ?? { error: 'empleado no encontrado' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_saldo_ausencias', args: { empleado: 'E-3391' } }] },
  { content: 'Hola Lucía: te quedan 17 días de vacaciones (23 generados, 6 disfrutados). Como tu permiso por nacimiento termina el 9 de febrero de 2026, puedes enlazarlos justo después; caducan el 31 de marzo de 2026.' },
  { content: 'Hola Jorge: te quedan 17 días de vacaciones y caducan el 31 de marzo de 2026, así que tienes margen para pedir las dos semanas de enero. Si quieres, las enlazamos con el final de tu permiso el 9 de febrero.' },
], { seed: 'ea1-nomina' });

const agent = new Agent({
  name: 'AsistenteRRHH', model: m, tools: [consultarSaldo],
  instructions: 'Eres el asistente de Recursos Humanos. Responde sólo con datos del empleado que pregunta (su id viene en el mensaje).',
});
const canal = [];   // conversation buffer keyed by Slack channel C07RRHHCONS, not by thread or user
const r1 = await new Runner({ groupId: 'slack:T02HX9K:C07RRHHCONS:1731499006.112300', workflowName: 'RRHH Slack', traceMetadata: { user: 'E-3391' } })
  .run(agent, [...canal, user('[E-3391] ¿Cuántos días de vacaciones me quedan? Quiero juntarlos con el final del permiso.')]);
canal.push(...r1.history);
await new Runner({ groupId: 'slack:T02HX9K:C07RRHHCONS:1731502211.447100', workflowName: 'RRHH Slack', traceMetadata: { user: 'E-5120' } })
  .run(agent, [...canal, user('[E-5120] Buenas, ¿me da para pedir dos semanas en enero? ¿Cuántos días tengo?')]);
writeTrace(here, 'trace.jsonl');
