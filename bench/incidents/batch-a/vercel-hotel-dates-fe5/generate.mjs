// Hotel rebooking assistant (French). Vercel AI SDK v7, scripted mock model, legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('hotel-dates-fe5');
const { flush } = setupTracing({ serviceName: 'concierge-resa', resource: { 'deployment.environment': 'prod-eu' }, seed: 'hotel-dates-fe5' });

const c1 = ids('call_', 24), c2 = ids('call_', 24);

const lireReservation = tool({
  description: 'Lit une réservation existante dans le PMS (format de dates du PMS : JJ/MM/AAAA).',
  inputSchema: z.object({ confirmation: z.string() }),
  execute: async ({ confirmation }) => ({
    confirmation, hotel: 'Hôtel des Cordeliers, Lyon', chambre: 'Double Supérieure',
    arrivee: '03/04/2025', depart: '06/04/2025', nuits: 3, client: 'M. Laurent Vidal', statut: 'confirmée',
  }),
});
const modifierReservation = tool({
  description: "Modifie une réservation. Date d'arrivée au format ISO 8601 (AAAA-MM-JJ), durée en nuits.",
  inputSchema: z.object({ confirmation: z.string(), arrivee: z.string(), nuits: z.number().int(), chambre: z.string() }),
  execute: async ({ confirmation, arrivee, nuits, chambre }) => {
    const d = new Date(arrivee + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + nuits);
    return { ancienne: confirmation, nouvelle: 'CDL-77342', arrivee, depart: d.toISOString().slice(0, 10), nuits, chambre,
      tarif_total: '618,00 EUR', statut: 'modifiée' };
  },
});

const model = scriptedModel({
  ids,
  replies: [
    { calls: [[c1, 'lire_reservation', { confirmation: 'CDL-77310' }]] },
    { calls: [[c2, 'modifier_reservation', { confirmation: 'CDL-77310', arrivee: '2025-03-04', nuits: 3, chambre: 'Suite Junior' }]] },
    "C'est fait : votre réservation CDL-77310 est remplacée par CDL-77342, Suite Junior à l'Hôtel des Cordeliers, arrivée le 4 mars 2025, départ le 7 mars 2025 (3 nuits), total 618,00 EUR. Les dates de votre séjour sont inchangées.",
  ],
});

await generateText({
  model,
  system: "Tu es le concierge de réservation. Lis toujours la réservation avant de la modifier et garde la date d'arrivée du client.",
  prompt: "Bonjour, réservation CDL-77310. Je garde exactement les mêmes dates, je voudrais seulement passer en Suite Junior. Merci !",
  tools: { lire_reservation: lireReservation, modifier_reservation: modifierReservation },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'resa-2025-0319-lv88', userId: 'client-lvidal' },
  telemetry: { functionId: 'concierge-modification', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
