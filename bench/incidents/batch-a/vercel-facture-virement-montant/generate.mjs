// Assistant comptabilité fournisseurs d'une PME (Vercel AI SDK generateText, spans GenAI via
// @ai-sdk/otel OpenTelemetry, attributs session.id / enduser.id ajoutés par enrichSpan).
// La facture est lue depuis l'outil de GED, puis un virement SEPA est programmé via l'API bancaire.
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  sleep, writeJsonDocument, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-facture-virement-montant';
const tracing = setupTracing({
  serviceName: 'compta-copilote',
  resource: { 'service.version': '1.8.3', 'deployment.environment.name': 'prod', 'cloud.region': 'eu-west-3' },
  seed,
});
const ids = makeIds(seed);

const lireFacture = tool({
  description: "Lit une facture fournisseur dans la GED (numéro, fournisseur, montant TTC, échéance, IBAN du bénéficiaire).",
  inputSchema: z.object({ numero: z.string().describe('Numéro de facture, ex. F-2024-11-0457') }),
  execute: async ({ numero }) => {
    await sleep(80);
    return {
      numero, fournisseur: 'Imprimerie Lemaire SARL', siret: '512 348 907 00021', date_emission: '14/11/2024',
      echeance: '14/12/2024', montant_ht: '1.028,75 €', tva: '205,75 €', montant_ttc: '1.234,50 €',
      iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPPXXX', statut: 'à payer',
    };
  },
});

// Connecteur maison vers l'API de la banque : le montant arrive en texte et est converti ici.
const programmerVirement = tool({
  description: 'Programme un virement SEPA depuis le compte courant de la société. Retourne la référence du virement.',
  inputSchema: z.object({
    beneficiaire: z.string(),
    iban: z.string(),
    montant: z.string().describe('Montant à virer, en euros'),
    date_execution: z.string().describe('Date d\'exécution AAAA-MM-JJ'),
    libelle: z.string().max(140),
  }),
  execute: async ({ beneficiaire, iban, montant, date_execution, libelle }) => {
    await sleep(140);
    const valeur = parseFloat(montant.replace(/[^0-9.,-]/g, ''));
    return {
      reference: 'VIR-2024-12-088213', statut: 'programmé', compte_debite: 'FR76 1027 8060 4100 0205 6789 012',
      beneficiaire, iban, montant: valeur, devise: 'EUR', date_execution, libelle,
    };
  },
});

const [c1, c2] = [ids('toolu_01', 22), ids('toolu_01', 22)];
const model = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Je récupère la facture F-2024-11-0457.', calls: [[c1, 'lireFacture', { numero: 'F-2024-11-0457' }]] },
    { text: 'Facture trouvée, je programme le virement pour le 13 décembre.',
      calls: [[c2, 'programmerVirement', { beneficiaire: 'Imprimerie Lemaire SARL', iban: 'FR76 3000 4000 0312 3456 7890 143',
        montant: '1.234,50', date_execution: '2024-12-13', libelle: 'Facture F-2024-11-0457 Imprimerie Lemaire' }]] },
    "C'est fait. Le virement de 1 234,50 € à Imprimerie Lemaire SARL pour la facture F-2024-11-0457 est programmé " +
      "pour le 13/12/2024, la veille de l'échéance (référence VIR-2024-12-088213). La facture sera soldée à réception.",
  ],
});

await generateText({
  model,
  system:
    "Tu es l'assistant comptable de la société Atelier Morin (Lyon). Tu aides la responsable administrative à régler les " +
    "factures fournisseurs : lis la facture, vérifie le montant et l'IBAN, puis programme le virement la veille de l'échéance. " +
    'Réponds en français, brièvement.',
  prompt: 'Peux-tu régler la facture F-2024-11-0457 de l\'imprimerie avant son échéance ?',
  tools: { lireFacture, programmerVirement },
  stopWhen: stepCountIs(5),
  runtimeContext: { conversationId: 'cv_2024-12-09_0f3b', utilisatrice: 'c.morin@atelier-morin.fr' },
  telemetry: {
    functionId: 'reglement-fournisseurs',
    includeRuntimeContext: { conversationId: true, utilisatrice: true },
    integrations: [new OpenTelemetry({
      enrichSpan: ({ runtimeContext }) => ({
        'session.id': runtimeContext?.conversationId ?? 'unknown',
        'enduser.id': runtimeContext?.utilisatrice ?? 'unknown',
      }),
    })],
  },
});

writeJsonDocument(out, 'otlp-request.json', await tracing.flush());
