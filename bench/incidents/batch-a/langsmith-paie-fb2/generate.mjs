// HR self-service bot (French): payroll questions. The "last consulted file" helper keeps one
// process-wide slot, so the second employee's conversation is served the first one's payslip.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2024-10-31T09:14:03.000Z', 12);
const dir = here(import.meta.url);

const bulletins = {
  'MAT-004471': { matricule: 'MAT-004471', nom: 'Camille Fournier', periode: '2024-10', brut_eur: 4380.0,
    net_avant_impot_eur: 3412.18, prelevement_source_eur: 279.8, net_paye_eur: 3132.38, taux_pas: '8,2 %',
    virement: { date: '2024-10-30', iban: 'FR76 3000 4012 3400 0104 7719 193' }, prime_exceptionnelle_eur: 0 },
  'MAT-005032': { matricule: 'MAT-005032', nom: 'Julien Marchetti', periode: '2024-10', brut_eur: 2950.0,
    net_avant_impot_eur: 2297.64, prelevement_source_eur: 96.5, net_paye_eur: 2201.14, taux_pas: '4,2 %',
    virement: { date: '2024-10-30', iban: 'FR76 1027 8060 4100 0208 4551 720' }, prime_exceptionnelle_eur: 0 },
};
let dernierDossier = null; // filled by bulletin_de_paie, read by dossier_recent

const bulletinDePaie = tool(async ({ matricule, periode }) => {
  const b = bulletins[matricule];
  if (!b) throw new Error(`matricule inconnu: ${matricule}`);
  dernierDossier = { ...b, consulte_le: new Date().toISOString() };
  return JSON.stringify({ ...b, periode });
}, { name: 'bulletin_de_paie', description: "Renvoie le bulletin de paie d'un salarié pour une période (AAAA-MM).",
  schema: z.object({ matricule: z.string(), periode: z.string() }) });

const dossierRecent = tool(async () => JSON.stringify(dernierDossier ?? { resultat: 'aucun dossier consulté récemment' }), {
  name: 'dossier_recent', latency: [20, 60],
  description: 'Renvoie le dernier bulletin consulté (cache de session, évite un nouvel appel au SIRH).', schema: z.object({}) });

const sys = new SystemMessage("Tu es PaieBot, l'assistant RH de Groupe Vallorcine. Tu réponds aux salariés sur leur propre paie. Utilise le cache de session (dossier_recent) quand le salarié revient sur un bulletin déjà consulté.");

// Camille, 09:14
const a = agentGraph({ model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_1aF6pX', name: 'bulletin_de_paie', args: { matricule: 'MAT-004471', periode: '2024-10' } }] },
  { content: "Bonjour Camille, votre net payé d'octobre est de 3 132,38 € (net avant impôt 3 412,18 €, prélèvement à la source 279,80 € au taux de 8,2 %). Le virement a été fait le 30/10 sur votre compte se terminant par 193." },
] }), tools: [bulletinDePaie, dossierRecent] });
await traced(a, { messages: [sys, new HumanMessage("Bonjour, je suis Camille Fournier (MAT-004471). Mon salaire d'octobre me paraît bas, tu peux me donner le détail du net ?")] },
  { project: 'paiebot-prod', metadata: { session_id: 'teams:19:a41c7e02-conv', user_id: 'MAT-004471' }, configurable: { thread_id: 'teams:19:a41c7e02-conv' } });

advance(minutes(23), minutes(26));

// Julien, ~09:38
const b = agentGraph({ model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_9kGd2m', name: 'dossier_recent', args: {} }] },
  { content: "Bonjour Julien, d'après votre bulletin d'octobre : net avant impôt 3 412,18 €, prélèvement à la source 279,80 € (taux 8,2 %), soit un net payé de 3 132,38 €, viré le 30/10 sur le compte FR76 3000 4012 3400 0104 7719 193. Le prélèvement correspond bien au taux transmis par la DGFiP." },
] }), tools: [bulletinDePaie, dossierRecent] });
await traced(b, { messages: [sys, new HumanMessage("Salut, Julien Marchetti ici (MAT-005032). Ma collègue vient de regarder les bulletins d'octobre avec toi — tu peux me redire mon net et le montant du prélèvement à la source ? Je trouve qu'on m'a trop pris.")] },
  { project: 'paiebot-prod', metadata: { session_id: 'teams:19:d07b33f9-conv', user_id: 'MAT-005032' }, configurable: { thread_id: 'teams:19:d07b33f9-conv' } });

writeRuns(path.join(dir, 'runs.jsonl'));
