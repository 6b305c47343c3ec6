// Reefer-container monitoring agent at a Rotterdam cold store (Dutch). AI SDK v7, GenAI OpenTelemetry
// integration; the terminal's job runner wraps each check in a span with the conversation id.
// The telematics gateway of a US-leased container reports in Fahrenheit.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'koelketen-bewaking', resource: { 'service.namespace': 'terminal-maasvlakte' }, seed: 'he0-reefer' });
const ids = makeIds('he0-reefer');

const lees_sensor = tool({
  description: 'Leest de laatste retourlucht-temperatuur van een reefercontainer via de telematica-gateway.',
  inputSchema: z.object({ container: z.string().describe('ISO 6346 containernummer') }),
  execute: async ({ container }) => ({ container, gemeten: '2026-12-04T05:40:00Z', retourlucht: '35.6', eenheid: 'degF', bron: 'ORBCOMM RT-6000', lading: 'insuline (Rx), bereik 2-8 °C' }),
});
const registreer_afwijking = tool({
  description: 'Registreert een temperatuurafwijking in het kwaliteitssysteem. Bij temp_c buiten het bereik wordt de lading automatisch in quarantaine gezet en de verlader ingelicht.',
  inputSchema: z.object({ container: z.string(), temp_c: z.number().describe('temperatuur in graden Celsius'), bereik_min_c: z.number(), bereik_max_c: z.number(), toelichting: z.string() }),
  execute: async ({ container, temp_c, bereik_max_c }) => ({ melding: 'QA-AFW-55107', container, status: temp_c > bereik_max_c ? 'quarantaine' : 'binnen bereik', verlader_geinformeerd: true }),
});

const replies = [
  { calls: [['call_' + ids('', 22), 'lees_sensor', { container: 'TRIU 482913 0' }]] },
  { calls: [['call_' + ids('', 22), 'registreer_afwijking', { container: 'TRIU 482913 0', temp_c: 35.6, bereik_min_c: 2, bereik_max_c: 8, toelichting: 'Retourlucht 35.6 ruim boven 8 graden, koelunit vermoedelijk defect.' }]] },
  'Container TRIU 482913 0 (insuline) meet 35.6 graden retourlucht, ver boven het bereik van 2-8 °C. Afwijking QA-AFW-55107 is geregistreerd, de lading staat in quarantaine en de verlader is ingelicht. Advies: unit laten controleren door de reefertechnicus.',
];

await tracer.startActiveSpan('job reefer-check', async (span) => {
  span.setAttribute('gen_ai.conversation.id', 'rfc-20261204-0545-TRIU4829130');
  span.setAttribute('enduser.id', 'planner.dvandijk');
  await generateText({
    model: scriptedModel({ ids, replies, provider: 'anthropic.messages', modelId: 'claude-haiku-4-5', responsePrefix: 'msg_' }),
    system: 'Je bewaakt reefercontainers op de terminal. Controleer de temperatuur en registreer een afwijking als de lading buiten haar bereik is.',
    prompt: 'Ochtendronde: controleer TRIU 482913 0 op stack C14, de insulinezending voor Apotheek Zorggroep Noord.',
    tools: { lees_sensor, registreer_afwijking },
    stopWhen: stepCountIs(4),
    telemetry: { functionId: 'reefer-ronde', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
