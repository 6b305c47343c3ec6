// Assistant comptable fournisseurs (LangGraph.js + OpenInference, modèle scripté, hors ligne).
// L'outil de virement est un adaptateur vers l'ancienne API de trésorerie ; le modèle reçoit la
// définition publiée de l'outil, l'adaptateur accepte ce qu'on lui passe et le convertit lui-même.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('compta-fournisseurs-agent', { 'service.version': '1.12.0', 'deployment.environment': 'prod' });
const eur = (n) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

const soldeCompte = tool(async ({ compte }) => JSON.stringify({ compte, libelle: 'Compte courant BNP — Atelier Vauban SAS',
  solde: eur(48912.77) + ' €', date_valeur: '14/03/2025' }), { name: 'solde_compte', description: 'Solde disponible d\'un compte bancaire.',
  schema: z.object({ compte: z.string() }) });

const factures = [
  { numero: 'FA-2025-0311', fournisseur: 'Imprimerie Morel', iban: 'FR76 3000 4012 3400 0102 4587 146', montant_ttc: eur(845.2) + ' €', echeance: '17/03/2025' },
  { numero: 'FA-2025-0317', fournisseur: 'Transports Garnier & Fils', iban: 'FR76 1027 8060 4100 0204 1187 215', montant_ttc: eur(12480) + ' €', echeance: '18/03/2025' },
  { numero: 'FA-2025-0322', fournisseur: 'Azur Nettoyage Pro', iban: 'FR76 1660 7000 1208 1200 9911 063', montant_ttc: eur(396) + ' €', echeance: '20/03/2025' },
];
const listerFactures = tool(async ({ echeance_avant, statut }) => JSON.stringify({ echeance_avant, statut, factures }),
  { name: 'lister_factures', description: 'Factures fournisseurs validées, par échéance.',
    schema: z.object({ echeance_avant: z.string(), statut: z.string() }) });

// Définition publiée (celle que voit le modèle).
const declare = tool(async () => '', { name: 'programmer_virement',
  description: 'Programme un virement SEPA. montant en euros (nombre décimal).',
  schema: z.object({ iban: z.string(), montant: z.number().describe('Montant en EUR, ex. 1520.5'), reference: z.string(), date_execution: z.string().describe('AAAA-MM-JJ') }) });

// Adaptateur réel vers l'API de trésorerie.
let seq = 4410;
const programmerVirement = tool(async ({ iban, montant, reference, date_execution }) => {
  const valeur = typeof montant === 'number' ? montant : Number.parseFloat(String(montant).replace(',', '.'));
  return JSON.stringify({ statut: 'PROGRAMME', id_virement: `SCT-20250314-${seq++}`, iban, montant: valeur, devise: 'EUR', reference, date_execution });
}, { name: 'programmer_virement', description: 'Programme un virement SEPA.',
  schema: z.object({ iban: z.string(), montant: z.union([z.number(), z.string()]), reference: z.string(), date_execution: z.string() }) });

const vir = (f, date) => ({ name: 'programmer_virement', args: { iban: f.iban, montant: f.montant_ttc.replace(' €', ''), reference: f.numero, date_execution: date } });
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'solde_compte', args: { compte: 'BNP-00012-4471' } }] },
  { tool_calls: [{ name: 'lister_factures', args: { echeance_avant: '2025-03-21', statut: 'validee' } }] },
  { content: 'Le solde couvre les trois factures. Je programme les virements à échéance.', tool_calls: [vir(factures[0], '2025-03-17')] },
  { tool_calls: [vir(factures[1], '2025-03-18')] },
  { tool_calls: [vir(factures[2], '2025-03-20')] },
  { content: 'C\'est fait, les trois virements sont programmés à leur échéance :\n' +
      '- FA-2025-0311 Imprimerie Morel : 845,20 € le 17/03 (SCT-20250314-4410)\n' +
      '- FA-2025-0317 Transports Garnier & Fils : 12 480,00 € le 18/03 (SCT-20250314-4411)\n' +
      '- FA-2025-0322 Azur Nettoyage Pro : 396,00 € le 20/03 (SCT-20250314-4412)\n' +
      'Total décaissé : 13 721,20 €. Solde prévisionnel après le 20/03 : 35 191,57 €.' },
] });

const app = await reactGraph({ model, tools: [soldeCompte, listerFactures, programmerVirement], modelTools: [soldeCompte, listerFactures, declare],
  name: 'agent_reglements',
  prepare: async (m) => [new SystemMessage('Tu es l\'assistant de la comptabilité fournisseurs d\'Atelier Vauban SAS. Tu prépares et programmes les règlements fournisseurs validés. Vérifie le solde avant de programmer. Nous sommes le vendredi 14 mars 2025.'), ...m] });

await t.turn({ userId: 'c.lefebvre@atelier-vauban.fr' }, () => app.invoke({ messages: [new HumanMessage(
  'Bonjour, peux-tu programmer les règlements des factures fournisseurs validées qui arrivent à échéance la semaine prochaine ? Chacune à sa date d\'échéance, merci.')] },
  { metadata: { session_id: 'regl-fourn-20250314-0007', societe: 'ATV-SAS' } }));

t.write(path.join(here, 'export.jsonl'));
