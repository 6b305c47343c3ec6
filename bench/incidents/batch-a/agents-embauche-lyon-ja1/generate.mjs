// RH (French): an onboarding agent copies a new hire's offer from the group's US recruiting
// system into the French HR file (SIRH) and schedules the first-day badge.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const offreAts = tool({
  name: 'ats_get_offer', description: 'Reads an accepted offer from the group recruiting system (US tenant).',
  parameters: z.object({ candidate_ref: z.string() }),
  execute: async ({ candidate_ref }) => JSON.stringify({
    candidate_ref, name: 'Inès Moreau-Duval', position: 'Ingénieure qualité logiciel', site: 'Lyon Part-Dieu',
    start_date: '06/01/2026', locale: 'en_US', base_salary: '52,000.00', currency: 'EUR', contract: 'CDI',
    trial_period_months: 4, status: 'ACCEPTED',
  }),
});

const creerDossier = tool({
  name: 'sirh_creer_dossier', description: 'Crée le dossier salarié dans le SIRH.',
  parameters: z.object({
    matricule_candidat: z.string(), nom: z.string(), poste: z.string(), etablissement: z.string(),
    date_entree: z.string().describe('AAAA-MM-JJ'), salaire_brut_annuel: z.number(), type_contrat: z.string(),
    periode_essai_mois: z.number().int(),
  }),
  execute: async (a) => JSON.stringify({ dossier: 'SAL-0098321', statut: 'créé', date_entree: a.date_entree, fin_periode_essai: '2026-05-05' }),
});

const planifierBadge = tool({
  name: 'planifier_badge', description: 'Programme la remise du badge et du poste de travail le jour d’arrivée.',
  parameters: z.object({ dossier: z.string(), date: z.string(), site: z.string() }),
  execute: async (a) => JSON.stringify({ rdv: 'ACC-LYO-5512', date: a.date, heure: '09:00', lieu: 'Accueil Part-Dieu, niveau 2' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'ats_get_offer', args: { candidate_ref: 'REQ-88412-C07' } }] },
  { tool_calls: [{ name: 'sirh_creer_dossier', args: {
    matricule_candidat: 'REQ-88412-C07', nom: 'Inès Moreau-Duval', poste: 'Ingénieure qualité logiciel', etablissement: 'Lyon Part-Dieu',
    date_entree: '2026-01-06', salaire_brut_annuel: 52000, type_contrat: 'CDI', periode_essai_mois: 4 } }] },
  { tool_calls: [{ name: 'planifier_badge', args: { dossier: 'SAL-0098321', date: '2026-01-06', site: 'Lyon Part-Dieu' } }] },
  { content: 'C’est fait : le dossier SAL-0098321 d’Inès Moreau-Duval est créé (CDI, 52 000 € brut annuel, période d’essai de 4 mois). Son arrivée est enregistrée au 6 janvier 2026 ; la remise du badge est prévue ce jour-là à 9h00 à l’accueil Part-Dieu (niveau 2).' },
], { seed: 'embauche-ja1' });

const agent = new Agent({
  name: 'Onboarding RH', model: m, tools: [offreAts, creerDossier, planifierBadge],
  instructions: 'Tu prépares l’arrivée des nouveaux salariés : reprends l’offre acceptée depuis l’ATS, crée le dossier SIRH, puis planifie le badge du premier jour.',
});

const runner = new Runner({ groupId: 'rh-onb-7c1e0b52', workflowName: 'Onboarding France', traceMetadata: { user_id: 'gestionnaire.rh.lyon' } });
await runner.run(agent, 'Bonjour, peux-tu préparer l’arrivée de la candidate REQ-88412-C07 (offre acceptée hier) ?');
writeTrace(here, 'trace.jsonl');
