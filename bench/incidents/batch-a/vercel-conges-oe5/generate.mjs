// HR assistant (French) on the Vercel AI SDK v7 with a scripted model; OTLP/JSON via the shared harness.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'rh-assistant', resource: { 'deployment.environment': 'prod' }, seed: 'vercel-conges-oe5' });
const ids = makeIds('vercel-conges-oe5');

const rechercherReglement = tool({
  description: "Recherche dans la base documentaire RH (accords d'entreprise, règlement intérieur).",
  inputSchema: z.object({ requete: z.string(), entite: z.string() }),
  execute: async ({ requete, entite }) => ({ entite, requete, passages: [], total: 0, index: 'rh-docs-v3' }),
});
const soldeConges = tool({
  description: 'Solde de congés du salarié.',
  inputSchema: z.object({ matricule: z.string() }),
  execute: async ({ matricule }) => ({ matricule, cp_acquis: 18.5, cp_pris: 6, rtt_restants: 4 }),
});

const c1 = ids('call_', 24), c2 = ids('call_', 24);
const model = scriptedModel({ ids, replies: [
  { calls: [[c1, 'rechercher_reglement', { requete: 'congé paternité durée délai de prévenance', entite: 'FR-LYON-02' }],
            [c2, 'solde_conges', { matricule: 'M-20931' }]] },
  "D'après l'accord d'entreprise de votre site, le congé de paternité est de 28 jours calendaires, dont 7 jours obligatoires, avec un maintien de salaire à 100 % pendant les 14 premiers jours. Vous devez prévenir votre manager au moins 45 jours avant la date de début. Par ailleurs il vous reste 12,5 jours de CP et 4 RTT.",
]});

await generateText({
  model,
  system: "Tu es l'assistant RH interne. Réponds en français, en t'appuyant uniquement sur les documents RH et les données du SIRH.",
  prompt: "Bonjour, ma compagne accouche en juin. Combien de jours de congé paternité j'ai droit chez nous, c'est payé comment, et je dois prévenir combien de temps à l'avance ? Mon matricule : M-20931.",
  tools: { rechercher_reglement: rechercherReglement, solde_conges: soldeConges },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'rh-7c1e0b44', userId: 'M-20931' },
  telemetry: { functionId: 'assistant-rh', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
