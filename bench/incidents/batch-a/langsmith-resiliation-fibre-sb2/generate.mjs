// Assistant du service client d'un opérateur télécom (français) : un abonné fibre demande ce que
// coûte une résiliation anticipée. Un tour : dossier client, recherche dans la base de connaissances
// (un retriever appelé depuis l'outil), réponse.
// Run from the checkout: node bench/incidents/batch-a/langsmith-resiliation-fibre-sb2/generate.mjs
import path from 'node:path';
import {
  startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, FnRetriever, Document,
  HumanMessage, SystemMessage, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-06-11T16:52:37Z', 4242);

// The knowledge base: the index returns its nearest articles for the query.
const articles = [
  new Document({ pageContent: "Résiliation d'un forfait mobile sans engagement : la résiliation peut être demandée à tout moment depuis l'Espace client ou par courrier. Elle prend effet sous 10 jours. Aucun frais n'est facturé ; le dernier mois est facturé au prorata.",
    metadata: { article_id: 'KB-MOB-0112', titre: 'Résilier un forfait mobile', maj: '2025-03-02', univers: 'mobile' } }),
  new Document({ pageContent: "Déménagement : vous pouvez transférer votre abonnement fibre à votre nouvelle adresse en France métropolitaine sans frais, sous réserve d'éligibilité. Le changement d'adresse se fait depuis l'Espace client, rubrique « Je déménage », au moins 15 jours avant la date souhaitée.",
    metadata: { article_id: 'KB-FIB-0430', titre: 'Je déménage avec ma box', maj: '2024-11-18', univers: 'fibre' } }),
  new Document({ pageContent: "Restitution du matériel : après une résiliation, la box et le répéteur Wi-Fi doivent être renvoyés dans un délai de 30 jours avec l'étiquette prépayée disponible dans l'Espace client. Le colis doit contenir tous les câbles fournis.",
    metadata: { article_id: 'KB-FIB-0218', titre: 'Renvoyer ma box', maj: '2025-01-09', univers: 'fibre' } }),
];
const kb = new FnRetriever({ name: 'kb-support-v3', search: async () => articles });

const dossier = tool(async ({ ref_client }) => JSON.stringify({
  ref_client, titulaire: 'M. Olivier Garnier', offre: 'Fibre Essentielle 2 Gbit/s + TV', mensualite_ttc: 32.99,
  date_souscription: '2024-01-18', engagement_mois: 24, fin_engagement: '2026-01-18',
  adresse_installation: '14 rue des Tanneurs, 67000 Strasbourg', materiel: ['Box LC-8', 'Répéteur Wi-Fi R2'],
  impayes: 0 }), {
  name: 'consulter_dossier', description: "Dossier d'un abonné : offre, mensualité, dates d'engagement, matériel.",
  schema: z.object({ ref_client: z.string() }) });

const recherche = tool(async ({ requete }, config) => {
  const docs = await kb.invoke(requete, config);
  return docs.map((d) => `[${d.metadata.article_id}] ${d.metadata.titre} — ${d.pageContent}`).join('\n\n');
}, { name: 'rechercher_base', description: 'Recherche dans la base de connaissances du support (conditions, procédures, tarifs).',
  schema: z.object({ requete: z.string() }) });

const replies = [
  { tool_calls: [{ id: 'call_rX0dT4', name: 'consulter_dossier', args: { ref_client: 'LC-7730-4412' } }] },
  { tool_calls: [{ id: 'call_pN27Kb', name: 'rechercher_base', args: { requete: 'frais résiliation anticipée fibre engagement 24 mois déménagement étranger' } }] },
  { content: "Bonjour M. Garnier,\n\nVotre offre Fibre Essentielle (32,99 €/mois) est engagée jusqu'au 18 janvier 2026. Si vous résiliez maintenant, voici ce qui s'applique :\n\n"
    + "• Comme vous avez dépassé les 12 premiers mois d'engagement, vous ne payez que 25 % des mensualités restantes : 7 mois × 32,99 € × 25 % = 57,73 €.\n"
    + "• S'y ajoutent des frais de résiliation de 49 €, facturés sur la dernière facture.\n"
    + "• Bonne nouvelle : un départ à l'étranger est un motif légitime de résiliation. Sur présentation d'un justificatif (contrat de travail ou attestation de domicile à l'étranger), l'indemnité de 57,73 € est annulée ; il ne reste alors que les 49 € de frais.\n\n"
    + "Pensez aussi à renvoyer votre box et le répéteur Wi-Fi sous 30 jours avec l'étiquette prépayée de votre Espace client. Souhaitez-vous que j'enregistre la demande de résiliation ?" },
];
const model = new ScriptedChatModel({ replies, model: 'gpt-4.1-mini-2025-04-14' });
const app = agentGraph({ model, tools: [dossier, recherche], agentNode: 'conseiller', toolsNode: 'outils' });

await traced(app, { messages: [
  new SystemMessage("Tu es l'assistant du service client de Ligne Claire Télécom. Réponds en français, uniquement à partir du dossier client et des articles de la base de connaissances. Client connecté : LC-7730-4412."),
  new HumanMessage("Bonjour, je pars m'installer à Montréal en septembre pour le travail. Si je résilie ma box fibre maintenant, combien ça va me coûter ? J'ai souscrit en janvier 2024 avec un engagement de 24 mois."),
] }, { project: 'sav-assistant', metadata: { conversation_id: 'CNV-20250611-88231', user_id: 'LC-7730-4412', canal: 'chat-espace-client' } });

const runs = writeRuns(out);
console.log(`wrote ${runs.length} runs to ${out}`);
