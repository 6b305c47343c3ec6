// Assistant RH d'une mutuelle : solde de congés, planning d'équipe, dépôt d'une demande d'absence.
// Le premier appel au SIRH échoue (503), l'agent relance et obtient le solde. Le solde RTT est
// réellement à 0 et le planning ne montre aucun conflit. OpenAI Agents SDK (JS), modèle factice scripté.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, scriptedModel, writeTrace, z } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let appelsSolde = 0;
const soldeConges = tool({
  name: 'sirh_solde_absences',
  description: 'Soldes de congés payés (CP) et RTT d\'un salarié dans le SIRH.',
  parameters: z.object({ matricule: z.string() }),
  errorFunction: (_ctx, err) => `Erreur lors de l'appel SIRH : ${err?.message ?? err}`,
  execute: async ({ matricule }) => {
    if (appelsSolde++ === 0) throw new Error('SIRH indisponible : HTTP 503 Service Unavailable (gateway sirh-prod-02, réessayer dans quelques secondes)');
    return JSON.stringify({ matricule, periode: '2025-06-01/2026-05-31', cp_acquis: 25, cp_pris: 10.5, cp_restants: 14.5, rtt_acquis: 9, rtt_pris: 9, rtt_restants: 0, maj: '2026-03-02T05:10:00+01:00' });
  },
});

const planningEquipe = tool({
  name: 'planning_equipe_absences',
  description: 'Absences déjà posées ou validées dans l\'équipe sur une période.',
  parameters: z.object({ equipe: z.string(), du: z.string(), au: z.string() }),
  execute: async ({ equipe, du, au }) => JSON.stringify({ equipe, du, au, absences: [], seuil_presence_min: 3, effectif: 6 }),
});

const deposerDemande = tool({
  name: 'deposer_demande_absence',
  description: 'Dépose une demande d\'absence, transmise au manager pour validation.',
  parameters: z.object({ matricule: z.string(), type: z.enum(['CP', 'RTT', 'SANS_SOLDE']), du: z.string(), au: z.string(), jours_ouvres: z.number() }),
  execute: async (a) => JSON.stringify({ demande: 'ABS-2026-004127', statut: 'en_attente_validation', valideur: 'C. Lemaire', ...a }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'sirh_solde_absences', args: { matricule: 'MGF-018842' } }] },
  { tool_calls: [{ name: 'sirh_solde_absences', args: { matricule: 'MGF-018842' } }] },
  { tool_calls: [{ name: 'planning_equipe_absences', args: { equipe: 'GEST-PREST-LYON-2', du: '2026-04-20', au: '2026-04-24' } }] },
  { tool_calls: [{ name: 'deposer_demande_absence', args: { matricule: 'MGF-018842', type: 'CP', du: '2026-04-20', au: '2026-04-24', jours_ouvres: 5 } }] },
  { content: 'C\'est fait ! Votre demande ABS-2026-004127 (5 jours de CP du lundi 20 au vendredi 24 avril) est transmise à C. Lemaire pour validation.\n\nVos soldes au 2 mars : 14,5 jours de CP restants (il vous en restera 9,5 après ces vacances) et 0 RTT — vos 9 RTT de la période ont déjà tous été pris. Personne d\'autre dans l\'équipe n\'a posé d\'absence cette semaine-là, donc pas de conflit de planning.' },
], { seed: 'mgf-rh-018842', model: 'gpt-4o', served: 'gpt-4o-2024-11-20' });

const agent = new Agent({
  name: 'Assistant RH',
  instructions: 'Tu es l\'assistant RH de la Mutuelle Générale du Forez. Tu réponds aux salariés sur leurs absences. Vérifie toujours le solde dans le SIRH avant de déposer une demande. Si un service est indisponible, réessaie avant de conclure. Réponds en français, en vouvoyant.',
  model: m,
  tools: [soldeConges, planningEquipe, deposerDemande],
});

const runner = new Runner({ groupId: 'rh-teams-19:a3f02c8e41b7', workflowName: 'assistant-rh', traceMetadata: { user_id: 'MGF-018842', equipe: 'GEST-PREST-LYON-2' } });
await runner.run(agent, 'Bonjour, il me reste combien de jours ? Je voudrais poser la semaine du 20 au 24 avril en congés payés, et si c\'est bon, déposez la demande directement svp.');
writeTrace(here, 'trace.jsonl');
