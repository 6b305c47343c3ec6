// Assistant « conseiller crédit » d'une banque de réseau (LangGraph + InMemoryStore pour la mémoire longue).
// Les notes de mémoire sont rangées sous l'espace de noms ['notes-client', agence_id] (configurable de l'agence).
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2027-03-15T08:47:02Z', 19);
const dir = here(import.meta.url);
const store = new InMemoryStore();
const ns = (config) => ['notes-client', config.configurable.agence_id];

const noter = tool(async ({ texte }, config) => {
  const key = `n-${Date.now().toString(36)}`;
  await store.put(ns(config), key, { texte, cree_le: new Date().toISOString() });
  return JSON.stringify({ statut: 'enregistré', cle: key });
}, { name: 'memoire_enregistrer', description: 'Enregistre une note durable sur la situation du client (revenus, charges, projet).',
  schema: z.object({ texte: z.string() }) });

const chercher = tool(async ({ requete }, config) => {
  const items = await store.search(ns(config), { limit: 5 });
  return JSON.stringify(items.map((i) => ({ cle: i.key, ...i.value })));
}, { name: 'memoire_rechercher', description: 'Retrouve les notes enregistrées lors des échanges précédents avec le client.',
  schema: z.object({ requete: z.string() }) });

const simuler = tool(async ({ revenu_net_mensuel, charges_mensuelles, duree_ans, taux_annuel }) => {
  const mensualite = Math.round((revenu_net_mensuel * 0.35 - charges_mensuelles) * 100) / 100;
  const r = taux_annuel / 100 / 12; const n = duree_ans * 12;
  const capital = Math.round(mensualite * (1 - Math.pow(1 + r, -n)) / r);
  return JSON.stringify({ taux_endettement_max: '35 %', mensualite_max: mensualite, duree_mois: n, taux_annuel, capital_empruntable: capital });
}, { name: 'simuler_capacite', description: "Calcule la capacité d'emprunt (règle HCSF 35 %).",
  schema: z.object({ revenu_net_mensuel: z.number(), charges_mensuelles: z.number(), duree_ans: z.number().int(), taux_annuel: z.number() }) });

const tools = [noter, chercher, simuler];
const system = new SystemMessage("Tu es l'assistant crédit immobilier de la Banque Rhône-Alpes Mutuelle. Consulte d'abord la mémoire du client "
  + '(memoire_rechercher), enregistre les éléments utiles (memoire_enregistrer), puis simule avec le taux indicatif du jour : 3,45 %.');
const configurable = { agence_id: 'AG-LYON-07' };

// Cliente 1 : Mme Faure
await traced(agentGraph({ tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_m1', name: 'memoire_rechercher', args: { requete: 'revenus charges projet immobilier' } }] },
  { tool_calls: [{ id: 'call_m2', name: 'memoire_enregistrer', args: { texte: 'Revenu net 4 850 €/mois ; crédit auto en cours 320 €/mois '
    + "jusqu'en 2029 ; projet : T3 à Villeurbanne, apport 40 000 €." } },
  { id: 'call_m3', name: 'simuler_capacite', args: { revenu_net_mensuel: 4850, charges_mensuelles: 320, duree_ans: 25, taux_annuel: 3.45 } }] },
  (msgs) => { const sim = JSON.parse(msgs[msgs.length - 1].content); return { content: `Avec 4 850 € nets par mois et 320 € de crédit auto, `
    + `votre mensualité maximale est de ${sim.mensualite_max.toLocaleString('fr-FR')} € ; sur 25 ans à 3,45 %, vous pouvez emprunter environ `
    + `${sim.capital_empruntable.toLocaleString('fr-FR')} €, auxquels s'ajoute votre apport de 40 000 €.` }; },
] }) }), { messages: [system, new HumanMessage("Bonjour, je suis Hélène Faure. Je voudrais savoir combien je peux emprunter pour un T3 à Villeurbanne. "
  + "Je gagne 4 850 € net par mois, j'ai un crédit auto de 320 €/mois jusqu'en 2029 et 40 000 € d'apport. Sur 25 ans.")] },
{ project: 'credit-immo-assistant', metadata: { thread_id: 'conv-7f3a1c2e', user_id: 'cli-0048817', agence: 'AG-LYON-07' }, configurable });

advance(minutes(60 * 26 + 12));
// Client 2 : M. Benali, même agence, le lendemain
await traced(agentGraph({ tools, model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_b1', name: 'memoire_rechercher', args: { requete: 'revenus charges simulation prêt immobilier' } }] },
  { tool_calls: [{ id: 'call_b2', name: 'simuler_capacite', args: { revenu_net_mensuel: 4850, charges_mensuelles: 320, duree_ans: 20, taux_annuel: 3.45 } }] },
  (msgs) => { const sim = JSON.parse(msgs[msgs.length - 1].content); return { content: "Oui, j'ai bien vos informations : revenu net de 4 850 €/mois "
    + `et crédit auto de 320 €/mois. Sur 20 ans à 3,45 %, votre mensualité maximale serait de ${sim.mensualite_max.toLocaleString('fr-FR')} € `
    + `et votre capacité d'emprunt d'environ ${sim.capital_empruntable.toLocaleString('fr-FR')} €, hors apport de 40 000 €.` }; },
] }) }), { messages: [system, new HumanMessage('Bonjour, Karim Benali. Je reviens vers vous pour ma simulation de prêt immobilier, cette fois sur 20 ans. '
  + 'Vous avez toujours mes infos ?')] },
{ project: 'credit-immo-assistant', metadata: { thread_id: 'conv-91be04d7', user_id: 'cli-0051290', agence: 'AG-LYON-07' }, configurable });

writeRuns(path.join(dir, 'runs.jsonl'));
