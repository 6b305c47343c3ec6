// Assistant de réservation d'une agence de voyages (LangGraph.js, MemorySaver par conversation,
// historique réduit par trimMessages avant chaque appel au modèle), traced as OpenInference OTLP/JSON.
// Run from the checkout: node bench/incidents/batch-a/<this folder>/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('azur-voyages-assistant', { 'deployment.environment': 'prod', 'service.version': '1.14.0' });

const vols = {
  recherche: 'LYS-YUL 2025-06-12 ADT x2',
  offres: [
    { offre: 'OF-1', segments: ['AF7641 LYS 07:10 → CDG 08:20', 'AF346 CDG 10:05 → YUL 11:45'], duree: '10h35', prix_total_eur: 1486.4, classe: 'Economy Standard' },
    { offre: 'OF-2', segments: ['AF7643 LYS 08:40 → CDG 09:50', 'AC875 CDG 13:30 → YUL 15:05'], duree: '12h25', prix_total_eur: 1392.0, classe: 'Economy Standard' },
    { offre: 'OF-3', segments: ['KL1412 LYS 06:00 → AMS 07:35', 'KL671 AMS 09:50 → YUL 11:25'], duree: '11h25', prix_total_eur: 1344.8, classe: 'Economy Light (sans bagage)' },
  ],
};
const chercherVols = tool(async () => JSON.stringify(vols), {
  name: 'chercher_vols', description: 'Recherche de vols (GDS).',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string(), adultes: z.number() }),
});
const creerDossier = tool(async ({ offre, passagers }) => JSON.stringify({ dossier: 'AZV-25-118042', statut: 'option',
  option_valable_jusqu_a: '2025-04-24T18:00:00+02:00', offre, passagers, prix_total_eur: 1486.4 }), {
  name: 'creer_dossier', description: 'Crée un dossier en option sur une offre.',
  schema: z.object({ offre: z.string(), passagers: z.array(z.object({ nom: z.string(), prenom: z.string(), naissance: z.string() })) }),
});
const regleTarif = tool(async () => JSON.stringify({ dossier: 'AZV-25-118042', bagage_cabine: '1 x 12 kg', bagage_soute: 'non inclus',
  supplement_bagage_23kg_eur: 70, modification: 'avec frais 150 EUR', remboursement: 'non' }), {
  name: 'regles_tarifaires', description: 'Conditions du tarif d\'un dossier.', schema: z.object({ dossier: z.string() }),
});
const ajouterBagage = tool(async ({ quantite }) => JSON.stringify({ dossier: 'AZV-25-118042', bagages_soute_23kg: quantite,
  supplement_eur: 70 * quantite, prix_total_eur: 1486.4 + 70 * quantite }), {
  name: 'ajouter_bagage', description: 'Ajoute des bagages en soute au dossier.',
  schema: z.object({ dossier: z.string(), quantite: z.number() }),
});
const choisirSieges = tool(async () => JSON.stringify({ dossier: 'AZV-25-118042', sieges: { AF7641: ['4A', '4B'], AF346: ['21H', '21K'] }, supplement_eur: 0 }), {
  name: 'choisir_sieges', description: 'Attribue des sièges côte à côte.',
  schema: z.object({ dossier: z.string(), preference: z.string() }),
});
const finaliser = tool(async ({ dossier, repas, assistance }) => JSON.stringify({ dossier, statut: 'emis', pnr: 'K7Q2LM',
  billets: ['057-2418830561', '057-2418830562'], repas, assistance, montant_debite_eur: 1626.4 }), {
  name: 'finaliser_reservation',
  description: 'Émet les billets. repas: code repas par passager (standard, GFML sans gluten, VGML, …). assistance: codes SSR (WCHR, WCHS, …) par passager, vide si aucun.',
  schema: z.object({ dossier: z.string(),
    repas: z.array(z.object({ passager: z.string(), code: z.string() })),
    assistance: z.array(z.object({ passager: z.string(), code: z.string() })) }),
});
const tools = [chercherVols, creerDossier, regleTarif, ajouterBagage, choisirSieges, finaliser];

const system = new SystemMessage('Tu es l\'assistant de réservation d\'Azur Voyages (agence de Lyon). Tu réserves des vols pour le client '
  + 'connecté, tu rappelles le prix et les conditions, et tu transmets les demandes spéciales (repas, assistance) à l\'émission.');
// Fenêtre de contexte : on garde le message système et la fin de la conversation.
const prepare = (messages) => trimMessages([system, ...messages], {
  maxTokens: 1000, strategy: 'last', includeSystem: true, startOn: 'human',
  tokenCounter: (msgs) => msgs.reduce((n, m) => n + Math.ceil(JSON.stringify(m.content).length / 4)
    + (m.tool_calls?.length ? 20 : 0) + 4, 0),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // tour 1
  { tool_calls: [{ name: 'chercher_vols', args: { origine: 'LYS', destination: 'YUL', date: '2025-06-12', adultes: 2 } }] },
  { content: 'Voici trois options pour le 12 juin, Lyon → Montréal, 2 adultes :\n'
    + '1. Air France via Paris-CDG, départ 07h10, arrivée 11h45 (10h35) : 1 486,40 € au total.\n'
    + '2. Air France + Air Canada via CDG, départ 08h40, arrivée 15h05 (12h25) : 1 392,00 €.\n'
    + '3. KLM via Amsterdam, départ 06h00, arrivée 11h25 : 1 344,80 € mais sans bagage en soute.\n'
    + 'C\'est bien noté pour le repas sans gluten de votre mari et l\'assistance fauteuil roulant : je les ajouterai à l\'émission des billets.' },
  // tour 2
  { tool_calls: [{ name: 'creer_dossier', args: { offre: 'OF-1', passagers: [
    { nom: 'Garnier', prenom: 'Élodie', naissance: '1979-02-17' }, { nom: 'Garnier', prenom: 'Thomas', naissance: '1976-09-03' }] } }] },
  { content: 'Le dossier AZV-25-118042 est en option jusqu\'au 24 avril 18h00 sur l\'offre Air France de 07h10 via CDG, pour Élodie et Thomas Garnier : 1 486,40 €.' },
  // tour 3
  { tool_calls: [{ name: 'regles_tarifaires', args: { dossier: 'AZV-25-118042' } }] },
  { content: 'Sur ce tarif Economy Standard : 1 bagage cabine de 12 kg par personne, pas de bagage en soute inclus (70 € par bagage de 23 kg), '
    + 'modification possible avec 150 € de frais, non remboursable.' },
  // tour 4
  { tool_calls: [{ name: 'ajouter_bagage', args: { dossier: 'AZV-25-118042', quantite: 2 } }] },
  { tool_calls: [{ name: 'choisir_sieges', args: { dossier: 'AZV-25-118042', preference: 'côte à côte, vers l\'avant' } }] },
  { content: 'C\'est fait : 2 bagages de 23 kg ajoutés (+140 €, total 1 626,40 €) et sièges côte à côte vers l\'avant : 4A/4B sur le Lyon–Paris, 21H/21K sur le Paris–Montréal.' },
  // tour 5
  { tool_calls: [{ name: 'finaliser_reservation', args: { dossier: 'AZV-25-118042',
    repas: [{ passager: 'GARNIER/ELODIE', code: 'standard' }, { passager: 'GARNIER/THOMAS', code: 'standard' }], assistance: [] } }] },
  { content: 'Vos billets sont émis ! Référence de réservation (PNR) : K7Q2LM, billets 057-2418830561 et 057-2418830562. '
    + 'Montant débité : 1 626,40 €. Repas standard pour les deux passagers, aucune assistance particulière enregistrée. '
    + 'Vous pourrez faire l\'enregistrement en ligne 30 heures avant le départ. Bon voyage à Montréal !' },
] });

const app = await reactGraph({ model, tools, prepare, checkpointer: new MemorySaver(), name: 'reservation' });
const cfg = { configurable: { thread_id: 'th_5f2c9a0e-azv-elodie.garnier' }, metadata: { thread_id: 'th_5f2c9a0e-azv-elodie.garnier' } };
const user = { userId: 'client-200731' };
const tours = [
  'Bonjour ! Je cherche un vol Lyon → Montréal le 12 juin pour deux adultes, mon mari et moi. Deux choses importantes : '
    + 'mon mari est cœliaque, il lui faut un repas sans gluten sur tous les vols, et moi je me déplace en fauteuil roulant, '
    + 'j\'ai besoin de l\'assistance à l\'aéroport et jusqu\'au siège.',
  'On prend le premier, celui de 7h10 via Paris. Les passagers : Élodie Garnier, née le 17/02/1979, et Thomas Garnier, né le 03/09/1976.',
  'Qu\'est-ce qui est inclus comme bagages sur ce tarif ? Et si on doit changer de date ?',
  'D\'accord, ajoute un bagage en soute de 23 kg pour chacun, et des places côte à côte plutôt à l\'avant si possible.',
  'Parfait, c\'est tout bon pour nous. Tu peux finaliser et émettre les billets avec les repas.',
];
for (const text of tours) await t.turn(user, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
