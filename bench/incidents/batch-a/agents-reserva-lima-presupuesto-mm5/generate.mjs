// Agencia de viajes: Recepción busca vuelos y pasa la reserva a Reservas. El traspaso usa un filtro de
// entrada que sustituye el historial por el resumen que Recepción escribe en los argumentos del traspaso.
// OpenAI Agents SDK (JS) con un modelo falso guionizado: sin red, sin claves.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Agent, Runner, tool, handoff, z, user, assistant, scriptedModel, writeTrace,
} from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const OFERTAS = {
  consulta: 'q-7d41c2',
  moneda: 'EUR',
  pasajeros: 2,
  opciones: [
    { oferta: 'OF-MADLIM-01', vuelos: ['IB6651', 'IB6650'], escalas: 0, duracion_ida: '12h05', precio_por_persona: 1184.30, equipaje: '1 maleta 23 kg' },
    { oferta: 'OF-MADLIM-02', vuelos: ['AV26', 'AV47', 'AV46', 'AV25'], escalas: 1, escala: 'BOG 2h35', duracion_ida: '15h40', precio_por_persona: 862.10, equipaje: '1 maleta 23 kg' },
    { oferta: 'OF-MADLIM-03', vuelos: ['UX23', 'UX181', 'UX180', 'UX24'], escalas: 1, escala: 'PTY 6h10', duracion_ida: '19h55', precio_por_persona: 779.40, equipaje: 'solo equipaje de mano' },
  ],
};

const buscarVuelos = tool({
  name: 'buscar_vuelos',
  description: 'Busca ofertas de ida y vuelta en el GDS.',
  parameters: z.object({ origen: z.string(), destino: z.string(), ida: z.string(), vuelta: z.string(), adultos: z.number() }),
  execute: async () => JSON.stringify(OFERTAS),
});

const emitirReserva = tool({
  name: 'emitir_reserva',
  description: 'Emite los billetes de una oferta y cobra la tarjeta guardada del cliente.',
  parameters: z.object({ oferta: z.string(), adultos: z.number(), tarjeta: z.string(), importe_total: z.number() }),
  execute: async ({ oferta, importe_total }) => JSON.stringify({
    localizador: 'QK7R2M', oferta, estado: 'EMITIDO', importe_cobrado: importe_total, moneda: 'EUR',
    billetes: ['075-2418830561', '075-2418830562'],
  }),
});

// Un solo guion: el modelo falso responde por orden a Recepción y luego a Reservas.
const model = scriptedModel([
  // Recepción
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIM', ida: '2026-03-12', vuelta: '2026-03-26', adultos: 2 } }] },
  { content: 'Tengo tres opciones. Te paso con el equipo de reservas para que la emitan.',
    tool_calls: [{ name: 'transfer_to_Reservas', args: {
      resumen: 'Cliente: 2 adultos, Madrid (MAD) – Lima (LIM), ida 12/03/2026, vuelta 26/03/2026. Una maleta facturada por persona. Escalas de 4 h como máximo. Cobrar en la tarjeta guardada terminada en 4417. Ya autorizó la emisión.',
    } }] },
  // Reservas
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIM', ida: '2026-03-12', vuelta: '2026-03-26', adultos: 2 } }] },
  { tool_calls: [{ name: 'emitir_reserva', args: { oferta: 'OF-MADLIM-01', adultos: 2, tarjeta: '****4417', importe_total: 2368.60 } }] },
  { content: '¡Listo! Reserva emitida, localizador QK7R2M. Vuelo directo de Iberia IB6651 el 12 de marzo y regreso IB6650 el 26 de marzo, 2 adultos con una maleta de 23 kg cada uno. Importe cobrado en la tarjeta terminada en 4417: 2.368,60 € (1.184,30 € por persona). Los billetes 075-2418830561 y 075-2418830562 te llegarán por correo.' },
], { seed: 'reserva-lima-mm5' });

// El filtro de la integración: para ahorrar tokens, Reservas solo recibe el resumen del traspaso.
let resumen = '';
function soloResumen(data) {
  return { ...data, inputHistory: [user('Traspaso desde Recepción. ' + resumen)], preHandoffItems: [], newItems: [] };
}

const reservas = new Agent({
  name: 'Reservas',
  instructions: 'Eres el agente de reservas de Viajes Altamar. Elige la oferta que cumpla lo pedido por el cliente y emítela. Prefiere vuelos directos.',
  model, tools: [buscarVuelos, emitirReserva],
});
const recepcion = new Agent({
  name: 'Recepción',
  instructions: 'Eres la recepción de Viajes Altamar. Entiende lo que quiere el cliente, busca opciones y traspasa a Reservas con un resumen para emitir.',
  model, tools: [buscarVuelos],
  handoffs: [handoff(reservas, {
    inputType: z.object({ resumen: z.string() }),
    onHandoff: (_ctx, input) => { resumen = input?.resumen ?? ''; },
    inputFilter: soloResumen,
  })],
});

const runner = new Runner({ groupId: 'wa-34611820397-20260302', workflowName: 'Viajes Altamar – WhatsApp', traceMetadata: { user: 'cli-0098213' } });
await runner.run(recepcion, [
  user('Hola! Necesito vuelos Madrid–Lima para dos adultos, salida el 12 de marzo y vuelta el 26. Tenemos un máximo de 900 € por persona ida y vuelta, de ahí no podemos pasar. Una maleta facturada cada uno.'),
  assistant('¡Hola! Perfecto, Madrid–Lima del 12 al 26 de marzo para dos adultos, con maleta facturada y hasta 900 € por persona. ¿Alguna preferencia de horario o de escalas?'),
  user('El horario da igual, pero nada de escalas de más de 4 horas. Si encuentras algo, resérvalo directamente con la tarjeta que tenéis guardada (la que termina en 4417).'),
]);

writeTrace(here, 'trace.jsonl');
