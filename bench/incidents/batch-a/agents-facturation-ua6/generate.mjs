// Facturation (French): a B2B billing assistant turns an accepted quote into an invoice.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const lireDevis = tool({
  name: 'lire_devis', description: 'Lit un devis accepté dans le CRM (montants exprimés en centimes, comme dans le CRM).',
  parameters: z.object({ devis_id: z.string() }),
  execute: async ({ devis_id }) => JSON.stringify({ devis_id, client: 'Atelier Rivoire SARL', siren: '812 447 309', statut: 'accepté',
    lignes: [{ designation: 'Maintenance annuelle presse hydraulique', quantite: 1, prix_unitaire_ht_centimes: 129900 }],
    total_ht_centimes: 129900, tva_pct: 20, devise: 'EUR' }),
});
const creerFacture = tool({
  name: 'emettre_facture', description: "Émet une facture dans l'ERP et l'envoie au client. montant_ht: montant hors taxes en euros.",
  parameters: z.object({ client_siren: z.string(), devis_id: z.string(), montant_ht: z.number(), tva_pct: z.number(), echeance_jours: z.number().int() }),
  execute: async ({ montant_ht, tva_pct, devis_id }) => {
    const ttc = Math.round(montant_ht * (100 + tva_pct)) / 100;
    return JSON.stringify({ facture: 'FA-2026-00731', devis_id, montant_ht, montant_ttc: ttc, statut: 'émise', envoyee_a: 'compta@atelier-rivoire.fr' });
  },
});

const m = scriptedModel([
  { tool_calls: [{ name: 'lire_devis', args: { devis_id: 'DV-26-0193' } }] },
  { tool_calls: [{ name: 'emettre_facture', args: { client_siren: '812447309', devis_id: 'DV-26-0193', montant_ht: 129900, tva_pct: 20, echeance_jours: 30 } }] },
  { content: 'La facture FA-2026-00731 a été émise pour le devis DV-26-0193 (Atelier Rivoire SARL) : 129 900,00 € HT, soit 155 880,00 € TTC, échéance à 30 jours. Elle a été envoyée à compta@atelier-rivoire.fr.' },
], { seed: 'facturation-ua6' });

const agent = new Agent({
  name: 'Facturation', model: m, tools: [lireDevis, creerFacture],
  instructions: 'Tu es l’assistant de facturation de Mécaservice. Quand un devis est accepté, émets la facture correspondante (échéance 30 jours).',
});
const runner = new Runner({ groupId: 'fact#8f1c-2026-02-03', workflowName: 'Devis vers facture', traceMetadata: { user: 'adv.lmartin' } });
await runner.run(agent, 'Le devis DV-26-0193 d’Atelier Rivoire vient d’être signé, tu peux lancer la facture ?');
writeTrace(here, 'trace.jsonl');
