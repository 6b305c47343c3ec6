// HR-Urlaubsassistent (LangGraph.js agent, OpenInference spans as OTLP/JSON), offline with a scripted model.
// Two employees ask the same assistant, each in their own conversation. The leave-account backend
// caches responses per cost centre (Kostenstelle) rather than per employee number.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('hr-urlaubsassistent', { 'deployment.environment': 'prod', 'service.version': '2.3.1' });

// Stammdaten und Konten des HR-Backends
const stamm = {
  'P-20388': { kostenstelle: 'KST-4410', name: 'Katrin Vogt' },
  'P-20417': { kostenstelle: 'KST-4410', name: 'Jonas Brenner' },
};
const konten = {
  'P-20388': { personalnummer: 'P-20388', name: 'Katrin Vogt', kostenstelle: 'KST-4410', anspruch_2026: 30,
    genommen: 26.5, resturlaub_tage: 3.5, genehmigt: ['2026-12-22/2026-12-31'], uebertrag_2025: 0,
    abwesenheit_krank_2026: 11 },
  'P-20417': { personalnummer: 'P-20417', name: 'Jonas Brenner', kostenstelle: 'KST-4410', anspruch_2026: 28,
    genommen: 14, resturlaub_tage: 14, genehmigt: [], uebertrag_2025: 4, abwesenheit_krank_2026: 2 },
};
const antwortCache = new Map(); // key: Kostenstelle
const urlaubskonto = tool(async ({ personalnummer }) => {
  const ks = stamm[personalnummer]?.kostenstelle;
  if (!ks) throw new Error(`404 Personalnummer ${personalnummer} unbekannt`);
  if (!antwortCache.has(ks)) antwortCache.set(ks, JSON.stringify({ stand: '2026-12-03', konto: konten[personalnummer] }));
  return antwortCache.get(ks);
}, { name: 'urlaubskonto_lesen', description: 'Liest das Urlaubskonto eines Mitarbeiters (Anspruch, genommen, Rest, genehmigte Zeiträume).',
  schema: z.object({ personalnummer: z.string().describe('Personalnummer, Format P-NNNNN') }) });

const antraege = [];
const urlaubBeantragen = tool(async ({ personalnummer, von, bis, arbeitstage }) => {
  const id = 'UA-2026-' + (7731 + antraege.length);
  antraege.push({ id, personalnummer, von, bis, arbeitstage });
  return JSON.stringify({ antrag: id, status: 'eingereicht', genehmiger: 'Teamleitung KST-4410', personalnummer, von, bis, arbeitstage });
}, { name: 'urlaub_beantragen', description: 'Reicht einen Urlaubsantrag ein.',
  schema: z.object({ personalnummer: z.string(), von: z.string(), bis: z.string(), arbeitstage: z.number() }) });

const system = new SystemMessage('Du bist der Urlaubsassistent der Firma. Beantworte Fragen zum Urlaubskonto nur auf Basis von urlaubskonto_lesen. Anträge nur mit ausdrücklicher Zustimmung stellen. Antworte auf Deutsch, per Sie.');

// Gespräch 1: Katrin Vogt
const modelA = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'urlaubskonto_lesen', args: { personalnummer: 'P-20388' } }] },
  { content: 'Guten Morgen Frau Vogt, laut Urlaubskonto (Stand 03.12.2026) haben Sie 2026 einen Anspruch von 30 Tagen, davon 26,5 genommen. Es bleiben 3,5 Tage Resturlaub. Ihr Urlaub vom 22.12. bis 31.12.2026 ist bereits genehmigt.' },
] });
const appA = await reactGraph({ model: modelA, tools: [urlaubskonto, urlaubBeantragen], name: 'urlaubsassistent' });
await t.turn({ userId: 'katrin.vogt@brenntag-logistik.example' }, () => appA.invoke(
  { messages: [system, new HumanMessage('Hallo, meine Personalnummer ist P-20388. Wie viel Resturlaub habe ich noch und ist mein Weihnachtsurlaub durch?')] },
  { metadata: { session_id: 'hr-chat-8f21c0' }, configurable: { thread_id: 'hr-chat-8f21c0' } }));

// Gespräch 2: Jonas Brenner, gleiche Kostenstelle
const modelB = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'urlaubskonto_lesen', args: { personalnummer: 'P-20417' } }] },
  { content: 'Hallo Herr Brenner, laut Ihrem Urlaubskonto (Stand 03.12.2026) haben Sie noch 3,5 Tage Resturlaub. Für 27.12.2026 bis 02.01.2027 bräuchten Sie 4 Arbeitstage – das reicht leider nicht ganz. Zudem ist für Sie bereits Urlaub vom 22.12. bis 31.12.2026 genehmigt, der sich damit überschneiden würde. Soll ich stattdessen einen Antrag nur für den 02.01.2027 stellen?' },
  { tool_calls: [{ name: 'urlaub_beantragen', args: { personalnummer: 'P-20417', von: '2027-01-02', bis: '2027-01-02', arbeitstage: 1 } }] },
  { content: 'Erledigt: Antrag UA-2026-7731 für den 02.01.2027 (1 Arbeitstag) ist eingereicht und liegt bei Ihrer Teamleitung. Danach verbleiben Ihnen 2,5 Tage Resturlaub.' },
] });
const appB = await reactGraph({ model: modelB, tools: [urlaubskonto, urlaubBeantragen], name: 'urlaubsassistent' });
const cfgB = { metadata: { session_id: 'hr-chat-b93e47' }, configurable: { thread_id: 'hr-chat-b93e47' } };
const s1 = await t.turn({ userId: 'jonas.brenner@brenntag-logistik.example' }, () => appB.invoke(
  { messages: [system, new HumanMessage('Moin, P-20417 hier. Ich würde gern vom 27.12. bis 2.1. freinehmen – habe ich dafür noch genug Tage?')] }, cfgB));
await t.turn({ userId: 'jonas.brenner@brenntag-logistik.example' }, () => appB.invoke(
  { messages: [...s1.messages, new HumanMessage('Hm, komisch, ich dachte ich hätte mehr. Aber gut, dann stellen Sie bitte den Antrag für den 2.1.')] }, cfgB));

t.write(path.join(here, 'traces.jsonl'));
