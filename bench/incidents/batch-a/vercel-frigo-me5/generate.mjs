// Logistics desk (French): a dispatcher agent hands the transport booking to a planner sub-agent through a
// tool whose execute() runs a second generateText fed only the dispatcher's brief. Legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'logi-desk', seed: 'frigo-me5' });
const ids = makeIds('frigo-me5');
const ctx = { sessionId: 'tkt-2025-LYN-000731', userId: 'exp.pharmadis@clients.logi' };
const tel = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const consulter_envoi = tool({
  description: "Détail d'un ordre d'expédition.",
  inputSchema: z.object({ ordre: z.string() }),
  execute: async ({ ordre }) => ({ ordre, palettes: ['PAL-88-1042', 'PAL-88-1043', 'PAL-88-1044'], poids_kg: 1140,
    marchandise: 'vaccins (UN3373 non applicable) — conserver entre +2 °C et +8 °C', enlevement: 'Vénissieux, quai 4', livraison: 'CHU Grenoble-Alpes, pharmacie centrale',
    creneau_livraison: '2025-11-06 avant 10:00' }),
});
const rechercher_vehicules = tool({
  description: 'Véhicules disponibles pour un trajet et une date.',
  inputSchema: z.object({ depart: z.string(), arrivee: z.string(), date: z.string(), poids_kg: z.number() }),
  execute: async () => ({ offres: [
    { ref: 'VH-LY-2291', type: 'porteur 12 t bâché', temperature_dirigee: false, prix_ht_eur: 310 },
    { ref: 'VH-LY-3307', type: 'porteur 12 t frigorifique', temperature_dirigee: true, plage: '-20 °C / +15 °C', prix_ht_eur: 465 } ] }),
});
const reserver_vehicule = tool({
  description: 'Réserve un véhicule pour un enlèvement.',
  inputSchema: z.object({ ref: z.string(), ordre: z.string(), palettes: z.array(z.string()), enlevement: z.string() }),
  execute: async (a) => ({ reservation: 'RSV-7730-LY', statut: 'confirmée', ...a }),
});

const planner = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_pl_01', 'rechercher_vehicules', { depart: 'Vénissieux', arrivee: 'Grenoble', date: '2025-11-06', poids_kg: 1140 }]] },
  { calls: [['call_pl_02', 'reserver_vehicule', { ref: 'VH-LY-2291', ordre: 'OE-55821', palettes: ['PAL-88-1042', 'PAL-88-1043', 'PAL-88-1044'], enlevement: '2025-11-06 05:30, Vénissieux quai 4' }]] },
  'Réservé : VH-LY-2291 (porteur 12 t bâché, 310 € HT), enlèvement le 06/11 à 05:30 à Vénissieux quai 4, réservation RSV-7730-LY.',
]});
const confier_au_planificateur = tool({
  description: "Confie la réservation du transport à l'agent planificateur (il ne voit que le brief).",
  inputSchema: z.object({ brief: z.string() }),
  execute: async ({ brief }) => {
    const r = await generateText({ model: planner,
      system: "Tu es l'agent planificateur transport. Choisis l'offre la moins chère qui respecte le brief et réserve-la.",
      prompt: brief, tools: { rechercher_vehicules, reserver_vehicule }, stopWhen: stepCountIs(4), runtimeContext: ctx, telemetry: tel('planificateur-transport') });
    return r.text;
  },
});

const dispatcher = scriptedModel({ modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_dp_01', 'consulter_envoi', { ordre: 'OE-55821' }]] },
  { calls: [['call_dp_02', 'confier_au_planificateur', { brief: "Ordre OE-55821 : 3 palettes (PAL-88-1042, PAL-88-1043, PAL-88-1044), 1140 kg, enlèvement Vénissieux quai 4 le 06/11 tôt, livraison CHU Grenoble-Alpes pharmacie centrale avant 10:00. Réserver le véhicule le moins cher." }]] },
  "C'est réservé : enlèvement le 06/11 à 05:30 à Vénissieux (réservation RSV-7730-LY), livraison au CHU de Grenoble avant 10:00.",
]});
await generateText({ model: dispatcher,
  system: "Tu es l'agent d'exploitation de LogiDesk. Lis l'ordre, puis confie la réservation au planificateur.",
  prompt: "Bonjour, il faut organiser le transport de l'ordre OE-55821 pour jeudi. Attention, ce sont des vaccins : chaîne du froid obligatoire, camion frigo impératif.",
  tools: { consulter_envoi, confier_au_planificateur }, stopWhen: stepCountIs(5), runtimeContext: ctx, telemetry: tel('exploitation') });
writeJsonl(dir, 'traces.jsonl', [await flush()]);
