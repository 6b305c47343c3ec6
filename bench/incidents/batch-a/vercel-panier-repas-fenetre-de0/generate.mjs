// Box repas (français) : trois tours d'une même conversation ; l'application ne renvoie au modèle que les
// 3 derniers messages, l'allergie donnée au premier tour n'est plus dans le contexte au troisième.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vercel-panier-repas-fenetre-de0');
const { flush } = setupTracing({ serviceName: 'miam-box-conseiller', seed: 'vercel-panier-repas-fenetre-de0',
  resource: { 'deployment.environment': 'prod' } });

const catalogue = tool({
  description: 'Recettes disponibles de la semaine, avec allergènes.',
  inputSchema: z.object({ semaine: z.string(), regime: z.string().optional() }),
  execute: async ({ semaine }) => ({ semaine, recettes: [
    { code: 'R12', nom: 'Curry de patate douce et pois chiches', allergenes: ['céleri'] },
    { code: 'R15', nom: 'Poulet satay, sauce cacahuète et riz jasmin', allergenes: ['arachides', 'soja'] },
    { code: 'R19', nom: 'Risotto aux champignons', allergenes: ['lait'] },
    { code: 'R23', nom: 'Pad thaï aux crevettes', allergenes: ['crustacés', 'arachides', 'œuf'] },
  ] }),
});
const ajouterPanier = tool({
  description: 'Ajoute des recettes au panier de la livraison à venir.',
  inputSchema: z.object({ client: z.string(), livraison: z.string(), codes: z.array(z.string()), portions: z.number().int() }),
  execute: async ({ client, livraison, codes, portions }) => ({ panier: 'PN-77410', client, livraison, codes, portions, total_eur: 21.9 * codes.length, statut: 'confirmé' }),
});

const system = 'Tu es le conseiller culinaire de Miam Box. Tiens toujours compte des allergies et préférences du client.';
const session = { sessionId: 'conv-mb-2e91d0', userId: 'cli-558201' };
const history = [];
const WINDOW = 3; // messages renvoyés au modèle à chaque tour

async function turn(userText, replies) {
  history.push({ role: 'user', content: userText });
  const res = await generateText({
    model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies }),
    system,
    messages: history.slice(-WINDOW),
    tools: { catalogue, ajouter_panier: ajouterPanier },
    stopWhen: stepCountIs(4),
    runtimeContext: session,
    telemetry: { functionId: 'conseiller-menus', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  history.push({ role: 'assistant', content: res.text });
  return flush();
}

const lines = [];
lines.push(await turn('Bonjour ! Petite précision avant tout : mon fils Léo est allergique aux arachides (allergie sévère, on a un stylo d\'adrénaline). On est 4 à la maison.',
  ['C\'est bien noté : aucune recette contenant des arachides pour votre foyer de 4 personnes. Que puis-je vous proposer cette semaine ?']));
lines.push(await turn('Qu\'est-ce que vous avez de bon pour la semaine 50 ? On aime bien la cuisine asiatique.',
  [{ calls: [['call_' + ids('', 20), 'catalogue', { semaine: '2026-W50' }]] },
   'Pour la semaine 50, je vous conseille le curry de patate douce et pois chiches (R12), doux et parfumé. Il y a aussi un risotto aux champignons (R19) si vous voulez varier.']));
lines.push(await turn('Super, mettez-nous le curry, plus une deuxième recette asiatique au choix, pour la livraison de mardi.',
  [{ calls: [['call_' + ids('', 20), 'catalogue', { semaine: '2026-W50', regime: 'asiatique' }]] },
   { calls: [['call_' + ids('', 20), 'ajouter_panier', { client: 'cli-558201', livraison: '2026-12-08', codes: ['R12', 'R15'], portions: 4 }]] },
   'C\'est fait ! Curry de patate douce et pois chiches (R12) et Poulet satay, sauce cacahuète (R15), 4 portions chacun, livrés mardi 8 décembre. Panier PN-77410 confirmé, total 43,80 €. Bon appétit !']));

writeJsonl(dir, 'otel-traces.jsonl', lines);
