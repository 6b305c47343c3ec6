// Service paie: an assistant prepares the monthly payroll entry for an hourly employee from the
// badge system's timesheet and submits it to the payroll engine.
import path from 'node:path';
import { ScriptedChatModel, tool, startClock, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-27T15:03:44+01:00', 1337);

const releveBadgeuse = tool(async ({ matricule, periode }) => JSON.stringify({
  matricule, periode, salarie: 'Camille Rouvière', contrat: 'CDI temps plein, horaire',
  taux_horaire_brut: '13,85 €', heures_normales: '151:40', heures_sup_25: '06:45', heures_sup_50: '00:00',
  absences: [{ date: '2025-02-10', motif: 'RTT', duree: '07:00' }], source: 'Kelio v4 export' }), {
  name: 'releve_badgeuse', description: 'Relevé mensuel des heures badgées (format HH:MM)',
  schema: z.object({ matricule: z.string(), periode: z.string() }) });

const saisirVariablesPaie = tool(async ({ matricule, periode, heures_normales, heures_sup_25, taux_horaire }) => {
  const brut = heures_normales * taux_horaire + heures_sup_25 * taux_horaire * 1.25;
  return JSON.stringify({ statut: 'enregistré', lot: 'PAIE-2025-02-B07', matricule, periode,
    heures_normales, heures_sup_25, salaire_brut_estime: Math.round(brut * 100) / 100 });
}, { name: 'saisir_variables_paie', description: 'Enregistre les variables de paie du mois (heures en nombre décimal)',
  schema: z.object({ matricule: z.string(), periode: z.string(), heures_normales: z.number(), heures_sup_25: z.number(), taux_horaire: z.number() }) });

const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  { tool_calls: [{ id: 'Xq7pLm2Rd', name: 'releve_badgeuse', args: { matricule: 'RH-004512', periode: '2025-02' } }] },
  { tool_calls: [{ id: 'Vb3sNc8Kt', name: 'saisir_variables_paie', args: { matricule: 'RH-004512', periode: '2025-02',
    heures_normales: 151.4, heures_sup_25: 6.45, taux_horaire: 13.85 } }] },
  { content: 'C\'est fait. Variables de février enregistrées pour Camille Rouvière (RH-004512), lot PAIE-2025-02-B07 : '
    + '151,4 h normales et 6,45 h supplémentaires à 25 %, taux 13,85 €. Salaire brut estimé : 2 208,56 €. '
    + 'Le RTT du 10/02 est déjà intégré au relevé.' },
] });

const app = agentGraph({ model, tools: [releveBadgeuse, saisirVariablesPaie], agentNode: 'assistant_paie', toolsNode: 'outils_sirh', name: 'assistant-paie' });

await traced(app, { messages: [
  new SystemMessage('Tu es l\'assistant du service paie de Rouvière Industrie. Tu saisis les variables mensuelles à partir du relevé de la badgeuse.'),
  new HumanMessage('Peux-tu saisir la paie de février pour le matricule RH-004512 ? Clôture ce soir.') ] }, {
  project: 'sirh-paie-prod', metadata: { session_id: 'c0a8f3e2-5d71-4b9e-9f14-2e6b1d7a0c55', user_id: 'gestionnaire.paie.lyon' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
