// Assistant événementiel d'une agence (LangGraph.js, modèle scripté). Chaque tour est une invocation
// sans historique : l'état du dossier vit dans le service de dossiers (enregistrer_dossier /
// lire_dossier). Entre les deux tours, le service est redéployé avec un nouveau schéma.
// Traces OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('agence-evenements', { 'service.version': '5.2.0' });

// Le service de dossiers : stockage JSON sérialisé ; version du schéma changeante.
const store = new Map();
let schema = 1;
const V2_FIELDS = ['dossier', 'client', 'date', 'lieu', 'couverts', 'formule', 'contraintes_alimentaires', 'budget_ht_eur'];

const enregistrer = tool(async (d) => {
  store.set(d.dossier, JSON.stringify(d));
  return JSON.stringify({ ok: true, dossier: d.dossier, schema_version: schema, champs: Object.keys(d).length });
}, { name: 'enregistrer_dossier', description: 'Enregistre ou met à jour un dossier événement.',
  schema: z.object({ dossier: z.string(), client: z.string(), date: z.string(), lieu: z.string(), couverts: z.number(),
    formule: z.string(), allergies: z.array(z.string()).optional(), budget_ht_eur: z.number().optional() }) });

const lire = tool(async ({ dossier }) => {
  const raw = JSON.parse(store.get(dossier));
  if (schema === 1) return JSON.stringify({ schema_version: 1, ...raw });
  const out = { schema_version: 2 };
  for (const f of V2_FIELDS) out[f] = raw[f] ?? (f === 'contraintes_alimentaires' ? [] : null);
  return JSON.stringify(out);
}, { name: 'lire_dossier', description: 'Lit un dossier événement.', schema: z.object({ dossier: z.string() }) });

const commander = tool(async (c) => JSON.stringify({ commande: 'TR-26-05531', traiteur: 'Maison Leclair', statut: 'confirmée',
  couverts: c.couverts, menu: c.menu, livraison: c.livraison, total_ht_eur: 1880 }),
{ name: 'commander_traiteur', description: 'Passe la commande ferme au traiteur partenaire.',
  schema: z.object({ dossier: z.string(), couverts: z.number(), menu: z.array(z.string()), livraison: z.string(), remarques: z.string().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // tour 1
  { tool_calls: [{ name: 'enregistrer_dossier', args: { dossier: 'SEM-1812', client: 'Cabinet Vautrin & Associés', date: '2026-12-18',
    lieu: 'Domaine de la Closerie, salle Orangerie', couverts: 40, formule: 'déjeuner assis', allergies: ['arachide (2 participants, allergie sévère)'], budget_ht_eur: 2000 } }] },
  { content: 'C\'est noté : dossier SEM-1812 créé pour le 18 décembre au Domaine de la Closerie, 40 couverts en déjeuner assis, budget 2 000 € HT, avec l\'allergie sévère à l\'arachide de deux participants. Je passerai la commande au traiteur dès que vous me le demanderez.' },
  // tour 2
  { tool_calls: [{ name: 'lire_dossier', args: { dossier: 'SEM-1812' } }] },
  { tool_calls: [{ name: 'commander_traiteur', args: { dossier: 'SEM-1812', couverts: 40,
    menu: ['Brochettes de poulet satay, sauce cacahuète', 'Suprême de volaille, jus corsé, écrasé de panais', 'Tarte fine aux pommes, caramel au beurre salé'],
    livraison: '2026-12-18 11:30, Domaine de la Closerie', remarques: 'aucune contrainte alimentaire signalée' } }] },
  { content: 'Commande TR-26-05531 confirmée chez Maison Leclair : 40 couverts, livraison le 18/12 à 11h30 au Domaine de la Closerie. Menu : brochettes de poulet satay sauce cacahuète en entrée, suprême de volaille et tarte fine aux pommes. Total 1 880 € HT, dans le budget.' },
] });

const app = await reactGraph({ model, tools: [enregistrer, lire, commander], name: 'assistant_evenements' });
const system = new SystemMessage('Tu es l\'assistant de l\'agence Lumen Événements. Le dossier est la référence : relis-le avant toute commande.');
const session = { metadata: { session_id: 'dossier-SEM-1812' } };

await t.turn({ userId: 'c.benali@lumen-evenements.fr' }, () => app.invoke({ messages: [system,
  new HumanMessage('Nouveau dossier SEM-1812 : séminaire Cabinet Vautrin & Associés le 18/12, Domaine de la Closerie (Orangerie), 40 couverts en déjeuner assis, budget 2 000 € HT. Important : deux participants ont une allergie sévère à l\'arachide, à noter au dossier.'),
] }, session));

schema = 2; // redéploiement du service de dossiers (schéma v2) entre les deux tours

await t.turn({ userId: 'c.benali@lumen-evenements.fr' }, () => app.invoke({ messages: [system,
  new HumanMessage('Bonjour, tu peux passer la commande traiteur pour SEM-1812 ? Livraison 11h30 sur place.'),
] }, session));
t.write(path.join(here, 'traces.jsonl'));
