// Agence de voyages en ligne : un agent LangGraph (checkpointer MemorySaver, un fil par client) cherche et
// réserve des vols sur plusieurs tours. Avant chaque appel au modèle, l'historique est réduit à une fenêtre
// de tokens (trimMessages, stratégie "last") pour tenir dans le budget de prompt.
// Hors ligne : @langchain/langgraph + @langchain/core réels, modèle scripté, runs LangSmith capturés.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, here, agentGraph,
  SystemMessage, HumanMessage, MemorySaver, trimMessages, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2024-11-29T19:02:15.000Z', 404);

const vols = {
  'LYS-LIS-2024-12-12': [
    { vol: 'U2 4471', cie: 'easyJet', depart: '06:40', arrivee: '08:05', escales: 0, prix_adulte: 74.99, prix_enfant: 74.99, choix_siege: 'payant (dès 9,49 €)', bagage_soute: 'non inclus' },
    { vol: 'TP 481', cie: 'TAP Air Portugal', depart: '10:25', arrivee: '11:55', escales: 0, prix_adulte: 189.0, prix_enfant: 162.0, choix_siege: 'inclus', bagage_soute: 'inclus 23 kg' },
    { vol: 'VY 1221 / VY 8462', cie: 'Vueling', depart: '07:15', arrivee: '12:40', escales: 1, via: 'BCN', prix_adulte: 118.5, prix_enfant: 118.5, choix_siege: 'payant', bagage_soute: 'non inclus' },
    { vol: 'AF 7642 / AF 1024', cie: 'Air France', depart: '11:50', arrivee: '16:35', escales: 1, via: 'CDG', prix_adulte: 246.0, prix_enfant: 221.0, choix_siege: 'inclus', bagage_soute: 'inclus 23 kg' },
    { vol: 'FR 3318', cie: 'Ryanair', depart: '13:05', arrivee: '14:30', escales: 0, prix_adulte: 96.0, prix_enfant: 96.0, choix_siege: 'payant (obligatoire pour enfant < 12 ans avec adulte)', bagage_soute: 'non inclus' },
  ],
  'LIS-LYS-2024-12-16': [
    { vol: 'TP 482', cie: 'TAP Air Portugal', depart: '15:10', arrivee: '18:35', escales: 0, prix_adulte: 176.0, prix_enfant: 151.0, choix_siege: 'inclus', bagage_soute: 'inclus 23 kg' },
    { vol: 'U2 4472', cie: 'easyJet', depart: '08:45', arrivee: '12:05', escales: 0, prix_adulte: 81.99, prix_enfant: 81.99, choix_siege: 'payant', bagage_soute: 'non inclus' },
    { vol: 'IB 3105 / IB 8720', cie: 'Iberia', depart: '12:20', arrivee: '19:10', escales: 1, via: 'MAD', prix_adulte: 142.0, prix_enfant: 128.0, choix_siege: 'payant', bagage_soute: 'non inclus' },
  ],
};
const rechercherVols = tool(async ({ origine, destination, date, passagers }) => JSON.stringify({
  requete: { origine, destination, date, passagers }, devise: 'EUR', resultats: vols[`${origine}-${destination}-${date}`] ?? [],
  note: 'Prix TTC par passager, hors bagage en soute et choix du siège sauf mention contraire.' }),
{ name: 'rechercher_vols', description: 'Recherche de vols (GDS) pour une date.', latency: [1200, 2600],
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string(), passagers: z.string() }) });
const reglesBagages = tool(async ({ compagnie }) => JSON.stringify({ compagnie,
  cabine: '1 petit sac sous le siège (45x36x20 cm) inclus ; valise cabine 10 kg avec option',
  soute: compagnie.startsWith('TAP') ? '23 kg inclus en tarif Classic' : '23 kg en option, 29,99 € à 44,99 € par trajet',
  enfant: 'poussette et siège auto enregistrés gratuitement en soute' }),
{ name: 'regles_bagages', description: 'Franchise bagages d\'une compagnie.', schema: z.object({ compagnie: z.string() }) });
let pnr = ['K7Q2ZD', 'W4M9TR'];
const reserverVol = tool(async ({ vol, date, passagers, options_sieges }) => JSON.stringify({
  statut: 'CONFIRMÉ', pnr: pnr.shift(), vol, date, passagers,
  sieges: options_sieges === 'aucune' ? 'attribués gratuitement à l\'enregistrement (placement non garanti côte à côte)' : options_sieges,
  billets_emis: true, total_eur: vol === 'U2 4471' ? 149.98 : 327.0 }),
{ name: 'reserver_vol', description: 'Réserve et émet les billets.', latency: [1500, 3000],
  schema: z.object({ vol: z.string(), date: z.string(), passagers: z.array(z.object({ nom: z.string(), naissance: z.string() })),
    options_sieges: z.string().describe('"aucune" ou sièges souhaités') }) });

const SYSTEM = 'Tu es Hugo, conseiller voyages de Partir.fr. Tu cherches et réserves des vols pour le client. '
  + 'Respecte toutes les contraintes exprimées par le client pendant la conversation.';
const countTokens = (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content.length
  : JSON.stringify(m.content).length) / 4) + (m.tool_calls?.length ? 40 : 0) + 4, 0);
const prepare = async (messages) => [new SystemMessage(SYSTEM), ...await trimMessages(messages,
  { maxTokens: 1000, strategy: 'last', tokenCounter: countTokens, startOn: 'human' })];

const passagers = [{ nom: 'ROUX Camille', naissance: '1988-03-14' }, { nom: 'ROUX Léo', naissance: '2020-09-02' }];
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  // tour 1
  { tool_calls: [{ id: 'call_3JkQpV1m', name: 'rechercher_vols', args: { origine: 'LYS', destination: 'LIS', date: '2024-12-12', passagers: '1 adulte, 1 enfant (4 ans)' } }] },
  { content: 'Pour l\'aller le 12/12, le plus adapté est le TAP TP 481 : départ 10h25, direct, arrivée 11h55, 351 € pour vous deux, '
    + 'choix des sièges inclus (je peux vous placer côte à côte) et valise de 23 kg incluse. Les vols moins chers partent avant 9h '
    + 'ou font une escale de plus de 5 h. Je regarde le retour ?' },
  // tour 2
  { tool_calls: [{ id: 'call_8WnEr2cX', name: 'rechercher_vols', args: { origine: 'LIS', destination: 'LYS', date: '2024-12-16', passagers: '1 adulte, 1 enfant (4 ans)' } }] },
  { content: 'Retour le 16/12 : TAP TP 482, départ 15h10, arrivée 18h35, direct, 327 € pour deux, sièges et bagage inclus. '
    + 'Aller + retour en TAP : 678 €. L\'easyJet U2 4472 (8h45) serait moins cher mais sans bagage ni sièges.' },
  // tour 3
  { tool_calls: [{ id: 'call_Zt5bH0aL', name: 'regles_bagages', args: { compagnie: 'TAP Air Portugal' } }] },
  { content: 'Chez TAP en tarif Classic, 23 kg en soute sont inclus par passager, plus un petit sac sous le siège. '
    + 'La poussette et le siège auto de Léo voyagent gratuitement en soute.' },
  // tour 4
  { tool_calls: [{ id: 'call_Qm7yD4sF', name: 'rechercher_vols', args: { origine: 'LYS', destination: 'LIS', date: '2024-12-12', passagers: '1 adulte, 1 enfant' } }] },
  { content: 'Il y a nettement moins cher à l\'aller : easyJet U2 4471 à 74,99 € par personne. Je réserve l\'aller en easyJet et le retour en TAP.',
    tool_calls: [{ id: 'call_Hc2vN8pE', name: 'reserver_vol', args: { vol: 'U2 4471', date: '2024-12-12', passagers, options_sieges: 'aucune' } },
      { id: 'call_Lr6sK1wB', name: 'reserver_vol', args: { vol: 'TP 482', date: '2024-12-16', passagers, options_sieges: '14A, 14B' } }] },
  { content: 'C\'est réservé ! Aller : easyJet U2 4471 le jeudi 12/12, départ de Lyon à 6h40, arrivée 8h05 (PNR K7Q2ZD, 149,98 €). '
    + 'Retour : TAP TP 482 le 16/12 à 15h10, sièges 14A et 14B (PNR W4M9TR, 327 €). Total 476,98 €, soit 201 € d\'économie. '
    + 'Pour l\'aller, les sièges seront attribués à l\'enregistrement ; pensez à ajouter une valise si besoin. Bon voyage à Lisbonne !' },
] });

const app = agentGraph({ model, tools: [rechercherVols, reglesBagages, reserverVol], checkpointer: new MemorySaver(), prepare, name: 'conseiller-vols' });
const thread = 'thr_partir_5c2e91a0';
const turn = (text) => traced(app, { messages: [new HumanMessage(text)] },
  { project: 'partir-conseiller', metadata: { thread_id: thread, user_id: 'cli_000418233', locale: 'fr-FR' }, configurable: { thread_id: thread } });

await turn('Bonsoir, je dois aller à Lisbonne avec mon fils de 4 ans, du jeudi 12 au lundi 16 décembre, au départ de Lyon. '
  + 'Impératif : deux places côte à côte, et pas de vol avant 9h le matin (il est ingérable si on le réveille à 4h). Qu\'est-ce que vous avez ?');
advance(minutes(3), minutes(6));
await turn('Ok pour l\'aller. Et pour le retour le 16 ?');
advance(minutes(2), minutes(4));
await turn('Il faut payer les bagages en soute chez TAP ? On aura une valise et la poussette.');
advance(minutes(9), minutes(14));
await turn('Mon mari trouve ça cher. Tu peux regarder s\'il y a moins cher pour l\'aller, en gardant ce que je t\'ai demandé au début ? '
  + 'Si oui, réserve directement aller + retour. Passagers : ROUX Camille née le 14/03/1988 et ROUX Léo né le 02/09/2020.');

writeRuns(path.join(dir, 'runs.jsonl'));
