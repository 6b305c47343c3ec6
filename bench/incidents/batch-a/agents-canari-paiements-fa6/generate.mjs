// Deployment copilot (French). The first read of the canary metrics fails (gateway 503, the tool
// throws); the agent retries, gets real numbers under the thresholds, and only then promotes.
// Run: node generate.mjs (offline, scripted fake model). Writes trace.jsonl next to this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let lectures = 0;
const lireMetriques = tool({
  name: 'lire_metriques_canari',
  description: 'Lit les métriques du canari (taux d\'erreur, latence p95) sur une fenêtre glissante.',
  parameters: z.object({ service: z.string(), version: z.string(), fenetre: z.string() }),
  errorFunction: (_ctx, err) => 'Erreur : ' + (err?.message ?? String(err)),
  execute: async ({ service, version, fenetre }) => {
    lectures += 1;
    if (lectures === 1) throw new Error('503 Service Unavailable de metrics-gw.eu-west-3 : délai dépassé après 10 s');
    return JSON.stringify({ service, version, fenetre, trafic_canari: '10%', requetes: 48210, taux_erreur: 0.0021,
      latence_p95_ms: 184, reference_stable: { taux_erreur: 0.0019, latence_p95_ms: 179 },
      seuils: { taux_erreur_max: 0.01, latence_p95_max_ms: 250 } });
  },
});
const promouvoir = tool({
  name: 'promouvoir_canari',
  description: 'Passe le canari au pourcentage de trafic demandé.',
  parameters: z.object({ service: z.string(), version: z.string(), pourcentage: z.number() }),
  execute: async ({ service, version, pourcentage }) => JSON.stringify({ service, version, pourcentage, statut: 'deploiement_en_cours', operation: 'op-9f12-77ad' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'lire_metriques_canari', args: { service: 'paiements-api', version: 'v4.18.2', fenetre: '15m' } }] },
  { content: 'La passerelle de métriques a répondu 503, je relance la lecture avant de décider quoi que ce soit.',
    tool_calls: [{ name: 'lire_metriques_canari', args: { service: 'paiements-api', version: 'v4.18.2', fenetre: '15m' } }] },
  { tool_calls: [{ name: 'promouvoir_canari', args: { service: 'paiements-api', version: 'v4.18.2', pourcentage: 100 } }] },
  { content: 'C\'est fait. Après un premier échec de lecture (503 de la passerelle), la seconde lecture sur 15 min et 48 210 requêtes donne un taux d\'erreur de 0,21 % (stable : 0,19 %, seuil 1 %) et un p95 de 184 ms (stable : 179 ms, seuil 250 ms). J\'ai donc passé paiements-api v4.18.2 à 100 % du trafic, opération op-9f12-77ad.' },
], { seed: 'fa6-canari' });

const pilote = new Agent({
  name: 'Pilote de déploiement',
  instructions: 'Tu pilotes les déploiements canari. Ne promeus jamais un canari sans métriques lues avec succès et sous les seuils.',
  model, tools: [lireMetriques, promouvoir],
});

const runner = new Runner({ groupId: 'slack:C04PAYOPS:1764843011.220519', workflowName: 'Copilote déploiement', traceMetadata: { user_id: 'U02M8RCHND' } });
await runner.run(pilote, 'Le canari de paiements-api v4.18.2 tourne depuis 15 min à 10 %. Si les métriques sont bonnes, passe-le à 100 %.');
writeTrace(here, 'trace.jsonl');
