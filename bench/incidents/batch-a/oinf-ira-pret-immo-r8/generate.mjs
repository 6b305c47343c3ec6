// Assistant conseiller d'une banque de détail : chaîne RAG en LangGraph (recherche dans la base
// documentaire des conditions générales, puis rédaction de la réponse par le modèle).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, ScriptedRetriever, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { StateGraph, Annotation, START, END } = await load('@langchain/langgraph');

const t = tracing('assistant-conseiller', { 'deployment.environment': 'prod', 'service.version': '1.14.0' });

const base = new ScriptedRetriever({ results: async () => [
  { pageContent: 'Prêt personnel et crédit renouvelable — remboursement anticipé. L\'emprunteur peut rembourser par anticipation, '
      + 'totalement ou partiellement, à tout moment. Lorsque le montant remboursé par anticipation est supérieur à 10 000 € sur '
      + 'une période de douze mois, le prêteur peut exiger une indemnité égale à 1 % du montant remboursé si le délai entre le '
      + 'remboursement anticipé et la date de fin du contrat est supérieur à un an, 0,5 % dans le cas contraire.',
    metadata: { id: 'CG-CONSO-2023#art9', produit: 'pret_personnel', version: '2023-04', score: 0.842 } },
  { pageContent: 'La demande de remboursement anticipé d\'un prêt personnel se fait depuis l\'espace client, rubrique « Mes crédits », '
      + 'ou auprès de votre conseiller. Le montant est prélevé sur le compte de dépôt à la prochaine échéance.',
    metadata: { id: 'FAQ-CONSO-112', produit: 'pret_personnel', version: '2024-09', score: 0.811 } },
  { pageContent: 'Assurance emprunteur : en cas de remboursement anticipé total, l\'adhésion prend fin à la date du remboursement ; '
      + 'les cotisations éventuellement versées d\'avance sont remboursées au prorata.',
    metadata: { id: 'NOTICE-ADE-2022#5', produit: 'assurance_emprunteur', version: '2022-01', score: 0.774 } },
] });

const SYSTEM = 'Tu es l\'assistant des conseillers de la Banque du Rhône-Sud. Réponds au client à partir des extraits '
  + 'de la base documentaire fournis. Ton courtois, vouvoiement.';
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Bonjour Madame Lefèvre,\n\nPour votre prêt immobilier n° PI-2019-07731, un remboursement anticipé partiel est possible '
    + 'à tout moment. Des indemnités de remboursement anticipé s\'appliquent : elles s\'élèvent à 3 % du capital remboursé, '
    + 'dans la limite de six mois d\'intérêts au taux du prêt. Pour 40 000 €, comptez donc au maximum 1 200 €.\n\n'
    + 'Votre demande écrite est traitée sous 15 jours ouvrés et le nouveau tableau d\'amortissement vous est adressé dans les 30 jours '
    + 'suivant le remboursement. Vous pouvez choisir de réduire la durée ou le montant des échéances.\n\nBien cordialement' },
] });

const State = Annotation.Root({
  question: Annotation(),
  extraits: Annotation(),
  reponse: Annotation(),
});
const app = new StateGraph(State)
  .addNode('recherche', async (s) => ({ extraits: await base.invoke(s.question) }))
  .addNode('redaction', async (s) => {
    const contexte = s.extraits.map((d) => `[${d.metadata.id}] ${d.pageContent}`).join('\n\n');
    const out = await model.invoke([new SystemMessage(SYSTEM + '\n\nExtraits :\n' + contexte), new HumanMessage(s.question)]);
    return { reponse: out.content };
  })
  .addEdge(START, 'recherche').addEdge('recherche', 'redaction').addEdge('redaction', END)
  .compile({ name: 'rag_conditions' });

const question = 'Bonjour, je souhaite rembourser par anticipation 40 000 € sur mon prêt immobilier n° PI-2019-07731 '
  + '(souscrit en 2019). Combien vais-je payer de pénalités et en combien de temps est-ce traité ?';
await t.turn({ userId: 'cli-0048817263' }, () => app.invoke({ question },
  { metadata: { conversation_id: 'conv_9b1e44d0-2f7a', agence: 'AG-0412' } }));
t.write(path.join(here, 'export.jsonl'));
