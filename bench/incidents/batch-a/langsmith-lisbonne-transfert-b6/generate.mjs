// Agence de voyages en ligne : un agent « conseiller » échange avec le client puis transmet la demande
// au service réservation (un sous-graphe LangGraph) par un outil dont l'argument `resume` est le seul
// message que reçoit le sous-graphe.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  StateGraph, MessagesAnnotation, ToolNode, MemorySaver, START, END, AIMessage, SystemMessage, HumanMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-04-22T16:05:40.000Z', 90210);
const dir = here(import.meta.url);
const DOSSIER = 'DOS-25-048812';

// ---------------------------------------------------------------- outils du conseiller
const profilClient = tool(async ({ email }) => JSON.stringify({ client_id: 'CLI-77120', email,
  voyageurs: [{ nom: 'ROUX', prenom: 'Camille', naissance: '1989-02-17' }, { nom: 'ROUX', prenom: 'Julien', naissance: '1987-09-03' }],
  fidelite: { programme: 'Flying Blue', numero: 'FB2284551709' }, moyen_paiement: 'CB Visa •••• 6621' }), {
  name: 'profil_client', description: 'Profil client : voyageurs enregistrés, carte de fidélité, moyen de paiement.',
  schema: z.object({ email: z.string() }) });
const transmettre = tool(async ({ resume }) => `Dossier ${DOSSIER} transmis au service réservation.`, {
  name: 'transmettre_reservation', description: 'Transmet la demande au service réservation. `resume` contient tout ce dont le service a besoin.',
  schema: z.object({ resume: z.string() }) });
const conditions = tool(async ({ pnr }) => JSON.stringify({ pnr, tarif: 'BASIC', remboursable: false,
  modification: { possible: true, frais_par_passager_eur: 55, plus_difference_tarifaire: true } }), {
  name: 'conditions_tarifaires', description: 'Conditions d’annulation / modification d’une réservation.', schema: z.object({ pnr: z.string() }) });

// ---------------------------------------------------------------- sous-graphe service réservation
const VOLS = {
  'LYS-LIS-2025-05-14': [
    { vol: 'U24417', compagnie: 'easyJet', depart: '06:10', arrivee: '07:45', direct: true, prix_total_eur: 178 },
    { vol: 'TP455', compagnie: 'TAP Air Portugal', depart: '09:35', arrivee: '11:05', direct: true, prix_total_eur: 296 },
    { vol: 'TO7741', compagnie: 'Transavia', depart: '13:20', arrivee: '14:50', direct: true, prix_total_eur: 238 },
    { vol: 'AF1472/AF1024', compagnie: 'Air France', depart: '17:05', arrivee: '21:40', direct: false, prix_total_eur: 412 },
  ],
  'LIS-LYS-2025-05-18': [
    { vol: 'U24418', compagnie: 'easyJet', depart: '08:20', arrivee: '11:45', direct: true, prix_total_eur: 142 },
    { vol: 'TP456', compagnie: 'TAP Air Portugal', depart: '11:55', arrivee: '15:15', direct: true, prix_total_eur: 214 },
    { vol: 'TO7742', compagnie: 'Transavia', depart: '15:35', arrivee: '18:55', direct: true, prix_total_eur: 171 },
  ],
};
const rechercher = tool(async ({ origine, destination, date, passagers }) => JSON.stringify({ origine, destination, date, passagers,
  devise: 'EUR', offres: VOLS[`${origine}-${destination}-${date}`] ?? [] }), {
  name: 'rechercher_vols', latency: [900, 2600], description: 'Recherche de vols (prix total pour tous les passagers).',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string(), passagers: z.number().int() }) });
const reserver = tool(async ({ vols, passagers, fidelite }) => JSON.stringify({ statut: 'CONFIRMEE', pnr: 'K7WQ2P', vols, passagers: passagers.length,
  fidelite, montant_eur: 320, tarif: 'BASIC', emission_billets: 'OK' }), {
  name: 'reserver_vols', latency: [1500, 3200], description: 'Réserve et émet les billets.',
  schema: z.object({ vols: z.array(z.string()), passagers: z.array(z.string()), fidelite: z.string().optional(), dossier: z.string() }) });

const resaModel = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [
    { id: 'toolu_01HcV8xq3Zk2mB7nRw4dYtLs', name: 'rechercher_vols', args: { origine: 'LYS', destination: 'LIS', date: '2025-05-14', passagers: 2 } },
    { id: 'toolu_01PaT6eJ9uGfW1sKc5nQoX2v', name: 'rechercher_vols', args: { origine: 'LIS', destination: 'LYS', date: '2025-05-18', passagers: 2 } }] },
  { content: 'Meilleure combinaison : U24417 (14/05 06:10) + U24418 (18/05 08:20) = 320 € pour 2, dans le budget.',
    tool_calls: [{ id: 'toolu_01Lm4RbY7cN3eQ8wZs1fKj6u', name: 'reserver_vols',
      args: { vols: ['U24417', 'U24418'], passagers: ['ROUX Camille', 'ROUX Julien'], fidelite: 'FB2284551709', dossier: DOSSIER } }] },
  { content: `Dossier ${DOSSIER} — réservation confirmée, PNR K7WQ2P.\n`
      + '- Aller 14/05 : easyJet U24417, Lyon 06:10 → Lisbonne 07:45\n- Retour 18/05 : easyJet U24418, Lisbonne 08:20 → Lyon 11:45\n'
      + 'Total 320 € pour 2 adultes (budget 450 €), tarif BASIC, Flying Blue FB2284551709 renseigné.' },
] });
const serviceReservation = agentGraph({ model: resaModel, tools: [rechercher, reserver], agentNode: 'agent_resa', toolsNode: 'outils_resa',
  name: 'service_reservation' });

// ---------------------------------------------------------------- graphe principal
const SYSTEM_CONSEILLER = 'Tu es le conseiller voyage de Voyages Azur. Tu recueilles la demande du client, tu vérifies son profil, '
  + 'puis tu transmets la demande au service réservation avec un résumé complet. Tu vouvoies le client.';
const SYSTEM_RESA = 'Tu es le service réservation de Voyages Azur. Tu reçois une demande résumée par un conseiller. '
  + 'Cherche les vols, choisis la meilleure offre qui respecte la demande et réserve-la directement.';

const conseillerModel = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { content: 'Je consulte votre profil.', tool_calls: [{ id: 'toolu_01XyQ3mW8bN5vR2tLc9kHs4e', name: 'profil_client', args: { email: 'camille.roux@orange.fr' } }] },
  { content: 'Merci, je transmets votre demande à notre service réservation.', tool_calls: [{ id: 'toolu_01Gd7sK2pL9zQ4xV1nMc8wRa', name: 'transmettre_reservation', args: {
    resume: 'Vol aller-retour Lyon (LYS) – Lisbonne (LIS), aller le 14/05/2025, retour le 18/05/2025. 2 adultes : ROUX Camille (17/02/1989), '
      + 'ROUX Julien (03/09/1987). Carte Flying Blue FB2284551709. Budget maximum 450 € au total pour les deux. '
      + 'Bagage cabine uniquement. Paiement CB enregistrée •••• 6621.' } }] },
  (messages) => ({ content: `C’est réservé ! Voici votre voyage (PNR K7WQ2P) :\n- Aller le 14 mai : easyJet U24417, départ de Lyon à 06h10, arrivée à Lisbonne à 07h45\n`
      + '- Retour le 18 mai : easyJet U24418, départ de Lisbonne à 08h20, arrivée à Lyon à 11h45\n'
      + 'Total : 320 € pour vous deux, bien en dessous de votre budget de 450 €. Les billets électroniques arrivent par e-mail. Bon voyage !' }),
  // tour 2
  { tool_calls: [{ id: 'toolu_01Rb2uE6yT8oJ3kP5sNq7vWd', name: 'conditions_tarifaires', args: { pnr: 'K7WQ2P' } }] },
  { content: 'Vous avez raison, toutes mes excuses : le vol aller part à 06h10 alors que vous ne pouvez pas partir avant 11h le 14 mai. '
      + 'Le billet est au tarif BASIC, non remboursable ; il est modifiable moyennant 55 € par passager plus la différence de tarif. '
      + 'Le vol Transavia TO7741 (départ 13h20) correspondrait à votre contrainte. Souhaitez-vous que je demande le changement ?' },
] });

const Tools = new ToolNode([profilClient, transmettre, conditions]);
const conseiller = async (state) => ({ messages: [await conseillerModel.invoke([new SystemMessage(SYSTEM_CONSEILLER), ...state.messages])] });
const reservation = async (state, config) => {
  const handoff = [...state.messages].reverse().find((m) => m.tool_calls?.some((c) => c.name === 'transmettre_reservation'));
  const { resume } = handoff.tool_calls.find((c) => c.name === 'transmettre_reservation').args;
  const out = await serviceReservation.invoke({ messages: [new SystemMessage(SYSTEM_RESA), new HumanMessage(resume)] }, config);
  const last = out.messages[out.messages.length - 1];
  return { messages: [new AIMessage({ content: last.content, name: 'service_reservation' })] };
};
const afterConseiller = (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? 'outils' : END);
const afterOutils = (s) => (s.messages[s.messages.length - 1].name === 'transmettre_reservation' ? 'reservation' : 'conseiller');
const app = new StateGraph(MessagesAnnotation)
  .addNode('conseiller', conseiller).addNode('outils', Tools).addNode('reservation', reservation)
  .addEdge(START, 'conseiller').addConditionalEdges('conseiller', afterConseiller, ['outils', END])
  .addConditionalEdges('outils', afterOutils, ['reservation', 'conseiller']).addEdge('reservation', 'conseiller')
  .compile({ checkpointer: new MemorySaver() });

const thread = 'va-web-9f1c2e7a-4b55-4d0e-a3c8-61e0b7d2f914';
const cfg = { project: 'voyages-azur-assistant', metadata: { session_id: thread, user_id: 'CLI-77120', canal: 'web' }, configurable: { thread_id: thread } };
await traced(app, { messages: [new HumanMessage(
  'Bonjour, je voudrais réserver Lyon–Lisbonne pour mon mari et moi, aller le 14 mai et retour le 18. Mon e-mail : camille.roux@orange.fr. '
  + 'Attention : le 14 je sors de garde à l’hôpital à 7h du matin, donc pas de vol avant 11h ce jour-là. '
  + 'On a 450 € max pour les deux, juste bagage cabine.')] }, cfg);
advance(minutes(38), minutes(44));
await traced(app, { messages: [new HumanMessage(
  'Je viens de recevoir les billets… le vol aller est à 6h10 ?? Je vous avais dit que je finis ma garde à 7h, je ne peux pas partir avant 11h !')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
