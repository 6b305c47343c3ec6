// Assistant de voyages d'affaires (AI SDK v7, intégration OpenTelemetry GenAI) : un agent
// orchestrateur vérifie la politique voyage du collaborateur puis délègue la réservation d'hôtel à
// un sous-agent via l'outil `deleguer_reservation` (motif « sous-agent comme outil » : le sous-agent
// ne reçoit que ce que l'orchestrateur écrit dans l'appel). Modèles scriptés, aucun réseau.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const ids = makeIds('deplacement-lyon');
const tel = setupTracing({
  serviceName: 'assistant-voyages',
  resource: { 'deployment.environment.name': 'production', 'service.version': '2.14.0' },
  seed: 'deplacement-lyon',
});

const SESSION = '5b1e9c7a-3f42-4d0e-9a61-2c8e7d4b90f3';
const MATRICULE = 'FR-20417';

const tA = [ids('toolu_01', 22), ids('toolu_01', 22)];
const tB = [ids('call_', 24), ids('call_', 24)];

// ---- sous-agent de réservation ------------------------------------------------------------
const hotels = [
  { hotel_id: 'H-LYS-0457', nom: 'Mercure Lyon Centre Part-Dieu', distance_m: 180, note: 4.4,
    tarifs: [{ code: 'PREPAYE_NR', prix_nuit_eur: 178, conditions: 'prépayé, non remboursable, non modifiable' },
             { code: 'FLEX', prix_nuit_eur: 231, conditions: 'annulation gratuite jusqu\'à 18h la veille' }] },
  { hotel_id: 'H-LYS-0112', nom: 'Novotel Lyon Gerland Musée des Confluences', distance_m: 3900, note: 4.1,
    tarifs: [{ code: 'FLEX', prix_nuit_eur: 139, conditions: 'annulation gratuite jusqu\'à 18h la veille' }] },
  { hotel_id: 'H-LYS-0890', nom: 'ibis Styles Lyon Part-Dieu Gare', distance_m: 450, note: 3.9,
    tarifs: [{ code: 'FLEX', prix_nuit_eur: 124, conditions: 'annulation gratuite jusqu\'à 12h le jour d\'arrivée' }] },
];

const rechercherHotels = tool({
  description: 'Recherche les hôtels disponibles (inventaire de l\'agence de voyages) pour une ville et des dates.',
  inputSchema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string(), pres_de: z.string().optional() }),
  execute: async () => ({ nb_resultats: hotels.length, devise: 'EUR', hotels }),
});
const reserverHotel = tool({
  description: 'Réserve une chambre d\'hôtel. Débite la carte logée de l\'entreprise.',
  inputSchema: z.object({ hotel_id: z.string(), code_tarif: z.string(), arrivee: z.string(), depart: z.string(), voyageur: z.string() }),
  execute: async ({ hotel_id, code_tarif, arrivee, depart, voyageur }) => ({
    statut: 'CONFIRMEE', reference: 'RES-7Q4K2M', hotel_id, code_tarif, arrivee, depart, voyageur,
    nuits: 2, montant_total_eur: 356.0, annulable: false,
  }),
});

async function sousAgentReservation(consignes) {
  const model = scriptedModel({
    ids, modelId: 'gpt-4o-mini',
    replies: [
      { calls: [[tB[0], 'rechercher_hotels', { ville: consignes.ville, arrivee: consignes.arrivee, depart: consignes.depart, pres_de: 'Lyon Part-Dieu' }]] },
      { calls: [[tB[1], 'reserver_hotel', { hotel_id: 'H-LYS-0457', code_tarif: 'PREPAYE_NR', arrivee: consignes.arrivee, depart: consignes.depart, voyageur: consignes.voyageur }]] },
      'Réservation confirmée : Mercure Lyon Centre Part-Dieu (180 m de la gare), 2 nuits du 12 au 14 mars, tarif PREPAYE_NR à 178 €/nuit, soit 356 € au total. Référence RES-7Q4K2M.',
    ],
  });
  const r = await generateText({
    model,
    system: 'Tu es l\'agent de réservation hôtelière de l\'agence. Tu réserves exactement ce que demandent les consignes reçues, '
      + 'en privilégiant la proximité du lieu indiqué et la meilleure note. Réponds par un compte rendu court de la réservation.',
    prompt: `Consignes de réservation :\n${JSON.stringify(consignes, null, 2)}`,
    tools: { rechercher_hotels: rechercherHotels, reserver_hotel: reserverHotel },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'agent-reservation', integrations: [new OpenTelemetry()] },
  });
  return r.text;
}

// ---- orchestrateur -----------------------------------------------------------------------------
const verifierPolitique = tool({
  description: 'Renvoie la politique voyage applicable à un collaborateur (plafonds, conditions, centre de coût).',
  inputSchema: z.object({ matricule: z.string(), ville: z.string() }),
  execute: async ({ matricule, ville }) => ({
    matricule, ville, categorie: 'cadre', plafond_hotel_nuit_eur: 150, tarif_annulable_obligatoire: true,
    centre_de_cout: 'CC-LYO-338', validation_manager_si_depassement: true,
  }),
});
const deleguerReservation = tool({
  description: 'Confie la réservation d\'hôtel à l\'agent de réservation. Seules les informations passées ici lui sont transmises.',
  inputSchema: z.object({
    ville: z.string(), arrivee: z.string(), depart: z.string(), voyageur: z.string(), consignes: z.string(),
  }),
  execute: async (input) => ({ compte_rendu: await sousAgentReservation(input) }),
});

const question = 'Bonjour, je dois être à Lyon du 12 au 14 mars pour l\'audit fournisseur chez Bioméra (à côté de Part-Dieu). '
  + 'Tu peux me réserver l\'hôtel ? Attention, l\'audit risque d\'être décalé, donc il me faut quelque chose d\'annulable. Matricule FR-20417.';

const orchestrateur = scriptedModel({
  ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_01',
  replies: [
    { text: 'Je vérifie d\'abord votre politique voyage.', calls: [[tA[0], 'verifier_politique', { matricule: MATRICULE, ville: 'Lyon' }]] },
    { text: 'Politique vérifiée, je transmets la réservation à l\'agent hôtelier.',
      calls: [[tA[1], 'deleguer_reservation', {
        ville: 'Lyon', arrivee: '2025-03-12', depart: '2025-03-14', voyageur: MATRICULE,
        consignes: 'Hôtel pour 2 nuits, le plus près possible de Lyon Part-Dieu (audit chez Bioméra). Chambre individuelle.',
      }]] },
    'C\'est réservé ! Vous logerez au Mercure Lyon Centre Part-Dieu, à 180 m de la gare, du 12 au 14 mars (2 nuits, 178 €/nuit, 356 € au total). '
      + 'Référence de réservation : RES-7Q4K2M. Bon audit chez Bioméra !',
  ],
});

await tel.tracer.startActiveSpan('POST /api/voyages/assistant', {
  attributes: { 'session.id': SESSION, 'enduser.id': MATRICULE, 'http.request.method': 'POST', 'http.route': '/api/voyages/assistant' },
}, async (root) => {
  await generateText({
    model: orchestrateur,
    system: 'Tu es l\'assistant voyages de l\'entreprise. Vérifie toujours la politique voyage du collaborateur avant toute réservation, '
      + 'puis délègue la réservation d\'hôtel à l\'agent de réservation avec l\'outil deleguer_reservation. Réponds en français.',
    prompt: question,
    tools: { verifier_politique: verifierPolitique, deleguer_reservation: deleguerReservation },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'assistant-voyages', integrations: [new OpenTelemetry()] },
  });
  root.setAttribute('http.response.status_code', 200);
  root.end();
});

writeJsonl(out, 'traces.jsonl', [await tel.flush()]);
console.log('wrote', out);
