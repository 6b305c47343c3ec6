// Asistente de clientes de una aseguradora (canal WhatsApp): consulta la póliza del cliente y busca
// en el condicionado (almacén vectorial) antes de responder. Trazado con OpenInference
// (LangChain.js) como OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('asistente-clientes-wa', { 'deployment.environment': 'pro', 'service.version': '1.19.0' });

const poliza = {
  poliza: 'HC-0042-7781953', producto: 'Hogar Confort', titular: 'Lucía Ferrández Amorós', estado: 'en vigor',
  efecto: '2024-09-01', vencimiento: '2025-08-31', condicionado: 'CG-HC-2023/02',
  riesgo: 'C/ Pintor Sorolla 14, 3ºB, 03001 Alicante', continente_eur: 142000, contenido_eur: 38000,
  garantias: ['Incendio y explosión', 'Daños por agua', 'Fenómenos atmosféricos', 'Robo y expoliación', 'Responsabilidad civil familiar', 'Asistencia en el hogar 24h'],
};
const consultarPoliza = tool(async ({ nif }) => JSON.stringify(nif === '48571123K' ? poliza : { error: 'sin pólizas' }), {
  name: 'consultar_poliza', description: 'Datos y garantías contratadas de la póliza de hogar del cliente.',
  schema: z.object({ nif: z.string() }),
});

// El índice devuelve fragmentos de otros productos (Comunidades, Hogar Esencial).
const fragmentos = [
  { pageContent: 'Art. 9. Daños por agua en elementos comunes. Quedan cubiertos los daños materiales causados por escapes '
      + 'accidentales de las conducciones comunitarias de agua, hasta 6.000 € por siniestro, incluida la reparación de la '
      + 'conducción causante cuando sea de titularidad de la comunidad.',
    metadata: { id: 'CG-COM-2022/05#art9', producto: 'Comunidades Plus', pagina: 14 } },
  { pageContent: 'Art. 11. Exclusiones comunes. No quedan cubiertos los daños debidos a falta de mantenimiento, corrosión '
      + 'generalizada o defectos de construcción conocidos por el tomador.',
    metadata: { id: 'CG-COM-2022/05#art11', producto: 'Comunidades Plus', pagina: 17 } },
  { pageContent: 'Art. 6. Robo y expoliación. Se indemniza el contenido sustraído con violencia o intimidación hasta el 50 % '
      + 'del capital de contenido; joyas fuera de caja fuerte hasta 1.200 €.',
    metadata: { id: 'CG-HE-2021/01#art6', producto: 'Hogar Esencial', pagina: 9 } },
];
let consultas = 0;
const retriever = new ScriptedRetriever({ results: async () => (consultas++ === 0 ? fragmentos.slice(0, 2) : [fragmentos[1], fragmentos[2]]) });
const buscarCondicionado = tool(async ({ consulta }, config) => {
  const docs = await retriever.invoke(consulta, config);
  return docs.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n') || 'Sin resultados.';
}, {
  name: 'buscar_condicionado', description: 'Busca en las condiciones generales y particulares de los productos de hogar.',
  schema: z.object({ consulta: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'consultar_poliza', args: { nif: '48571123K' } }] },
  { tool_calls: [{ name: 'buscar_condicionado', args: { consulta: 'Hogar Confort daños por agua rotura de tubería cobertura' } }] },
  { tool_calls: [{ name: 'buscar_condicionado', args: { consulta: 'franquicia y plazo de comunicación de siniestro daños por agua Hogar Confort' } }] },
  { content: 'Hola Lucía. Sí, su póliza Hogar Confort (HC-0042-7781953) incluye la garantía de Daños por agua, así que la '
    + 'rotura de la tubería de la cocina y los daños al suelo y al vecino de abajo están cubiertos. Algunos detalles importantes:\n'
    + '• Franquicia: 150 € por siniestro.\n'
    + '• Localización y reparación de la avería: hasta 600 €.\n'
    + '• Daños al continente y contenido por agua: hasta 3.000 €; los daños al vecino van por su Responsabilidad civil.\n'
    + '• Debe comunicar el siniestro en un plazo máximo de 7 días desde que lo detectó.\n'
    + 'Le recomiendo hacer fotos antes de reparar y guardar la factura del fontanero. ¿Quiere que abra el parte ahora?' },
] });

const SYSTEM = 'Eres el asistente de atención al cliente de Seguros Mediterránea. Responde solo con información de la póliza '
  + 'del cliente y del condicionado que encuentres con buscar_condicionado. Cliente identificado por el canal: NIF 48571123K.';
const app = await reactGraph({ model, tools: [consultarPoliza, buscarCondicionado], name: 'asistente_hogar' });

await t.turn({ userId: 'cli-0088341' }, () => app.invoke({ messages: [new SystemMessage(SYSTEM), new HumanMessage(
  'Buenas tardes, esta mañana se ha roto una tubería debajo del fregadero y ha salido mucha agua, se ha levantado el parquet '
  + 'de la cocina y al vecino de abajo le ha salido una mancha en el techo. ¿Me lo cubre el seguro? ¿Cuánto me toca pagar a mí '
  + 'y cuánto tiempo tengo para dar el parte?')] },
  { metadata: { conversation_id: 'wa:+34611908233:2025-02-18' } }));

t.write(path.join(here, 'traces.jsonl'));
