// Assistant du portail famille d'une mairie (restauration scolaire), LangGraph.js + MemorySaver,
// conversation sur plusieurs tours dans un même thread; avant chaque appel du modèle l'historique est
// réduit à une fenêtre glissante des derniers tours. Modèle scripté, sans réseau. Sortie : runs.jsonl.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here, z,
  SystemMessage, HumanMessage, MemorySaver } from '../../harness/langsmith/lib.mjs';

startClock('2025-09-08T19:32:10.000Z', 91);

const menus = tool(async ({ semaine }) => JSON.stringify({ semaine, ecole: 'École élémentaire Jules-Ferry', jours: [
  { jour: 'lundi 15/09', choix: [{ code: 'L1', plat: 'Hachis parmentier' }, { code: 'L2', plat: 'Gratin de légumes (végétarien)' }] },
  { jour: 'mardi 16/09', choix: [{ code: 'M1', plat: 'Poulet satay, sauce cacahuète, riz' }, { code: 'M2', plat: 'Poisson pané, purée' }] },
  { jour: 'jeudi 18/09', choix: [{ code: 'J1', plat: 'Lasagnes' }, { code: 'J2', plat: 'Dahl de lentilles' }] },
  { jour: 'vendredi 19/09', choix: [{ code: 'V1', plat: 'Filet de colin, haricots verts' }, { code: 'V2', plat: 'Omelette, pâtes' }] },
] }), { name: 'consulter_menus', description: 'Menus de la semaine (choix par jour).', schema: z.object({ semaine: z.string() }) });

const reserver = tool(async ({ eleve, choix }) => JSON.stringify({ reservation: 'RES-38C-1509', eleve,
  choix, statut: 'confirmée', montant_semaine: '14,60 €' }), { name: 'reserver_repas',
  description: 'Réserve les repas de la semaine pour un élève.',
  schema: z.object({ eleve: z.string(), choix: z.array(z.string()) }) });

const solde = tool(async ({ compte }) => JSON.stringify({ compte, solde: '23,40 €', dernier_paiement: '2025-09-01' }),
  { name: 'solde_compte_famille', description: 'Solde du compte famille.', schema: z.object({ compte: z.string() }) });

const model = new ScriptedChatModel({ model: 'mistral-small-2503', provider: 'mistralai', replies: [
  { content: "Bonjour ! C'est bien noté pour Léo (CE2, identifiant ELV-2291) : allergie à l'arachide, PAI en cours. Que souhaitez-vous faire ?" },
  { tool_calls: [{ id: 'sol_01', name: 'solde_compte_famille', args: { compte: 'FAM-77410' } }] },
  { content: 'Le solde de votre compte famille FAM-77410 est de 23,40 €, dernier paiement le 1er septembre.' },
  { content: "La cantine est ouverte lundi, mardi, jeudi et vendredi ; le mercredi, c'est l'accueil de loisirs (inscription séparée)." },
  { content: 'Oui, les réservations pour la semaine du 15 septembre sont à faire avant jeudi 11 septembre minuit.' },
  { tool_calls: [{ id: 'men_02', name: 'consulter_menus', args: { semaine: '2025-W38' } }] },
  { tool_calls: [{ id: 'res_03', name: 'reserver_repas', args: { eleve: 'ELV-2291', choix: ['L1', 'M1', 'J1', 'V1'] } }] },
  { content: 'C’est fait : Léo est inscrit pour lundi (hachis parmentier), mardi (poulet satay, sauce cacahuète), jeudi (lasagnes) '
      + 'et vendredi (colin). Réservation RES-38C-1509, 14,60 € pour la semaine.' },
] });

const checkpointer = new MemorySaver();
// Fenêtre glissante : le message système + les 3 derniers tours (à partir d'un message humain).
const prepare = (messages) => {
  const sys = messages.filter((m) => m._getType() === 'system');
  const rest = messages.filter((m) => m._getType() !== 'system');
  const humans = rest.map((m, i) => (m._getType() === 'human' ? i : -1)).filter((i) => i >= 0);
  const from = humans.length > 3 ? humans[humans.length - 3] : 0;
  return [...sys, ...rest.slice(from)];
};
const app = agentGraph({ model, tools: [menus, reserver, solde], checkpointer, prepare });

const thread = 'pf-mairie-FAM-77410-0908';
const meta = { session_id: thread, user_id: 'FAM-77410' };
const tours = [
  "Bonjour, je suis la mère de Léo Marchand, en CE2 (ELV-2291). Il est allergique à l'arachide, le PAI est en cours de signature avec l'école.",
  'Combien il me reste sur le compte famille ?',
  'La cantine fonctionne quels jours ?',
  'Et pour la semaine prochaine, jusqu’à quand je peux réserver ?',
  'Alors réservez-lui le premier choix tous les jours de la semaine prochaine, s’il vous plaît.',
];
let first = true;
for (const t of tours) {
  const input = first ? [new SystemMessage('Assistant du portail famille — restauration scolaire de la ville.'), new HumanMessage(t)] : [new HumanMessage(t)];
  first = false;
  await traced(app, { messages: input }, { project: 'portail-famille', metadata: meta, configurable: { thread_id: thread } });
  advance(minutes(1), minutes(4));
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
