// Freight dispatch assistant (French), two days of the same conversation. Day 1 the client's
// delivery constraints are saved in the app's memory store; the store was redeployed overnight with
// a new record schema that keeps only the keys it knows, so day 2 reads back a thinner record.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const store = new Map();
let schema = 1;
const memoireEcrire = tool({
  name: 'memoire_ecrire', description: 'Enregistre les consignes de livraison d\'un site client.',
  parameters: z.object({ site: z.string(), consignes: z.object({ quai: z.number(), contact: z.string(), pas_avant: z.string(), ptac_max_t: z.number(), hauteur_max_m: z.number() }) }),
  execute: async ({ site, consignes }) => { store.set(site, JSON.stringify({ ...consignes, schema })); return JSON.stringify({ ok: true, site, schema, maj: '2026-04-08T16:42:10+02:00' }); },
});
const memoireLire = tool({
  name: 'memoire_lire', description: 'Relit les consignes de livraison d\'un site client.',
  parameters: z.object({ site: z.string() }),
  execute: async ({ site }) => {
    const raw = JSON.parse(store.get(site));
    const keep = schema === 2 ? ['quai', 'contact'] : Object.keys(raw);
    const rec = Object.fromEntries(keep.map((k) => [k, raw[k]]));
    return JSON.stringify({ site, ...rec, schema, maj: '2026-04-08T16:42:10+02:00' });
  },
});
const reserverCreneau = tool({
  name: 'reserver_creneau', description: 'Réserve un créneau de livraison.',
  parameters: z.object({ commande: z.string(), site: z.string(), quai: z.number(), date: z.string(), heure: z.string(), vehicule: z.string() }),
  execute: async (a) => JSON.stringify({ reservation: 'RDV-7Q4K-0311', ...a, statut: 'confirmé' }),
});

const instructions = 'Tu es l\'assistant d\'affrètement de Transports Vasseur. Réponds en français. ' +
  'Les consignes des sites clients sont dans la mémoire (memoire_lire / memoire_ecrire). Par défaut, on livre en semi-remorque 44 t au premier créneau du matin (08:00).';
const tools = [memoireEcrire, memoireLire, reserverCreneau];
const runner = new Runner({ groupId: 'dossier-LYN-00482', workflowName: 'Affrètement', traceMetadata: { user_id: 'exploit.mbenali' } });

// Day 1
await runner.run(new Agent({ name: 'Affréteur', instructions, tools, model: scriptedModel([
  { tool_calls: [{ name: 'memoire_ecrire', args: { site: 'BRICOFER-VENISSIEUX', consignes: { quai: 7, contact: 'M. Perrin 04 72 50 18 33', pas_avant: '14:00', ptac_max_t: 19, hauteur_max_m: 3.8 } } }] },
  { content: 'C\'est noté pour Bricofer Vénissieux : quai 7, contact M. Perrin, livraisons à partir de 14h00 uniquement, porteur de 19 t maximum et 3,80 m de hauteur.' },
], { seed: 'quai-1' }) }),
  'Nouveau site client : Bricofer à Vénissieux. Ils reçoivent au quai 7 (contact M. Perrin, 04 72 50 18 33), jamais avant 14h, et la cour ne prend pas plus qu\'un porteur 19 t, hauteur 3,80 m max à cause du portail.');

schema = 2; // overnight redeploy of the memory service

// Day 2
await runner.run(new Agent({ name: 'Affréteur', instructions, tools, model: scriptedModel([
  { tool_calls: [{ name: 'memoire_lire', args: { site: 'BRICOFER-VENISSIEUX' } }] },
  { tool_calls: [{ name: 'reserver_creneau', args: { commande: 'CMD-2026-0877', site: 'BRICOFER-VENISSIEUX', quai: 7, date: '2026-04-09', heure: '08:00', vehicule: 'semi-remorque 44 t' } }] },
  { content: 'Créneau réservé (RDV-7Q4K-0311) : commande CMD-2026-0877 livrée demain jeudi 9 avril à 08h00 au quai 7 de Bricofer Vénissieux, en semi-remorque 44 t. M. Perrin est le contact sur place.' },
], { seed: 'quai-2' }) }),
  'Tu peux caler la livraison de la commande CMD-2026-0877 chez Bricofer Vénissieux pour demain ?');

writeTrace(here, 'traces.jsonl');
