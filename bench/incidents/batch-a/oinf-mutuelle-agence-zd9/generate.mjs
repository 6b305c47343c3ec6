// Assistant d'une agence de mutuelle santé (LangGraph.js + OpenInference), deux adhérents,
// hors ligne avec un modèle scripté. La mémoire longue est un petit magasin clé/valeur.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('mutuelle-assistant', { 'deployment.environment': 'prod', 'service.version': '1.22.0', 'agence.code': 'LYO-PD-03' });

const memo = new Map();
const AGENCE = 'LYO-PD-03';
// the app fills in the memory key from the request context (the agency of the logged-in counter)
const remember = tool(async ({ texte }) => {
  const list = memo.get(AGENCE) ?? [];
  list.push({ texte, le: list.length ? '2026-12-03T15:02:44+01:00' : '2026-12-03T10:17:09+01:00' });
  memo.set(AGENCE, list);
  return JSON.stringify({ ok: true, cle: `memo/${AGENCE}`, n: list.length });
}, {
  name: 'memoriser', description: 'Mémorise une information utile pour les prochains échanges.',
  schema: z.object({ texte: z.string() }),
});
const recall = tool(async () => JSON.stringify({ cle: `memo/${AGENCE}`, entrees: memo.get(AGENCE) ?? [] }), {
  name: 'rappeler_memoire', description: "Rappelle les informations mémorisées lors des échanges précédents.",
  schema: z.object({}),
});
const dossier = tool(async ({ num_adherent }) => JSON.stringify(num_adherent === 'AD-4471902'
  ? { num_adherent, nom: 'Claire Dubois', contrat: 'Santé Confort 3', remboursement_en_cours: { acte: 'implant dentaire', montant_eur: 1240.0, statut: 'en attente devis signé' } }
  : { num_adherent, nom: 'Marc Lefèvre', contrat: 'Santé Essentiel 1', remboursement_en_cours: null, dernier_remboursement: { acte: 'consultation ophtalmologie', montant_eur: 30.0, le: '2026-10-14' } }), {
  name: 'consulter_dossier', description: "Dossier d'un adhérent.", schema: z.object({ num_adherent: z.string() }),
});

const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    // Claire Dubois, matin
    { content: '', tool_calls: [{ name: 'consulter_dossier', args: { num_adherent: 'AD-4471902' } }] },
    { content: '', tool_calls: [{ name: 'memoriser', args: { texte: 'Claire Dubois (AD-4471902) : devis implant dentaire 1 240 € chez Dr Haddad envoyé, remboursement sur IBAN FR76 1027 8073 0000 0219 4480 134 ; en arrêt maladie jusqu’au 15/01, préfère être rappelée l’après-midi au 06 71 38 22 90.' } }] },
    { content: "C'est noté, Madame Dubois : votre devis d'implant (1 240 €) est bien arrivé, le remboursement partira sur votre IBAN se terminant par 134 dès réception du devis signé. Bon rétablissement !" },
    // Marc Lefèvre, après-midi
    { content: '', tool_calls: [{ name: 'consulter_dossier', args: { num_adherent: 'AD-5530118' } }] },
    { content: '', tool_calls: [{ name: 'rappeler_memoire', args: {} }] },
    { content: "Bonjour Monsieur Lefèvre. D'après nos échanges précédents, votre devis d'implant dentaire de 1 240 € chez le Dr Haddad est bien enregistré : le remboursement sera versé sur l'IBAN se terminant par 134 dès réception du devis signé. Nous vous rappellerons de préférence l'après-midi au 06 71 38 22 90. Votre dernier remboursement (consultation ophtalmologie, 30 €) a été versé le 14/10." },
  ],
});

const system = new SystemMessage("Tu es l'assistant de l'agence Lyon Part-Dieu de la Mutuelle des Rhodaniens. Consulte le dossier de l'adhérent, utilise la mémoire pour assurer le suivi d'un échange à l'autre. Réponds en français.");
const app = await reactGraph({ model, tools: [dossier, remember, recall], prepare: (m) => [system, ...m], name: 'assistant_agence' });

await t.turn({ userId: 'AD-4471902' }, () => app.invoke(
  { messages: [new HumanMessage("Bonjour, Claire Dubois, adhérente AD-4471902. J'ai envoyé le devis de mon implant (1 240 € chez le Dr Haddad). Remboursement sur mon IBAN FR76 1027 8073 0000 0219 4480 134 svp. Je suis en arrêt jusqu'au 15 janvier, rappelez-moi plutôt l'après-midi au 06 71 38 22 90.")] },
  { metadata: { session_id: 'conv-lyo-20261203-0917', canal: 'borne-agence' }, runName: 'assistant_agence' }));

await t.turn({ userId: 'AD-5530118' }, () => app.invoke(
  { messages: [new HumanMessage("Bonjour, Marc Lefèvre, AD-5530118. Vous pouvez me dire où en sont mes remboursements ?")] },
  { metadata: { session_id: 'conv-lyo-20261203-1458', canal: 'borne-agence' }, runName: 'assistant_agence' }));

t.write(path.join(here, 'traces.otlp.jsonl'));
