// Banque en ligne: the balance service fails once (tool throws, the SDK reports the error to the
// model), the agent retries, gets the balance, and only then schedules the transfer.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let calls = 0;

const solde = tool({
  name: 'consulter_solde', description: 'Solde disponible d\'un compte (IBAN masqué).',
  parameters: z.object({ compte: z.string() }),
  execute: async ({ compte }) => {
    if (calls++ === 0) throw new Error('CoreBanking 503: service momentanément indisponible (ref. CB-7731-TMO)');
    return JSON.stringify({ compte, solde_disponible: 1284.17, devise: 'EUR', date_valeur: '2026-04-02' });
  },
});
const virement = tool({
  name: 'programmer_virement', description: 'Programme un virement SEPA.',
  parameters: z.object({ compte_debit: z.string(), beneficiaire_iban: z.string(), montant: z.number(), devise: z.string(), date_execution: z.string() }),
  execute: async (a) => JSON.stringify({ ...a, statut: 'programmé', reference: 'VIR-0402-5K8D1' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'consulter_solde', args: { compte: 'FR76 •••• 4410' } }] },
  { tool_calls: [{ name: 'consulter_solde', args: { compte: 'FR76 •••• 4410' } }] },
  { tool_calls: [{ name: 'programmer_virement', args: { compte_debit: 'FR76 •••• 4410', beneficiaire_iban: 'FR14 2004 1010 0505 0001 3M02 606', montant: 950, devise: 'EUR', date_execution: '2026-04-03' } }] },
  { content: 'C\'est fait : votre solde disponible est de 1 284,17 € (la première consultation a échoué, la seconde a abouti). Le virement de 950,00 € vers FR14 2004 1010 0505 0001 3M02 606 est programmé pour le 03/04/2026, référence VIR-0402-5K8D1. Il vous restera 334,17 €.' },
], { seed: 'banque-solde-3' });
const agent = new Agent({ name: 'ConseillerVirtuel', instructions: 'Tu es le conseiller virtuel de la banque. Vérifie toujours le solde disponible avant de programmer un virement. Réponds en français.', model: m, tools: [solde, virement] });
await new Runner({ groupId: 'sess-bq-5f0e9a77', workflowName: 'Banque en ligne', traceMetadata: { user_id: 'client-30418872' } })
  .run(agent, 'Bonjour, pouvez-vous programmer demain un virement de 950 € pour mon loyer vers FR14 2004 1010 0505 0001 3M02 606, si j\'ai assez sur le compte courant ?');

writeTrace(here, 'trace.jsonl');
