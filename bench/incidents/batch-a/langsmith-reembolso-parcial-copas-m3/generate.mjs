// Atención al cliente de una tienda online (español). Un agente de atención (LangGraph) deriva el caso al
// agente de reembolsos, otro grafo LangGraph que se ejecuta dentro de la herramienta de derivación y
// recibe solo el resumen que el agente de atención escribe en los argumentos.
import path from 'node:path';
import {
  ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, startClock, advance,
  HumanMessage, SystemMessage, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-11-04T16:12:47.000Z', 318);

const PEDIDO = {
  pedido: 'ES-4471-982', cliente: 'CLI-0082731', fecha: '2025-10-28', estado: 'entregado', entregado_el: '2025-11-03',
  lineas: [
    { linea: 1, sku: 'CRI-COPA-6X', descripcion: 'Juego de 6 copas de vino Cristal Rioja', cantidad: 1, importe: 34.9 },
    { linea: 2, sku: 'TXT-MANT-180', descripcion: 'Mantel de lino 180x140 gris perla', cantidad: 1, importe: 22.5 },
    { linea: 3, sku: 'CER-JARRA-1L', descripcion: 'Jarra de cerámica esmaltada 1 L', cantidad: 1, importe: 41.0 },
  ],
  envio: 0, total: 98.4, moneda: 'EUR', medio_pago: 'tarjeta ****4417',
};

const consultarPedido = (name) => tool(async ({ pedido }) => JSON.stringify({ ...PEDIDO, pedido }), {
  name, latency: [120, 380], description: 'Devuelve cabecera y líneas de un pedido.',
  schema: z.object({ pedido: z.string().describe('Número de pedido, p. ej. ES-1234-567') }),
});

const emitirReembolso = tool(async ({ pedido, importe, motivo }) => JSON.stringify({
  reembolso: 'RMB-25110-6613', pedido, importe, moneda: 'EUR', motivo, estado: 'emitido',
  destino: 'tarjeta ****4417', plazo_estimado: '3-5 días hábiles',
}), {
  name: 'emitir_reembolso', latency: [400, 900],
  description: 'Emite un reembolso a la tarjeta del pedido. importe en euros.',
  schema: z.object({ pedido: z.string(), importe: z.number(), motivo: z.string() }),
});

// ------------------------------------------------------------- agente de reembolsos (subgrafo)
const modeloReembolsos = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_R7yq2', name: 'consultar_pedido', args: { pedido: 'ES-4471-982' } }] },
  { tool_calls: [{ id: 'call_R7yq3', name: 'emitir_reembolso',
      args: { pedido: 'ES-4471-982', importe: 98.4, motivo: 'Producto llegó dañado' } }] },
  { content: 'Reembolso RMB-25110-6613 emitido: 98,40 € a la tarjeta ****4417 (pedido ES-4471-982). Plazo estimado 3-5 días hábiles.' },
] });
const agenteReembolsos = agentGraph({ model: modeloReembolsos, tools: [consultarPedido('consultar_pedido'), emitirReembolso],
  agentNode: 'agente_reembolsos', toolsNode: 'herramientas_reembolsos', name: 'reembolsos' });

const derivar = tool(async ({ pedido, motivo, resumen }, config) => {
  const out = await agenteReembolsos.invoke({ messages: [
    new SystemMessage('Eres el agente de reembolsos de Casa Alba. Gestionas reembolsos de pedidos entregados según la solicitud recibida. '
      + 'Comprueba el pedido antes de emitir el reembolso.'),
    new HumanMessage(`Pedido: ${pedido}\nMotivo: ${motivo}\nResumen del caso: ${resumen}`),
  ] }, { callbacks: config.callbacks, runName: 'reembolsos' });
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'derivar_a_reembolsos', latency: [30, 80],
  description: 'Deriva el caso al agente de reembolsos, que comprueba el pedido y emite el reembolso.',
  schema: z.object({ pedido: z.string(), motivo: z.string(), resumen: z.string().describe('Resumen del caso para el agente de reembolsos') }),
});

// ------------------------------------------------------------- agente de atención
const modeloAtencion = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_A1kd9', name: 'ver_pedido', args: { pedido: 'ES-4471-982' } }] },
  { content: 'Siento mucho lo de las copas, Lucía. Veo el pedido ES-4471-982 con tres artículos; el juego de 6 copas Cristal Rioja figura con 34,90 €. '
      + '¿Podrías confirmarme que quieres el reembolso solo de las copas y que te quedas el mantel y la jarra?' },
  { tool_calls: [{ id: 'call_A1kf4', name: 'derivar_a_reembolsos', args: {
      pedido: 'ES-4471-982', motivo: 'Producto llegó dañado',
      resumen: 'La clienta recibió el pedido con artículos rotos y solicita el reembolso. Ha enviado fotos por el chat. Pedido entregado el 03/11.' } }] },
  { content: 'Hecho, Lucía. Tu reembolso RMB-25110-6613 ya está emitido a la tarjeta ****4417; lo verás en 3-5 días hábiles. '
      + 'No hace falta que devuelvas nada. ¡Gracias por avisarnos y perdona las molestias!' },
] });
const agenteAtencion = agentGraph({ model: modeloAtencion, tools: [consultarPedido('ver_pedido'), derivar],
  agentNode: 'atencion_cliente', toolsNode: 'herramientas_atencion' });

const sessionId = 'conv_7f3a91c0e2';
const meta = { session_id: sessionId, user_id: 'CLI-0082731', canal: 'chat-web', tienda: 'casa-alba-es' };
const sistema = new SystemMessage('Eres el asistente de atención al cliente de Casa Alba (menaje y textil hogar). '
  + 'Resuelves incidencias de pedidos. Los reembolsos los gestiona el agente de reembolsos: derívaselos con toda la información necesaria.');
const h1 = new HumanMessage('Hola, me ha llegado hoy el pedido ES-4471-982 y el juego de copas venía con dos copas rotas (os he mandado fotos). '
  + 'Lo demás está perfecto. Quiero que me devolváis solo lo de las copas, 34,90 €, el mantel y la jarra me los quedo.');
const r1 = await traced(agenteAtencion, { messages: [sistema, h1] }, { project: 'casa-alba-soporte', metadata: meta });
advance(38_000, 95_000);
const h2 = new HumanMessage('Sí, exacto, solo las copas. Gracias.');
await traced(agenteAtencion, { messages: [...r1.messages, h2] }, { project: 'casa-alba-soporte', metadata: meta });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
