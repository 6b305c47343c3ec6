// Spanish household meal-planning assistant (Vercel AI SDK v7, legacy ai.* telemetry), two turns of one
// session on two days. Turn 1 stores the user's dietary restrictions through guardar_perfil; the app keeps
// them in a Set and persists the profile with JSON.stringify. Turn 2 starts without the chat history and
// reloads the profile through cargar_perfil, then places the weekly grocery order.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'despensa-asistente', resource: { 'deployment.environment': 'prod-eu' }, seed: 'alergias-menu-ge0' });
const ids = makeIds('alergias-menu-ge0');

const sessionId = 'hogar-2291:menu-semanal';
const userId = 'cli_55102';

// The app's profile store: one serialized string per household.
const kv = new Map();
kv.set(userId, JSON.stringify({ hogar: 'hogar-2291', personas: 2, restricciones: new Set(), version: 2 }));

const guardarPerfil = tool({
  description: 'Guarda restricciones alimentarias en el perfil del hogar.',
  inputSchema: z.object({ restricciones: z.array(z.string()) }),
  execute: async ({ restricciones }) => {
    const perfil = JSON.parse(kv.get(userId));
    const set = new Set(restricciones);
    const nuevo = { ...perfil, restricciones: set, version: perfil.version + 1 };
    kv.set(userId, JSON.stringify(nuevo));
    return { ok: true, version: nuevo.version, restricciones: [...set] };
  },
});

const cargarPerfil = tool({
  description: 'Carga el perfil del hogar (personas, restricciones alimentarias).',
  inputSchema: z.object({}),
  execute: async () => JSON.parse(kv.get(userId)),
});

const crearPedido = tool({
  description: 'Crea el pedido del supermercado con la lista de productos.',
  inputSchema: z.object({
    productos: z.array(z.object({ nombre: z.string(), cantidad: z.string() })),
    franja_entrega: z.string(),
  }),
  execute: async ({ productos, franja_entrega }) => ({
    pedido: 'SM-26-0412-88731', estado: 'confirmado', lineas: productos.length, franja_entrega, total_eur: 71.38,
  }),
});

const system = 'Eres el asistente de compras y menús de Despensa. Respeta siempre las restricciones alimentarias del perfil del hogar. Responde en español.';
const telemetry = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });
const lines = [];

// Turn 1 (Thursday): the user states the restrictions.
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_pf01', 'guardarPerfil', { restricciones: ['sin gluten (celiaquía)', 'sésamo (alergia)'] }]] },
    'Anotado en tu perfil: sin gluten por celiaquía y nada de sésamo. Para el viernes te propongo: merluza al horno con patatas y pimientos, o unas tortitas de maíz con pollo, aguacate y tomate. ¿Te preparo también el menú de toda la semana?',
  ] }),
  system,
  prompt: 'Hola, soy celíaca y además tengo alergia al sésamo (me da reacción fuerte). Apúntalo en el perfil y dame ideas de cena para el viernes.',
  tools: { guardarPerfil },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('menu-chat'),
});
lines.push(await flush());

// Turn 2 (Saturday): new request, the app sends no chat history, only the tools.
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_pf02', 'cargarPerfil', {}]] },
    { calls: [['call_pd01', 'crearPedido', {
      productos: [
        { nombre: 'Pan de molde de trigo integral', cantidad: '1 ud' },
        { nombre: 'Hummus clásico con tahini', cantidad: '2 tarrinas' },
        { nombre: 'Espaguetis de trigo duro', cantidad: '500 g' },
        { nombre: 'Pechuga de pollo', cantidad: '800 g' },
        { nombre: 'Semillas de sésamo tostado', cantidad: '1 bolsa' },
        { nombre: 'Tomates, pimientos, aguacates', cantidad: 'surtido' },
      ],
      franja_entrega: 'domingo 10:00-12:00',
    }]] },
    'Pedido SM-26-0412-88731 confirmado para el domingo de 10:00 a 12:00 (71,38 €). Tu perfil no tiene restricciones, así que he incluido pasta, pan integral y hummus para los almuerzos, y sésamo tostado para el pollo al estilo teriyaki del miércoles.',
  ] }),
  system,
  prompt: 'Hazme el pedido del súper para el menú de la semana que viene, somos 2. Entrega el domingo por la mañana.',
  tools: { cargarPerfil, crearPedido },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('pedido-semanal'),
});
lines.push(await flush());

writeJsonl(out, 'traces.jsonl', lines);
