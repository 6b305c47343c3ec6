// Banca online (España): a customer who has paid off her mortgage asks for the zero-balance
// certificate and the registry cancellation. LangGraph.js tool loop (MemorySaver, one thread per
// conversation) traced with OpenInference; scripted chat model, no network. The loans core is in a
// maintenance window on the first call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { MemorySaver } = await load('@langchain/langgraph');
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('banca-asistente-hipotecas', { 'service.version': '3.11.4', 'deployment.environment': 'pro' });

const enviarOtp = tool(async ({ canal }) => JSON.stringify({ enviado: true, canal, destino: '+34 6** *** *21', caduca_en_s: 300 }),
  { name: 'enviar_otp', description: 'Envía un código de un solo uso al cliente para firmar la operación.',
    schema: z.object({ canal: z.enum(['sms', 'app']) }) });
const verificarOtp = tool(async ({ codigo }) => JSON.stringify({ valido: codigo === '483920', cliente: 'CLI-00739215', nivel: 'firma_reforzada' }),
  { name: 'verificar_otp', description: 'Comprueba el código de un solo uso.', schema: z.object({ codigo: z.string() }) });

let intentos = 0;
const consultarPrestamo = tool(async ({ contrato }) => {
  if (intentos++ === 0) throw new Error('503 Service Unavailable: core-prestamos en ventana de mantenimiento (retry-after: 20s)');
  return JSON.stringify({ contrato, producto: 'Hipoteca Tipo Fijo 25 años', estado: 'AMORTIZADO', capital_inicial_eur: 168000.0,
    saldo_pendiente_eur: 0.0, intereses_devengados_eur: 0.0, cuotas_impagadas: 0, fecha_ultima_cuota: '2025-05-05',
    importe_ultima_cuota_eur: 612.44, amortizacion: 'a vencimiento',
    garantia: { tipo: 'hipotecaria', finca_registral: '41.377', registro: 'Registro de la Propiedad n.º 7 de Madrid', inscripcion: '4.ª' } });
}, { name: 'consultar_prestamo', description: 'Situación actual de un préstamo del cliente (saldo, estado, garantía).',
  schema: z.object({ contrato: z.string() }) });

const emitirCertificado = tool(async ({ contrato, fecha_referencia }) => JSON.stringify({ certificado: 'CDC-2025-061200871', contrato,
  fecha_referencia, saldo_certificado_eur: 0.0, firmado_por: 'Oficina 0317 - Madrid Chamberí', entrega: 'buzón de documentos de la banca online' }),
  { name: 'emitir_certificado_deuda_cero', description: 'Emite el certificado de deuda pendiente cero de un préstamo amortizado.',
    schema: z.object({ contrato: z.string(), fecha_referencia: z.string() }) });

const solicitarCancelacion = tool(async ({ contrato, finca_registral }) => JSON.stringify({ expediente: 'CR-25-03318', contrato, finca_registral,
  estado: 'EN_TRAMITE', notaria_asignada: 'Notaría de D.ª Elena Ruiz Sanz, Madrid',
  gastos_estimados_eur: { notaria: 95.5, registro: 28.9, gestoria: 0.0 },
  nota: 'Gestoría sin coste para el cliente en hipotecas amortizadas a vencimiento (campaña 2025).' }),
  { name: 'solicitar_cancelacion_registral', description: 'Abre el expediente de cancelación económica y registral de la hipoteca.',
    schema: z.object({ contrato: z.string(), finca_registral: z.string(), certificado: z.string() }) });

const tools = [enviarOtp, verificarOtp, consultarPrestamo, emitirCertificado, solicitarCancelacion];
const contrato = '0049-1500-45-2019000734';
const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ name: 'enviar_otp', args: { canal: 'sms' } }] },
  { content: 'Con mucho gusto. Para una gestión así necesito confirmar su identidad: le acabo de enviar un código por SMS al +34 6** *** *21 (válido 5 minutos). ¿Me lo indica?' },
  { tool_calls: [{ name: 'verificar_otp', args: { codigo: '483920' } }] },
  { tool_calls: [{ name: 'consultar_prestamo', args: { contrato } }] },
  { content: 'El sistema de préstamos está en mantenimiento en este momento; vuelvo a consultarlo.', tool_calls: [{ name: 'consultar_prestamo', args: { contrato } }] },
  { tool_calls: [{ name: 'emitir_certificado_deuda_cero', args: { contrato, fecha_referencia: '2025-06-12' } }] },
  { tool_calls: [{ name: 'solicitar_cancelacion_registral', args: { contrato, finca_registral: '41.377', certificado: 'CDC-2025-061200871' } }] },
  { content: 'Código verificado, gracias. Le resumo:\n\n- Su hipoteca ' + contrato + ' figura como AMORTIZADA: la última cuota (612,44 €) se cargó el 05/05/2025 y el saldo pendiente es 0,00 €, sin cuotas impagadas.\n- Certificado de deuda cero CDC-2025-061200871, a fecha 12/06/2025: ya lo tiene en el buzón de documentos de la banca online.\n- Cancelación registral: expediente CR-25-03318 abierto para la finca 41.377 del Registro de la Propiedad n.º 7 de Madrid, con la Notaría de D.ª Elena Ruiz Sanz. Gastos estimados a su cargo: notaría 95,50 € y registro 28,90 €; la gestoría no tiene coste para usted en hipotecas amortizadas a vencimiento.\n\nLe avisaremos cuando la notaría fije la firma.' },
] });

const app = await reactGraph({ model, tools, checkpointer: new MemorySaver(), name: 'asistente_hipotecas' });
const config = { configurable: { thread_id: 'CNV-ES-2025-118204' } };
const user = { userId: 'CLI-00739215' };
await t.turn(user, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de hipotecas de la banca online. Antes de emitir documentos o abrir expedientes verifica la identidad del cliente con un código de un solo uso. No des datos del préstamo que no hayas consultado.'),
  new HumanMessage(`Hola, el mes pasado pagué la última cuota de mi hipoteca (contrato ${contrato}). Necesito el certificado de deuda cero y que tramitéis la cancelación en el Registro.`),
] }, config));
await t.turn(user, () => app.invoke({ messages: [new HumanMessage('Es 483920')] }, config));
t.write(path.join(here, 'traces.jsonl'));
console.log('wrote', path.join(here, 'traces.jsonl'));
