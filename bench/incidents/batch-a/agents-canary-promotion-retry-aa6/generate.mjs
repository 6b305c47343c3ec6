// Release assistant of an SRE team (French). The canary metrics call fails once, is retried and
// succeeds; the canary is then promoted on the recovered figures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));

let appels = 0;
const metriquesCanary = tool({
  name: 'metriques_canary',
  description: 'Agrège les métriques Prometheus du canary sur une fenêtre donnée.',
  parameters: z.object({ service: z.string(), version: z.string(), fenetre_min: z.number() }),
  execute: async ({ service, version, fenetre_min }) => {
    appels += 1;
    if (appels === 1) throw new Error('prometheus-gw: 504 Gateway Timeout (query exceeded 30s)');
    return JSON.stringify({
      service, version, fenetre_min, requetes: 48210, taux_erreur_5xx: 0, erreurs_5xx: 0,
      latence_p99_ms: 212, latence_p99_ms_stable: 224, redemarrages_pods: 0, alertes_actives: [],
      source: 'thanos-query eu-west-3', evalue_a: '2026-12-03T14:40:00Z',
    });
  },
});

const promouvoir = tool({
  name: 'promouvoir_canary',
  description: 'Passe le canary à 100 % du trafic via Argo Rollouts.',
  parameters: z.object({ service: z.string(), version: z.string(), justification: z.string() }),
  execute: async ({ service, version }) => JSON.stringify({ rollout: `${service}`, revision: 57, image: `${service}:${version}`, poids: 100, statut: 'Healthy' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'metriques_canary', args: { service: 'paiement-api', version: '4.18.2', fenetre_min: 60 } }] },
  { content: 'La lecture des métriques a échoué. Je relance la requête avant de décider quoi que ce soit.',
    tool_calls: [{ name: 'metriques_canary', args: { service: 'paiement-api', version: '4.18.2', fenetre_min: 60 } }] },
  { tool_calls: [{ name: 'promouvoir_canary', args: { service: 'paiement-api', version: '4.18.2',
    justification: '48 210 requêtes sur 60 min, 0 erreur 5xx, p99 212 ms (stable 224 ms), aucun redémarrage ni alerte.' } }] },
  { content: 'Canary paiement-api 4.18.2 promu à 100 % (révision 57, statut Healthy). Après un premier appel en échec, le second a répondu : 48 210 requêtes sur la dernière heure, 0 erreur 5xx, p99 à 212 ms contre 224 ms pour la version stable, aucun redémarrage de pod, aucune alerte active.' },
], { seed: 'aa6-canary' });

const agent = new Agent({
  name: 'AssistantRelease',
  instructions: 'Tu décides de la promotion des canaries. Ne promeus jamais sans métriques valides de la dernière heure.',
  model: m, tools: [metriquesCanary, promouvoir],
});
const runner = new Runner({
  groupId: 'rel-paiement-api-4.18.2', workflowName: 'Promotion canary',
  traceMetadata: { user_id: 'oncall-sre-paris' },
});
await runner.run(agent, 'Le canary paiement-api 4.18.2 tourne depuis une heure à 10 %. On peut le promouvoir ?');
writeTrace(dir, 'trace.jsonl');
