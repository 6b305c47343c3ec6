// Conseiller virtuel d'une banque de détail : une cliente demande deux virements. Le premier appel au
// service des comptes échoue (délai dépassé) et est relancé. Hors ligne : réponses du modèle scriptées.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let appelsComptes = 0;
const consulterComptes = tool({
  name: 'consulter_comptes',
  description: 'Liste les comptes du client avec leur solde disponible.',
  parameters: z.object({ client: z.string() }),
  errorFunction: (_ctx, err) => `Erreur : ${err.message}`,
  execute: async ({ client }) => {
    if (appelsComptes++ === 0) throw new Error('503 Service Unavailable - comptes-api : délai de réponse dépassé (10000 ms)');
    return JSON.stringify({ client, comptes: [
      { id: 'CC-00418827', libelle: 'Compte courant', solde_disponible: 2341.16, devise: 'EUR', decouvert_autorise: 300 },
      { id: 'LA-00418827-01', libelle: 'Livret A', solde: 11200.0, devise: 'EUR', plafond: 22950.0 },
    ], horodatage: '2025-11-18T09:14:03+01:00' });
  },
});

const calculerFrais = tool({
  name: 'calculer_frais',
  description: "Calcule les frais d'un virement selon l'offre du client.",
  parameters: z.object({ client: z.string(), montant: z.number(), iban_beneficiaire: z.string(), instantane: z.boolean() }),
  execute: async ({ montant, instantane }) => JSON.stringify({
    montant, instantane, frais: 0.0, devise: 'EUR', offre: 'Essentiel',
    detail: 'Virements SEPA (standard et instantanés) inclus dans l’offre Essentiel depuis le 09/01/2025.',
  }),
});

let seqVir = 41;
const executerVirement = tool({
  name: 'executer_virement',
  description: 'Exécute un virement depuis un compte du client.',
  parameters: z.object({ compte_debit: z.string(), beneficiaire: z.string(), montant: z.number(), libelle: z.string(), instantane: z.boolean() }),
  execute: async ({ compte_debit, beneficiaire, montant }) => JSON.stringify({
    reference: `VIR-20251118-7Q${seqVir++}`, statut: 'exécuté', compte_debit, beneficiaire, montant, devise: 'EUR', date_valeur: '2025-11-18',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consulter_comptes', args: { client: '5528193' } }] },
  { content: 'Le service des comptes ne répond pas pour le moment, je réessaie.', tool_calls: [{ name: 'consulter_comptes', args: { client: '5528193' } }] },
  { tool_calls: [{ name: 'calculer_frais', args: { client: '5528193', montant: 200, iban_beneficiaire: 'FR7630004000031234567890143', instantane: true } }] },
  { tool_calls: [{ name: 'executer_virement', args: { compte_debit: 'CC-00418827', beneficiaire: 'LA-00418827-01', montant: 750, libelle: 'Épargne novembre', instantane: false } }] },
  { tool_calls: [{ name: 'executer_virement', args: { compte_debit: 'CC-00418827', beneficiaire: 'FR7630004000031234567890143', montant: 200, libelle: 'Pour Camille', instantane: true } }] },
  { content: "C'est fait :\n\n1. 750,00 € virés de votre compte courant vers votre Livret A (réf. VIR-20251118-7Q41).\n2. 200,00 € envoyés en virement instantané à votre sœur, IBAN FR76 3000 4000 0312 3456 7890 143 (réf. VIR-20251118-7Q42).\n\nFrais : 0,00 € — les virements SEPA, y compris instantanés, sont inclus dans votre offre Essentiel. Le solde disponible de votre compte courant passe de 2 341,16 € à 1 391,16 €, et votre Livret A à 11 950,00 €." },
], { seed: 'virement-za3', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Conseiller',
  instructions: "Tu es le conseiller virtuel de la banque. Vérifie les soldes et les frais avant d'exécuter un virement demandé par le client, puis confirme avec les références.",
  model: m, tools: [consulterComptes, calculerFrais, executerVirement],
});

const runner = new Runner({ groupId: 'conv_7Hq2Lp9ZxWm4', workflowName: 'Banque en ligne - assistant', traceMetadata: { user: 'client-5528193' } });
const res = await runner.run(agent, "Bonjour, je voudrais virer 750 € de mon compte courant vers mon livret A, puis 200 € à ma sœur Camille (FR76 3000 4000 0312 3456 7890 143), en instantané si possible. Ça me coûte combien ?");
console.log(res.finalOutput);
writeTrace(here, 'trace.jsonl');
