// Freight desk (French). A dispatcher agent takes a pharma shipment request, reads the order
// (14 pallets of vaccines, +2/+8 °C) and hands the job to a carrier-booking agent. The hand-over
// node writes the booking agent's brief from the order's quantity, weight, route and deadline
// fields; the booking agent only sees that brief and books the cheapest offer, a curtain-sider.
//   node bench/incidents/batch-a/langsmith-affretement-frigo/generate.mjs
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  SystemMessage, HumanMessage, StateGraph, Annotation, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

const out = here(import.meta.url);

const commande = { commande: 'CMD-24-11-0387', client: 'Laboratoires Vernier', palettes: 14, poids_kg: 6300,
  origine: 'Rotterdam (NL), Waalhaven Z.z. 21', destination: 'Lyon (FR), 69007, Port Édouard-Herriot',
  enlevement_des: '2024-12-11T06:00+01:00', livraison_max: '2024-12-12T14:00+01:00',
  marchandise: 'vaccins (produits pharmaceutiques)', temperature: '+2/+8 °C', adr: false };

const consulterCommande = tool(async ({ reference }) => JSON.stringify(reference === commande.commande ? commande
  : { erreur: `commande ${reference} introuvable` }), { name: 'consulter_commande', latency: [120, 380],
  description: 'Lit une commande de transport dans le TMS.', schema: z.object({ reference: z.string() }) });

const offres = [
  { offre_id: 'OFF-7731', transporteur: 'Transports Girard', equipement: 'semi-remorque bâchée (tautliner)', prix_eur: 1480,
    enlevement: '2024-12-11T08:00+01:00', eta: '2024-12-12T09:00+01:00' },
  { offre_id: 'OFF-7736', transporteur: 'Van Dijk Koeltransport', equipement: 'semi frigorifique +2/+8 °C, enregistreur',
    prix_eur: 2290, enlevement: '2024-12-11T07:00+01:00', eta: '2024-12-12T10:30+01:00' },
  { offre_id: 'OFF-7740', transporteur: 'FrigoTrans Rhône', equipement: 'semi frigorifique bi-température',
    prix_eur: 2415, enlevement: '2024-12-11T09:30+01:00', eta: '2024-12-12T12:00+01:00' },
  { offre_id: 'OFF-7742', transporteur: 'Lacroix Express', equipement: 'porteur 19 t bâché', prix_eur: 1620,
    enlevement: '2024-12-11T10:00+01:00', eta: '2024-12-12T13:15+01:00' },
];
const rechercherOffres = tool(async () => JSON.stringify({ nb_offres: offres.length, offres }), {
  name: 'rechercher_offres', latency: [700, 1600], description: 'Interroge la bourse de fret pour un trajet.',
  schema: z.object({ origine: z.string(), destination: z.string(), palettes: z.number().int(), poids_kg: z.number(),
    livraison_max: z.string(), equipement: z.string().optional() }) });
const reserver = tool(async ({ offre_id, commande: ref }) => {
  const o = offres.find((x) => x.offre_id === offre_id);
  return JSON.stringify({ reservation: 'RES-2024-556201', statut: 'confirmée', commande: ref, ...o });
}, { name: 'reserver_transport', latency: [400, 900], description: 'Réserve une offre de la bourse de fret.',
  schema: z.object({ offre_id: z.string(), commande: z.string() }) });

const regulateur = agentGraph({ tools: [consulterCommande], agentNode: 'regulateur', toolsNode: 'outils_regulation',
  model: new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
    { tool_calls: [{ id: 'kX3p9QwTz', name: 'consulter_commande', args: { reference: 'CMD-24-11-0387' } }] },
    { content: 'Bien noté pour la commande CMD-24-11-0387 : 14 palettes de vaccins (6,3 t), Rotterdam → Lyon, '
      + 'transport sous température dirigée +2/+8 °C, livraison au plus tard le jeudi 12/12 à 14h00. '
      + 'Je transmets au service affrètement pour la réservation.' },
  ] }) });
const affreteur = agentGraph({ tools: [rechercherOffres, reserver], agentNode: 'affreteur', toolsNode: 'outils_affretement',
  model: new ScriptedChatModel({ model: 'mistral-small-2409', provider: 'mistralai', replies: [
    { tool_calls: [{ id: 'Rb7mN2vLc', name: 'rechercher_offres', args: { origine: 'Rotterdam (NL), Waalhaven Z.z. 21',
      destination: 'Lyon (FR), 69007, Port Édouard-Herriot', palettes: 14, poids_kg: 6300, livraison_max: '2024-12-12T14:00+01:00' } }] },
    { tool_calls: [{ id: 'Hq4sW8eYd', name: 'reserver_transport', args: { offre_id: 'OFF-7731', commande: 'CMD-24-11-0387' } }] },
    { content: 'Transport réservé (réf. RES-2024-556201) : Transports Girard, semi-remorque bâchée, 1 480 € HT. '
      + 'Enlèvement à Rotterdam le 11/12 à 08h00, arrivée prévue à Lyon le 12/12 à 09h00, avant l\'échéance de 14h00.' },
  ] }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, consigne: Annotation() });
const transfert = async (state) => {
  const lue = state.messages.filter((m) => m.getType() === 'tool' && m.name === 'consulter_commande').at(-1);
  const c = JSON.parse(lue.content);
  return { consigne: `Commande ${c.commande} (${c.client}) : ${c.palettes} palettes, ${c.poids_kg} kg. `
    + `Enlèvement : ${c.origine}, à partir du ${c.enlevement_des}. Livraison : ${c.destination}, au plus tard le ${c.livraison_max}. `
    + 'Réserver l\'offre disponible la moins chère qui respecte le délai.' };
};
const affretement = async (state, config) => {
  const res = await affreteur.invoke({ messages: [new SystemMessage('Tu es l\'agent d\'affrètement. Tu réserves un transporteur '
    + 'sur la bourse de fret pour la consigne reçue, puis tu confirmes la réservation.'), new HumanMessage(state.consigne)] }, config);
  return { messages: [res.messages.at(-1)] };
};
const app = new StateGraph(State).addNode('regulation', regulateur).addNode('transfert', transfert)
  .addNode('affretement', affretement).addEdge(START, 'regulation').addEdge('regulation', 'transfert')
  .addEdge('transfert', 'affretement').addEdge('affretement', END).compile({ name: 'desk-affretement' });

startClock('2024-12-09T15:41:18.000Z', 77);
await traced(app, { messages: [
  new SystemMessage('Tu es le régulateur transport de Vernier Logistique. Tu vérifies la commande dans le TMS, '
    + 'tu confirmes les contraintes au client puis tu transmets au service affrètement.'),
  new HumanMessage('Bonjour, il faut organiser l\'enlèvement de la commande CMD-24-11-0387 à notre entrepôt de Rotterdam '
    + 'pour Lyon. Attention : ce sont des vaccins, transport sous température dirigée +2/+8 °C obligatoire. '
    + 'Livraison impérativement avant jeudi 14h. Merci !') ] }, {
  project: 'vernier-affretement', metadata: { conversation_id: 'conv_01JEQ4X7T5M2WZ7H3K8B6N0PRA', user_id: 'usr_7f31c2',
    site: 'Lyon-Gerland' } });
writeRuns(path.join(out, 'runs.jsonl'));
