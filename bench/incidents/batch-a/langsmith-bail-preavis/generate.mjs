// Assistant juridique d'une association de locataires (LangGraph.js, runs LangSmith), en français.
// L'outil rechercher_fiches interroge un index de fiches pratiques (retriever).
// node bench/incidents/batch-a/langsmith-bail-preavis/generate.mjs  -> runs.jsonl
import path from 'node:path';
import * as h from '../../harness/langsmith/lib.mjs';
const { z, SystemMessage, HumanMessage, Document, MemorySaver } = h;

h.startClock('2025-01-09T17:12:40Z', 9090);

const fiches = [
  new Document({ pageContent: 'Location vide – préavis du locataire : le locataire qui donne congé doit respecter un préavis de 3 mois. Ce délai est réduit à 1 mois ' +
      'lorsque le logement se situe dans une zone tendue (communes listées par le décret n° 2013-392, dont la métropole de Lyon). Le locataire doit préciser ' +
      'le motif (zone tendue) dans sa lettre de congé. Le délai court à compter de la réception de la lettre recommandée, de l\'acte de commissaire de justice ou de la remise en main propre.',
    metadata: { fiche: 'F-1168', titre: 'Préavis – location vide', maj: '2024-10-02', type_bail: 'vide' } }),
  new Document({ pageContent: 'Location meublée – préavis du locataire : 1 mois, quelle que soit la commune.',
    metadata: { fiche: 'F-1169', titre: 'Préavis – location meublée', maj: '2024-10-02', type_bail: 'meuble' } }),
];
const index = new h.FnRetriever({ name: 'index_fiches_pratiques', search: (q) => {
  const s = q.toLowerCase();
  const type = s.includes('meubl') ? 'meuble' : s.includes('vide') ? 'vide' : null; // l'index filtre par type de bail
  return type ? fiches.filter((d) => d.metadata.type_bail === type) : [];
} });
const rechercher = h.tool(async ({ requete }, config) => {
  const docs = await index.invoke(requete, config);
  if (!docs.length) return 'Aucune fiche trouvée pour cette requête.';
  return docs.map((d) => `[${d.metadata.fiche} – ${d.metadata.titre}, mise à jour ${d.metadata.maj}]\n${d.pageContent}`).join('\n\n');
}, { name: 'rechercher_fiches', description: 'Recherche dans les fiches pratiques de l\'association (droit du logement).', schema: z.object({ requete: z.string() }) });

const model = new h.ScriptedChatModel({ model: 'mistral-small-2501', provider: 'mistralai', replies: [
  { content: '', tool_calls: [{ id: 'QmV4a1c2P', name: 'rechercher_fiches', args: { requete: 'préavis locataire départ logement' } }] },
  { content: 'Bonjour ! Je n\'ai pas trouvé de fiche qui réponde directement à votre question, et la durée du préavis dépend de votre situation. Pouvez-vous me préciser :\n' +
      '1. s\'agit-il d\'une location vide ou meublée ?\n2. dans quelle commune se trouve le logement ?\nAvec ces deux informations je pourrai vous donner la bonne règle.' },
  { content: '', tool_calls: [{ id: 'Zr8tYw3Ke', name: 'rechercher_fiches', args: { requete: 'préavis location vide zone tendue Lyon' } }] },
  { content: 'Merci ! Pour une location vide, le préavis est en principe de 3 mois, mais il est réduit à 1 mois lorsque le logement est en zone tendue, ce qui est le cas de la métropole de Lyon (fiche F-1168). ' +
      'Pensez à indiquer ce motif (« logement situé en zone tendue ») dans votre lettre de congé. Le mois de préavis court à partir de la réception de la lettre recommandée par votre propriétaire, ' +
      'ou de sa remise en main propre contre récépissé.' },
] });

const app = h.agentGraph({ model, tools: [rechercher], checkpointer: new MemorySaver(), agentNode: 'conseiller', toolsNode: 'outils' });
const cfg = { project: 'alq-permanence-en-ligne', metadata: { session_id: 'b2f7e1c4d9a84e06', user_id: 'adh-24-01873' }, configurable: { thread_id: 'b2f7e1c4d9a84e06' } };
await h.traced(app, { messages: [
  new SystemMessage('Tu es l\'assistant de la permanence en ligne de l\'Association Lyonnaise des Locataires. Réponds en français, en vouvoyant. ' +
    'Appuie chaque règle sur une fiche pratique trouvée avec rechercher_fiches ; si tu ne trouves rien, pose une question plutôt que de deviner.'),
  new HumanMessage('Bonjour, je voudrais quitter mon appartement, combien de temps de préavis je dois donner à mon propriétaire ?'),
] }, cfg);
h.advance(h.minutes(2), h.minutes(4));
await h.traced(app, { messages: [new HumanMessage('C\'est une location vide, dans le 7e arrondissement de Lyon.')] }, cfg);

h.writeRuns(path.join(h.here(import.meta.url), 'runs.jsonl'));
