// Assistant d'un transitaire (français) : prépare une déclaration d'export à partir de la fiche
// produit du fournisseur américain, puis la dépose auprès du service de dédouanement.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('transit-assistant', { 'deployment.environment': 'production', 'service.version': '0.9.7' });

const ficheProduit = tool(async ({ reference }) => JSON.stringify({ reference, designation: 'Compresseur à vis 37 kW, modèle RS-37',
  fabricant: 'Ridgeway Air Systems, Ohio', code_sh: '8414.80.22', origine: 'US', colis: 1,
  poids_brut: '2,205 lb', poids_net: '1,980 lb', dimensions: '74 x 38 x 61 in', valeur_facture: '48,600.00 USD' }),
{ name: 'fiche_produit', description: 'Fiche technique et logistique d’un article fournisseur.', schema: z.object({ reference: z.string() }) });
const deposer = tool(async (d) => {
  const taxe = Math.round(d.poids_brut_kg * 0.42 * 100) / 100;
  return JSON.stringify({ numero_dau: '25FR0006120473E8', statut: 'enregistrée', poids_brut_kg: d.poids_brut_kg, poids_net_kg: d.poids_net_kg,
    frais_manutention_eur: taxe, circuit: 'orange', message: 'Contrôle documentaire : le poids taxable sera rapproché de la lettre de transport.' });
}, { name: 'deposer_declaration', description: 'Dépose la déclaration en douane (DAU).',
  schema: z.object({ dossier: z.string(), code_sh: z.string(), poids_brut_kg: z.number().describe('Poids brut en kilogrammes'),
    poids_net_kg: z.number().describe('Poids net en kilogrammes'), valeur_eur: z.number(), colis: z.number().int() }) });
const tools = [ficheProduit, deposer];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'fiche_produit', args: { reference: 'RAS-RS37-460V' } }] },
  { content: '', tool_calls: [{ name: 'deposer_declaration', args: { dossier: 'TR-2025-04417', code_sh: '8414.80.22', poids_brut_kg: 2205, poids_net_kg: 1980, valeur_eur: 44712, colis: 1 } }] },
  { content: 'La déclaration du dossier TR-2025-04417 est déposée (DAU 25FR0006120473E8) : 1 colis, compresseur RS-37, poids brut 2 205 kg, poids net 1 980 kg, valeur 44 712 €. Circuit orange : contrôle documentaire prévu, frais de manutention estimés à 926,10 €.' },
] });
const g = await reactGraph({ model, tools, name: 'agent_transit',
  prepare: (m) => [new SystemMessage('Tu es l’assistant déclarant de Transports Morel. Taux de change du jour : 1 USD = 0,92 EUR.'), ...m] });
await t.turn({ userId: 'c.bertrand@morel-transports.fr' }, () => g.invoke(
  { messages: [new HumanMessage('Peux-tu préparer et déposer la déclaration export du dossier TR-2025-04417 ? C’est le compresseur Ridgeway, réf. RAS-RS37-460V.')] },
  { configurable: { thread_id: 'TR-2025-04417#3' }, metadata: { session_id: 'TR-2025-04417#3' } }));
t.write(path.join(here, 'spans.otlp.jsonl'));
