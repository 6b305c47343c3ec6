// HR self-service assistant (German) on the Vercel AI SDK with a scripted model, legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'hr-selfservice', seed: 'urlaub-me5' });
const ids = makeIds('urlaub-me5');

const urlaubskonto_abrufen = tool({
  description: 'Liefert das Urlaubskonto (Anspruch, genommen, Rest in Tagen) einer Personalnummer für ein Jahr.',
  inputSchema: z.object({ personalnummer: z.string(), jahr: z.number().int() }),
  execute: async () => { throw new Error('SAP HCM RFC PT_ARQ_REQUEST_CHECK: Verbindung zu Zeitwirtschaft (hcm-prd-02:3300) nach 30000 ms abgebrochen'); },
});
const antrag_bescheiden = tool({
  description: 'Genehmigt oder lehnt einen Urlaubsantrag ab und benachrichtigt Mitarbeitende und Führungskraft.',
  inputSchema: z.object({ antrag_id: z.string(), entscheidung: z.enum(['genehmigt', 'abgelehnt']), begruendung: z.string() }),
  execute: async ({ antrag_id, entscheidung }) => ({ antrag_id, status: entscheidung, benachrichtigt: ['m.keller@firma.de', 'teamleitung.einkauf@firma.de'] }),
});

const model = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_7Qd2Lk', 'urlaubskonto_abrufen', { personalnummer: '00418823', jahr: 2025 }]] },
  { calls: [['call_9Xa4Pm', 'antrag_bescheiden', { antrag_id: 'UA-2025-03317', entscheidung: 'abgelehnt',
      begruendung: 'Kein Resturlaub für 2025 vorhanden (0 Tage verfügbar), beantragt waren 8 Tage.' }]] },
  'Ihr Antrag UA-2025-03317 (11.08.–20.08.2025, 8 Tage) wurde abgelehnt: Für 2025 steht Ihnen kein Resturlaub mehr zur Verfügung. Sie und Ihre Teamleitung wurden per E-Mail informiert.',
]});

await generateText({
  model,
  system: 'Du bist der HR-Assistent. Prüfe Urlaubsanträge gegen das Urlaubskonto und bescheide sie.',
  prompt: 'Hallo, bitte prüf meinen Urlaubsantrag UA-2025-03317 vom 11.08. bis 20.08.2025 (8 Arbeitstage). Personalnummer 00418823. Laut letzter Abrechnung habe ich noch 14 Tage.',
  tools: { urlaubskonto_abrufen, antrag_bescheiden },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'hr-chat-5e21a0c4', userId: 'P00418823' },
  telemetry: { functionId: 'urlaubsantrag-pruefen', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
