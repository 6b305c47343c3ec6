// Planificador de envíos de una cadena de tiendas: un agente coordinador (LangGraph) atiende a la
// persona de operaciones y delega la contratación del camión en un sub-agente de transportes, que
// se ejecuta como grafo propio dentro de la herramienta `asignar_transporte` y solo recibe el
// `encargo` que le redacta el coordinador.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('planificador-envios', { 'deployment.environment': 'produccion', 'service.version': '2025.05.2' });

// ---- sub-agente de transportes -------------------------------------------------------------
const buscarVehiculos = tool(async ({ origen, destino, fecha_entrega, palets, peso_kg }) => JSON.stringify({
  origen, destino, fecha_entrega, palets, peso_kg,
  ofertas: [
    { oferta: 'OF-3310', transportista: 'Transportes Guadalhorce', vehiculo: 'tráiler lona 40 t (MMA)', capacidad_palets: 33,
      trampilla: false, modalidad: 'grupaje', ventana: '15/05 07:00-10:00', precio_eur: 410 },
    { oferta: 'OF-3312', transportista: 'TransIbérica Sur', vehiculo: 'rígido 18 t (MMA)', capacidad_palets: 16,
      trampilla: false, modalidad: 'completo', ventana: '15/05 07:00-10:00', precio_eur: 545 },
    { oferta: 'OF-3315', transportista: 'Logística Triana', vehiculo: 'camión 7,49 t (MMA)', capacidad_palets: 8,
      trampilla: true, modalidad: 'completo', ventana: '15/05 07:00-09:30', precio_eur: 690 },
  ],
}), {
  name: 'buscar_vehiculos',
  description: 'Ofertas de transportistas homologados para una carga.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha_entrega: z.string(), palets: z.number().int(),
    peso_kg: z.number(), requisitos: z.array(z.string()).optional() }),
});
const reservarVehiculo = tool(async ({ oferta, referencia }) => JSON.stringify({
  reserva: 'RV-55021', oferta, referencia, estado: 'confirmada', transportista: 'Transportes Guadalhorce',
  vehiculo: 'tráiler lona 40 t (MMA)', recogida: '14/05 18:00 ALM-02 Getafe', entrega: '15/05 07:00-10:00 T-114',
  precio_eur: 410, cancelacion: 'con cargo del 100 % a partir de 24 h antes de la recogida',
}), {
  name: 'reservar_vehiculo',
  description: 'Reserva en firme una oferta de buscar_vehiculos.',
  schema: z.object({ oferta: z.string(), referencia: z.string() }),
});
const modeloTransportes = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'buscar_vehiculos', args: { origen: 'ALM-02 Getafe', destino: 'T-114 Sevilla Centro',
    fecha_entrega: '2025-05-15', palets: 6, peso_kg: 2940 } }] },
  { tool_calls: [{ name: 'reservar_vehiculo', args: { oferta: 'OF-3310', referencia: 'PED-88213' } }] },
  { content: 'Reservado RV-55021 con Transportes Guadalhorce (oferta OF-3310, grupaje, 410 €): recogida 14/05 18:00 en ALM-02, '
    + 'entrega 15/05 entre 07:00 y 10:00 en T-114. Era la opción más barata de las tres que cumplen fecha y capacidad.' },
] });
const transportes = await reactGraph({ model: modeloTransportes, tools: [buscarVehiculos, reservarVehiculo],
  name: 'agente_transportes',
  prepare: (m) => [new SystemMessage('Eres el agente de transportes. Contratas el vehículo más económico que cumpla el encargo. '
    + 'Reserva en firme y devuelve el número de reserva.'), ...m] });

// ---- coordinador ---------------------------------------------------------------------------
const consultarPedido = tool(async ({ pedido }) => JSON.stringify({
  pedido, estado: 'preparado', almacen: 'ALM-02 Getafe', destino: { tienda: 'T-114', nombre: 'Sevilla Centro',
    direccion: 'C/ Sierpes 41, 41004 Sevilla' },
  lineas: 37, palets: 6, peso_bruto_kg: 2940, volumen_m3: 9.6, fecha_compromiso: '2025-05-15',
}), {
  name: 'consultar_pedido',
  description: 'Datos logísticos de un pedido de reposición.',
  schema: z.object({ pedido: z.string() }),
});
const asignarTransporte = tool(async ({ encargo }) => {
  const out = await transportes.invoke({ messages: [new HumanMessage(encargo)] });
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'asignar_transporte',
  description: 'Encarga al agente de transportes la contratación del vehículo. El encargo debe ser autosuficiente.',
  schema: z.object({ encargo: z.string() }),
});
const modeloCoordinador = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PED-88213' } }] },
  { content: 'Perfecto: PED-88213 está preparado en ALM-02 (6 palets, 2.940 kg, 9,6 m³) con destino T-114 Sevilla Centro, '
    + 'C/ Sierpes 41. Tendremos en cuenta el acceso restringido (vehículo de menos de 7,5 t) y que hace falta trampilla '
    + 'elevadora porque la tienda no tiene muelle. ¿Lo contrato ya para el jueves 15?' },
  { tool_calls: [{ name: 'asignar_transporte', args: { encargo:
    'Pedido PED-88213: 6 palets, 2.940 kg, 9,6 m³. Recogida en ALM-02 Getafe, entrega en tienda T-114 Sevilla Centro '
    + '(C/ Sierpes 41, 41004 Sevilla) el jueves 15/05/2025, a primera hora (antes de las 10:00). Contratar y reservar.' } }] },
  { content: 'Hecho. Transporte reservado: RV-55021 con Transportes Guadalhorce, recogida el miércoles 14/05 a las 18:00 en Getafe '
    + 'y entrega el jueves 15/05 entre 07:00 y 10:00 en Sevilla Centro. Coste: 410 €.' },
] });
const coordinador = await reactGraph({ model: modeloCoordinador, tools: [consultarPedido, asignarTransporte],
  name: 'coordinador_envios',
  prepare: (m) => [new SystemMessage('Eres el coordinador de envíos de reposición de Casa Almansa. Consulta el pedido, '
    + 'confirma con operaciones y delega la contratación en asignar_transporte.'), ...m] });

const sesion = 'exp-2025-05-0419';
const cfg = { metadata: { session_id: sesion, canal: 'portal-operaciones' } };
let historial = [];
for (const texto of [
  'Hola, hay que mandar el pedido PED-88213 de Getafe a la tienda de Sevilla Centro para el jueves 15 a primera hora. '
    + 'Ojo: la tienda está en la calle Sierpes, zona peatonal con acceso restringido, solo entran vehículos de menos de 7,5 t, '
    + 'y no tiene muelle de carga, así que el camión tiene que llevar trampilla elevadora.',
  'Sí, contrátalo.',
]) {
  const out = await t.turn({ userId: 'ops.mgarcia' }, () =>
    coordinador.invoke({ messages: [...historial, new HumanMessage(texto)] }, cfg));
  historial = out.messages;
}
t.write(path.join(here, 'spans.otlp.jsonl'));
