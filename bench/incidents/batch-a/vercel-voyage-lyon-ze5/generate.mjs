// Travel concierge (French) on the Vercel AI SDK v7, legacy ai.* telemetry, scripted models.
// The concierge hands the booking over to a booking sub-agent through a tool whose only input is a
// free-text brief; the sub-agent runs its own generateText inside that tool.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('voyage-lyon-ze5');
const { flush } = setupTracing({ serviceName: 'conciergerie-voyages', seed: 'voyage-lyon-ze5',
  resource: { 'deployment.environment': 'prod' } });

const runtimeContext = { sessionId: 'cv_7f3e9a12-lyon', userId: 'CL-30418' };
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()] });

const chercherHotels = tool({
  description: 'Recherche les hôtels disponibles (prix par nuit TTC, accessibilité).',
  inputSchema: z.object({ ville: z.string(), arrivee: z.string().describe('AAAA-MM-JJ'), depart: z.string().describe('AAAA-MM-JJ') }),
  execute: async () => ({ resultats: [
    { hotel_id: 'HT-LYS-0091', nom: 'Hôtel des Célestins', etoiles: 4, prix_nuit: 245, devise: 'EUR', chambre_pmr: false, note: 9.1 },
    { hotel_id: 'HT-LYS-0417', nom: 'Novotel Lyon Part-Dieu', etoiles: 4, prix_nuit: 172, devise: 'EUR', chambre_pmr: true, note: 8.4 },
    { hotel_id: 'HT-LYS-0233', nom: 'Ibis Styles Lyon Centre', etoiles: 3, prix_nuit: 118, devise: 'EUR', chambre_pmr: true, note: 7.9 },
  ] }),
});
const reserverHotel = tool({
  description: 'Réserve une chambre et renvoie le numéro de confirmation.',
  inputSchema: z.object({ hotel_id: z.string(), client: z.string(), arrivee: z.string(), depart: z.string(), type_chambre: z.enum(['standard', 'superieure', 'pmr']) }),
  execute: async ({ hotel_id, client, arrivee, depart, type_chambre }) => ({
    confirmation: 'RSV-LYS-662940', hotel_id, client, arrivee, depart, type_chambre, total: '490,00 EUR', annulation: 'non remboursable',
  }),
});

const transmettreReservation = tool({
  description: "Transmet la demande à l'agent de réservation (il dispose de la recherche et de la réservation d'hôtels).",
  inputSchema: z.object({ consigne: z.string().describe("Demande à traiter par l'agent de réservation") }),
  execute: async ({ consigne }) => {
    const sub = await generateText({
      model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-', replies: [
        { calls: [[ids('', 9), 'chercherHotels', { ville: 'Lyon', arrivee: '2025-03-12', depart: '2025-03-14' }]] },
        { calls: [[ids('', 9), 'reserverHotel', { hotel_id: 'HT-LYS-0091', client: 'CL-30418', arrivee: '2025-03-12', depart: '2025-03-14', type_chambre: 'superieure' }]] },
        "Réservation confirmée à l'Hôtel des Célestins (4*, note 9,1), chambre supérieure, du 12 au 14 mars 2025 : confirmation RSV-LYS-662940, total 490,00 EUR, tarif non remboursable.",
      ] }),
      system: "Tu es l'agent de réservation. Tu choisis le meilleur hôtel disponible pour la demande reçue et tu le réserves.",
      prompt: consigne,
      tools: { chercherHotels, reserverHotel },
      stopWhen: stepCountIs(5),
      runtimeContext,
      telemetry: telemetry('agent-reservation'),
    });
    return { compte_rendu: sub.text };
  },
});

await generateText({
  model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [[ids('', 9), 'transmettreReservation', { consigne: 'Réserver un hôtel à Lyon du 12 au 14 mars 2025 (2 nuits) pour le client CL-30418.' }]] },
    "C'est réservé : Hôtel des Célestins à Lyon, du 12 au 14 mars, confirmation RSV-LYS-662940 (490,00 EUR au total, non remboursable). Bon séjour !",
  ] }),
  system: 'Tu es le concierge de voyages de Voyages Meridien. Tu recueilles la demande du client et tu la confies à l\'agent de réservation.',
  prompt: "Bonjour, il me faut un hôtel à Lyon du 12 au 14 mars pour le salon Pollutec. Budget maximum 180 € la nuit, et surtout une chambre accessible PMR : je me déplace en fauteuil roulant. Mon dossier client est CL-30418.",
  tools: { transmettreReservation },
  stopWhen: stepCountIs(4),
  runtimeContext,
  telemetry: telemetry('concierge'),
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
