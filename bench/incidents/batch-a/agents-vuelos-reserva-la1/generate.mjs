// Agencia de viajes (español): el agente de atención pasa el caso a Reservas con un resumen;
// el filtro de la transferencia deja al agente de Reservas solo con ese resumen.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const perfilViajero = tool({
  name: 'consultar_perfil_viajero', description: 'Datos del perfil de un viajero por su localizador de cliente.',
  parameters: z.object({ cliente: z.string() }),
  execute: async ({ cliente }) => JSON.stringify({ cliente, nombre: 'Marisol Quispe Rojas', documento: 'PE-DNI 40718826', programa: 'Iberia Plus', socio: 'IB 88214377', preferencias: { asiento: 'pasillo' } }),
});
const buscarVuelos = tool({
  name: 'buscar_vuelos', description: 'Busca tarifas disponibles.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), pasajeros: z.number().int() }),
  execute: async () => JSON.stringify({ moneda: 'EUR', ofertas: [
    { oferta: 'OF-6A21', vuelo: 'IB6651', salida: '2026-03-14T23:55', tarifa: 'Basic', equipaje: 'solo mano', precio: 612.40 },
    { oferta: 'OF-6A22', vuelo: 'IB6651', salida: '2026-03-14T23:55', tarifa: 'Optima', equipaje: '1x23kg', precio: 874.90 },
    { oferta: 'OF-7F03', vuelo: 'LA2485', salida: '2026-03-14T13:10', tarifa: 'Plus', equipaje: '1x23kg', precio: 938.15 } ] }),
});
const reservar = tool({
  name: 'emitir_reserva', description: 'Emite la reserva y cobra la tarjeta del cliente.',
  parameters: z.object({ oferta: z.string(), cliente: z.string(), socio: z.string().nullable(), asistencia_prm: z.boolean(), importe_eur: z.number() }),
  execute: async ({ oferta, importe_eur, asistencia_prm }) => JSON.stringify({ localizador: 'QX7R2M', oferta, cobrado_eur: importe_eur, asistencia_prm, estado: 'EMITIDO' }),
});

const model = scriptedModel([
  // Atención
  { tool_calls: [{ name: 'consultar_perfil_viajero', args: { cliente: 'CLI-5530917' } }] },
  { tool_calls: [{ name: 'transfer_to_Reservas', args: { resumen: 'Clienta CLI-5530917 (Marisol Quispe Rojas) quiere volar Madrid–Lima el 14/03/2026, 1 pasajera. Socio Iberia Plus IB 88214377. Prefiere pasillo.' } }] },
  // Reservas
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIM', fecha: '2026-03-14', pasajeros: 1 } }] },
  { tool_calls: [{ name: 'emitir_reserva', args: { oferta: 'OF-6A22', cliente: 'CLI-5530917', socio: 'IB 88214377', asistencia_prm: false, importe_eur: 874.90 } }] },
  { content: 'Listo, Marisol. Tu vuelo IB6651 Madrid–Lima del 14 de marzo (salida 23:55) está emitido con localizador QX7R2M, tarifa Optima con una maleta de 23 kg, por 874,90 €. Hemos sumado tu número Iberia Plus IB 88214377. ¡Buen viaje!' },
], { seed: 'vuelos-reserva-la1' });

const reservas = new Agent({
  name: 'Reservas', instructions: 'Eres el agente de reservas. Busca vuelos y emite la reserva que mejor encaje con lo que pide la clienta.',
  model, tools: [buscarVuelos, reservar],
});
const aReservas = handoff(reservas, {
  inputType: z.object({ resumen: z.string() }),
  onHandoff: async () => {},
  // Reservas solo recibe el resumen de la transferencia, no la conversación completa.
  inputFilter: (data) => ({
    ...data,
    inputHistory: [],
    preHandoffItems: [],
    newItems: data.newItems.filter((i) => i.type === 'handoff_call_item' || i.type === 'handoff_output_item'),
  }),
});
const atencion = new Agent({
  name: 'Atencion', instructions: 'Atiendes a clientes de la agencia. Consulta el perfil y transfiere a Reservas con un resumen del caso.',
  model, tools: [perfilViajero], handoffs: [aReservas],
});
const runner = new Runner({ groupId: 'conv_ES_7c19a2e4', workflowName: 'Agencia Andes Viajes', traceMetadata: { user_id: 'CLI-5530917' } });
await runner.run(atencion, 'Hola, soy Marisol (cliente CLI-5530917). Necesito un vuelo Madrid–Lima para el 14 de marzo, solo yo. Mi presupuesto máximo son 650 €, me basta con equipaje de mano. Y por favor, necesito asistencia en silla de ruedas en el aeropuerto (PRM), no puedo caminar distancias largas.');
writeTrace(here, 'trace.jsonl');
