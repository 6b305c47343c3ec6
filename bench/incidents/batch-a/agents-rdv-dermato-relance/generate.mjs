// Secrétariat médical : la recherche de créneaux échoue une fois (agenda injoignable), l'agent
// relance la même recherche, qui aboutit, puis réserve l'un des créneaux renvoyés.
// Run: node bench/incidents/batch-a/agents-rdv-dermato-relance/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let tentative = 0;
const chercherCreneaux = tool({
  name: 'chercher_creneaux',
  description: 'Cherche les créneaux libres d’une spécialité dans l’agenda du centre.',
  parameters: z.object({
    specialite: z.string(), du: z.string(), au: z.string(), plage: z.enum(['matin', 'apres-midi', 'indifferent']),
  }),
  execute: async () => {
    if (tentative++ === 0) {
      throw new Error('agenda-bridge: ETIMEDOUT après 30000 ms (agenda.centre-saint-roch.local:8443)');
    }
    return JSON.stringify({ creneaux: [
      { id: 'CR-20250314-0930-DRM2', medecin: 'Dr Hélène Marchetti', date: '2025-03-14', heure: '09:30', duree_min: 20, salle: 'B12' },
      { id: 'CR-20250318-1045-DRM1', medecin: 'Dr Karim Belaïd', date: '2025-03-18', heure: '10:45', duree_min: 20, salle: 'B10' },
    ] });
  },
  errorFunction: (_ctx, err) => `Erreur : ${err instanceof Error ? err.message : String(err)}`,
});

const reserverCreneau = tool({
  name: 'reserver_creneau',
  description: 'Réserve un créneau pour un patient et renvoie la confirmation.',
  parameters: z.object({ creneau_id: z.string(), patient_id: z.string(), motif: z.string() }),
  execute: async ({ creneau_id, patient_id, motif }) => JSON.stringify({
    confirmation: 'RDV-7Q4K2', creneau_id, patient_id, motif, statut: 'confirmé',
    rappel_sms: '2025-03-13T18:00:00+01:00',
  }),
});

const args = { specialite: 'dermatologie', du: '2025-03-10', au: '2025-03-20', plage: 'matin' };
const m = scriptedModel([
  { tool_calls: [{ name: 'chercher_creneaux', args }] },
  { content: 'L’agenda n’a pas répondu, je relance la recherche.', tool_calls: [{ name: 'chercher_creneaux', args }] },
  { tool_calls: [{ name: 'reserver_creneau', args: {
    creneau_id: 'CR-20250314-0930-DRM2', patient_id: 'P-118204', motif: 'Contrôle d’un grain de beauté qui a changé d’aspect' } }] },
  { content: 'C’est réservé : vendredi 14 mars à 9 h 30 avec la Dr Hélène Marchetti (dermatologie, salle B12), '
    + 'confirmation RDV-7Q4K2. Vous recevrez un SMS de rappel la veille à 18 h. '
    + 'Si le créneau ne convient plus, un autre est libre le mardi 18 mars à 10 h 45 avec le Dr Karim Belaïd.' },
], { seed: 'rdv-dermato' });

const agent = new Agent({
  name: 'Secrétariat Saint-Roch',
  instructions: 'Tu es le secrétariat du centre médical Saint-Roch. Tu prends les rendez-vous à partir de l’agenda '
    + 'uniquement ; si l’agenda ne répond pas, tu réessaies avant de conclure. Tu ne donnes pas d’avis médical.',
  model: m,
  tools: [chercherCreneaux, reserverCreneau],
});
const runner = new Runner({
  groupId: 'rdv-2f3b44e1-0917',
  workflowName: 'prise-de-rendez-vous',
  traceMetadata: { user_id: 'P-118204', centre: 'saint-roch' },
});
await runner.run(agent,
  'Bonjour, je voudrais un rendez-vous chez un dermatologue pour un grain de beauté qui a changé d’aspect, '
  + 'si possible avant le 20 mars et plutôt le matin. Mon numéro de patient est P-118204.');
writeTrace(here, 'spans.jsonl');
