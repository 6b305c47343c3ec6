// Assistant d'exploitation (fr-FR) : mise en production de l'API facturation 4.12.3.
// Le premier appel à l'orchestrateur échoue (503, maintenance), l'agent réessaie et suit le rollout.
// Hors ligne : le modèle est un script derrière l'OpenAIChatCompletionsModel du SDK.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const erreurOutil = (_ctx, err) => `Erreur : ${err.message}`;

let tentatives = 0;
const deployer = tool({
  name: 'deployer_service',
  description: "Lance un déploiement via l'orchestrateur (Argo Rollouts).",
  parameters: z.object({ service: z.string(), version: z.string(), environnement: z.enum(['recette', 'prod']) }),
  errorFunction: erreurOutil,
  execute: async ({ service, version, environnement }) => {
    tentatives += 1;
    if (tentatives === 1) throw new Error('HTTP 503 Service Unavailable — orchestrateur en maintenance (fenêtre 09:00-09:02), réessayez dans 30 s');
    return JSON.stringify({ deploiement: 'dep-7f31c0', service, version, environnement, strategie: 'canary 10% → 50% → 100%', statut: 'lancé' });
  },
});

let lectures = 0;
const etat = tool({
  name: 'etat_deploiement',
  description: "État d'un déploiement ou du service.",
  parameters: z.object({ service: z.string(), environnement: z.string() }),
  errorFunction: erreurOutil,
  execute: async ({ service }) => {
    lectures += 1;
    return JSON.stringify(lectures === 1
      ? { service, deploiement: 'dep-7f31c0', etape: 'canary 50%', version_active: '4.12.2', version_cible: '4.12.3', replicas_prets: '3/6', statut: 'en_cours' }
      : { service, deploiement: 'dep-7f31c0', etape: '100%', version_active: '4.12.3', version_cible: '4.12.3', replicas_prets: '6/6', statut: 'termine', sante: 'OK' });
  },
});

const metriques = tool({
  name: 'metriques_service',
  description: 'Métriques Prometheus récentes du service.',
  parameters: z.object({ service: z.string(), fenetre: z.string() }),
  execute: async ({ service, fenetre }) => JSON.stringify({ service, fenetre, requetes_par_s: 212.4, erreurs_5xx: 0, taux_erreur: 0.0, latence_p95_ms: 183, redemarrages_pods: 0 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'deployer_service', args: { service: 'api-facturation', version: '4.12.3', environnement: 'prod' } }] },
  { tool_calls: [{ name: 'deployer_service', args: { service: 'api-facturation', version: '4.12.3', environnement: 'prod' } }] },
  { tool_calls: [{ name: 'etat_deploiement', args: { service: 'api-facturation', environnement: 'prod' } }] },
  { tool_calls: [{ name: 'etat_deploiement', args: { service: 'api-facturation', environnement: 'prod' } }] },
  { tool_calls: [{ name: 'metriques_service', args: { service: 'api-facturation', fenetre: '5m' } }] },
  { content: "C'est en ligne : api-facturation 4.12.3 est active en prod (déploiement dep-7f31c0, rollout canary terminé, 6/6 réplicas prêtes, santé OK).\n\nÀ noter : la première tentative a été refusée par l'orchestrateur (HTTP 503, fenêtre de maintenance) ; je l'ai relancée et la seconde est passée.\n\nSur les 5 dernières minutes : 0 erreur 5xx, p95 à 183 ms, aucun redémarrage de pod." },
], { seed: 'deploy-fact-4123', model: 'gpt-4.1', served: 'gpt-4.1-2025-04-14' });

const agent = new Agent({
  name: 'assistant-exploitation',
  instructions: "Tu es l'assistant d'exploitation de l'équipe plateforme. Tu déploies, tu vérifies l'état du rollout et les métriques, puis tu fais un compte rendu exact.",
  model: m, tools: [deployer, etat, metriques],
});

await new Runner({
  groupId: 'ops-fr#2026-01-06#a91f', workflowName: 'chatops-mattermost',
  traceMetadata: { user: 'u.lefebvre' },
}).run(agent, "Déploie api-facturation 4.12.3 en prod et confirme-moi la version active une fois que c'est fini.");

writeTrace(here, 'traces.jsonl');
