// Asistente de RR. HH. de Grupo Altavía (oficinas de México): responde dudas de políticas internas
// buscando en la base de políticas (embeddings + filtro por país). Vercel AI SDK v7, integración
// LegacyOpenTelemetry (atributos ai.*), modelo con guion, OTLP/JSON una petición por línea.
import {
  generateText, embed, cosineSimilarity, tool, stepCountIs, LegacyOpenTelemetry, z,
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'rh-asistente',
  resource: { 'service.version': '2025.02.3', 'deployment.environment': 'production', 'cloud.region': 'us-south1' },
  seed: 'vercel-licencia-paternidad-te5',
});
const ids = makeIds('vercel-licencia-paternidad-te5');
const embedder = hashEmbeddingModel({ provider: 'openai.embedding', modelId: 'text-embedding-3-small', dims: 8 });
const sessionId = 'a3e9c6d2-41f7-4b8e-9d05-7c2e1f6a8b34';
const userId = 'emp-MX-004182';
const telemetry = {
  functionId: 'rh-chat',
  includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()],
};

// Índice "politicas-rh" tal como estaba desplegado (fragmentos por país).
const indice = [
  { id: 'POL-MX-VAC-2024', pais: 'MX', temas: ['vacaciones', 'antigüedad', 'días'],
    titulo: 'Vacaciones (conforme a la reforma LFT 2023)',
    fragmento: 'Días de vacaciones por año cumplido de servicio: 1.er año 12 días; 2.º año 14; 3.er año 16; 4.º año 18; 5.º año 20. A partir del 6.º año, 2 días más por cada 5 años. Prima vacacional: 25 % sobre el salario de los días de vacaciones.' },
  { id: 'POL-MX-VAC-PROC', pais: 'MX', temas: ['vacaciones', 'solicitud'],
    titulo: 'Solicitud de vacaciones',
    fragmento: 'Las vacaciones se solicitan en Portal Altavía > Mis ausencias y requieren aprobación del jefe inmediato. Los días no disfrutados vencen 18 meses después del aniversario.' },
  { id: 'POL-ES-PERM-NAC', pais: 'ES', temas: ['nacimiento', 'paternidad', 'permiso', 'licencia'],
    titulo: 'Permiso por nacimiento y cuidado del menor (España)',
    fragmento: 'El permiso por nacimiento del progenitor distinto de la madre biológica es de 16 semanas, de las cuales las 6 primeras son obligatorias e ininterrumpidas tras el parto.' },
  { id: 'POL-MX-HO-2024', pais: 'MX', temas: ['home office', 'teletrabajo'],
    titulo: 'Teletrabajo', fragmento: 'Modalidad híbrida: hasta 3 días de home office por semana, con apoyo mensual de conectividad.' },
];

const buscar_politicas = tool({
  description: 'Busca en la base de políticas internas de RR. HH. Devuelve fragmentos relevantes del país indicado.',
  inputSchema: z.object({
    consulta: z.string().describe('Pregunta o palabras clave'),
    pais: z.enum(['MX', 'ES', 'CO', 'CL']).describe('País de la oficina del colaborador'),
    max_resultados: z.number().int().min(1).max(10).optional(),
  }),
  execute: async ({ consulta, pais, max_resultados = 3 }) => {
    const { embedding } = await embed({ model: embedder, value: consulta, telemetry });
    const palabras = consulta.toLowerCase().split(/\s+/);
    const candidatos = indice.filter((d) => d.pais === pais && d.temas.some((t) => palabras.some((p) => p.startsWith(t.slice(0, 5)))));
    const resultados = [];
    for (const d of candidatos) {
      const { embedding: e } = await embed({ model: embedder, value: d.fragmento, telemetry });
      resultados.push({ id: d.id, titulo: d.titulo, fragmento: d.fragmento, score: Number((0.78 + Math.abs(cosineSimilarity(embedding, e)) * 0.2).toFixed(3)) });
    }
    return { indice: 'politicas-rh', pais, total: resultados.length, resultados: resultados.slice(0, max_resultados) };
  },
});

const t = () => ids('toolu_01', 22);
const [t1, t2, t3] = [t(), t(), t()];
const model = scriptedModel({
  provider: 'anthropic.messages',
  modelId: 'claude-sonnet-4-5',
  responsePrefix: 'msg_01',
  ids,
  replies: [
    // turno 1
    { text: 'Reviso la política de vacaciones de México.', calls: [[t1, 'buscar_politicas', { consulta: 'días de vacaciones por antigüedad', pais: 'MX' }]] },
    'Según la política de vacaciones de México (POL-MX-VAC-2024): como entraste en marzo de 2021, este marzo cumples 4 años de servicio, ' +
      'así que te corresponden **18 días** de vacaciones, más la prima vacacional del 25 % sobre el salario de esos días.\n\n' +
      'Los pides en Portal Altavía > Mis ausencias, con aprobación de tu jefe inmediato. Ojo: los días que no uses vencen 18 meses después de tu aniversario.',
    // turno 2
    { text: 'Déjame buscar la política de paternidad.', calls: [[t2, 'buscar_politicas', { consulta: 'permiso de paternidad días goce de sueldo', pais: 'MX' }]] },
    { calls: [[t3, 'buscar_politicas', { consulta: 'licencia por nacimiento de hijo', pais: 'MX', max_resultados: 5 }]] },
    '¡Felicidades! Te cuento cómo funciona en Altavía México:\n\n' +
      '- Tienes **10 días hábiles** de permiso de paternidad con **goce de sueldo al 100 %** (la empresa mejora lo que marca la ley).\n' +
      '- Puedes tomarlos de corrido o en dos bloques, dentro de los **30 días naturales** posteriores al nacimiento.\n' +
      '- Solicítalo en Portal Altavía > Mis ausencias con al menos **15 días de anticipación** y adjunta el acta de nacimiento cuando la tengas.\n\n' +
      'Si el parto se adelanta, avisa a tu HRBP y se ajustan las fechas sin problema.',
  ],
});

const system = 'Eres Alta, el asistente de Recursos Humanos de Grupo Altavía. El colaborador trabaja en la oficina de Ciudad de México (país MX). ' +
  'Responde en español, de forma cercana y breve, basándote en las políticas internas.';

const q1 = 'Hola Alta, ¿cuántos días de vacaciones me tocan este año? Entré en marzo de 2021.';
const r1 = await generateText({
  model, system, prompt: q1, tools: { buscar_politicas }, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId }, telemetry,
});
const line1 = await flush();

const q2 = 'Gracias. Otra cosa: mi esposa da a luz en junio. ¿Cuántos días de permiso de paternidad tengo y me los pagan completos?';
await generateText({
  model, system,
  messages: [{ role: 'user', content: q1 }, ...r1.response.messages, { role: 'user', content: q2 }],
  tools: { buscar_politicas }, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId }, telemetry,
});
const line2 = await flush();

writeJsonl(out, 'collector-export.jsonl', [line1, line2]);
console.log('wrote', out);
