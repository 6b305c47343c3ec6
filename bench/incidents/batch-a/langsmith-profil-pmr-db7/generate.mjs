// Rail travel assistant (French). Each visit is a fresh graph run: the conversation is not replayed, only
// the traveller profile is, through a profile service whose serializer keeps the fields of its v3 schema.
// The wheelchair assistance the traveller gave on the first visit is saved, comes back without it on the
// second visit, and the agent books without assistance.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-10-02T18:20:00Z', 12);

const V3_FIELDS = ['nom', 'carte_avantage', 'classe', 'placement', 'email'];
const profiles = new Map();
const enregistrerProfil = tool(async ({ client_id, profil }) => {
  const kept = Object.fromEntries(Object.entries(profil).filter(([k]) => V3_FIELDS.includes(k)));
  const version = (profiles.get(client_id)?.version ?? 6) + 1;
  profiles.set(client_id, { ...kept, version });
  return JSON.stringify({ ok: true, client_id, version });
}, { name: 'enregistrer_profil', description: 'Enregistre le profil voyageur (préférences, besoins) pour les prochaines réservations.',
  schema: z.object({ client_id: z.string(), profil: z.record(z.string(), z.string()) }) });

const lireProfil = tool(async ({ client_id }) => JSON.stringify({ client_id, ...profiles.get(client_id) }),
  { name: 'lire_profil', description: 'Lit le profil voyageur enregistré.', schema: z.object({ client_id: z.string() }) });

const chercherTrains = tool(async ({ origine, destination, date }) => JSON.stringify([
  { train: 'TGV INOUI 6611', depart: `${date}T07:56`, arrivee: `${date}T11:12`, prix_eur: 89, voiture_pmr: 14 },
  { train: 'TGV INOUI 6615', depart: `${date}T09:56`, arrivee: `${date}T13:14`, prix_eur: 74, voiture_pmr: 4 },
]), { name: 'chercher_trains', description: 'Cherche les trains entre deux gares à une date.',
  schema: z.object({ origine: z.string(), destination: z.string(), date: z.string() }) });

const reserver = tool(async (a) => JSON.stringify({ statut: 'CONFIRMEE', dossier: 'QZK7RM', ...a }),
  { name: 'reserver_billet', latency: [700, 1300], description: 'Réserve un billet. assistance: "aucune" ou le type d\'assistance Accès Plus à commander.',
    schema: z.object({ client_id: z.string(), train: z.string(), date: z.string(), classe: z.string(), voiture: z.number().optional(), assistance: z.string() }) });

const meta = { thread_id: 'conv-c-558203', user_id: 'client-558203' };
const sys = new SystemMessage('Tu es l\'assistant de réservation de RailVoyage. Lis le profil du client avant toute réservation et tiens compte de ses besoins.');

// Visit 1: the traveller gives their profile.
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_pf01', name: 'enregistrer_profil', args: { client_id: 'client-558203', profil: {
    nom: 'Hélène Marchal', carte_avantage: 'Avantage Senior', classe: '2', placement: 'couloir',
    assistance: 'fauteuil roulant manuel, Accès Plus à l\'embarquement et au débarquement', email: 'h.marchal@orange.fr' } } }] },
  { content: 'C\'est noté, Madame Marchal : carte Avantage Senior, 2de classe, place couloir, et l\'assistance Accès Plus pour votre fauteuil roulant sera commandée automatiquement à chaque réservation.' },
] });
await traced(agentGraph({ model: m1, tools: [enregistrerProfil, lireProfil, chercherTrains, reserver], name: 'railvoyage' }),
  { messages: [sys, new HumanMessage('Bonjour, je m\'appelle Hélène Marchal, carte Avantage Senior, 2de classe côté couloir. Je me déplace en fauteuil roulant manuel : il me faut l\'assistance Accès Plus à chaque trajet. Pouvez-vous l\'enregistrer ?')] },
  { project: 'railvoyage-assistant', metadata: meta });

advance(minutes(60 * 24 * 9 + 37));

// Visit 2, nine days later: only the profile is loaded.
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_pf02', name: 'lire_profil', args: { client_id: 'client-558203' } }] },
  { content: '', tool_calls: [{ id: 'call_tr01', name: 'chercher_trains', args: { origine: 'Lyon Part-Dieu', destination: 'Paris Gare de Lyon', date: '2026-10-16' } }] },
  { content: '', tool_calls: [{ id: 'call_rs01', name: 'reserver_billet', args: { client_id: 'client-558203', train: 'TGV INOUI 6615', date: '2026-10-16', classe: '2', voiture: 7, assistance: 'aucune' } }] },
  { content: 'Votre billet est confirmé (dossier QZK7RM) : TGV INOUI 6615 le 16 octobre, départ de Lyon Part-Dieu à 9h56, arrivée à Paris Gare de Lyon à 13h14, voiture 7 en 2de classe, place couloir, tarif Avantage Senior 74 €. Bon voyage !' },
] });
await traced(agentGraph({ model: m2, tools: [enregistrerProfil, lireProfil, chercherTrains, reserver], name: 'railvoyage' }),
  { messages: [sys, new HumanMessage('Bonjour, c\'est encore Mme Marchal. Un aller Lyon–Paris le vendredi 16 octobre en matinée, s\'il vous plaît.')] },
  { project: 'railvoyage-assistant', metadata: meta });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
