// Parcel-delivery support bot (French). Two customers on two conversations, an hour apart. The customer
// lookup keeps a process-wide cache of recent profiles to spare the CRM.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-18T09:02:37.000Z', 77);
const crm = {
  '0612345521': { client_id: 'CL-40127', nom: 'Claire Dubois', adresse: '3 place Kléber, 67000 Strasbourg', digicode: null },
  '0788905521': { client_id: 'CL-51890', nom: 'Mehdi Benali', adresse: '27 avenue de Colmar, 67100 Strasbourg', digicode: '1208' },
};
const cache = new Map();
const norm = (t) => t.replace(/\D/g, '').replace(/^33/, '0');
const trouver = tool(async ({ telephone }) => {
  const key = norm(telephone).slice(-4);
  if (cache.has(key)) return JSON.stringify({ ...cache.get(key), source: 'cache' });
  const p = crm[norm(telephone)];
  if (!p) return JSON.stringify({ erreur: 'client introuvable' });
  cache.set(key, { ...p });
  return JSON.stringify({ ...p, source: 'crm' });
}, { name: 'trouver_client', description: 'Retrouve le dossier client à partir du numéro de téléphone.',
  schema: z.object({ telephone: z.string() }) });
const majAdresse = tool(async ({ client_id, adresse, digicode }) => {
  for (const v of cache.values()) if (v.client_id === client_id) Object.assign(v, { adresse, digicode });
  return JSON.stringify({ ok: true, client_id, adresse, digicode });
}, { name: 'maj_adresse', description: 'Met à jour l’adresse de livraison par défaut du client.',
  schema: z.object({ client_id: z.string(), adresse: z.string(), digicode: z.string().nullable() }) });
const planifier = tool(async ({ colis, adresse, date }) => JSON.stringify({ colis, statut: 'RELIVRAISON_PLANIFIEE', adresse, date,
  creneau: '08:00-13:00', tournee: 'STR-E-14' }), { name: 'planifier_livraison', description: 'Planifie une nouvelle présentation du colis.',
  schema: z.object({ colis: z.string(), client_id: z.string(), adresse: z.string(), date: z.string() }) });
const sys = new SystemMessage('Tu es l’assistant SAV de Colipost Est. Vouvoie le client. Vérifie le dossier client avant toute action.');

const a = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_7dKp1e', name: 'trouver_client', args: { telephone: '06 12 34 55 21' } }] },
  { tool_calls: [{ id: 'call_Wm0aQ4', name: 'maj_adresse', args: { client_id: 'CL-40127', adresse: '12 rue des Tanneurs, 67000 Strasbourg', digicode: '4471B' } }] },
  { content: 'C’est fait, Madame Dubois : vos prochains colis seront livrés au 12 rue des Tanneurs, 67000 Strasbourg (digicode 4471B).' },
] });
await traced(agentGraph({ model: a, tools: [trouver, majAdresse, planifier], name: 'sav_colipost' }), { messages: [sys,
  new HumanMessage('Bonjour, je déménage ce week-end. Mon numéro : 06 12 34 55 21. Nouvelle adresse : 12 rue des Tanneurs, 67000 Strasbourg, digicode 4471B.')] },
  { project: 'colipost-sav', metadata: { session_id: 'conv_01JMBQ3S7A9XK2', user_id: 'tel:+33612345521' } });

advance(minutes(58), minutes(71));
const b = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_Zr5uB9', name: 'trouver_client', args: { telephone: '07 88 90 55 21' } }] },
  { tool_calls: [{ id: 'call_c3HjT0', name: 'planifier_livraison', args: { colis: 'CP882130471FR', client_id: 'CL-40127', adresse: '12 rue des Tanneurs, 67000 Strasbourg', date: '2025-02-19' } }] },
  { content: 'Bonjour ! Votre colis CP882130471FR sera présenté à nouveau demain 19 février entre 8h et 13h au 12 rue des Tanneurs, 67000 Strasbourg (digicode 4471B). Merci de votre patience.' },
] });
await traced(agentGraph({ model: b, tools: [trouver, majAdresse, planifier], name: 'sav_colipost' }), { messages: [sys,
  new HumanMessage('Bonjour, mon colis CP882130471FR n’a pas été livré hier, personne n’a sonné. Mon numéro c’est le 07 88 90 55 21. Vous pouvez le repasser demain ?')] },
  { project: 'colipost-sav', metadata: { session_id: 'conv_01JMBV8F2TQ6RM', user_id: 'tel:+33788905521' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
