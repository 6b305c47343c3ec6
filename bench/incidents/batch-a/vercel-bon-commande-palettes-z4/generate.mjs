// Assistant achats d'un entrepôt logistique (Vercel AI SDK v7, attributs ai.* de LegacyOpenTelemetry).
// L'acheteuse demande de passer commande à partir d'un devis fournisseur allemand importé depuis l'ERP.
// Hors ligne : MockLanguageModelV4 scripté, aucun réseau.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'achats-copilote',
  resource: { 'deployment.environment': 'prod', 'service.namespace': 'logistique-lyon-est' },
  seed: 'vercel-bon-commande-palettes-z4',
});
const ids = makeIds('vercel-bon-commande-palettes-z4');

const SEUIL = 5000;
const tools = {
  lire_devis: tool({
    description: 'Lit un devis fournisseur importé dans l\'ERP (lignes, totaux tels que saisis sur le devis).',
    inputSchema: z.object({ reference: z.string() }),
    execute: async ({ reference }) => ({
      reference, fournisseur: 'Verpackungswerk Allgäu GmbH', fournisseur_id: 'FRN-DE-00872', date_devis: '12.05.2025', validite: '30 Tage',
      lignes: [
        { article: 'Faltkarton 600x400x400, 2-wellig', menge: '9.600 Stk.', einzelpreis: '1,18 EUR', gesamt: '11.328,00 EUR' },
        { article: 'Palettierung + Stretchfolie', menge: '40 Pal.', einzelpreis: '28,80 EUR', gesamt: '1.152,00 EUR' },
      ],
      summe_netto: '12.480,00 EUR', mwst_19: '2.371,20 EUR', summe_brutto: '14.851,20 EUR', lieferung: 'KW 22, frei Haus Lyon',
    }),
  }),
  creer_bon_commande: tool({
    description: 'Crée un bon de commande dans l\'ERP. Les bons au-delà du seuil de délégation partent en validation chez le responsable achats.',
    inputSchema: z.object({
      fournisseur_id: z.string(), reference_devis: z.string(),
      montant_ht: z.number().describe('Montant total hors taxes'), devise: z.enum(['EUR', 'CHF', 'USD']),
      livraison_souhaitee: z.string(),
    }),
    execute: async ({ montant_ht, fournisseur_id, reference_devis, devise }) => ({
      bon: 'BC-2025-004417', fournisseur_id, reference_devis, montant_ht, devise,
      circuit_validation: montant_ht < SEUIL ? 'auto' : 'responsable_achats', statut: montant_ht < SEUIL ? 'VALIDE' : 'EN_ATTENTE_VALIDATION',
    }),
  }),
  envoyer_bon_fournisseur: tool({
    description: 'Transmet un bon de commande validé au fournisseur (EDI / e-mail).',
    inputSchema: z.object({ bon: z.string() }),
    execute: async ({ bon }) => ({ bon, canal: 'EDI ORDERS D96A', accuse_reception: 'ORDRSP-55120981', envoye_le: '2025-05-13T10:04:51+02:00' }),
  }),
};

const cid = () => ids('', 9);
await generateText({
  model: scriptedModel({ ids, provider: 'mistral.chat', modelId: 'mistral-large-2411', responsePrefix: 'cmpl-', replies: [
    { calls: [[cid(), 'lire_devis', { reference: 'DV-88213' }]] },
    { calls: [[cid(), 'creer_bon_commande', { fournisseur_id: 'FRN-DE-00872', reference_devis: 'DV-88213', montant_ht: 12.48, devise: 'EUR', livraison_souhaitee: 'semaine 22' }]] },
    { calls: [[cid(), 'envoyer_bon_fournisseur', { bon: 'BC-2025-004417' }]] },
    'C\'est fait : le bon de commande BC-2025-004417 (Verpackungswerk Allgäu, devis DV-88213 — 9 600 cartons 600x400x400 et palettisation de 40 palettes) '
      + 'a été créé, validé et transmis au fournisseur par EDI (accusé ORDRSP-55120981). Livraison prévue semaine 22, franco Lyon.',
  ] }),
  system: 'Tu es le copilote achats de l\'entrepôt Lyon-Est. Tu crées les bons de commande à partir des devis de l\'ERP et tu les transmets. Réponds en français.',
  prompt: 'Peux-tu passer la commande des cartons selon le devis DV-88213 de Verpackungswerk Allgäu et l\'envoyer au fournisseur ? Il nous les faut semaine 22.',
  tools,
  stopWhen: stepCountIs(5),
  telemetry: { functionId: 'copilote-achats', integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(out, 'traces-otlp.jsonl', [await flush()]);
