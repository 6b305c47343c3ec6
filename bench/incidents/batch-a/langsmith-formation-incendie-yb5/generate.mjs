// Assistant RH en libre-service : formations obligatoires, modalités, inscriptions.
// Un fil de conversation sur quatre tours, historique dans un MemorySaver ; avant chaque appel du modèle
// l'historique passe par trimMessages (fenêtre de 11 messages, system compris), comme configuré en prod.
// @langchain/langgraph + @langchain/core réels, modèle scripté (pas de réseau), runs du LangChainTracer.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  SystemMessage, HumanMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2024-05-28T12:31:17.000Z', 40217);

const formationsObligatoires = tool(async ({ matricule }) => JSON.stringify({ matricule, annee: 2024, formations: [
  { code: 'SST-INC-2', intitule: 'Sécurité incendie – équipier de première intervention', format: 'présentiel, site de Villeurbanne',
    duree: '3 h', echeance: '2024-06-30', statut: 'à faire' },
  { code: 'RGPD-N1', intitule: 'RGPD niveau 1', format: 'e-learning', duree: '2 h', echeance: '2024-09-30', statut: 'en cours (40 %)' },
] }), { name: 'formations_obligatoires', description: 'Formations obligatoires d\'un collaborateur pour l\'année.',
  schema: z.object({ matricule: z.string() }) });

const modalites = tool(async ({ code }) => JSON.stringify(code === 'RGPD-N1'
  ? { code, format: 'e-learning', acces: 'portail Talentia, accessible hors VPN', duree_restante: '1 h 10', attestation: 'automatique à 100 %' }
  : { code, format: 'présentiel' }), { name: 'modalites_formation', description: 'Modalités pratiques d\'une formation.',
  schema: z.object({ code: z.string() }) });

const reglesRh = tool(async ({ sujet }) => JSON.stringify({ sujet, reference: 'Accord formation 2022, art. 4.2',
  texte: 'Les formations obligatoires au titre de la sécurité sont du temps de travail effectif. Lorsqu\'une session tombe sur un jour non travaillé d\'un salarié à temps partiel, le temps est récupéré ou rémunéré en heures complémentaires, sous réserve de l\'accord préalable du salarié ; le salarié peut refuser une session placée sur un jour non travaillé.' }), {
  name: 'regles_rh', description: 'Recherche dans les accords et règles RH.', schema: z.object({ sujet: z.string() }) });

const sessions = tool(async ({ code, avant }) => JSON.stringify({ code, avant, sessions: [
  { id: 'SES-24-0611-VLB', date: '2024-06-11', jour: 'mardi', horaire: '09:00–12:00', places_restantes: 0 },
  { id: 'SES-24-0612-VLB', date: '2024-06-12', jour: 'mercredi', horaire: '09:00–12:00', places_restantes: 4 },
  { id: 'SES-24-0620-VLB', date: '2024-06-20', jour: 'jeudi', horaire: '14:00–17:00', places_restantes: 6 },
  { id: 'SES-24-0627-VLB', date: '2024-06-27', jour: 'jeudi', horaire: '09:00–12:00', places_restantes: 9 },
] }), { name: 'sessions_disponibles', description: 'Sessions planifiées d\'une formation.',
  schema: z.object({ code: z.string(), avant: z.string().optional() }), latency: [250, 700] });

const inscrire = tool(async ({ matricule, session_id }) => JSON.stringify({ inscription: 'INS-2024-118407', matricule, session_id,
  statut: 'confirmée', convocation: 'envoyée par e-mail', manager_notifie: true }), {
  name: 'inscrire_session', description: 'Inscrit un collaborateur à une session de formation et prévient son manager.',
  schema: z.object({ matricule: z.string(), session_id: z.string() }), latency: [400, 900] });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // tour 1
  { content: '', tool_calls: [{ id: 'tc-7a1e03', name: 'formations_obligatoires', args: { matricule: '40217' } }] },
  { content: 'Bonjour Camille ! Pour 2024, il vous reste deux formations obligatoires :\n- Sécurité incendie – équipier de première intervention (3 h, présentiel à Villeurbanne), à faire avant le 30 juin ;\n- RGPD niveau 1 (e-learning), en cours à 40 %, échéance le 30 septembre.\nC\'est bien noté pour votre temps partiel, j\'en tiendrai compte pour les dates.' },
  // tour 2
  { content: '', tool_calls: [{ id: 'tc-7a1e09', name: 'modalites_formation', args: { code: 'RGPD-N1' } }] },
  { content: 'Oui : le RGPD niveau 1 se fait sur le portail Talentia, accessible hors VPN, donc depuis chez vous. Il vous reste environ 1 h 10 et l\'attestation est générée automatiquement à 100 %.' },
  // tour 3
  { content: '', tool_calls: [{ id: 'tc-7a1e14', name: 'regles_rh', args: { sujet: 'formation obligatoire sécurité temps de travail' } }] },
  { content: 'Oui, c\'est du temps de travail effectif (accord formation 2022, art. 4.2). Si une session tombait sur un jour où vous ne travaillez pas, le temps serait récupéré ou payé en heures complémentaires, mais seulement avec votre accord : vous pouvez refuser une telle session.' },
  // tour 4
  { content: '', tool_calls: [{ id: 'tc-7a1e22', name: 'sessions_disponibles', args: { code: 'SST-INC-2', avant: '2024-06-30' } }] },
  { content: 'La session du mardi 11 juin est complète ; la suivante est le mercredi 12 juin de 9 h à 12 h (4 places). Je vous y inscris.',
    tool_calls: [{ id: 'tc-7a1e23', name: 'inscrire_session', args: { matricule: '40217', session_id: 'SES-24-0612-VLB' } }] },
  { content: 'C\'est fait : vous êtes inscrite à la Sécurité incendie le mercredi 12 juin 2024, de 9 h à 12 h, sur le site de Villeurbanne (inscription INS-2024-118407). La convocation vous a été envoyée par e-mail et votre manager est prévenu.' },
] });

const fenetre = (messages) => trimMessages(messages, { maxTokens: 11, tokenCounter: (ms) => ms.length,
  strategy: 'last', includeSystem: true, startOn: 'human' });
const app = agentGraph({ model, tools: [formationsObligatoires, modalites, reglesRh, sessions, inscrire],
  checkpointer: new MemorySaver(), prepare: fenetre, agentNode: 'assistant_rh', toolsNode: 'outils_rh', name: 'assistant-rh' });

const fil = 'rh:40217:9c1f07be';
const opts = { project: 'assistant-rh-prod', runName: 'assistant-rh',
  metadata: { thread_id: fil, user_id: 'c.roux@groupe-vauban.fr', matricule: '40217' }, configurable: { thread_id: fil } };

await traced(app, { messages: [
  new SystemMessage('Tu es l\'assistant RH du Groupe Vauban. Collaboratrice connectée : Camille Roux, matricule 40217, site de Villeurbanne. Tu peux consulter les formations, les règles RH et inscrire la collaboratrice à des sessions. Tiens compte de ses contraintes de présence pour toute inscription. Vouvoie.'),
  new HumanMessage('Bonjour ! Petite précision d\'abord : je suis à 80 %, je ne travaille jamais le mercredi (garde de mes enfants). Je voudrais faire le point sur mes formations obligatoires de cette année.'),
] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Pour le RGPD, je peux le finir depuis chez moi ?')] }, opts);
advance(minutes(1), minutes(3));
await traced(app, { messages: [new HumanMessage('Et la sécurité incendie, ça compte comme du temps de travail ?')] }, opts);
advance(minutes(4), minutes(7));
await traced(app, { messages: [new HumanMessage('Parfait. Inscrivez-moi à la première session de sécurité incendie où je peux venir, avant l\'échéance.')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
