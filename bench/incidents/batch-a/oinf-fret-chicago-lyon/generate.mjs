// Assistant fret d'un importateur lyonnais: agent LangGraph.js (boucle agent/ToolNode) qui lit une
// commande fournisseur américaine, demande un tarif de groupage maritime et réserve l'enlèvement.
// Modèle scripté, aucun accès réseau. Écrit otlp-traces.jsonl (une requête OTLP/JSON par tour).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('assistant-fret', { 'service.version': '1.8.0', 'deployment.environment': 'production' });

// Réponse brute de l'API du fournisseur (EDI 856 converti en JSON par la passerelle fournisseurs).
const commande = tool(async ({ numero_po }) => JSON.stringify({
  po_number: numero_po, supplier: 'Midwest Valve Co.', supplier_id: 'SUP-US-00417', ship_from: { city: 'Chicago', state: 'IL', zip: '60638' },
  incoterm: 'FCA Chicago', ready_date: '2024-11-22', lines: [
    { item: 'MV-BV-200-SS', description: 'Ball valve 2" stainless, flanged', qty: 120 },
    { item: 'MV-GV-300-CI', description: 'Gate valve 3" cast iron', qty: 36 }],
  packing: { handling_units: 3, type: 'pallet', dims_in: '48x40x52', gross_weight: 1840, weight_uom: 'LB', stackable: false },
  hs_codes: ['8481.80', '8481.80'] }), {
  name: 'consulter_commande_fournisseur', description: 'Lit une commande fournisseur (PO) et ses données de colisage.',
  schema: z.object({ numero_po: z.string() }) });

const tarif = tool(async ({ origine, destination, poids_kg, nb_palettes, gerbable }) => JSON.stringify({
  devis: 'Q-LCL-24-7781', origine, destination, mode: 'LCL maritime via Anvers + pré/post-acheminement routier',
  poids_taxable_kg: poids_kg, tranche: '1 501 – 2 000 kg',
  prix_total_eur: 2318.4, validite: '2024-11-29', transit_jours: 27, gerbable }), {
  name: 'obtenir_tarif_groupage', description: 'Devis de groupage maritime (LCL) porte-à-porte. Le poids est en kilogrammes.',
  schema: z.object({ origine: z.string().describe('Code UN/LOCODE'), destination: z.string().describe('Code UN/LOCODE'),
    poids_kg: z.number().describe('Poids brut total en kilogrammes'), nb_palettes: z.number().int(), gerbable: z.boolean() }) });

const reserver = tool(async ({ numero_po, devis, poids_kg, nb_palettes, date_enlevement }) => JSON.stringify({
  reservation: 'BK-FR-2024-118273', statut: 'confirmée', numero_po, devis, date_enlevement, nb_palettes,
  poids_brut_declare_kg: poids_kg, document: 'Instruction d\'expédition SI-118273 transmise au transitaire (Chicago)',
  montant_engage_eur: 2318.4 }), {
  name: 'reserver_enlevement', description: 'Réserve l\'enlèvement chez le fournisseur et émet l\'instruction d\'expédition. Poids en kilogrammes.',
  schema: z.object({ numero_po: z.string(), devis: z.string(), poids_kg: z.number().describe('Poids brut déclaré en kilogrammes'),
    nb_palettes: z.number().int(), date_enlevement: z.string().describe('AAAA-MM-JJ') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consulter_commande_fournisseur', args: { numero_po: 'PO-55190' } }] },
  { tool_calls: [{ name: 'obtenir_tarif_groupage', args: { origine: 'USCHI', destination: 'FRLYS', poids_kg: 1840, nb_palettes: 3, gerbable: false } }] },
  { tool_calls: [{ name: 'reserver_enlevement', args: { numero_po: 'PO-55190', devis: 'Q-LCL-24-7781', poids_kg: 1840, nb_palettes: 3, date_enlevement: '2024-11-22' } }] },
  { content: 'C\'est réservé ✅\n\n- Réservation **BK-FR-2024-118273** pour la PO-55190 (Midwest Valve Co., Chicago)\n'
    + '- Enlèvement le 22/11, 3 palettes non gerbables, 1 840 kg bruts\n- Groupage maritime via Anvers jusqu\'à Lyon, '
    + 'environ 27 jours de transit\n- Coût : 2 318,40 € (devis Q-LCL-24-7781, tranche 1 501 – 2 000 kg)\n\n'
    + 'L\'instruction d\'expédition SI-118273 est partie chez le transitaire à Chicago.' },
] });

const app = await reactGraph({ model, tools: [commande, tarif, reserver], name: 'agent_fret',
  prepare: (m) => [new SystemMessage('Tu es l\'assistant transport de Robinetterie Rhône-Alpes SAS (Lyon). Tu prépares '
    + 'les enlèvements import à partir des commandes fournisseurs : lis la commande, demande un tarif, puis réserve. '
    + 'Réponds en français.'), ...m] });

await t.turn({ userId: 'c.fabre@robinetterie-ra.fr' }, () => app.invoke({ messages: [new HumanMessage(
  'Bonjour, peux-tu organiser l\'enlèvement de la PO-55190 chez Midwest Valve à Chicago ? Elle est prête le 22. '
  + 'Groupage maritime jusqu\'à notre dépôt de Corbas, comme d\'habitude.')] },
  { metadata: { conversation_id: 'FRET-LYS-20241118-0042', tenant: 'rra' } }));
t.write(path.join(here, 'otlp-traces.jsonl'));
