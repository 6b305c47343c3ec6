// Claims desk of a French car insurer: the reception agent reads the policy, then hands the claim
// to the settlement agent through a handoff whose input filter strips tool calls and results.
// Run: node bench/incidents/batch-a/agents-sinistre-bris-de-glace/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace,
} from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const contrats = {
  'AUTO-FR-558120': {
    numero: 'AUTO-FR-558120', titulaire: 'Mme Claire Rouvier', formule: 'Tiers Étendu',
    vehicule: { immatriculation: 'GH-482-KT', modele: 'Peugeot 308 SW' },
    garanties: {
      bris_de_glace: { incluse: true, franchise_eur: 150, plafond_par_sinistre_eur: 900, reparateur_agree_requis: false },
      vol: { incluse: true, franchise_eur: 300 },
      assistance_0km: { incluse: false },
    },
    statut: 'en vigueur', echeance: '2026-09-30', iban_reglement: 'FR76 3000 4028 3700 0104 4471 923',
  },
};

const consulterContrat = tool({
  name: 'consulter_contrat',
  description: "Renvoie les garanties, franchises et plafonds d'un contrat auto.",
  parameters: z.object({ numero_contrat: z.string() }),
  execute: async ({ numero_contrat }) => JSON.stringify(contrats[numero_contrat] ?? { erreur: 'contrat inconnu' }),
});

const ouvrirSinistre = tool({
  name: 'ouvrir_sinistre',
  description: 'Ouvre un dossier de sinistre et renvoie sa référence.',
  parameters: z.object({ numero_contrat: z.string(), nature: z.string(), date_survenance: z.string(), montant_facture_eur: z.number() }),
  execute: async ({ numero_contrat, nature }) => JSON.stringify({ reference: 'SIN-2026-031877', numero_contrat, nature, etat: 'ouvert' }),
});

const emettreReglement = tool({
  name: 'emettre_reglement',
  description: "Programme le virement d'indemnisation à l'assuré pour un sinistre ouvert.",
  parameters: z.object({ reference_sinistre: z.string(), montant_eur: z.number(), libelle: z.string() }),
  execute: async ({ reference_sinistre, montant_eur }) => JSON.stringify({
    virement: 'VIR-0884120', reference_sinistre, montant_eur, date_valeur: '2026-03-12',
    beneficiaire: 'Mme Claire Rouvier', iban: 'FR76 **** **** **** **** *471 923', etat: 'programmé',
  }),
});

const model = scriptedModel([
  // Accueil
  { tool_calls: [{ name: 'consulter_contrat', args: { numero_contrat: 'AUTO-FR-558120' } }] },
  { content: 'Votre contrat couvre bien le bris de glace. Je transmets votre dossier au service Indemnisation, qui va finaliser le remboursement.',
    tool_calls: [{ name: 'transfer_to_Indemnisation', args: {} }] },
  // Indemnisation
  { tool_calls: [{ name: 'ouvrir_sinistre', args: { numero_contrat: 'AUTO-FR-558120', nature: 'bris de glace - remplacement pare-brise', date_survenance: '2026-03-04', montant_facture_eur: 1280 } }] },
  { tool_calls: [{ name: 'emettre_reglement', args: { reference_sinistre: 'SIN-2026-031877', montant_eur: 1280, libelle: 'Remboursement pare-brise GH-482-KT' } }] },
  { content: "C'est fait, Madame Rouvier : le sinistre SIN-2026-031877 est ouvert et un virement de 1 280,00 € (réf. VIR-0884120) est programmé sur votre compte pour le 12 mars. Vous n'avez plus rien à faire, conservez simplement la facture du vitrier." },
], { seed: 'sinistre-bris-de-glace' });

const indemnisation = new Agent({
  name: 'Indemnisation',
  instructions: "Tu es le service Indemnisation d'un assureur auto. Tu ouvres le sinistre puis tu programmes le règlement dû à l'assuré selon les garanties de son contrat. Réponds en français.",
  model, tools: [ouvrirSinistre, emettreReglement],
});
const accueil = new Agent({
  name: 'Accueil',
  instructions: "Tu es l'accueil sinistres. Vérifie le contrat de l'assuré avec consulter_contrat, puis transfère toute demande de remboursement au service Indemnisation. Réponds en français.",
  model, tools: [consulterContrat],
  handoffs: [handoff(indemnisation, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'dossier_7e21c4b0-55f3-4c1e-9a3d-2b8f0e6d41aa',
  workflowName: 'Sinistres auto - espace client',
  traceMetadata: { user_id: 'assure:CR-558120', canal: 'espace-client-web' },
});
await runner.run(accueil, "Bonjour, mon pare-brise a éclaté sur l'autoroute le 4 mars et je l'ai fait remplacer chez un vitrier de Tours. La facture est de 1 280,00 €. Mon contrat est le AUTO-FR-558120. Pouvez-vous me rembourser ?");
writeTrace(here, 'traces.jsonl');
