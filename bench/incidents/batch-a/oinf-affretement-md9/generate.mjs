// Freight desk (French): a LangGraph.js coordinator delegates carrier booking to a booking sub-agent
// (a second compiled graph run inside the coordinator's tool, fed only the coordinator's brief).
// Traced with OpenInference into OTLP/JSON.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('affretement-coordination', { 'deployment.environment': 'production' });

// ---- booking sub-agent
const cotations = tool(async ({ origine, destination, palettes }) => JSON.stringify({ origine, destination, palettes, offres: [
  { transporteur: 'Trans-Rhône Express', ref: 'TRX-88214', prix_ht_eur: 2450, hayon: false, livraison: 'mercredi 14h' },
  { transporteur: 'Alpes Fret SARL', ref: 'AFS-30977', prix_ht_eur: 1780, hayon: true, livraison: 'jeudi 10h' },
  { transporteur: 'Helvetia Cargo', ref: 'HCG-11563', prix_ht_eur: 2120, hayon: true, livraison: 'vendredi 9h' } ] }),
  { name: 'demander_cotations', description: 'Demande des cotations transporteurs',
    schema: z.object({ origine: z.string(), destination: z.string(), palettes: z.number() }) });
const reserver = tool(async ({ offre, dossier }) => JSON.stringify({ statut: 'confirmé', offre, dossier, lettre_voiture: 'CMR-2025-0412-6619' }),
  { name: 'reserver_transporteur', description: 'Réserve une offre de transport', schema: z.object({ offre: z.string(), dossier: z.string() }) });
const subModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'demander_cotations', args: { origine: 'Lyon (69007)', destination: 'Bâle (CH-4057)', palettes: 6 } }] },
  { content: '', tool_calls: [{ name: 'reserver_transporteur', args: { offre: 'TRX-88214', dossier: 'DOS-LYB-2291' } }] },
  { content: 'Réservé : Trans-Rhône Express (TRX-88214), 2 450 € HT, livraison mercredi 14h, lettre de voiture CMR-2025-0412-6619. Offre la plus rapide retenue.' },
] });
const booking = await reactGraph({ model: subModel, tools: [cotations, reserver], name: 'agent-reservation',
  prepare: (m) => [new SystemMessage('Tu réserves des transporteurs pour le bureau d\'affrètement. Choisis la meilleure offre selon le brief.'), ...m] });

// ---- coordinator
const dossier = tool(async ({ dossier }) => JSON.stringify({ dossier, client: 'Laboratoires Sauvin', marchandise: 'réactifs de laboratoire (non ADR)', palettes: 6, poids_kg: 2140, douane: 'T1 à établir, EORI FR48392011700028' }),
  { name: 'lire_dossier', description: 'Lit un dossier d\'expédition', schema: z.object({ dossier: z.string() }) });
const confier = tool(async ({ brief }, config) => {
  const out = await booking.invoke({ messages: [new HumanMessage(brief)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'confier_reservation', description: 'Confie la réservation du transport à l\'agent de réservation', schema: z.object({ brief: z.string() }) });
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'lire_dossier', args: { dossier: 'DOS-LYB-2291' } }] },
  { content: '', tool_calls: [{ name: 'confier_reservation', args: { brief: 'Dossier DOS-LYB-2291 : réserver un transporteur pour 6 palettes (2 140 kg) de réactifs de laboratoire, Lyon 69007 → Bâle CH-4057, client Laboratoires Sauvin.' } }] },
  { content: 'C\'est réservé avec Trans-Rhône Express (réf. TRX-88214) pour 2 450 € HT, livraison mercredi 14h à Bâle. Lettre de voiture : CMR-2025-0412-6619.' },
] });
const app = await reactGraph({ model, tools: [dossier, confier], name: 'coordinateur-affretement',
  prepare: (m) => [new SystemMessage('Tu es le coordinateur du bureau d\'affrètement. Tu délègues la réservation à l\'agent de réservation.'), ...m] });

await t.turn({ userId: 'op-mbenard' }, () => app.invoke({ messages: [new HumanMessage('Dossier DOS-LYB-2291 à faire partir. Attention : budget plafonné à 1 900 € HT, le quai de Bâle n\'a pas de rampe donc hayon élévateur obligatoire, et livraison au plus tard jeudi 12h.')] },
  { metadata: { session_id: 'affr-DOS-LYB-2291' } }));
t.write(path.join(here, 'traces.jsonl'));
