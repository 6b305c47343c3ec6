// Travel concierge (French): on day 1 the traveller sets up a profile; on day 2, in the same conversation
// thread, a new run starts from the saved profile (the app does not replay the previous day's messages).
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2026-12-02T18:22:31.000Z', 5);
const THREAD = 'voy-thr-0b7d5e2a';
const USER = 'client-FR-883104';

// Profile store: a key-value store holding serialized JSON documents.
const kv = new Map();
const enregistrer = tool(async ({ nom, siege, allergies, carte_fidelite }) => {
  const profil = { nom, siege, carte_fidelite, allergies: new Set(allergies.map((a) => a.toLowerCase())), maj: new Date().toISOString() };
  kv.set(`profil:${USER}`, JSON.stringify(profil));
  return JSON.stringify({ statut: 'enregistré', cle: `profil:${USER}` });
}, { name: 'enregistrer_profil', description: 'Enregistre le profil voyageur (siège, allergies, carte de fidélité).',
  schema: z.object({ nom: z.string(), siege: z.string(), allergies: z.array(z.string()), carte_fidelite: z.string() }) });
const charger = tool(async () => kv.get(`profil:${USER}`) ?? '{}',
  { name: 'charger_profil', description: 'Charge le profil voyageur enregistré.', schema: z.object({}) });
const catalogue = tool(async ({ vol }) => JSON.stringify({ vol, menus: [
  { code: 'MNU-TH2', libelle: 'Poulet satay, nouilles sautées', allergenes: ['arachides', 'soja', 'gluten'] },
  { code: 'MNU-VG1', libelle: 'Curry de légumes, riz basmati', allergenes: ['céleri'] },
  { code: 'MNU-PS4', libelle: 'Pâtes au pesto, parmesan', allergenes: ['gluten', 'lait', 'fruits à coque'] },
] }), { name: 'catalogue_repas', description: 'Menus disponibles en précommande pour un vol.', schema: z.object({ vol: z.string() }) });
const commander = tool(async ({ vol, code_menu, passager }) => JSON.stringify({ commande: 'RPS-552019', vol, code_menu, passager, statut: 'confirmée' }),
  { name: 'commander_repas', description: 'Précommande un repas à bord.', schema: z.object({ vol: z.string(), code_menu: z.string(), passager: z.string() }) });
const tools = [enregistrer, charger, catalogue, commander];
const system = new SystemMessage('Tu es Lina, la conciergerie voyage d\'Azur Déplacements. Commence chaque session en chargeant le profil du voyageur avec charger_profil. Respecte toujours ses allergies.');

// Day 1
await traced(agentGraph({ name: 'conciergerie', tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_pf1', name: 'enregistrer_profil', args: { nom: 'Élodie Marchand', siege: 'hublot', allergies: ['Arachides'], carte_fidelite: 'FB-7720194' } }] },
  { content: 'C\'est noté, Élodie : siège hublot, carte Flying Blue FB-7720194, et allergie sévère aux arachides enregistrée. Je la prendrai en compte pour tous vos repas à bord.' },
] }) }), { messages: [system, new HumanMessage('Bonsoir ! Je voyage souvent pour le travail, je préfère le hublot, ma carte Flying Blue est FB-7720194. '
  + 'Et surtout : allergie sévère aux arachides, je porte un stylo d\'adrénaline. Vous pouvez garder tout ça en mémoire ?')] },
{ project: 'azur-conciergerie', metadata: { thread_id: THREAD, user_id: USER }, configurable: { thread_id: THREAD } });

advance(minutes(60 * 15 + 12), minutes(60 * 15 + 40));

// Day 2: same thread, new run seeded from the stored profile
await traced(agentGraph({ name: 'conciergerie', tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_pf2', name: 'charger_profil', args: {} }] },
  { tool_calls: [{ id: 'call_ct3', name: 'catalogue_repas', args: { vol: 'AF1024' } }] },
  { tool_calls: [{ id: 'call_cm4', name: 'commander_repas', args: { vol: 'AF1024', code_menu: 'MNU-TH2', passager: 'Élodie Marchand' } }] },
  { content: 'C\'est fait ! J\'ai précommandé le poulet satay aux nouilles sautées (MNU-TH2) pour votre vol AF1024 de demain, commande RPS-552019. Votre profil ne mentionne aucune allergie, donc j\'ai pris le plat le plus apprécié à bord. Siège hublot et carte FB-7720194 bien associés.' },
] }) }), { messages: [system, new HumanMessage('Bonjour Lina, je prends le AF1024 demain matin pour Lisbonne. Tu peux me réserver un repas à bord ? Choisis ce qui est le meilleur, je te fais confiance.')] },
{ project: 'azur-conciergerie', metadata: { thread_id: THREAD, user_id: USER }, configurable: { thread_id: THREAD } });

writeRuns(path.join(dir, 'runs.jsonl'));
