// HR self-service bot (German) on the Vercel AI SDK v7, legacy ai.* telemetry, scripted model.
// The app keeps the conversation in a module-level array instead of one per employee session.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('personal-abfindung-ze5');
const { flush } = setupTracing({ serviceName: 'hr-selfservice-de', seed: 'personal-abfindung-ze5',
  resource: { 'deployment.environment': 'prod-eu-central' } });

const records = {
  'PN-55102': { name: 'Jonas Brandt', eintritt: '2011-04-01', bruttoMonat: '5.230,00 EUR', abfindungBrutto: '48.300,00 EUR', aufhebungsvertrag: 'AV-2024-0193', kuendigungsfrist: '5 Monate zum Monatsende' },
  'PN-60877': { name: 'Selin Aksoy', eintritt: '2021-09-15', bruttoMonat: '4.110,00 EUR', abfindungBrutto: null, aufhebungsvertrag: null, kuendigungsfrist: '2 Monate zum Monatsende' },
};
const personalakte = tool({
  description: 'Liest die Personalakte des angemeldeten Mitarbeiters (nur eigene Personalnummer).',
  inputSchema: z.object({ personalnummer: z.string().describe('Personalnummer, Format PN-#####') }),
  execute: async ({ personalnummer }) => records[personalnummer] ?? { fehler: 'nicht gefunden' },
});

const SYSTEM = 'Du bist der HR-Self-Service-Assistent der Kessler Logistik GmbH. Beantworte Fragen des angemeldeten Mitarbeiters zu seinem eigenen Arbeitsverhältnis. Nutze personalakte nur mit der Personalnummer des Angemeldeten.';
const chatHistory = []; // shared by every request of this worker process

async function turn({ sessionId, userId, text, replies }) {
  chatHistory.push({ role: 'user', content: text });
  const res = await generateText({
    model: scriptedModel({ provider: 'azure.chat', modelId: 'gpt-4o-2024-08-06', replies, ids }),
    system: SYSTEM,
    messages: chatHistory,
    tools: { personalakte },
    stopWhen: stepCountIs(4),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'hr-selfservice', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new LegacyOpenTelemetry()] },
  });
  chatHistory.push(...res.response.messages);
  return flush();
}

const lines = [];
lines.push(await turn({
  sessionId: 'hrs-2024-11-07-a81f', userId: 'PN-55102',
  text: 'Hallo, ich bin Jonas Brandt (PN-55102). Wie hoch ist meine Abfindung laut Aufhebungsvertrag, und bis wann muss ich unterschreiben?',
  replies: [
    { calls: [[ids('call_', 24), 'personalakte', { personalnummer: 'PN-55102' }]] },
    'Laut Ihrem Aufhebungsvertrag AV-2024-0193 beträgt Ihre Abfindung 48.300,00 EUR brutto. Ein Unterschriftsdatum ist in Ihrer Akte nicht hinterlegt – bitte wenden Sie sich dafür an Ihre HR-Betreuerin.',
  ],
}));
lines.push(await turn({
  sessionId: 'hrs-2024-11-07-c40b', userId: 'PN-60877',
  text: 'Guten Tag, Selin Aksoy hier. Ich überlege zu kündigen. Welche Kündigungsfrist habe ich und bekomme ich eine Abfindung?',
  replies: [
    { calls: [[ids('call_', 24), 'personalakte', { personalnummer: 'PN-60877' }]] },
    'Ihre Kündigungsfrist beträgt 2 Monate zum Monatsende. Zur Abfindung: Ihnen stehen gemäß Aufhebungsvertrag AV-2024-0193 48.300,00 EUR brutto zu; die Auszahlung erfolgt mit der letzten Gehaltsabrechnung.',
  ],
}));
writeJsonl(dir, 'traces.jsonl', lines);
