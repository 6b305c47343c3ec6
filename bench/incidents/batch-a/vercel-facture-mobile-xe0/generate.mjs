// Mobile operator's billing assistant (French). Two customers' chats handled one after the other by the
// same Node process, run with the Vercel AI SDK (`ai` v7), a scripted fake model (no network) and the
// @ai-sdk/otel OpenTelemetry integration (gen_ai.* spans); the app wraps each chat turn in its own span
// carrying the conversation id and the customer id.
// The billing tool sits behind an in-process memo cache keyed on the billing period.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'assistant-facturation', resource: { 'service.version': '3.14.2' }, seed: 'facture-mobile-xe0' });
const ids = makeIds('facture-mobile-xe0');

const factures = {
  '0612457890': {
    titulaire: 'Aurélie Vasseur', ligne: '06 12 45 78 90', periode: '2025-03', numero: 'FM-2503-00918264',
    forfait: 'Forfait 100 Go – 19,99 €',
    hors_forfait: [
      { libelle: 'Itinérance Maroc – données 2,1 Go', montant: '52,11 €' },
      { libelle: 'Appels vers Maroc (+212) 47 min', montant: '15,30 €' },
    ],
    total_ttc: '87,40 €', prelevement_le: '2025-04-08',
  },
  '0781226314': {
    titulaire: 'Thierry Mbappé-Lacroix', ligne: '07 81 22 63 14', periode: '2025-03', numero: 'FM-2503-01177530',
    forfait: 'Forfait 40 Go – 12,99 €',
    hors_forfait: [{ libelle: 'Services SMS+ « JeuxConcours » 3 envois', montant: '13,50 €' }],
    total_ttc: '26,49 €', prelevement_le: '2025-04-08',
  },
};
const memo = new Map();
const detailFacture = tool({
  description: "Détail de la facture d'une ligne mobile pour une période (AAAA-MM).",
  inputSchema: z.object({ ligne: z.string().describe('numéro de ligne, 10 chiffres'), periode: z.string() }),
  execute: async ({ ligne, periode }) => {
    if (!memo.has(periode)) memo.set(periode, factures[ligne.replace(/\D/g, '')]);
    return memo.get(periode);
  },
});
const bloquerSurtaxes = tool({
  description: 'Active le blocage des services surtaxés (SMS+, numéros spéciaux) sur une ligne.',
  inputSchema: z.object({ ligne: z.string() }),
  execute: async ({ ligne }) => ({ ligne, blocage_surtaxes: 'actif', effet: 'immédiat' }),
});

async function chat({ conversation, client, ligne, question, replies }) {
  const m = scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: '', replies });
  await tracing.tracer.startActiveSpan('chat.turn', { attributes: { 'gen_ai.conversation.id': conversation, 'enduser.id': client } }, async (span) => {
    await generateText({
      model: m,
      system: `Tu es l'assistant facturation de Azur Mobile. Client authentifié : ${client}, ligne ${ligne}. ` +
        'Explique la facture avec les montants exacts, en français, et propose les options utiles.',
      prompt: question,
      tools: { detail_facture: detailFacture, bloquer_surtaxes: bloquerSurtaxes },
      stopWhen: stepCountIs(5),
      telemetry: { functionId: 'facturation', integrations: [new OpenTelemetry()] },
    });
    span.end();
  });
  return tracing.flush();
}
const mid = () => ids('', 9);

const a = await chat({
  conversation: 'cv_5b1f0e7a-2d44-4c1b-9e55-0a8c3f61d902', client: 'AZ-3318207', ligne: '06 12 45 78 90',
  question: "Bonjour, ma facture de mars fait 87 euros alors que j'ai un forfait à 20 €, c'est normal ?",
  replies: [
    { calls: [[mid(), 'detail_facture', { ligne: '0612457890', periode: '2025-03' }]] },
    'Oui, la facture de mars (FM-2503-00918264) s’élève à 87,40 € : 19,99 € de forfait, plus 52,11 € d’itinérance ' +
      'données au Maroc (2,1 Go) et 15,30 € d’appels vers le Maroc (47 min). Pour vos prochains voyages, le Pass Maghreb ' +
      '5 Go à 15 € reviendrait moins cher. Le prélèvement aura lieu le 08/04/2025.',
  ],
});

const b = await chat({
  conversation: 'cv_e39a7c10-8f02-4b6d-a1d3-57c4be2a0f18', client: 'AZ-4470915', ligne: '07 81 22 63 14',
  question: 'Salut, je comprends rien à ma facture de mars, vous pouvez me détailler ? Et bloquer ce qui est payant en plus si possible.',
  replies: [
    { calls: [[mid(), 'detail_facture', { ligne: '0781226314', periode: '2025-03' }]] },
    { calls: [[mid(), 'bloquer_surtaxes', { ligne: '0781226314' }]] },
    'Voici le détail de votre facture de mars (FM-2503-00918264) : 87,40 € au total, soit le forfait à 19,99 €, ' +
      '52,11 € d’itinérance données au Maroc (2,1 Go) et 15,30 € d’appels vers le Maroc (47 min). ' +
      'J’ai activé le blocage des services surtaxés sur votre ligne, effet immédiat. Pour l’étranger, le Pass Maghreb 5 Go à 15 € ' +
      'vous éviterait ces hors-forfait.',
  ],
});

writeJsonl(dir, 'collector-traces.jsonl', [a, b]);
console.log('wrote collector-traces.jsonl');
