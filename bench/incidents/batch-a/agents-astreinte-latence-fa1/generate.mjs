// On-call assistant (French, devops). The p99 latency comes back as a French-formatted duration in
// seconds ("1,8 s"); the agent computes +20 % and writes the result into the alert rule's
// millisecond field without converting the unit.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const metriques = tool({
  name: 'lire_metriques',
  description: 'Lit les percentiles de latence d\'un service sur une fenêtre glissante (Prometheus).',
  parameters: z.object({ service: z.string(), fenetre: z.string() }),
  execute: async ({ service, fenetre }) => JSON.stringify({
    service, fenetre, cluster: 'par1-prod', p50: '0,21 s', p95: '1,1 s', p99: '1,8 s', requetes: 18420331,
  }),
});
const regle = tool({
  name: 'definir_regle_alerte',
  description: 'Crée ou remplace une règle Alertmanager sur la latence p99 d\'un service.',
  parameters: z.object({
    service: z.string(),
    seuil_ms: z.number().describe('Seuil de latence p99, en millisecondes'),
    duree: z.string().describe('Durée de dépassement avant déclenchement, ex. 5m'),
    canal: z.string(),
  }),
  execute: async ({ service, seuil_ms, duree, canal }) => JSON.stringify({
    regle: `p99-latence-${service}`, expr: `histogram_quantile(0.99, sum(rate(http_request_duration_ms_bucket{service="${service}"}[5m])) by (le)) > ${seuil_ms}`,
    for: duree, canal, etat: 'appliquée', revision: 'ar-7f31c2',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'lire_metriques', args: { service: 'api-paiement', fenetre: '7d' } }] },
  { tool_calls: [{ name: 'definir_regle_alerte', args: { service: 'api-paiement', seuil_ms: 2.16, duree: '5m', canal: '#astreinte-paiement' } }] },
  { content: 'C\'est en place : le p99 de api-paiement sur 7 jours est de 1,8 s, j\'ai donc réglé l\'alerte à 2,16 s (+20 %), déclenchement après 5 minutes de dépassement, notifications sur #astreinte-paiement (règle p99-latence-api-paiement, révision ar-7f31c2).' },
], { seed: 'latence-fa1' });

const agent = new Agent({
  name: 'Copilote astreinte',
  instructions: 'Tu aides l\'équipe SRE à gérer les alertes. Utilise lire_metriques puis definir_regle_alerte.',
  model: m, tools: [metriques, regle],
});
const runner = new Runner({ groupId: 'sre-3c9d0e1a-41f7', workflowName: 'Copilote astreinte', traceMetadata: { user: 'jdubois@sre' } });
await runner.run(agent, 'Peux-tu créer une alerte p99 sur api-paiement à 20 % au-dessus du p99 de la dernière semaine ? 5 minutes de dépassement, canal #astreinte-paiement.');
writeTrace(here, 'trace.jsonl');
