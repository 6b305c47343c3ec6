// Coordinateur logistique (français) qui délègue à un sous-agent transporteur via un outil ; les deux
// agents sont des modèles scriptés (pas de réseau) sur le vrai paquet `ai`, exportés en OTLP/JSON.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('fret-vaccins-ve0');
const { flush } = setupTracing({ serviceName: 'fret-coordinateur', seed: 'fret-vaccins-ve0' });
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { userId: true }, integrations: [new OpenTelemetry()] });

const ficheLot = tool({
  description: 'Fiche d\'un lot à expédier (produit, conditionnement, exigences de transport).',
  inputSchema: z.object({ lot: z.string() }),
  execute: async ({ lot }) => ({ lot, produit: 'Vaccin antigrippal tétravalent', palettes: 12, poids_kg: 3840,
    temperature: { min_c: 2, max_c: 8 }, enregistreur: 'obligatoire', origine: 'Lyon-Saint-Priest', destination: 'CHU Marseille Nord' }),
});

// Sous-agent transporteur : ne reçoit que la consigne rédigée par le coordinateur.
const camions = tool({
  description: 'Camions disponibles pour un trajet et une date.',
  inputSchema: z.object({ depart: z.string(), arrivee: z.string(), date: z.string(), palettes: z.number().int() }),
  execute: async () => ({ offres: [
    { ref: 'TR-5521', type: 'bâché 19 t', palettes_max: 18, prix_eur: 640, depart: '06:00' },
    { ref: 'TR-5530', type: 'frigorifique 19 t (+2/+8 °C, enregistreur)', palettes_max: 16, prix_eur: 1180, depart: '07:30' },
  ] }),
});
const reserver = tool({
  description: 'Réserve un camion.',
  inputSchema: z.object({ ref: z.string(), lot: z.string(), date: z.string() }),
  execute: async ({ ref, lot }) => ({ reservation: 'RSV-2025-061207', ref, lot, statut: 'confirmée' }),
});

const confierTransporteur = tool({
  description: 'Confie la réservation du transport à l\'agent transporteur avec une consigne écrite.',
  inputSchema: z.object({ consigne: z.string() }),
  execute: async ({ consigne }) => {
    const r = await generateText({
      model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-small-latest', ids, responsePrefix: 'cmpl-', replies: [
        { calls: [['tc' + ids('', 9), 'camions_disponibles', { depart: 'Lyon-Saint-Priest', arrivee: 'Marseille', date: '2025-06-12', palettes: 12 }]] },
        { calls: [['tc' + ids('', 9), 'reserver_camion', { ref: 'TR-5521', lot: 'LV-24-0931', date: '2025-06-12' }]] },
        'Réservé : TR-5521 (bâché 19 t), départ 06:00 le 12/06, 640 €, réservation RSV-2025-061207.',
      ] }),
      system: 'Tu es l\'agent transporteur. Choisis l\'offre la moins chère qui respecte la consigne.',
      prompt: consigne,
      tools: { camions_disponibles: camions, reserver_camion: reserver },
      stopWhen: stepCountIs(4),
      runtimeContext: { userId: 'agent-coordinateur' },
      telemetry: telemetry('agent-transporteur'),
    });
    return r.text;
  },
});

await generateText({
  model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-latest', ids, responsePrefix: 'cmpl-', replies: [
    { calls: [['tc' + ids('', 9), 'fiche_lot', { lot: 'LV-24-0931' }]] },
    { calls: [['tc' + ids('', 9), 'confier_transporteur', { consigne: 'Lot LV-24-0931 : 12 palettes, 3 840 kg, de Lyon-Saint-Priest au CHU Marseille Nord, livraison le jeudi 12 juin avant 14 h. Prendre l\'offre la plus économique.' }]] },
    'Le transport du lot LV-24-0931 est réservé pour le jeudi 12 juin : camion TR-5521, départ 06:00 de Saint-Priest, 640 €, réservation RSV-2025-061207.',
  ] }),
  system: 'Tu es le coordinateur logistique. Tu prépares les expéditions et délègues la réservation au transporteur.',
  prompt: 'Peux-tu organiser l\'expédition du lot LV-24-0931 vers le CHU Marseille Nord pour jeudi ? Attention, c\'est du vaccin : chaîne du froid stricte.',
  tools: { fiche_lot: ficheLot, confier_transporteur: confierTransporteur },
  stopWhen: stepCountIs(5),
  runtimeContext: { userId: 'm.roux@pharmalog.fr' },
  telemetry: telemetry('coordinateur-fret'),
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
