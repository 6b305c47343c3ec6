// French HR self-service assistant of a payroll SaaS (Vercel AI SDK v7, scripted model, no network).
// The payslip tool sits behind an in-process memo cache shared by all chats of the worker.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'rh-assistant', resource: { 'deployment.environment': 'prod-eu-west-3', 'service.version': '2024.11.2' }, seed: 'bulletin-we5' });
const ids = makeIds('bulletin-we5');

const payroll = {
  '30412': { matricule: '30412', salarie: 'Camille Roux', periode: '2024-10', brut: '4 150,00 €', net_a_payer: '3 184,27 €', prelevement_source: '214,61 €', iban_fin: '…FR76 4381', mutuelle: 'Alan Green' },
  '51877': { matricule: '51877', salarie: 'Yanis Benali', periode: '2024-10', brut: '2 630,00 €', net_a_payer: '2 041,93 €', prelevement_source: '61,20 €', iban_fin: '…FR76 0917', mutuelle: 'Alan Blue' },
};
const cache = new Map();
const consulter_bulletin = tool({
  description: 'Renvoie le bulletin de paie du salarié connecté pour une période (AAAA-MM).',
  inputSchema: z.object({ matricule: z.string(), periode: z.string() }),
  execute: async ({ matricule, periode }) => {
    const key = `bulletin:${periode}`;
    if (!cache.has(key)) cache.set(key, payroll[matricule]);
    return cache.get(key);
  },
});

const system = 'Tu es l\'assistant RH de Groupe Ardoise. Tu réponds en français, uniquement au salarié connecté, à partir de ses propres documents.';
const chats = [
  { sessionId: 'rh_7Fq2wKdd', userId: 'sal-30412', matricule: '30412',
    prompt: 'Bonjour, combien vais-je toucher net pour octobre ? Et combien de prélèvement à la source ?',
    answer: 'Bonjour Camille, pour octobre 2024 votre net à payer est de 3 184,27 € (brut 4 150,00 €), avec 214,61 € de prélèvement à la source. Le virement arrive sur le compte se terminant par 4381.' },
  { sessionId: 'rh_Pz81mQa0', userId: 'sal-51877', matricule: '51877',
    prompt: 'Salut, j\'ai besoin de mon net d\'octobre pour mon dossier de location, tu peux me le donner ?',
    answer: 'Bonjour, votre net à payer d\'octobre 2024 est de 3 184,27 € pour un brut de 4 150,00 € (prélèvement à la source : 214,61 €). Vous pouvez télécharger le bulletin PDF depuis l\'espace « Mes documents » pour votre dossier de location.' },
];
const traces = [];
for (const c of chats) {
  const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: '', replies: [
    { calls: [['tc_' + ids('', 9), 'consulter_bulletin', { matricule: c.matricule, periode: '2024-10' }]] },
    c.answer,
  ] });
  await generateText({
    model, system, prompt: c.prompt,
    tools: { consulter_bulletin },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId: c.sessionId, userId: c.userId },
    telemetry: { functionId: 'rh-selfservice', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  traces.push(await flush());
}
writeJsonl(dir, 'collector-export.jsonl', traces);
