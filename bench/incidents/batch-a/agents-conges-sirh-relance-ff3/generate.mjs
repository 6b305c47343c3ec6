// Assistant RH : le SIRH répond 503 au premier appel, l'agent relance, puis pose les congés.
// Run from the checkout root: node bench/incidents/batch-a/agents-conges-sirh-relance-ff3/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const soldeConges = tool({
  name: 'solde_conges', description: 'Soldes de congés d\'un salarié (CP, RTT) sur la période en cours.',
  parameters: z.object({ matricule: z.string() }),
  execute: async ({ matricule }) => {
    if (calls++ === 0) throw new Error('HTTP 503 Service Unavailable: SIRH indisponible (maintenance planifiée, réessayer dans quelques secondes)');
    return JSON.stringify({ matricule, periode: '2025-06-01/2026-05-31', conges_payes_restants: 7.5, rtt_restants: 0,
      rtt_pris: 10, rtt_acquis: 10, mis_a_jour: '2025-11-17T06:00:00+01:00' });
  },
});
const poserConge = tool({
  name: 'poser_conge', description: 'Crée une demande d\'absence soumise au valideur.',
  parameters: z.object({ matricule: z.string(), type: z.enum(['CP', 'RTT']), du: z.string(), au: z.string(), jours: z.number() }),
  execute: async ({ matricule, type, du, au, jours }) => JSON.stringify({ demande: 'DA-2025-118734', matricule, type, du, au, jours,
    statut: 'en_attente_validation', valideur: 'Claire Fabre' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'solde_conges', args: { matricule: '40218' } }] },
  { tool_calls: [{ name: 'solde_conges', args: { matricule: '40218' } }] },
  { tool_calls: [{ name: 'poser_conge', args: { matricule: '40218', type: 'CP', du: '2025-12-22', au: '2025-12-24', jours: 3 } }] },
  { content: "C'est fait ! Votre demande DA-2025-118734 de 3 jours de congés payés du lundi 22 au mercredi 24 décembre a été envoyée à Claire Fabre pour validation. Concernant les RTT : vous avez pris les 10 RTT acquis sur la période 2025-2026, il ne vous en reste donc aucun, d'où la pose en CP. Après cette demande, il vous restera 4,5 jours de congés payés." },
], { seed: 'conges' });

const agent = new Agent({
  name: 'Assistant RH',
  instructions: 'Tu es l\'assistant RH interne. Consulte toujours les soldes avant de poser une absence. En cas d\'erreur technique, réessaie une fois avant de répondre.',
  model: m, tools: [soldeConges, poserConge],
});
const runner = new Runner({ groupId: 'rh-chat-3b91e0', workflowName: 'Assistant RH', traceMetadata: { user_id: 'mat-40218' } });
await runner.run(agent, "Bonjour, je voudrais poser du 22 au 24 décembre. Il me reste des RTT ? Sinon mettez-le en congés payés.");

writeTrace(here, 'trace.jsonl');
