// Agent de facturation d'un transporteur frigorifique (back-office), en français.
// Vercel AI SDK (ai 7) avec modèle simulé, intégration OpenTelemetry de @ai-sdk/otel (gen_ai.*),
// sous le span HTTP de la route de l'application. Pas d'identifiant de conversation : une trace par requête.
// Les outils de l'ERP sont déclarés en JSON Schema (jsonSchema() sans fonction de validation).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry,
  SpanKind, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({
  serviceName: 'erp-agent-facturation',
  resource: { 'deployment.environment': 'prod', 'service.version': '1.14.0', 'host.name': 'erp-worker-02' },
  seed: 'facturation-devis-frigo-re5',
});
const ids = makeIds('facturation-devis-frigo-re5');
const eur = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

// --- ERP (bouchon) ------------------------------------------------------------------------------
const devis = {
  'DV-24-11872': { reference: 'DV-24-11872', code_client: 'CLI-00734', client: 'Fromagerie Vallet SARL',
    prestation: 'Transport frigorifique +2/+4 °C Lyon (69) → Rungis (94), 6 palettes, enlèvement 12/03', montant_ht: eur.format(1250),
    tva: '20 %', statut: 'accepté', accepte_le: '2025-03-11', validite: '2025-04-10' },
};
const clients = {
  'CLI-00734': { code_client: 'CLI-00734', raison_sociale: 'Fromagerie Vallet SARL', siret: '512 384 907 00021',
    email_facturation: 'compta@fromagerie-vallet.fr', conditions_paiement: '30 jours fin de mois', encours_autorise: eur.format(15000) },
};
const round2 = (x) => Math.round(x * 100) / 100;

const tools = {
  consulter_devis: tool({
    description: 'Lit un devis dans l\'ERP.',
    inputSchema: jsonSchema({ type: 'object', properties: { reference: { type: 'string', description: 'Référence du devis (DV-AA-NNNNN)' } }, required: ['reference'], additionalProperties: false }),
    execute: async ({ reference }) => { await sleep(45); return devis[reference] ?? { erreur: `devis ${reference} introuvable` }; },
  }),
  consulter_client: tool({
    description: 'Fiche client : raison sociale, SIRET, adresse de facturation, conditions de paiement.',
    inputSchema: jsonSchema({ type: 'object', properties: { code_client: { type: 'string' } }, required: ['code_client'], additionalProperties: false }),
    execute: async ({ code_client }) => { await sleep(30); return clients[code_client]; },
  }),
  emettre_facture: tool({
    description: 'Émet une facture client à partir d\'un devis accepté et l\'envoie par e-mail à l\'adresse de facturation. Montants en euros.',
    inputSchema: jsonSchema({
      type: 'object',
      properties: {
        code_client: { type: 'string' },
        reference_devis: { type: 'string' },
        montant_ht: { type: 'number', description: 'Montant hors taxes en euros' },
        taux_tva: { type: 'number', description: 'Taux de TVA en pourcentage, ex. 20' },
      },
      required: ['code_client', 'reference_devis', 'montant_ht', 'taux_tva'],
      additionalProperties: false,
    }),
    execute: async ({ code_client, reference_devis, montant_ht, taux_tva }) => {
      await sleep(80);
      const ht = round2(Number.parseFloat(String(montant_ht).replace(',', '.')));
      const tva = round2(ht * taux_tva / 100);
      return { numero: 'FA-2025-004512', code_client, reference_devis, montant_ht: ht, montant_tva: tva, montant_ttc: round2(ht + tva),
        echeance: '2025-04-30', statut: 'émise', envoyee_a: clients[code_client].email_facturation };
    },
  }),
};

const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', responsePrefix: 'msg_01', ids, replies: [
  { text: 'Je consulte le devis DV-24-11872.', calls: [['toolu_01Rk8vCqY3nT2mWzA9sLbE4d', 'consulter_devis', { reference: 'DV-24-11872' }]] },
  { calls: [['toolu_01HxPq5sNd7GvK2cJw8RtYu3', 'consulter_client', { code_client: 'CLI-00734' }]] },
  { text: 'Devis accepté le 11/03, client actif. J\'émets la facture.',
    calls: [['toolu_01Bf6ZmLa4Wq9EeTr2YkPn8x', 'emettre_facture', { code_client: 'CLI-00734', reference_devis: 'DV-24-11872', montant_ht: '1 250,00', taux_tva: 20 }]] },
  'C\'est fait : la facture FA-2025-004512 pour le devis DV-24-11872 (transport frigorifique Lyon → Rungis, 6 palettes) a été émise au nom de Fromagerie Vallet SARL '
  + 'pour 1 250,00 € HT, soit 1 500,00 € TTC (TVA 20 %). Elle est partie à compta@fromagerie-vallet.fr, échéance le 30/04/2025 (30 jours fin de mois).',
] });

await tracer.startActiveSpan('POST /api/agent/facturation', { kind: SpanKind.SERVER, attributes: {
  'http.request.method': 'POST', 'http.route': '/api/agent/facturation', 'url.path': '/api/agent/facturation',
  'enduser.id': 'c.morel@transports-rhodaniens.fr', 'server.address': 'erp.transports-rhodaniens.fr',
} }, async (span) => {
  await generateText({
    model,
    system: 'Tu es l\'assistant de facturation de Transports Rhodaniens. Tu émets les factures à partir des devis acceptés, en reprenant exactement les montants du devis. Réponds en français, brièvement.',
    prompt: 'Salut, tu peux facturer le devis DV-24-11872 ? La Fromagerie Vallet l\'a accepté hier.',
    tools, stopWhen: stepCountIs(6),
    telemetry: { functionId: 'agent-facturation', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});
writeJsonl(here, 'otel-export.jsonl', [await flush()]);
console.log('written');
