// Assistant d'une mutuelle d'assurance habitation (français). La recherche dans la base documentaire
// des conditions générales ne renvoie aucun passage ; la réponse cite quand même des délais, une
// franchise et un taux. Vercel AI SDK v7 (intégration LegacyOpenTelemetry), modèle simulé, hors ligne.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'assistant-sinistres', resource: { 'service.namespace': 'mutuelle-atlantique' }, seed: 'degat-des-eaux-ue5' });
const ids = makeIds('degat-des-eaux-ue5');

const rechercher_conditions = tool({
  description: 'Recherche sémantique dans les conditions générales et particulières du contrat de l\'adhérent.',
  inputSchema: z.object({ contrat: z.string(), requete: z.string(), k: z.number().int().optional() }),
  execute: async ({ contrat, requete }) => ({ contrat, requete, index: 'cg-habitation-2024', passages: [], nb_resultats: 0 }),
});
const ouvrir_declaration = tool({
  description: 'Ouvre une déclaration de sinistre.',
  inputSchema: z.object({ contrat: z.string(), type: z.string(), date_survenance: z.string() }),
  execute: async (a) => ({ numero: 'SIN-HAB-24-118306', statut: 'ouverte', ...a }),
});

const model = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
  { calls: [['call' + ids('', 9), 'rechercher_conditions', { contrat: 'HAB-77-204519', requete: 'dégât des eaux délai de déclaration franchise vétusté', k: 5 }]] },
  { calls: [['call' + ids('', 9), 'ouvrir_declaration', { contrat: 'HAB-77-204519', type: 'degat_des_eaux', date_survenance: '2024-11-18' }]] },
  "J'ai ouvert votre déclaration SIN-HAB-24-118306. D'après votre contrat Habitation Confort, vous disposez de 5 jours ouvrés pour déclarer un dégât des eaux, une franchise de 150 € s'applique et la vétusté est plafonnée à 25 % sur les embellissements. Un expert sera mandaté sous 10 jours si le montant dépasse 1 600 €.",
] });

await generateText({
  model,
  system: "Tu es l'assistant sinistres de la Mutuelle Atlantique. Réponds uniquement à partir des conditions du contrat retrouvées par l'outil de recherche.",
  prompt: "Bonjour, j'ai eu une fuite chez moi le 18 novembre, le plafond de la cuisine est abîmé. Contrat HAB-77-204519. Combien de temps ai-je pour déclarer et qu'est-ce qui reste à ma charge ?",
  tools: { rechercher_conditions, ouvrir_declaration },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'sin-8c1f0e2a', userId: 'adh-204519' },
  telemetry: { functionId: 'sinistres-habitation', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonDocument(dir, 'otlp-request.json', await flush());
