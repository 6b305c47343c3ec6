// Assistant RH interne (LangGraph, tool-calling) avec une mémoire longue durée (InMemoryStore de
// LangGraph) où l'assistant range des notes de suivi pour les salariés. Deux salariés du même
// service, deux conversations, à un jour d'écart.
// Hors ligne : vrais @langchain/langgraph + @langchain/core, modèle scripté, runs LangSmith capturés.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2025-02-04T09:17:02.000Z', 58);
const store = new InMemoryStore();

const annuaire = {
  'M20417': { service: 'PAIE-ADM', site: 'Lyon Part-Dieu', cp: 17, rtt: 4 },
  'M20588': { service: 'PAIE-ADM', site: 'Lyon Part-Dieu', cp: 9, rtt: 2 },
};
// Espace de noms des notes dans le store.
const ns = (config) => ['assistant-rh', 'notes', annuaire[config.configurable.matricule].service];

const solde = tool(async (_args, config) => {
  const m = config.configurable.matricule; const a = annuaire[m];
  return JSON.stringify({ matricule: m, date_arrete: new Date().toISOString().slice(0, 10), conges_payes_jours: a.cp, rtt_jours: a.rtt,
    periode_reference: '2024-06-01/2025-05-31' });
}, { name: 'solde_conges', description: 'Solde de congés payés et RTT du salarié connecté.', schema: z.object({}), latency: [120, 300] });

const enregistrer = tool(async ({ texte }, config) => {
  const key = `n-${Date.now().toString(36)}`;
  await store.put(ns(config), key, { texte, cree_le: new Date().toISOString() });
  return JSON.stringify({ ok: true, note_id: key });
}, { name: 'enregistrer_note', description: 'Enregistre une note de suivi pour retrouver le contexte plus tard.',
  schema: z.object({ texte: z.string() }), latency: [40, 110] });

const lire = tool(async (_args, config) => {
  const items = await store.search(ns(config), { limit: 10 });
  return JSON.stringify({ notes: items.map((i) => ({ note_id: i.key, texte: i.value.texte, cree_le: i.value.cree_le })) });
}, { name: 'lire_notes', description: 'Relit les notes de suivi enregistrées pour le salarié.', schema: z.object({}), latency: [40, 110] });

const SYSTEM = new SystemMessage("Tu es Alma, l'assistante RH de Vendôme Assurances. Tu réponds aux salariés sur leurs congés, absences et "
  + 'démarches. Tu peux enregistrer des notes de suivi et les relire. Tutoiement, réponses courtes.');

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  // Camille, 4 février
  { tool_calls: [{ id: 'Qm7Tz2KpA', name: 'solde_conges', args: {} }] },
  { content: "Au 4 février, il te reste 17 jours de congés payés et 4 RTT sur la période en cours.\n\nPour le congé maternité, c'est bien possible "
    + "d'accoler des congés payés à la fin : il faut poser la demande dans Kelio au moins un mois avant la reprise prévue, et prévenir ton manager. "
    + "Tu veux que je garde une note pour qu'on fasse le point plus tard ?" },
  { tool_calls: [{ id: 'bX4nR8wLe', name: 'enregistrer_note', args: { texte: 'Congé maternité à partir du 29/01 (terme prévu le 12/03). Souhaite accoler 2 semaines '
    + 'de CP à la fin du congé mat., reprise visée début juillet à 80 %. Solde au 04/02 : 17 CP, 4 RTT. Demande à poser dans Kelio avant le 1er juin.' } }] },
  { content: "C'est noté. On pourra reprendre ça quand tu veux, je retrouverai le contexte. Bonne fin de grossesse !" },
  // Julien, 5 février
  { tool_calls: [{ id: 'Hc1Vd6JsY', name: 'lire_notes', args: {} }, { id: 'pE9gU3MfZ', name: 'solde_conges', args: {} }] },
  { content: "Oui, j'ai retrouvé ta note : tu voulais accoler 2 semaines de congés payés à la fin de ton congé maternité (terme prévu le 12 mars), "
    + "avec une reprise visée début juillet à 80 %. La demande est à poser dans Kelio avant le 1er juin.\n\n"
    + "Côté solde, il te reste aujourd'hui 9 jours de CP et 2 RTT, donc pour 2 semaines (10 jours ouvrés) il te manquerait 1 jour : tu peux compléter avec un RTT." },
] });

const app = agentGraph({ model, tools: [solde, enregistrer, lire], name: 'alma-rh' });
const project = 'alma-rh-prod';

advance(500, 900);
const camille = { project, runName: 'alma', metadata: { session_id: 'conv_01JKB7Q3M2', user_id: 'M20417', canal: 'teams' },
  configurable: { thread_id: 'conv_01JKB7Q3M2', matricule: 'M20417' } };
let msgs = [SYSTEM, new HumanMessage("Bonjour Alma, je suis en congé maternité depuis le 29 janvier (terme prévu le 12 mars). Combien il me reste de congés ? "
  + "J'aimerais en accoler deux semaines à la fin du congé mat', c'est possible ?")];
let out = await traced(app, { messages: msgs }, camille);
advance(minutes(1), minutes(3));
await traced(app, { messages: [...out.messages, new HumanMessage('Oui, garde une note stp, merci !')] }, camille);

advance(minutes(60 * 23), minutes(60 * 24));
const julien = { project, runName: 'alma', metadata: { session_id: 'conv_01JKDX0VEH', user_id: 'M20588', canal: 'teams' },
  configurable: { thread_id: 'conv_01JKDX0VEH', matricule: 'M20588' } };
await traced(app, { messages: [SYSTEM, new HumanMessage("Salut Alma, on en avait parlé la dernière fois mais je ne me souviens plus de ce qu'on avait "
  + 'prévu pour mes congés de ce printemps. Tu peux me rappeler ? Et il me reste combien ?')] }, julien);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
