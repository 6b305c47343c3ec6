// Commissionnaire de transport (Lyon) : l'assistant d'affrètement lit un bordereau fournisseur,
// demande un devis et réserve un camion.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('affretement-copilote', { 'deployment.environment': 'prod', 'service.version': '0.9.7' });

const bordereau = tool(async ({ reference }) => JSON.stringify({
  reference, expediteur: 'Midwest Pump & Valve Co., Dayton OH', destinataire: 'SOGEFLUID SAS, 69800 Saint-Priest',
  colis: 4, emballage: 'caisses bois ISPM-15', poids_brut: '5 280 lb', dimensions: '4 x 120x100x110 cm', gerbable: false,
  arrivee_port: 'Fos-sur-Mer, terminal Seayard, dispo 2025-04-08' }),
  { name: 'lire_bordereau', description: 'Lit la liste de colisage d’un dossier import.', schema: z.object({ reference: z.string() }) });
const devis = tool(async ({ origine, destination, poids_kg, palettes_sol }) => {
  const vehicule = poids_kg > 3500 ? 'porteur 19 t (hayon)' : 'VUL 20 m3 hayon';
  const prix = poids_kg > 3500 ? 1146.0 : 612.0;
  return JSON.stringify({ devis: 'DV-25-04-00318', origine, destination, poids_kg, palettes_sol, vehicule, prix_ht_eur: prix, validite: '2025-04-07' });
}, { name: 'devis_fret', description: 'Devis de transport routier. Le poids doit être en kilogrammes.',
  schema: z.object({ origine: z.string(), destination: z.string(), poids_kg: z.number().describe('Poids brut total en kg'), palettes_sol: z.number().int() }) });
const reserver = tool(async ({ devis, date_enlevement }) => `Réservation RSV-88127 confirmée sur ${devis}, enlèvement ${date_enlevement}.`,
  { name: 'reserver_transport', description: 'Confirme un devis et réserve le véhicule.', schema: z.object({ devis: z.string(), date_enlevement: z.string() }) });
const tools = [bordereau, devis, reserver];
const system = new SystemMessage('Tu es le copilote d’affrètement de Transports Rhodanie. Réponds en français.');

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'lire_bordereau', args: { reference: 'IMP-2025-0412' } }] },
  { content: '', tool_calls: [{ name: 'devis_fret', args: { origine: 'Fos-sur-Mer (13)', destination: 'Saint-Priest (69)', poids_kg: 5280, palettes_sol: 4 } }] },
  { content: '', tool_calls: [{ name: 'reserver_transport', args: { devis: 'DV-25-04-00318', date_enlevement: '2025-04-08' } }] },
  { content: 'C’est réservé : enlèvement le 8 avril au terminal Seayard de Fos pour les 4 caisses (5 280 kg, non gerbables). Au-delà de 3,5 t il faut un porteur 19 t avec hayon : 1 146,00 € HT, réservation RSV-88127.' },
] });
const app = await reactGraph({ model, tools, prepare: (m) => [system, ...m], name: 'affretement' });
await t.turn({ userId: 'exploitation.lyon@rhodanie-transports.fr' }, () => app.invoke({ messages: [new HumanMessage(
  'Dossier IMP-2025-0412 : les pompes de Dayton arrivent à Fos le 8. Tu peux réserver le camion pour Saint-Priest au meilleur prix ?')] },
  { metadata: { session_id: 'aff-2025-04-03-0017', user_id: 'exploitation.lyon@rhodanie-transports.fr' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
