// Banque en ligne (FR): un assistant LangGraph.js programme un virement; tracé OpenInference (OTLP/JSON).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('banque-assistant', { 'deployment.environment': 'prod-fr' });

const beneficiaires = tool(async ({ nom }) => JSON.stringify([
  { id_beneficiaire: 'BEN-4471', nom: 'SCI Les Tilleuls', iban_masque: 'FR76 3000 4*** **** **** ***9 812' },
]), { name: 'rechercher_beneficiaire', description: 'Recherche un bénéficiaire enregistré par nom.',
  schema: z.object({ nom: z.string() }) });

const solde = tool(async ({ compte }) => JSON.stringify({ compte, solde_centimes: 384217, devise: 'EUR' }),
  { name: 'consulter_solde', description: 'Solde du compte courant, en centimes.',
    schema: z.object({ compte: z.string() }) });

const virement = tool(async ({ compte_debit, id_beneficiaire, montant_centimes, date_execution, libelle }) => JSON.stringify({
  statut: 'PROGRAMME', reference: 'VIR-20250603-00ZK41', compte_debit, id_beneficiaire,
  montant: (montant_centimes / 100).toFixed(2).replace('.', ',') + ' EUR', date_execution, libelle,
}), { name: 'programmer_virement',
  description: 'Programme un virement SEPA. montant_centimes: montant en centimes d\'euro (entier).',
  schema: z.object({ compte_debit: z.string(), id_beneficiaire: z.string(),
    montant_centimes: z.number().int().describe('Montant en centimes (ex. 1000 = 10,00 EUR)'),
    date_execution: z.string(), libelle: z.string() }) });

const replies = [
  { tool_calls: [{ name: 'rechercher_beneficiaire', args: { nom: 'Les Tilleuls' } }] },
  { tool_calls: [{ name: 'consulter_solde', args: { compte: 'CC-00918273' } }] },
  { tool_calls: [{ name: 'programmer_virement', args: { compte_debit: 'CC-00918273', id_beneficiaire: 'BEN-4471',
    montant_centimes: 1180, date_execution: '2025-06-05', libelle: 'Loyer juin 2025 - Apt 3B' } }] },
  { content: 'C\'est fait : le virement de 1 180,00 € vers SCI Les Tilleuls (loyer de juin, Apt 3B) est programmé pour le 5 juin 2025, référence VIR-20250603-00ZK41. Votre solde actuel de 3 842,17 € le couvre.' },
];

const app = await reactGraph({ model: new ScriptedChatModel({ replies }), tools: [beneficiaires, solde, virement], name: 'assistant-virements' });
await t.turn({ userId: 'client-0918273' }, () => app.invoke({ messages: [
  new SystemMessage('Tu es l\'assistant de la banque. Compte courant du client : CC-00918273. Confirme toujours montant et bénéficiaire.'),
  new HumanMessage('Bonjour, pouvez-vous programmer le virement de mon loyer, 1 180 €, à la SCI Les Tilleuls pour le 5 juin ? Libellé : Loyer juin 2025 - Apt 3B'),
] }, { metadata: { session_id: 'sess_fr_7c21e0b4' }, configurable: { thread_id: 'sess_fr_7c21e0b4' } }));
t.write(path.join(here, 'traces.jsonl'));
