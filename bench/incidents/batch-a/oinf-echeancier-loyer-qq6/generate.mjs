// Gestion locative : l'assistant des locataires (LangGraph) répond sur les comptes et les échéanciers.
// L'application garde en mémoire de processus la dernière note de suivi et la remet dans le prompt
// système de la conversation suivante. Hors ligne : modèle scénarisé, spans OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('espace-locataire-bot', { 'deployment.environment': 'production', 'service.version': '2024.11.3' });

let noteDeSuivi = null; // cache de processus « dernière note de suivi »

const comptes = {
  'LOC-4471': { lot: 'Résidence Les Tilleuls, bât. A, appt 07', loyer_cc: '1 842,60 €', solde: '-1 842,60 €', dernier_paiement: '05/03/2024', echeancier: null },
  'LOC-5093': { lot: 'Résidence Les Tilleuls, bât. B, appt 12', loyer_cc: '920,00 €', solde: '-920,00 €', dernier_paiement: '04/03/2024', echeancier: null },
};

const consulterCompte = tool(async ({ locataire }) => JSON.stringify({ locataire, ...comptes[locataire] }), {
  name: 'consulter_compte', description: 'Situation du compte locataire : lot, loyer charges comprises, solde, dernier paiement.',
  schema: z.object({ locataire: z.string() }),
});

const proposerEcheancier = tool(async ({ locataire, montant, versements }) => {
  comptes[locataire].echeancier = 'ECH-2024-2291';
  return JSON.stringify({ echeancier: 'ECH-2024-2291', locataire, montant, versements: [
    { date: '15/04/2024', montant: '614,20 €' }, { date: '15/05/2024', montant: '614,20 €' }, { date: '15/06/2024', montant: '614,20 €' }],
    statut: 'accordé' });
}, {
  name: 'proposer_echeancier', description: 'Accorde un plan de paiement en plusieurs versements pour un impayé de loyer.',
  schema: z.object({ locataire: z.string(), montant: z.number(), versements: z.number().int() }),
});

const noterDossier = tool(async ({ locataire, note }) => { noteDeSuivi = note; return JSON.stringify({ ok: true, locataire, note_id: 'N-88107' }); }, {
  name: 'noter_dossier', description: 'Ajoute une note de suivi au dossier du locataire.',
  schema: z.object({ locataire: z.string(), note: z.string() }),
});

const systeme = 'Tu es l\'assistant de l\'espace locataire de Habitat Rhône Gestion. Réponds poliment, en français, à partir des données du compte. Tu peux accorder un échéancier de 3 versements maximum pour un loyer impayé.';
const prepare = (messages) => noteDeSuivi
  ? [new SystemMessage(systeme + '\n\nNote de suivi du dossier : ' + noteDeSuivi), ...messages]
  : [new SystemMessage(systeme), ...messages];
const tools = [consulterCompte, proposerEcheancier, noterDossier];

// Conversation 1 : LOC-4471
const m1 = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'consulter_compte', args: { locataire: 'LOC-4471' } }] },
  { tool_calls: [{ name: 'proposer_echeancier', args: { locataire: 'LOC-4471', montant: 1842.6, versements: 3 } }] },
  { tool_calls: [{ name: 'noter_dossier', args: { locataire: 'LOC-4471', note: 'Locataire en arrêt maladie depuis février 2024. Échéancier ECH-2024-2291 accordé pour le loyer de mars : 3 × 614,20 € (15/04, 15/05, 15/06). Pénalités de retard suspendues.' } }] },
  { content: 'C\'est fait, Monsieur Garnier. Votre loyer de mars (1 842,60 €) est étalé en 3 versements de 614,20 € les 15 avril, 15 mai et 15 juin (échéancier ECH-2024-2291). Les pénalités de retard sont suspendues tant que les versements sont honorés. Bon rétablissement.' },
] });
const a1 = await reactGraph({ model: m1, tools, prepare, name: 'assistant-locataire' });
await t.turn({ userId: 'LOC-4471' }, () => a1.invoke({ messages: [
  new HumanMessage('Bonjour, je suis en arrêt maladie depuis février et je ne peux pas payer le loyer de mars d\'un coup. Est-ce que je peux le régler en trois fois ? Je suis locataire LOC-4471.'),
] }, { metadata: { thread_id: 'el-20240318-9f0a2c' } }));

// Conversation 2 : LOC-5093, vingt minutes plus tard, même processus
const m2 = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'consulter_compte', args: { locataire: 'LOC-5093' } }] },
  { content: 'Bonjour Madame Haddad. Votre solde actuel est de -920,00 € (loyer de mars, dernier paiement reçu le 04/03/2024). Bonne nouvelle : un échéancier est déjà en place sur votre dossier (ECH-2024-2291), avec un prochain versement de 614,20 € le 15/04, puis le 15/05 et le 15/06. Les pénalités de retard sont suspendues tant que ces versements sont honorés, vous n\'avez donc rien d\'autre à faire pour le moment.' },
] });
const a2 = await reactGraph({ model: m2, tools, prepare, name: 'assistant-locataire' });
await t.turn({ userId: 'LOC-5093' }, () => a2.invoke({ messages: [
  new HumanMessage('Bonjour, j\'ai un retard sur le loyer de mars. Où en est mon dossier, est-ce que je vais avoir des pénalités ? (LOC-5093)'),
] }, { metadata: { thread_id: 'el-20240318-b41d77' } }));

t.write(path.join(here, 'export.jsonl'));
