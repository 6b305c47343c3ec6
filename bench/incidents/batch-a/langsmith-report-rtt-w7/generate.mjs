// Assistant RH (graphe LangGraph : recherche dans la base documentaire RH, puis assistant avec un outil
// de solde de congés). Une question d'un collaborateur sur le report de ses RTT.
// Hors ligne : modèle de chat scripté, runs LangSmith capturés via le LangChainTracer.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, FnRetriever, traced, writeRuns, here, Document,
  HumanMessage, SystemMessage, StateGraph, MessagesAnnotation, Annotation, START, END, ToolNode, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2024-12-03T13:07:44.000Z', 58);

const baseRh = new FnRetriever({ name: 'base_rh_vasselin', latency: [120, 380], search: async () => [
  new Document({ pageContent: 'Charte télétravail (version 3, mise à jour 2023). Les jours de télétravail non utilisés '
    + 'au cours d\'une semaine ne sont pas reportables sur la semaine suivante. Le planning de télétravail est convenu '
    + 'avec le manager et saisi dans l\'outil de gestion des temps.',
    metadata: { source: 'sharepoint://RH/Chartes/charte-teletravail-v3.pdf', page: 2, score: 0.412 } }),
  new Document({ pageContent: 'Note de service — fermeture de fin d\'année. Les sites de Lyon-Gerland et de Nantes '
    + 'seront fermés entre Noël et le jour de l\'An. Les collaborateurs concernés posent des congés payés ou des RTT '
    + 'sur cette période ; les demandes sont à valider par le manager.',
    metadata: { source: 'sharepoint://RH/Notes/note-fermeture-fin-annee.docx', page: 1, score: 0.386 } }),
] });

const soldeConges = tool(async ({ matricule }) => JSON.stringify({
  matricule, arrete_au: '2024-11-30', rtt_acquis: 12, rtt_pris: 8, rtt_restants: 4, cp_restants: 9.5,
}), { name: 'solde_conges', description: 'Solde de congés payés et de RTT d\'un collaborateur.',
  schema: z.object({ matricule: z.string() }) });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Xk2pR7vLm', name: 'solde_conges', args: { matricule: 'VAS-004127' } }] },
  { content: 'Bonjour Camille,\n\nD\'après votre compteur arrêté au 30/11, il vous reste 4 jours de RTT à poser.\n\n'
    + 'Bonne nouvelle : les RTT non pris peuvent être reportés sur l\'année suivante, dans la limite de 5 jours, '
    + 'à condition de les poser avant le 31 mars. Au-delà de cette date, les jours restants peuvent être versés sur '
    + 'votre compte épargne-temps (CET), plafonné à 10 jours par an.\n\n'
    + 'Pour en bénéficier, faites votre demande de report dans Kelio avant le 15 décembre ; elle sera validée par votre manager. '
    + 'Vos 4 jours restants sont donc entièrement reportables.' },
] });

const Etat = Annotation.Root({ ...MessagesAnnotation.spec, contexte: Annotation() });
const outils = [soldeConges];
const recherche = async (state, config) => {
  const question = state.messages.filter((m) => m._getType() === 'human').at(-1).content;
  const docs = await baseRh.invoke(question, config);
  return { contexte: docs.map((d) => `[${d.metadata.source}] ${d.pageContent}`).join('\n\n') };
};
const assistant = async (state, config) => ({ messages: [await model.invoke([
  new SystemMessage('Tu es l\'assistant RH du Groupe Vasselin. Réponds en t\'appuyant sur les extraits de la base RH '
    + 'ci-dessous et sur les outils. Collaborateur connecté : Camille Royer, matricule VAS-004127.\n\nExtraits :\n' + state.contexte),
  ...state.messages], config)] });
const route = (state) => (state.messages.at(-1).tool_calls?.length ? 'outils' : END);
const app = new StateGraph(Etat).addNode('recherche', recherche).addNode('assistant', assistant)
  .addNode('outils', new ToolNode(outils)).addEdge(START, 'recherche').addEdge('recherche', 'assistant')
  .addConditionalEdges('assistant', route, ['outils', END]).addEdge('outils', 'assistant').compile();

await traced(app, { messages: [new HumanMessage('Bonjour, je n\'arriverai pas à poser tous mes RTT avant la fin de '
  + 'l\'année. Est-ce que je peux les reporter sur 2025, et si oui combien et jusqu\'à quand ?')] },
  { project: 'rh-assistant', metadata: { conversation_id: 'conv_5f0c1e9a2b', user_id: 'VAS-004127', canal: 'teams' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
