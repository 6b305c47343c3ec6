// Student help desk (fr-FR) of a lycée: students ask the assistant about their own report card.
// The transcript tool memoizes the school-records lookup per class group. Two conversations, two
// students of the same class. LangGraph.js, scripted chat model, OpenInference OTLP/JSON (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('vie-scolaire-assistant', { 'service.version': '3.4.1' });

// School records backend (Pronote-like export), per student.
const records = {
  'INE-071245893KA': { eleve: 'Fontaine Léa', classe: '1G3', trimestre: 'T1 2026-2027',
    moyennes: { 'Mathématiques': 8.5, 'Physique-chimie': 9.25, 'Français': 11.0, 'SES': 12.5 }, moyenne_generale: 10.3,
    appreciation: 'Trimestre fragile en sciences ; un entretien avec la famille est prévu le 15/12.', absences_non_justifiees: 6 },
  'INE-070988214BD': { eleve: 'Benali Yanis', classe: '1G3', trimestre: 'T1 2026-2027',
    moyennes: { 'Mathématiques': 15.0, 'Physique-chimie': 14.5, 'Français': 12.0, 'SES': 13.5 }, moyenne_generale: 13.8,
    appreciation: 'Bon trimestre, élève sérieux.', absences_non_justifiees: 0 },
};
const memo = new Map(); // keyed by class group and term
const releve = tool(async ({ ine, classe }) => {
  const key = `${classe}:T1`;
  if (!memo.has(key)) memo.set(key, records[ine]);
  return JSON.stringify({ ine, ...memo.get(key) });
}, { name: 'obtenir_releve_notes', description: "Relevé de notes du trimestre en cours pour l'élève connecté.",
  schema: z.object({ ine: z.string(), classe: z.string() }) });

async function conversation({ sessionId, userId, system, question, replies }) {
  const model = new ScriptedChatModel({ replies });
  const app = await reactGraph({ model, tools: [releve], name: 'assistant_vie_scolaire' });
  await t.turn({ userId }, () => app.invoke({ messages: [new SystemMessage(system), new HumanMessage(question)] },
    { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));
}

await conversation({ sessionId: 'conv_2026-12-03_0f81c2', userId: 'eleve:INE-071245893KA',
  system: 'Assistant vie scolaire du lycée Jean-Moulin. Élève connecté : Léa Fontaine, INE-071245893KA, classe 1G3. Ne communique que les informations de l\'élève connecté.',
  question: 'Salut, c\'est quoi ma moyenne en maths ce trimestre ? Et j\'ai combien d\'absences ?',
  replies: [
    { tool_calls: [{ name: 'obtenir_releve_notes', args: { ine: 'INE-071245893KA', classe: '1G3' } }] },
    { content: 'Bonjour Léa ! Au premier trimestre, ta moyenne en mathématiques est de 8,5/20 (moyenne générale 10,3). Tu as 6 absences non justifiées ; pense à les régulariser auprès de la vie scolaire. Un entretien avec ta famille est prévu le 15/12.' },
  ] });

await conversation({ sessionId: 'conv_2026-12-03_3b9e77', userId: 'eleve:INE-070988214BD',
  system: 'Assistant vie scolaire du lycée Jean-Moulin. Élève connecté : Yanis Benali, INE-070988214BD, classe 1G3. Ne communique que les informations de l\'élève connecté.',
  question: 'Bonsoir, je voudrais savoir ma moyenne générale du T1 et si le conseil a mis une appréciation.',
  replies: [
    { tool_calls: [{ name: 'obtenir_releve_notes', args: { ine: 'INE-070988214BD', classe: '1G3' } }] },
    { content: 'Bonsoir Yanis ! Ta moyenne générale du premier trimestre est de 10,3/20 (maths 8,5, physique-chimie 9,25, français 11, SES 12,5). L\'appréciation indique un trimestre fragile en sciences, et un entretien avec ta famille est prévu le 15/12. Tu as aussi 6 absences non justifiées à régulariser.' },
  ] });

t.write(path.join(here, 'spans.otlp.jsonl'));
