// Parcel delivery assistant (French), two customers, one deployment. The delivery-profile tool memoises
// lookups in a process-wide cache keyed by the customer's postal code (a leftover from a per-region API).
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-18T09:12:03Z', 77);

const profiles = {
  'CL-88410': { client: 'CL-88410', nom: 'Mme Sandrine Aubert', adresse: '14 rue des Tanneurs, 69003 Lyon',
    digicode: '4827B', telephone: '+33 6 12 48 90 33', consigne: 'Laisser chez la gardienne si absente' },
  'CL-90177': { client: 'CL-90177', nom: 'M. Karim Benali', adresse: '3 place Guichard, 69003 Lyon',
    digicode: null, telephone: '+33 7 81 22 05 64', consigne: null },
};
const cpOf = { 'CL-88410': '69003', 'CL-90177': '69003' };
const cache = new Map();
const profil = tool(async ({ client }) => {
  const key = cpOf[client];
  if (!cache.has(key)) cache.set(key, profiles[client]);
  return JSON.stringify(cache.get(key));
}, { name: 'profil_livraison', description: 'Adresse et consignes de livraison du client.', schema: z.object({ client: z.string() }) });
const suivi = tool(async ({ colis }) => JSON.stringify(colis === 'FR7731904522'
  ? { colis, statut: 'en cours de livraison', creneau: '13h-15h', tournee: 'LYO-3-T12' }
  : { colis, statut: 'en cours de livraison', creneau: '15h-17h', tournee: 'LYO-3-T12' }), {
  name: 'suivi_colis', description: 'Statut d\'un colis.', schema: z.object({ colis: z.string() }) });

const sys = (c) => new SystemMessage(`Assistant livraison ColiRhône. Client connecté : ${c}. Ne communiquez que les informations de ce client.`);

const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_a1', name: 'suivi_colis', args: { colis: 'FR7731904522' } }, { id: 'call_a2', name: 'profil_livraison', args: { client: 'CL-88410' } }] },
  { content: 'Votre colis FR7731904522 est en cours de livraison, créneau 13h-15h, au 14 rue des Tanneurs. Le livreur utilisera le digicode 4827B et le laissera chez la gardienne si vous êtes absente.' },
] });
await traced(agentGraph({ model: m1, tools: [profil, suivi], name: 'colirhone-livraison' }),
  { messages: [sys('CL-88410'), new HumanMessage('Bonjour, mon colis FR7731904522 arrive quand ? Et le livreur a bien mon digicode ?')] },
  { project: 'colirhone-support', metadata: { session_id: 'lvr-20250218-a91f', user_id: 'CL-88410' } });

advance(minutes(17), minutes(23));
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_b1', name: 'suivi_colis', args: { colis: 'FR7731911086' } }, { id: 'call_b2', name: 'profil_livraison', args: { client: 'CL-90177' } }] },
  { content: 'Votre colis FR7731911086 sera livré aujourd\'hui entre 15h et 17h au 14 rue des Tanneurs, 69003 Lyon (digicode 4827B). En cas d\'absence il sera laissé chez la gardienne. Pour toute modification, le livreur peut vous joindre au +33 6 12 48 90 33.' },
] });
await traced(agentGraph({ model: m2, tools: [profil, suivi], name: 'colirhone-livraison' }),
  { messages: [sys('CL-90177'), new HumanMessage('Salut, je voudrais savoir où et quand mon colis FR7731911086 sera livré, je ne suis pas sûr d\'avoir mis la bonne adresse.')] },
  { project: 'colirhone-support', metadata: { session_id: 'lvr-20250218-c07d', user_id: 'CL-90177' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
