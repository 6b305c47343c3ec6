// Service client d'un fournisseur d'électricité (OpenAI Agents SDK, scripted fake model, offline).
// The meter-reading service times out once, the agent retries and gets the reading.
// Writes trace.jsonl next to this script. Rerun: node generate.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const errorText = (ctx, err) => `Erreur : ${err.message}`;

let releveCalls = 0;
const releveCompteur = tool({
  name: 'releve_compteur',
  description: 'Dernier index télérelevé du compteur Linky pour un point de livraison (PDL).',
  parameters: z.object({ pdl: z.string() }),
  errorFunction: errorText,
  execute: async ({ pdl }) => {
    releveCalls += 1;
    if (releveCalls === 1) throw new Error('GatewayTimeout: le service de télérelevé n\'a pas répondu dans le délai imparti (8000 ms), requête 7f0c2e');
    return JSON.stringify({
      pdl, compteur: 'Linky', date_releve: '2025-11-02', index_hp_kwh: 31874, index_hc_kwh: 16339,
      index_precedent: { date: '2025-10-02', hp_kwh: 31412, hc_kwh: 16048 }, source: 'télérelevé',
    });
  },
});

const estimerFacture = tool({
  name: 'estimer_facture',
  description: 'Estime le montant TTC de la prochaine facture à partir des consommations HP/HC.',
  parameters: z.object({ pdl: z.string(), conso_hp_kwh: z.number(), conso_hc_kwh: z.number(), option: z.enum(['BASE', 'HPHC']) }),
  errorFunction: errorText,
  execute: async ({ conso_hp_kwh, conso_hc_kwh }) => JSON.stringify({
    periode: '2025-10-02 → 2025-11-02', conso_totale_kwh: conso_hp_kwh + conso_hc_kwh,
    montant_ht: 129.34, tva: 25.87, montant_ttc: 155.21, devise: 'EUR', abonnement_inclus: true,
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'releve_compteur', args: { pdl: '14295837602118' } }] },
  { content: 'Le service de télérelevé ne répond pas pour l\'instant, je relance la demande.',
    tool_calls: [{ name: 'releve_compteur', args: { pdl: '14295837602118' } }] },
  { tool_calls: [{ name: 'estimer_facture', args: { pdl: '14295837602118', conso_hp_kwh: 462, conso_hc_kwh: 291, option: 'HPHC' } }] },
  { content: 'Bonjour M. Lefebvre,\n\nVotre compteur Linky a été télérelevé le 2 novembre 2025 : index heures pleines 31 874 kWh et heures creuses 16 339 kWh. '
      + 'Depuis le relevé du 2 octobre, vous avez consommé 462 kWh en heures pleines et 291 kWh en heures creuses, soit 753 kWh.\n\n'
      + 'L\'estimation de votre prochaine facture est de 155,21 € TTC (129,34 € HT + 25,87 € de TVA), abonnement compris.' },
], { seed: 'releve-compteur-reessai', created: 1762156800 });

const agent = new Agent({
  name: 'Conseiller facturation',
  instructions: 'Tu es le conseiller en ligne d\'un fournisseur d\'électricité. Réponds aux questions de facturation en t\'appuyant sur '
    + 'le dernier relevé du compteur du client. Si un service ne répond pas, réessaie avant de conclure.',
  model,
  tools: [releveCompteur, estimerFacture],
});

const runner = new Runner({
  groupId: 'EC-2025-11-03-000918273',
  workflowName: 'Espace client - assistant',
  traceMetadata: { user_id: 'client:6620193847', pdl: '14295837602118' },
});
await runner.run(agent, 'Bonjour, ma consommation me semble avoir beaucoup augmenté ce mois-ci. '
  + 'Pouvez-vous me donner mon dernier relevé et une estimation de ma prochaine facture ? Merci, Jean-Marc Lefebvre');

writeTrace(here, 'trace.jsonl');
