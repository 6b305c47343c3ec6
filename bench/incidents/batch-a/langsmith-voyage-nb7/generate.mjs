// Travel desk (French): a concierge agent collects the traveller's constraints, then hands the booking to a
// reservation sub-agent through a one-line brief. The brief carries route, date and traveller but not the
// fare ceiling or the "no departure before 9h" rule, and the sub-agent books the first (07:05, 1 312 €) option.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  StateGraph, Annotation, START, END, SystemMessage, HumanMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-02T14:05:31Z', 77);

const profil = tool(async ({ voyageur }) => JSON.stringify({ voyageur, nom: 'Claire Vasseur', carte: 'FB Gold 0042-7781',
  politique: { classe_max: 'affaires', plafond_aller_eur: 850 } }), {
  name: 'lire_profil_voyageur', description: 'Profil et politique voyage du collaborateur.',
  schema: z.object({ voyageur: z.string() }) });
const recherche = tool(async ({ origine, destination, date }) => JSON.stringify({ origine, destination, date, offres: [
  { ref: 'AF1524-J', depart: '07:05', arrivee: '10:20', classe: 'affaires', prix_eur: 1312 },
  { ref: 'AF1624-Y', depart: '10:40', arrivee: '13:55', classe: 'économique', prix_eur: 412 },
  { ref: 'TP433-C', depart: '12:15', arrivee: '15:25', classe: 'affaires', prix_eur: 798 } ] }), {
  name: 'rechercher_vols', description: 'Offres de vols pour un trajet et une date.',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string() }), latency: [400, 900] });
const reserver = tool(async ({ ref, voyageur }) => JSON.stringify({ pnr: 'Q7XK2M', ref, voyageur, statut: 'émis',
  montant_eur: ref === 'AF1524-J' ? 1312 : ref === 'TP433-C' ? 798 : 412 }), {
  name: 'emettre_billet', description: 'Réserve et émet le billet (débit carte société).',
  schema: z.object({ ref: z.string(), voyageur: z.string() }), latency: [600, 1400] });

// Sub-agent: booking, sees only the brief.
const resaModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_rv01', name: 'rechercher_vols', args: { origine: 'CDG', destination: 'LIS', date: '2025-04-09' } }] },
  { content: 'Je retiens AF1524-J en affaires, premier départ de la journée.',
    tool_calls: [{ id: 'call_eb02', name: 'emettre_billet', args: { ref: 'AF1524-J', voyageur: 'EMP-30917' } }] },
  { content: 'Billet émis : PNR Q7XK2M, AF1524-J CDG 07:05 → LIS 10:20 le 9 avril, classe affaires, 1 312 €.' },
] });
const resaAgent = agentGraph({ model: resaModel, tools: [recherche, reserver], agentNode: 'agent_reservation', toolsNode: 'outils_reservation', name: 'reservation' });

// Concierge: talks to the user, reads the profile, writes the brief.
const concModel = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_lp00', name: 'lire_profil_voyageur', args: { voyageur: 'EMP-30917' } }] },
  { content: 'Bien noté : Paris → Lisbonne le mercredi 9 avril, pas de départ avant 9h, et au plus 850 € l\'aller selon votre politique voyage. Je transmets au service réservation.' },
] });
const concierge = agentGraph({ model: concModel, tools: [profil], agentNode: 'concierge', toolsNode: 'outils_concierge', name: 'concierge' });

const State = Annotation.Root({ messages: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }), brief: Annotation() });
const g = new StateGraph(State)
  .addNode('accueil', async (s, config) => {
    const out = await concierge.invoke({ messages: s.messages }, config);
    return { messages: out.messages.slice(s.messages.length),
      brief: 'Réserver un aller simple CDG → LIS le 2025-04-09 pour EMP-30917 (Claire Vasseur), classe affaires autorisée.' };
  })
  .addNode('reservation', async (s, config) => {
    const out = await resaAgent.invoke({ messages: [
      new SystemMessage('Tu es l\'agent de réservation. Cherche les vols et émets le billet demandé.'),
      new HumanMessage(s.brief)] }, config);
    return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
  })
  .addEdge(START, 'accueil').addEdge('accueil', 'reservation').addEdge('reservation', END).compile({ name: 'agence-voyage' });

await traced(g, { messages: [
  new SystemMessage('Tu es le concierge voyage de l\'entreprise. Recueille les contraintes du voyageur puis confie la réservation.'),
  new HumanMessage('Bonjour, il me faut un vol Paris–Lisbonne mercredi prochain 9 avril. Surtout pas de départ avant 9h, j\'ai un rendez-vous médical tôt le matin. Mon matricule : EMP-30917.') ] },
  { project: 'agence-voyage-prod', metadata: { thread_id: 'conv_8d1e6b72c4', user_id: 'EMP-30917' } });
advance(200);
writeRuns(path.join(dir, 'runs.jsonl'));
