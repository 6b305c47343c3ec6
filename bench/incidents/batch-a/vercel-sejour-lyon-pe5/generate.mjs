// Corporate travel desk (French). A concierge agent delegates hotel booking to a booking sub-agent through
// a tool whose input schema carries only city, dates and traveller count. Vercel AI SDK v7 +
// LegacyOpenTelemetry, scripted models, no network.
import { generateText, tool, z, stepCountIs, LegacyOpenTelemetry, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'voyages-pro-agent', resource: { 'service.namespace': 'travel-desk' }, seed: 'sejour-lyon-pe5' });
const ids = makeIds('sejour-lyon-pe5');
const runtimeContext = { sessionId: 'dossier-VP-2025-03366', userId: 'c.marchetti@orbeo-industrie.fr' };
const telemetry = (functionId) => ({ functionId, recordInputs: true, recordOutputs: true,
  includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const rechercherHotels = tool({
  description: 'Recherche des hôtels disponibles (tarifs par nuit, TTC).',
  inputSchema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }),
  execute: async () => ({ resultats: [
    { hotelId: 'HTL-LYS-0412', nom: 'Hôtel Carnot Part-Dieu', etoiles: 3, prixNuit: 164, pmr: true, distanceSiteKm: 1.1 },
    { hotelId: 'HTL-LYS-0977', nom: 'Maison Rhône Confluence', etoiles: 4, prixNuit: 245, pmr: false, distanceSiteKm: 0.4 },
    { hotelId: 'HTL-LYS-0150', nom: 'Ibis Styles Gerland', etoiles: 3, prixNuit: 139, pmr: true, distanceSiteKm: 3.8 },
  ] }),
});
const reserverHotel = tool({
  description: 'Réserve une chambre et renvoie la confirmation.',
  inputSchema: z.object({ hotelId: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }),
  execute: async ({ hotelId, arrivee, depart }) => ({ confirmation: 'CNF-7Q4M2X', hotelId, arrivee, depart, nuits: 3, prixNuit: 245, total: 735, devise: 'EUR', annulable: false }),
});

const agentReservation = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_', replies: [
  { calls: [['toolu_' + ids('', 24), 'rechercher_hotels', { ville: 'Lyon', arrivee: '2025-12-08', depart: '2025-12-11', voyageurs: 1 }]] },
  { text: 'Je retiens le plus proche du site.', calls: [['toolu_' + ids('', 24), 'reserver_hotel', { hotelId: 'HTL-LYS-0977', arrivee: '2025-12-08', depart: '2025-12-11', voyageurs: 1 }]] },
  'Réservation confirmée : Maison Rhône Confluence (4*), du 08/12 au 11/12, 3 nuits à 245 € soit 735 €, confirmation CNF-7Q4M2X, non annulable.',
] });

const deleguerReservation = tool({
  description: "Transfère la réservation d'hôtel à l'agent de réservation.",
  inputSchema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), voyageurs: z.number().int() }),
  execute: async ({ ville, arrivee, depart, voyageurs }) => {
    const r = await generateText({
      model: agentReservation,
      system: "Tu es l'agent de réservation hôtelière de Voyages Pro. Réserve l'hôtel le plus adapté à la demande.",
      prompt: `Réserver un hôtel à ${ville} du ${arrivee} au ${depart} pour ${voyageurs} voyageur(s).`,
      tools: { rechercher_hotels: rechercherHotels, reserver_hotel: reserverHotel },
      stopWhen: stepCountIs(4), runtimeContext, telemetry: telemetry('agent-reservation'),
    });
    return r.text;
  },
});

const concierge = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-sonnet-4-20250514', ids, responsePrefix: 'msg_', replies: [
  { text: "Je transmets la demande à l'agent de réservation.", calls: [['toolu_' + ids('', 24), 'deleguer_reservation', { ville: 'Lyon', arrivee: '2025-12-08', depart: '2025-12-11', voyageurs: 1 }]] },
  "C'est réservé : Maison Rhône Confluence à Lyon, du 8 au 11 décembre (3 nuits, 735 €), confirmation CNF-7Q4M2X. Bon séjour à Lyon !",
] });

await generateText({
  model: concierge,
  system: "Tu es le concierge voyages d'Orbeo Industrie. Politique voyage : hôtel plafonné à 180 € TTC la nuit en province. Tu délègues les réservations à l'agent de réservation.",
  prompt: "Bonjour, je dois aller sur le site de Lyon Gerland du 8 au 11 décembre. Il me faut impérativement une chambre accessible PMR (je suis en fauteuil), et je reste dans le plafond de 180 € la nuit. Merci de réserver.",
  tools: { deleguer_reservation: deleguerReservation },
  stopWhen: stepCountIs(3), runtimeContext, telemetry: telemetry('concierge-voyages'),
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
