// Despacho de transporte (Valencia): el agente lee un albarán, pide cotización de flete y reserva
// el vehículo más barato. Modelo falso con guion, sin red. Escribe traces.jsonl junto a este fichero.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const consultarAlbaran = tool({
  name: 'consultar_albaran',
  description: 'Devuelve la cabecera de un albarán de salida del almacén (SGA).',
  parameters: z.object({ albaran: z.string() }),
  execute: async ({ albaran }) => JSON.stringify({
    albaran, cliente: 'Ferretería Industrial Ebro S.L.', almacen: 'VLC-Riba-roja',
    destino: 'Polígono PLAZA, Calle Bari 33, 50197 Zaragoza',
    bultos: 14, palets: 3, peso_bruto: '1.840,5 kg', volumen: '6,2 m³',
    fecha_carga: '2026-02-11', observaciones: 'Mercancía paletizada, no remontable',
  }),
});

const cotizarFlete = tool({
  name: 'cotizar_flete',
  description: 'Cotiza un servicio de transporte dedicado. peso_kg en kilogramos, volumen_m3 en metros cúbicos.',
  parameters: z.object({
    origen_cp: z.string(), destino_cp: z.string(), fecha: z.string(),
    peso_kg: z.number(), volumen_m3: z.number(), palets: z.number().int(),
  }),
  execute: async ({ peso_kg, volumen_m3, palets }) => {
    const opciones = [
      { codigo: 'FUR-35', vehiculo: 'Furgoneta 3,5 t', carga_util_kg: 1100, volumen_max_m3: 12, palets_max: 3, precio_eur: 186.0 },
      { codigo: 'RIG-75', vehiculo: 'Camión rígido 7,5 t', carga_util_kg: 3200, volumen_max_m3: 30, palets_max: 8, precio_eur: 342.5 },
      { codigo: 'RIG-12', vehiculo: 'Camión rígido 12 t', carga_util_kg: 5800, volumen_max_m3: 40, palets_max: 12, precio_eur: 468.0 },
    ].filter((o) => o.carga_util_kg >= peso_kg && o.volumen_max_m3 >= volumen_m3 && o.palets_max >= palets);
    return JSON.stringify({ cotizacion: 'COT-46A-1187', validez_horas: 24, opciones });
  },
});

const reservarVehiculo = tool({
  name: 'reservar_vehiculo',
  description: 'Reserva en firme un vehículo de una cotización vigente.',
  parameters: z.object({ cotizacion: z.string(), codigo: z.string(), albaran: z.string(), peso_kg: z.number(), fecha: z.string() }),
  execute: async ({ cotizacion, codigo, albaran, peso_kg, fecha }) => JSON.stringify({
    reserva: 'RSV-2026-003318', estado: 'CONFIRMADA', cotizacion, codigo, albaran, peso_declarado_kg: peso_kg,
    fecha, ventana_carga: '07:00-09:00', transportista: 'Trans. Turia Express', importe_eur: 186.0,
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consultar_albaran', args: { albaran: 'ALB-VLC-26-004571' } }] },
  { content: 'Tengo el albarán: 3 palets no remontables, 14 bultos, destino Zaragoza. Pido cotización para mañana.',
    tool_calls: [{ name: 'cotizar_flete', args: { origen_cp: '46190', destino_cp: '50197', fecha: '2026-02-11', peso_kg: 1.8405, volumen_m3: 6.2, palets: 3 } }] },
  { tool_calls: [{ name: 'reservar_vehiculo', args: { cotizacion: 'COT-46A-1187', codigo: 'FUR-35', albaran: 'ALB-VLC-26-004571', peso_kg: 1.8405, fecha: '2026-02-11' } }] },
  { content: 'Hecho. Reserva RSV-2026-003318 confirmada con Trans. Turia Express para el 11/02, ventana de carga 07:00-09:00 en Riba-roja: '
    + 'furgoneta 3,5 t (FUR-35) por 186,00 €, la opción más económica de la cotización COT-46A-1187 que admite los 3 palets y los 6,2 m³. '
    + 'Las otras opciones eran el rígido de 7,5 t (342,50 €) y el de 12 t (468,00 €).' },
], { seed: 'albaran-ya2' });

const agente = new Agent({
  name: 'Despacho',
  instructions: 'Eres el asistente de tráfico del almacén de Riba-roja. Para cada salida: consulta el albarán, cotiza el flete con sus datos y reserva la opción más barata que cumpla con la carga. Responde en español.',
  model: m, tools: [consultarAlbaran, cotizarFlete, reservarVehiculo],
});

const runner = new Runner({ groupId: 'desp-vlc/2026-02-10/0457', workflowName: 'Reserva de transporte', traceMetadata: { user_id: 'trafico.mgarcia' } });
await runner.run(agente, 'Mañana sale el ALB-VLC-26-004571 para Zaragoza. Cotiza y reserva lo más barato que sirva, que vamos justos de presupuesto este mes.');
writeTrace(here, 'traces.jsonl');
