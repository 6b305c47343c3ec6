// HR leave assistant (Spanish). One employee, three turns on one LangGraph thread (MemorySaver). Before
// each model call the history is cut to the most recent messages to keep the prompt short.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-06-02T07:15:00.000Z', 12);

const SYSTEM = new SystemMessage('Eres el asistente de RR. HH. de Grupo Almenara Logística. Ayudas a la plantilla '
  + 'con vacaciones y permisos según el convenio. Calcula los días disponibles antes de registrar una solicitud.');

const saldo = tool(async ({ empleado }) => JSON.stringify({ empleado, ejercicio: 2025, derecho_anual: 23,
  unidad: 'días laborables', base: 'jornada completa', disfrutados_registrados: 0, pendientes_aprobacion: 0 }),
{ name: 'consultar_saldo_vacaciones', description: 'Saldo de vacaciones del ejercicio en el sistema de nómina.',
  schema: z.object({ empleado: z.string() }) });

const festivos = tool(async ({ provincia, mes }) => JSON.stringify({ provincia, mes,
  festivos: [{ fecha: '2025-08-15', nombre: 'Asunción de la Virgen', ambito: 'nacional' }] }),
{ name: 'festivos_calendario', description: 'Festivos oficiales de una provincia y mes.',
  schema: z.object({ provincia: z.string(), mes: z.string() }) });

const registrar = tool(async (a) => JSON.stringify({ ok: true, solicitud: 'SV-2025-004417', estado: 'pendiente_responsable', ...a }),
{ name: 'registrar_solicitud_vacaciones', description: 'Registra una solicitud de vacaciones.',
  schema: z.object({ empleado: z.string(), desde: z.string(), hasta: z.string(), dias_laborables: z.number() }) });

const prepare = (messages) => trimMessages(messages, { maxTokens: 6, tokenCounter: (ms) => ms.length,
  strategy: 'last', includeSystem: true, startOn: 'human' });

const model = new ScriptedChatModel({ provider: 'anthropic', model: 'claude-3-5-sonnet-20241022', replies: [
  // turno 1
  { tool_calls: [{ id: 'toolu_01HcX4uGm8RZs2VQbN7pJe3K', name: 'consultar_saldo_vacaciones', args: { empleado: 'E-004417' } }] },
  { content: 'He revisado tu saldo. El sistema muestra 23 días laborables, pero está calculado a jornada completa y sin los 4 días de febrero. '
    + 'Con tu jornada al 60 % te corresponden 23 × 0,6 ≈ 14 días; descontando los 4 ya disfrutados, te quedan **10 días laborables** en 2025.' },
  // turno 2
  { tool_calls: [{ id: 'toolu_01PaL9wd3FnKt6YbM0sVr2Hq', name: 'festivos_calendario', args: { provincia: 'Zaragoza', mes: '2025-08' } }] },
  { content: 'En agosto en Zaragoza solo hay un festivo: el viernes 15 de agosto (Asunción). Ese día no cuenta como vacaciones.' },
  // turno 3
  { tool_calls: [{ id: 'toolu_01Zr7EwQy5KdN3cTu8GbVa1M', name: 'consultar_saldo_vacaciones', args: { empleado: 'E-004417' } }] },
  { tool_calls: [{ id: 'toolu_01Jm2SoBv6XhR9fDq4WtLp8C', name: 'registrar_solicitud_vacaciones',
    args: { empleado: 'E-004417', desde: '2025-08-04', hasta: '2025-09-04', dias_laborables: 23 } }] },
  { content: '¡Listo! He registrado la solicitud SV-2025-004417: del 4 de agosto al 4 de septiembre, 23 días laborables '
    + '(el 15 de agosto es festivo y no se descuenta). Queda pendiente de la aprobación de tu responsable.' },
]});

const graph = agentGraph({ model, tools: [saldo, festivos, registrar], checkpointer: new MemorySaver(), prepare });
const cfg = { project: 'rrhh-asistente', metadata: { session_id: 'conv-E004417-20250602', user_id: 'E-004417' },
  configurable: { thread_id: 'conv-E004417-20250602' } };

await traced(graph, { messages: [SYSTEM, new HumanMessage('Hola, soy Lucía Ferrer (E-004417). Trabajo a jornada parcial, al 60 %, '
  + 'desde enero. Además en febrero ya me cogí 4 días que se tramitaron en papel y no salen en el sistema. ¿Cuántos días me quedan?')] }, cfg);
advance(minutes(3), minutes(5));
await traced(graph, { messages: [new HumanMessage('Vale. ¿Hay algún festivo en agosto aquí en Zaragoza?')] }, cfg);
advance(minutes(6), minutes(9));
await traced(graph, { messages: [new HumanMessage('Perfecto. Pues solicítame todos los días que me quedan a partir del lunes 4 de agosto, seguidos.')] }, cfg);

writeRuns(out);
