// Assistant de réaccommodation d'une agence de voyages (Vercel AI SDK v7, LegacyOpenTelemetry : attributs
// ai.*), hors ligne avec un modèle scripté. La recherche de vols passe par un GDS qui, au premier appel,
// dépasse son délai. Écrit la requête OTLP/JSON telle que le client l'a envoyée (export-otlp.json).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonDocument, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const ids = makeIds('vol-lyon-montreal');
const otel = setupTracing({
  serviceName: 'voyages-assistant',
  resource: { 'deployment.environment': 'production', 'service.version': '5.2.0', 'host.name': 'va-worker-03' },
  seed: 'vol-lyon-montreal',
});

const statut_reservation = tool({
  description: 'Statut d\'un dossier de réservation (PNR) et de ses segments.',
  inputSchema: z.object({ pnr: z.string() }),
  execute: async ({ pnr }) => ({
    pnr, passager: 'MARCHAND/ELODIE MME', carte_fidelite: 'FB 2231 8845 07',
    segments: [{ vol: 'AF1097', de: 'LYS', vers: 'YUL', depart: '2025-03-18T10:25', statut: 'ANNULÉ', motif: 'raison opérationnelle' }],
    avoir: { montant: 0, devise: 'EUR', note: 'remboursement intégral ou réacheminement sans frais au choix du passager' },
  }),
});

let essais = 0;
const rechercher_vols = tool({
  description: 'Recherche de disponibilités via le GDS (classe, dates, budget maximum par passager en EUR).',
  inputSchema: z.object({
    origine: z.string(), destination: z.string(), dates: z.array(z.string()), cabine: z.enum(['economique', 'premium', 'affaires']),
    budget_max_eur: z.number(),
  }),
  execute: async () => {
    essais += 1;
    if (essais === 1) throw new Error('GDS: 504 Gateway Timeout (aucune réponse après 30000 ms) — requête SRCH-7714 abandonnée');
    return {
      requete: 'SRCH-7715', devise: 'EUR',
      offres: [
        { offre_id: 'OF-3K8Q-01', vols: ['AF7643 LYS-CDG 2025-03-18 11:40', 'AF346 CDG-YUL 2025-03-18 13:35'], arrivee_locale: '2025-03-18 15:20', cabine: 'economique', prix: 742.10, places: 4 },
        { offre_id: 'OF-3K8Q-02', vols: ['LH1077 LYS-FRA 2025-03-18 12:50', 'LH474 FRA-YUL 2025-03-18 16:10'], arrivee_locale: '2025-03-18 18:30', cabine: 'economique', prix: 865.40, places: 2 },
        { offre_id: 'OF-3K8Q-03', vols: ['AF1097 LYS-YUL 2025-03-19 10:25'], arrivee_locale: '2025-03-19 12:15', cabine: 'economique', prix: 0, places: 9, note: 'réacheminement sur le vol du lendemain, sans supplément' },
      ],
    };
  },
});

const reserver_offre = tool({
  description: 'Réserve une offre pour le passager du dossier et émet le billet.',
  inputSchema: z.object({ pnr: z.string(), offre_id: z.string(), prix_attendu_eur: z.number() }),
  execute: async ({ pnr, offre_id, prix_attendu_eur }) => ({
    statut: 'CONFIRMÉ', nouveau_pnr: 'K7TQ2M', ancien_pnr: pnr, offre_id, billet: '057-2419960385', prix_facture: prix_attendu_eur, devise: 'EUR',
  }),
});

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-11-20', ids, responsePrefix: 'chatcmpl-',
  replies: [
    { calls: [[ids('call_'), 'statut_reservation', { pnr: 'QX4HZB' }]] },
    { calls: [[ids('call_'), 'rechercher_vols', { origine: 'LYS', destination: 'YUL', dates: ['2025-03-18', '2025-03-19'], cabine: 'economique', budget_max_eur: 900 }]] },
    { calls: [[ids('call_'), 'rechercher_vols', { origine: 'LYS', destination: 'YUL', dates: ['2025-03-18', '2025-03-19'], cabine: 'economique', budget_max_eur: 900 }]] },
    { calls: [[ids('call_'), 'reserver_offre', { pnr: 'QX4HZB', offre_id: 'OF-3K8Q-01', prix_attendu_eur: 742.10 }]] },
    'C\'est fait, Madame Marchand. Votre vol AF1097 du 18 mars est bien annulé ; je vous ai réservé le départ le plus tôt qui respecte votre budget :\n'
      + '- AF7643 Lyon → Paris-CDG le 18/03 à 11h40, puis AF346 Paris-CDG → Montréal à 13h35, arrivée 15h20 heure locale ;\n'
      + '- classe économique, 742,10 € (billet 057-2419960385, nouveau dossier K7TQ2M).\n'
      + 'Pour information, Air France proposait aussi de vous replacer sans supplément sur le même vol direct le 19/03 ; '
      + 'dites-moi si vous préférez cette option, je peux encore échanger.',
  ],
});

await generateText({
  model,
  system: 'Tu es l\'assistant de réaccommodation de l\'agence Horizons Voyages. Tu traites les annulations de vol pour les '
    + 'clients, tu vérifies les dossiers et réserves une solution de remplacement dans les limites données par le client. '
    + 'Vouvoie le client. Dossier du client connecté : PNR QX4HZB.',
  prompt: 'Bonjour, mon vol AF1097 Lyon → Montréal de demain vient d\'être annulé. Trouvez-moi une autre solution demain ou après-demain, '
    + 'en économique, 900 € maximum, le plus tôt possible, et réservez directement si c\'est bon.',
  tools: { statut_reservation, rechercher_vols, reserver_offre },
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: 'hv-7d21c0e4-b3f9', userId: 'client-88412' },
  telemetry: {
    functionId: 'reaccommodation', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()],
  },
});

writeJsonDocument(here, 'export-otlp.json', await otel.flush());
