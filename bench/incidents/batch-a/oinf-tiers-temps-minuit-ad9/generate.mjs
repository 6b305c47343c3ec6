// Assistant de scolarité d'une université (LangGraph.js + MemorySaver, spans OpenInference OTLP/JSON), hors ligne.
// The web front keeps one conversation id per student; the graph's checkpoint thread key is built from
// the student number and the local calendar day of the request.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('scolarite-assistant', { 'deployment.environment': 'prod', 'service.version': '1.12.0' });

const creneaux = tool(async ({ epreuve }) => JSON.stringify({ epreuve, intitule: 'Statistiques descriptives et inférentielles (partiel S3)', duree_standard_min: 120, creneaux: [
  { id: 'STAT-L2-MER-09', debut: '2026-12-09T09:00', salle: 'Amphi B', salle_libre_jusqua: '11:30' },
  { id: 'STAT-L2-JEU-14', debut: '2026-12-10T14:00', salle: 'B-214', salle_libre_jusqua: '17:30' },
  { id: 'STAT-L2-VEN-08', debut: '2026-12-11T08:00', salle: 'Amphi C', salle_libre_jusqua: '10:15' } ] }),
{ name: 'lister_creneaux', description: "Liste les créneaux d'une épreuve avec la salle et l'heure de libération de la salle.",
  schema: z.object({ epreuve: z.string() }) });

const inscrire = tool(async ({ etudiant, epreuve, creneau, amenagement, duree_min }) => JSON.stringify({
  inscription: 'INS-26-044871', etudiant, epreuve, creneau, amenagement, duree_min,
  convocation: `Convocation envoyée à ${etudiant}@etu.univ-exemple.fr`, statut: 'CONFIRMEE' }),
{ name: 'inscrire_examen', description: "Inscrit un étudiant à un créneau d'examen. amenagement: 'aucun', 'tiers-temps', 'salle-isolee'.",
  schema: z.object({ etudiant: z.string(), epreuve: z.string(), creneau: z.string(), amenagement: z.string(), duree_min: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'lister_creneaux', args: { epreuve: 'STAT-L2' } }] },
  { content: "Bonsoir ! Avec votre tiers-temps (dossier SH-2026-0381), l'épreuve de 2 h passe à 2 h 40. Sur les trois créneaux, seul celui du jeudi 10 décembre à 14 h (salle B-214, libre jusqu'à 17 h 30) permet ces 2 h 40 ; mercredi (Amphi B, libre jusqu'à 11 h 30) et vendredi (Amphi C, libre jusqu'à 10 h 15) sont trop courts. Dites-moi si je vous inscris jeudi." },
  { tool_calls: [{ name: 'inscrire_examen', args: { etudiant: '21904417', epreuve: 'STAT-L2', creneau: 'STAT-L2-JEU-14', amenagement: 'aucun', duree_min: 120 } }] },
  { content: "C'est fait : vous êtes inscrit au partiel de statistiques le jeudi 10 décembre à 14 h, salle B-214, durée 2 h (inscription INS-26-044871). La convocation part sur votre adresse étudiante." },
] });

const checkpointer = new MemorySaver();
const app = await reactGraph({ model, tools: [creneaux, inscrire], checkpointer, name: 'assistant-scolarite' });
const system = new SystemMessage("Tu es l'assistant de scolarité de la faculté de psychologie. Tu inscris les étudiants aux examens en respectant leurs aménagements validés par le service handicap (tiers-temps = durée × 4/3). Vouvoie l'étudiant.");

async function requete(localDate, texte) {
  const etudiant = '21904417';
  const thread = `scol:${etudiant}:${localDate}`;
  const cfg = { configurable: { thread_id: thread }, metadata: { session_id: 'ent-conv-21904417-7c2e', etudiant } };
  const prior = await app.getState(cfg);
  const nouveaux = prior.values?.messages?.length ? [new HumanMessage(texte)] : [system, new HumanMessage(texte)];
  return t.turn({ userId: etudiant }, () => app.invoke({ messages: nouveaux }, cfg));
}

// jeudi 4 décembre, 23 h 51
await requete('2026-12-04', "Bonsoir, je suis Léa Fontaine, étudiante 21904417 en L2 psycho. J'ai un tiers-temps validé par le service handicap (dossier SH-2026-0381). Quels créneaux pour le partiel de stats ?");
// vendredi 5 décembre, 00 h 03
await requete('2026-12-05', "Oui, parfait, inscrivez-moi au créneau de jeudi 14 h s'il vous plaît (21904417).");

t.write(path.join(here, 'traces.jsonl'));
