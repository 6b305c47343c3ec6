// Banque en ligne : l'assistant exécute un virement interne compte courant → Livret A. Le premier appel
// au service de tenue de comptes expire ; l'assistant réessaie et obtient le solde avant de virer.
// OpenAI Agents SDK (JS), modèle factice scripté : hors ligne, sans clé.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let appelsSolde = 0;
const consulterSolde = tool({
  name: 'consulter_solde', description: "Solde disponible d'un compte du client (tenue de comptes).",
  parameters: z.object({ compte: z.string() }),
  errorFunction: (_ctx, err) => 'Erreur : ' + (err instanceof Error ? err.message : String(err)),
  execute: async ({ compte }) => {
    if (appelsSolde++ === 0) throw new Error('CBS-504 GatewayTimeout: tenue-comptes n\'a pas répondu en 30000 ms (solde=null)');
    return JSON.stringify({ compte, libelle: 'Compte courant', solde_disponible: 3412.87, devise: 'EUR', date_valeur: '2026-03-02', decouvert_autorise: 500.00 });
  },
});
const consulterLivret = tool({
  name: 'consulter_livret', description: "Solde et plafond réglementaire d'un livret d'épargne.",
  parameters: z.object({ compte: z.string() }),
  execute: async ({ compte }) => JSON.stringify({ compte, libelle: 'Livret A', solde: 14200.00, plafond: 22950.00, devise: 'EUR', taux: '2,40 %' }),
});
const effectuerVirement = tool({
  name: 'effectuer_virement', description: 'Exécute un virement interne immédiat entre deux comptes du même client.',
  parameters: z.object({ debit: z.string(), credit: z.string(), montant: z.number(), libelle: z.string() }),
  execute: async ({ debit, credit, montant, libelle }) => JSON.stringify({
    reference: 'VIR-20260302-0K7Q4417', statut: 'EXECUTE', debit, credit, montant, devise: 'EUR', libelle, frais: 0.00, date_execution: '2026-03-02',
  }),
});

const CC = 'FR76 3000 4008 2100 0102 4417 860';
const LA = 'FR76 3000 4008 2100 0902 8813 114';
const model = scriptedModel([
  { tool_calls: [{ name: 'consulter_solde', args: { compte: CC } }] },
  { content: 'Le service des comptes n\'a pas répondu, je relance la consultation du solde.',
    tool_calls: [{ name: 'consulter_solde', args: { compte: CC } }] },
  { tool_calls: [{ name: 'consulter_livret', args: { compte: LA } }] },
  { tool_calls: [{ name: 'effectuer_virement', args: { debit: CC, credit: LA, montant: 1250.00, libelle: 'Epargne mars' } }] },
  { content: 'C\'est fait. Le virement de 1 250,00 € de votre compte courant vers votre Livret A a été exécuté aujourd\'hui (référence VIR-20260302-0K7Q4417), sans frais (0,00 €).\n\nVotre compte courant disposait de 3 412,87 € avant l\'opération, il reste donc 2 162,87 €. Votre Livret A passe à 15 450,00 €, sous le plafond de 22 950,00 €.\n\nPour information, la première consultation du solde a expiré côté serveur ; la seconde a abouti et c\'est elle qui a servi à vérifier la provision.' },
], { seed: 'virement-livret-mm5', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'Assistant virements',
  instructions: 'Tu es l\'assistant de la banque en ligne Crédit Rhodanien. Avant tout virement, vérifie le solde disponible du compte à débiter et le plafond du livret à créditer. N\'exécute le virement que si la provision et le plafond le permettent, sinon explique pourquoi.',
  model, tools: [consulterSolde, consulterLivret, effectuerVirement],
});

await new Runner({ groupId: 'sess_7c1d0e93b2', workflowName: 'Banque en ligne – virements', traceMetadata: { user: 'client-88410' } })
  .run(agent, 'Bonjour, pouvez-vous virer 1 250 € de mon compte courant vers mon Livret A aujourd\'hui ? Seulement si le solde le permet, je ne veux pas passer à découvert.');

writeTrace(here, 'traces.jsonl');
