// Hotel-booking chat of a travel agency (French). The chat backend keeps only the last 4 messages of
// the conversation (user / assistant text) to bound the prompt. The traveller's first message, which
// says the room must be wheelchair-accessible (PMR) and at most 140 EUR a night, falls out of the
// window before the booking turn; the re-run search drops both filters and the cheapest hotel is booked.
// Vercel AI SDK (ai v7) + @ai-sdk/otel OpenTelemetry integration (GenAI attributes); the app's request
// span carries session.id / user.id.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, sleep,
  generateText, tool, z, stepCountIs, OpenTelemetry, SpanStatusCode,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'voyages-chat-api',
  resource: { 'deployment.environment': 'prod', 'service.version': '5.2.3' },
  seed: 'vercel-sejour-lyon-pmr',
});
const ids = makeIds('vercel-sejour-lyon-pmr');

const SESSION = 'c0nv-LYN-88d1e2';
const USER = 'cli-000417263';
const MAX_HISTORY = 4;

const HOTELS = [
  { code: 'LYS-IBB-PD', nom: 'ibis budget Lyon Centre Part-Dieu', ville: 'Lyon', prix_nuit: 74, accessible_pmr: false, parking: false },
  { code: 'LYS-B&B-GER', nom: 'B&B Hôtel Lyon Gerland', ville: 'Lyon', prix_nuit: 89, accessible_pmr: true, parking: true },
  { code: 'LYS-NOV-CNF', nom: 'Novotel Lyon Confluence', ville: 'Lyon', prix_nuit: 132, accessible_pmr: true, parking: true },
  { code: 'LYS-MER-BEL', nom: 'Mercure Lyon Centre Beaux-Arts', ville: 'Lyon', prix_nuit: 168, accessible_pmr: true, parking: false },
  { code: 'VIL-CAM-GRA', nom: 'Campanile Villeurbanne Gratte-Ciel', ville: 'Villeurbanne', prix_nuit: 81, accessible_pmr: true, parking: true },
  { code: 'VIL-KYR-DOU', nom: 'Kyriad Villeurbanne Doua', ville: 'Villeurbanne', prix_nuit: 69, accessible_pmr: false, parking: true },
];

const tools = {
  rechercher_hotels: tool({
    description: 'Recherche les hôtels disponibles. Filtres optionnels : accessibilité PMR, prix maximum par nuit.',
    inputSchema: z.object({
      ville: z.string(),
      arrivee: z.string().describe('AAAA-MM-JJ'),
      depart: z.string().describe('AAAA-MM-JJ'),
      accessible_pmr: z.boolean().optional(),
      prix_max: z.number().optional(),
    }),
    execute: async ({ ville, accessible_pmr, prix_max }) => {
      await sleep(50);
      return HOTELS.filter((h) => h.ville === ville
        && (accessible_pmr === undefined || !accessible_pmr || h.accessible_pmr)
        && (prix_max === undefined || h.prix_nuit <= prix_max))
        .sort((a, b) => a.prix_nuit - b.prix_nuit);
    },
  }),
  reserver_hotel: tool({
    description: 'Réserve une chambre et débite la carte enregistrée du client.',
    inputSchema: z.object({ code_hotel: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }),
    execute: async ({ code_hotel, arrivee, depart, voyageurs }) => {
      await sleep(80);
      const h = HOTELS.find((x) => x.code === code_hotel);
      const nuits = (Date.parse(depart) - Date.parse(arrivee)) / 86400000;
      return { reservation: 'RSV-2503-LY7Q4', hotel: h.nom, arrivee, depart, voyageurs, nuits,
        chambre: 'Double standard', total_eur: h.prix_nuit * nuits, annulation: 'non remboursable', statut: 'confirmée' };
    },
  }),
};

const SYSTEM = 'Tu es l’assistant de réservation d’hôtels de l’agence Voyages Rhône-Alpes. Utilise les outils pour '
  + 'chercher et réserver. Respecte les contraintes données par le client. Réponds en français, brièvement.';

let history = [];
async function tour(texte, replies) {
  await tracer.startActiveSpan('POST /v1/chat/messages', {
    attributes: { 'session.id': SESSION, 'user.id': USER, 'http.request.method': 'POST', 'http.route': '/v1/chat/messages' },
  }, async (span) => {
    const messages = [...history.slice(-MAX_HISTORY), { role: 'user', content: texte }];
    const res = await generateText({
      model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-' , replies }),
      system: SYSTEM,
      messages,
      tools,
      stopWhen: stepCountIs(5),
      telemetry: { functionId: 'reservation-hotel', integrations: [new OpenTelemetry()] },
    });
    history = [...messages, { role: 'assistant', content: res.text }];
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
  });
  return flush();
}

const lines = [];
lines.push(await tour(
  'Bonjour, je dois accompagner mon fils à l’hôpital Édouard-Herriot du 12 au 15 mars. Il est en fauteuil roulant, '
    + 'donc chambre accessible PMR obligatoire, et pas plus de 140 € la nuit. Vous pouvez regarder à Lyon ?',
  [
    { calls: [['kQ7rT2mWx', 'rechercher_hotels', { ville: 'Lyon', arrivee: '2025-03-12', depart: '2025-03-15', accessible_pmr: true, prix_max: 140 }]] },
    'À Lyon, du 12 au 15 mars, accessibles PMR et à 140 € maximum : B&B Hôtel Lyon Gerland (89 €/nuit, parking) '
      + 'et Novotel Lyon Confluence (132 €/nuit, parking). Voulez-vous que je réserve l’un des deux ?',
  ]));
lines.push(await tour('Le B&B à Gerland, c’est loin de l’hôpital ?', [
  'Le B&B Hôtel Lyon Gerland est à environ 4 km de l’hôpital Édouard-Herriot, soit 15 minutes en voiture ; il a un parking, '
    + 'ce qui est pratique avec le fauteuil.',
]));
lines.push(await tour('Et à Villeurbanne, il y a quelque chose ?', [
  { calls: [['Zp4nV8cLd', 'rechercher_hotels', { ville: 'Villeurbanne', arrivee: '2025-03-12', depart: '2025-03-15', accessible_pmr: true, prix_max: 140 }]] },
  'À Villeurbanne il y a le Campanile Villeurbanne Gratte-Ciel à 81 €/nuit, avec parking.',
]));
lines.push(await tour(
  'Finalement on arrive la veille, le 11. Refaites la recherche sur Lyon pour le 11 au 15 et réservez le moins cher, pour 2 personnes.',
  [
    { calls: [['fH9sJ1yBe', 'rechercher_hotels', { ville: 'Lyon', arrivee: '2025-03-11', depart: '2025-03-15' }]] },
    { calls: [['Wt6gA3uNo', 'reserver_hotel', { code_hotel: 'LYS-IBB-PD', arrivee: '2025-03-11', depart: '2025-03-15', voyageurs: 2 }]] },
    'C’est réservé : ibis budget Lyon Centre Part-Dieu, du 11 au 15 mars (4 nuits), chambre double pour 2 personnes, '
      + '296 € au total, réservation RSV-2503-LY7Q4 (tarif non remboursable). Bon séjour à Lyon !',
  ]));
writeJsonl(out, 'otlp-traces.jsonl', lines);
