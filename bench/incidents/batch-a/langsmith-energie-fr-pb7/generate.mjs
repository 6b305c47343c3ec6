// Energy supplier customer service (French). The app keeps a "contexte client" built from the last contract
// lookup so that follow-up questions do not need a second lookup; it is held in a module-level variable.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, ToolMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-01-22T09:03:47Z', 5);
const dir = here(import.meta.url);

const contrats = {
  'PDL-14128830917245': { titulaire: 'Mme Odile Ferrand', adresse: '12 rue des Tanneurs, 69002 Lyon', offre: 'Tarif Bleu Option Heures Creuses 9 kVA', solde: '-214,37 €', iban: 'FR76 3000 4012 3400 0104 5678 933', echeance: 'mensualité 118 € le 10' },
  'PDL-09977341220618': { titulaire: 'M. Karim Benali', adresse: '4 allée Matisse, 38100 Grenoble', offre: 'Tarif Base 6 kVA', solde: '0,00 €', echeance: 'mensualité 64 € le 5' },
};
let contexteClient = null; // dernier contrat consulté
const fiche = tool(({ pdl }) => { const c = contrats[pdl]; contexteClient = { pdl, ...c }; return JSON.stringify({ pdl, ...c }); },
  { name: 'fiche_contrat', description: 'Fiche contrat par point de livraison (PDL)', schema: z.object({ pdl: z.string() }) });

const prepare = async (messages) => [new SystemMessage('Assistant service client Rhône Énergie. Réponds au client en français.' +
  (contexteClient ? `\nContexte client: ${JSON.stringify(contexteClient)}` : '')), ...messages];

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  // session 1 : Mme Ferrand
  { content: '', tool_calls: [{ id: 'fc_7hQ2ab91', name: 'fiche_contrat', args: { pdl: 'PDL-14128830917245' } }] },
  { content: 'Bonjour Madame Ferrand. Votre compte présente un solde débiteur de 214,37 €. Il sera régularisé avec votre mensualité de 118 € prélevée le 10 sur le compte FR76 3000 4012 3400 0104 5678 933.' },
  // session 2 : M. Benali, question de suivi sans nouvelle consultation
  { content: 'Bonjour. Votre contrat Tarif Bleu Option Heures Creuses 9 kVA au 12 rue des Tanneurs présente actuellement un solde débiteur de 214,37 €. Le prochain prélèvement de 118 € aura lieu le 10 sur votre compte se terminant par 933 ; aucune démarche n’est nécessaire de votre part.' },
] });
const graph = agentGraph({ model, tools: [fiche], prepare });

await traced(graph, { messages: [new HumanMessage('Bonjour, pourquoi mon solde est-il négatif ? Mon PDL est le 14128830917245.')] },
  { project: 'rhone-energie-sc', metadata: { session_id: 'rhe-chat-5531a0', user_id: 'ferrand.o' } });
advance(minutes(6), minutes(9));
await traced(graph, { messages: [new HumanMessage('Bonjour, est-ce que j’ai quelque chose à payer ce mois-ci ? Je suis client chez vous, contrat au nom de Karim Benali.')] },
  { project: 'rhone-energie-sc', metadata: { session_id: 'rhe-chat-5531b7', user_id: 'k.benali38' } });
writeRuns(path.join(dir, 'runs.jsonl'));
