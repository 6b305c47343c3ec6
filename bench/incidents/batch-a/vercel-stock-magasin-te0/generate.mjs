// Retail customer assistant (French). The warehouse stock API times out on the first call; the agent
// calls it again and answers from the second, successful result.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('stock-magasin-te0');
const { flush, tracer } = setupTracing({ serviceName: 'assistant-boutique', seed: 'stock-magasin-te0', resource: { 'service.version': '2.3.1' } });

const sessionId = 'sess-fr-3b8e0d14-27c9';
const userId = 'client:FR-6640218';

let calls = 0;
const verifierStock = tool({
  description: "Disponibilité d'un article : stock en ligne, stock par magasin et prochain réassort.",
  inputSchema: z.object({ sku: z.string(), code_postal: z.string().optional() }),
  execute: async ({ sku, code_postal }) => {
    calls += 1;
    if (calls === 1) throw new Error('ETIMEDOUT: entrepot-api.interne:8443 GET /v2/stock/' + sku + ' (délai de 5000 ms dépassé)');
    return {
      sku, libelle: 'Cocotte fonte 24 cm – rouge cerise', stock_en_ligne: 0, prochain_reassort: '2025-04-08',
      magasins: [
        { magasin: 'Lyon Part-Dieu', stock: 3 },
        { magasin: 'Villeurbanne Gratte-Ciel', stock: 0 },
      ],
      source: 'wms', horodatage: new Date().toISOString(),
    };
  },
});

const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-small-latest', ids, responsePrefix: 'cmpl-',
  replies: [
    { calls: [['f7Kq2ZpLm', 'verifier_stock', { sku: 'CCT-24-RGC', code_postal: '69003' }]] },
    { calls: [['Rb91xWc0T', 'verifier_stock', { sku: 'CCT-24-RGC', code_postal: '69003' }]] },
    "La cocotte en fonte 24 cm rouge cerise est actuellement en rupture sur le site (réassort prévu le 8 avril 2025). En revanche, le magasin Lyon Part-Dieu en a 3 en stock : vous pouvez la réserver pour un retrait aujourd'hui. Le magasin de Villeurbanne Gratte-Ciel n'en a plus.",
  ],
});

await tracer.startActiveSpan('chat.message', { attributes: { 'gen_ai.conversation.id': sessionId, 'enduser.id': userId } }, async (span) => {
  await generateText({
    model,
    system: "Tu es l'assistant de la boutique en ligne. Réponds uniquement à partir des données de stock renvoyées par les outils. Si un outil échoue, réessaie une fois avant de répondre.",
    prompt: "Bonjour, la cocotte en fonte 24 cm rouge cerise (réf. CCT-24-RGC) est-elle disponible ? J'habite à Lyon 3e.",
    tools: { verifier_stock: verifierStock },
    stopWhen: stepCountIs(4),
    telemetry: { functionId: 'assistant-boutique', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(dir, 'export.jsonl', [await flush()]);
