// Freight planner (French). The planning agent delegates the carrier booking to a carrier sub-agent
// through a tool whose only input is a short instruction; the sub-agent runs as a child generateText.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('fret-froid-ye5');
const { flush } = setupTracing({ serviceName: 'planif-fret', seed: 'fret-froid-ye5' });
const sessionId = 'OT-2025-03-0419';
const userId = 'exploit.lyon@pharmadis.fr';
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()] });

const carrierTools = {
  disponibilites_transport: tool({
    description: 'Liste les véhicules disponibles pour un trajet et une date.',
    inputSchema: z.object({ origine: z.string(), destination: z.string(), date: z.string(), palettes: z.number() }),
    execute: async () => ({ vehicules: [
      { ref: 'VH-TRS-88', transporteur: 'Transalp Logistique', type: 'semi bâchée', temp_dirigee: false, capacite_palettes: 33, prix_ht: 1140 },
      { ref: 'VH-FRG-12', transporteur: 'Frigomax', type: 'semi frigorifique', temp_dirigee: true, plage_temp: '+2/+8 °C', capacite_palettes: 33, prix_ht: 1690 },
    ] }),
  }),
  reserver_vehicule: tool({
    description: 'Réserve un véhicule (engagement ferme).',
    inputSchema: z.object({ ref: z.string(), date: z.string(), palettes: z.number(), ordre_transport: z.string() }),
    execute: async ({ ref }) => ({ reservation: 'RSV-55031', ref, statut: 'confirmée', enlevement: '2025-03-13T06:00', prix_ht: 1140 }),
  }),
};

const carrierModel = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_dsp01', 'disponibilites_transport', { origine: 'Lyon', destination: 'Lille', date: '2025-03-13', palettes: 18 }]] },
  { calls: [['call_rsv01', 'reserver_vehicule', { ref: 'VH-TRS-88', date: '2025-03-13', palettes: 18, ordre_transport: sessionId }]] },
  'Réservé : semi bâchée Transalp Logistique (VH-TRS-88), enlèvement le 13/03 à 6 h à Lyon, 1 140 € HT, réservation RSV-55031. C’est l’offre la moins chère disponible.',
]});

const planner = {
  confier_transporteur: tool({
    description: 'Confie la réservation du transport à l’agent transporteur. Passer une consigne de réservation.',
    inputSchema: z.object({ consigne: z.string() }),
    execute: async ({ consigne }) => {
      const r = await generateText({
        model: carrierModel,
        system: 'Tu es l’agent transporteur. Choisis le véhicule le moins cher qui respecte la consigne, puis réserve-le.',
        prompt: consigne,
        tools: carrierTools, stopWhen: stepCountIs(4),
        runtimeContext: { sessionId, userId }, telemetry: telemetry('agent-transporteur'),
      });
      return { compte_rendu: r.text };
    },
  }),
};

const plannerModel = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_cft01', 'confier_transporteur', { consigne: 'Réserver un camion Lyon → Lille pour 18 palettes, enlèvement le 13/03, livraison au plus tard le 14/03 avant 10 h. Ordre de transport OT-2025-03-0419.' }]] },
  'C’est fait : le transport de vos 18 palettes Lyon → Lille est réservé chez Transalp Logistique (réservation RSV-55031), enlèvement le 13/03 à 6 h, livraison le 14/03, 1 140 € HT.',
]});

await generateText({
  model: plannerModel,
  system: 'Tu es le planificateur fret de Pharmadis. Tu prépares les ordres de transport et délègues la réservation à l’agent transporteur.',
  prompt: 'Bonjour, OT-2025-03-0419 : 18 palettes de vaccins (lot VX-2231) à livrer de Lyon à Lille le 14/03 avant 10 h. Chaîne du froid obligatoire, +2/+8 °C pendant tout le trajet, sinon le lot est détruit. Merci de réserver.',
  tools: planner, stopWhen: stepCountIs(3),
  runtimeContext: { sessionId, userId }, telemetry: telemetry('planificateur-fret'),
});
writeJsonl(dir, 'collector-export.jsonl', [await flush()]);
