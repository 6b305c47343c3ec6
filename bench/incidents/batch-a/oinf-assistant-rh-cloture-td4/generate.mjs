// Assistant RH interne (portail salarié) : un agent LangGraph avec MemorySaver. Chaque conversation du
// portail a son propre session_id (métadonnée), mais le fil du checkpointer est construit à partir
// du service de l'utilisateur. Hors ligne : modèle scripté, spans OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('portail-rh-assistant', { 'service.version': '2025.02.3', 'deployment.environment': 'prod' });

const dossier = tool(async ({ matricule }) => JSON.stringify({
  matricule, nom: 'Mercier', prenom: 'Camille', service: 'comptabilite', poste: 'Comptable fournisseurs',
  salaire_brut_mensuel_eur: 3412, prime_trimestrielle_cible_eur: 1150,
  regle_prime: 'Prime T1 versée en avril ; proratisée uniquement pour les absences non justifiées.',
  maintien_salaire: 'Subrogation employeur : 90 % du brut du 1er au 30e jour d\'arrêt (convention Syntec).',
}), { name: 'consulter_dossier_salarie', description: 'Dossier administratif et rémunération d\'un salarié (accès : le salarié lui-même).',
  schema: z.object({ matricule: z.string() }) });

const planning = tool(async ({ service, du, au }) => JSON.stringify({
  service, du, au, source: 'SIRH Horizon', absences_declarees: [
    { matricule: '20552', nom: 'Benali Sofiane', du: '2025-03-13', au: '2025-03-14', type: 'RTT' },
  ], effectif: 6, presents_min: 5,
}), { name: 'planning_service', description: 'Présences et absences déclarées d\'un service sur une période.',
  schema: z.object({ service: z.string(), du: z.string(), au: z.string() }) });

const reaffecter = tool(async ({ de_matricule, vers_matricule, perimetre }) => JSON.stringify({
  statut: 'ok', taches_reaffectees: 14, de_matricule, vers_matricule, perimetre, ticket: 'RH-2025-03117',
  notification: 'envoyée aux deux salariés et au manager',
}), { name: 'reaffecter_taches', description: 'Réaffecte des tâches du plan de clôture d\'un salarié à un autre.',
  schema: z.object({ de_matricule: z.string(), vers_matricule: z.string(), perimetre: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  // Camille (20417)
  { tool_calls: [{ id: 'call_rh_01J9Q2', name: 'consulter_dossier_salarie', args: { matricule: '20417' } }] },
  { content: 'Bonjour Camille. Bonne nouvelle : un arrêt maladie justifié ne réduit pas votre prime trimestrielle '
    + '(cible 1 150 €, versée en avril) ; seules les absences non justifiées la proratisent. Pendant l\'arrêt du 3 au 21 mars, '
    + 'l\'employeur maintient 90 % de votre brut (subrogation). Pensez à transmettre l\'avis d\'arrêt sous 48 h. Bon rétablissement !' },
  // Julien (20988)
  { tool_calls: [{ id: 'call_rh_01J9Q7', name: 'planning_service', args: { service: 'comptabilite', du: '2025-03-10', au: '2025-03-14' } }] },
  { content: 'Pour la semaine du 10 mars en compta : Sofiane Benali est en RTT les 13 et 14. Et attention, Camille Mercier ne sera pas là '
    + 'non plus : elle est en arrêt du 3 au 21 mars (opération du genou), ce n\'est pas encore saisi dans Horizon. '
    + 'Il faut donc compter sur 4 personnes en fin de semaine.' },
  { tool_calls: [{ id: 'call_rh_01J9QC', name: 'reaffecter_taches', args: { de_matricule: '20417', vers_matricule: '20633', perimetre: 'lettrage fournisseurs mars 2025' } }] },
  { content: 'C\'est fait : les 14 tâches de lettrage fournisseurs de Camille Mercier pour mars sont réaffectées à Inès Garnier '
    + '(ticket RH-2025-03117). Elles ont été prévenues, ainsi que le manager.' },
] });

const SYSTEM = 'Tu es l\'assistant RH du portail salarié d\'Altéa Conseil. Tu réponds à la personne connectée, '
  + 'en français, et tu ne communiques jamais d\'informations personnelles d\'un autre salarié.';
const app = await reactGraph({ model, tools: [dossier, planning, reaffecter],
  prepare: (m) => [new SystemMessage(SYSTEM), ...m], checkpointer: new MemorySaver(), name: 'assistant-rh' });

// Le portail : une conversation = un session_id ; le fil de mémoire = rh-<service>.
async function message(user, text) {
  return t.turn({ userId: user.matricule }, () => app.invoke({ messages: [new HumanMessage(text)] }, {
    configurable: { thread_id: `rh-${user.service}` },
    metadata: { session_id: user.conversation, portail_user: user.matricule },
    runName: 'assistant-rh',
  }));
}
const camille = { matricule: '20417', service: 'comptabilite', conversation: 'conv-8f3a1c4e' };
const julien = { matricule: '20988', service: 'comptabilite', conversation: 'conv-b27d9005' };

await message(camille, 'Bonjour, je vais être opérée du genou le 3 mars, arrêt prévu jusqu\'au 21 mars. '
  + 'Est-ce que ça change quelque chose pour ma prime de fin de trimestre ? Mon matricule : 20417.');
await message(julien, 'Salut, je prépare le planning de la clôture de mars pour la compta fournisseurs. '
  + 'Qui sera dispo la semaine du 10 mars ?');
await message(julien, 'Ok merci. Tu peux basculer ses lettrages de mars sur Inès (matricule 20633) ?');

t.write(path.join(here, 'traces.jsonl'));
