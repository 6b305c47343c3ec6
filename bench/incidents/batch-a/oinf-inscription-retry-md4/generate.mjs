// University enrolment assistant (French). The course catalogue API is rate-limited; the first call
// fails with a 429, the agent waits and retries, and answers from the successful second call.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('scolarite-assistant', { 'deployment.environment': 'production' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

let calls = 0;
const catalogue = tool(async ({ code_ue, semestre }) => {
  calls++;
  if (calls === 1) throw new Error('HTTP 429 Too Many Requests: quota 60 req/min dépassé pour client scolarite-bot, réessayer après 2 s');
  return JSON.stringify({ code_ue, semestre, intitule: 'Statistique bayésienne', ects: 6, places_totales: 40, places_restantes: 0,
    liste_attente: 7, groupes_td: [{ groupe: 'TD2', places_restantes: 0 }, { groupe: 'TD3', places_restantes: 0 }] });
}, { name: 'catalogue_ue', description: "Fiche d'une unité d'enseignement (places, ECTS).", schema: z.object({ code_ue: z.string(), semestre: z.string() }) });
const attente = tool(async ({ code_ue, num_etudiant }) => JSON.stringify({ code_ue, num_etudiant, rang: 8, inscrit_liste_attente: true }),
  { name: 'inscrire_liste_attente', description: "Inscrit un étudiant sur la liste d'attente d'une UE.", schema: z.object({ code_ue: z.string(), num_etudiant: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'catalogue_ue', args: { code_ue: 'MAT4-STB', semestre: '2025-S2' } }] },
  { content: '', tool_calls: [{ name: 'catalogue_ue', args: { code_ue: 'MAT4-STB', semestre: '2025-S2' } }] },
  { content: "L'UE MAT4-STB « Statistique bayésienne » (6 ECTS) est complète : 0 place restante sur 40, y compris en TD2 et TD3, et 7 personnes sont déjà en liste d'attente. Voulez-vous que je vous inscrive sur la liste d'attente ? Vous seriez 8e." },
  { content: '', tool_calls: [{ name: 'inscrire_liste_attente', args: { code_ue: 'MAT4-STB', num_etudiant: '22104587' } }] },
  { content: "C'est fait : vous êtes inscrit(e) sur la liste d'attente de MAT4-STB, au rang 8. Vous recevrez un courriel si une place se libère." },
] });
const SYSTEM = "Tu es l'assistant de la scolarité de la faculté des sciences. Réponds en français, uniquement d'après le catalogue.";
const { MemorySaver } = await load('@langchain/langgraph');
const app = await reactGraph({ model, tools: [catalogue, attente], prepare: (m) => [new SystemMessage(SYSTEM), ...m], checkpointer: new MemorySaver(), name: 'scolarite' });
const sid = 'scol:22104587:0f6b2c';
const cfg = { configurable: { thread_id: sid }, metadata: { session_id: sid }, recursionLimit: 20 };
for (const text of ["Bonjour, numéro étudiant 22104587. Reste-t-il des places en MAT4-STB au second semestre ? Je voudrais le TD2.", 'Oui, inscrivez-moi.'])
  await t.turn({ userId: 'etu-22104587' }, () => app.invoke({ messages: [new HumanMessage(text)] }, cfg));
t.write(path.join(here, 'traces.otlp.jsonl'));
