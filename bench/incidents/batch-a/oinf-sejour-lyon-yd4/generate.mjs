// Agent de réservation d'une agence de voyages (LangGraph.js + OpenInference). Chaque échange est un
// app.invoke séparé dans la même session ; la mémoire d'un échange à l'autre est le profil voyageur
// enregistré par l'outil enregistrer_profil et relu par charger_profil.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('voyages-agent', { 'deployment.environment': 'prod', 'service.version': '4.2.0' });

// Stockage du profil : la v4.2.0 lit le profil avec le nouveau schéma (v2) ; les profils écrits par
// l'ancien code (champ "accessibilite") ne sont pas migrés.
const store = new Map();
let readerSchema = 1;
const enregistrerProfil = tool(async ({ voyageur, accessibilite, preferences }) => {
  store.set(voyageur, { voyageur, accessibilite, preferences, schema_version: 1 });
  return JSON.stringify({ ok: true, profil: store.get(voyageur) });
}, {
  name: 'enregistrer_profil', description: 'Enregistre le profil du voyageur pour la suite de la demande.',
  schema: z.object({ voyageur: z.string(), accessibilite: z.string().optional(), preferences: z.array(z.string()).optional() }),
});
const chargerProfil = tool(async ({ voyageur }) => {
  const p = store.get(voyageur) ?? {};
  if (readerSchema === 1) return JSON.stringify(p);
  return JSON.stringify({ voyageur: p.voyageur, schema_version: 2, besoins_specifiques: p.besoins_specifiques ?? [], preferences: p.preferences ?? [] });
}, {
  name: 'charger_profil', description: 'Relit le profil du voyageur.',
  schema: z.object({ voyageur: z.string() }),
});
const chercherHotels = tool(async ({ ville, arrivee, depart }) => JSON.stringify({ ville, arrivee, depart, offres: [
  { code: 'LYS-CROIX-118', hotel: 'Hôtel des Canuts ***', chambre: 'Double supérieure, 3e étage', ascenseur: false, prix_nuit_eur: 112 },
  { code: 'LYS-PART-402', hotel: 'Novotel Lyon Part-Dieu ****', chambre: 'Chambre PMR, douche à l\'italienne', ascenseur: true, prix_nuit_eur: 139 },
] }), {
  name: 'chercher_hotels', description: 'Recherche de disponibilités hôtelières.',
  schema: z.object({ ville: z.string(), arrivee: z.string(), depart: z.string() }),
});
const reserverHotel = tool(async ({ code_offre, voyageur, nuits }) => JSON.stringify({
  statut: 'confirmée', dossier: 'VGA-5K2Q9M', code_offre, voyageur, nuits, annulation: 'non remboursable' }), {
  name: 'reserver_hotel', description: 'Réserve une offre (tarif non remboursable).',
  schema: z.object({ code_offre: z.string(), voyageur: z.string(), nuits: z.number().int() }),
});
const tools = [enregistrerProfil, chargerProfil, chercherHotels, reserverHotel];
const prepare = (messages) => [new SystemMessage('Vous êtes l\'agent de réservation de Voyages Garonne. Relisez toujours le profil du voyageur avant de réserver et respectez ses besoins.'), ...messages];
const cfg = { configurable: { thread_id: 'dossier-GAR-20250611-0193' }, metadata: { thread_id: 'dossier-GAR-20250611-0193', user_id: 'cli-004417' } };

// Échange 1 (ancienne version du service)
const m1 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'enregistrer_profil', args: { voyageur: 'Hélène Marchetti', accessibilite: 'fauteuil roulant – chambre PMR obligatoire, pas d\'escalier', preferences: ['non-fumeur', 'proche gare Part-Dieu'] } }] },
  { content: 'C\'est noté, Madame Marchetti : chambre accessible PMR, sans escalier, non-fumeur, près de Part-Dieu. Je reviens vers vous dès que vous me confirmez les dates.' },
] });
const app1 = await reactGraph({ model: m1, tools, prepare });
await t.turn({ userId: 'cli-004417' }, () => app1.invoke({ messages: [new HumanMessage(
  'Bonjour, je dois aller à Lyon pour un congrès. Je me déplace en fauteuil roulant, il me faut absolument une chambre PMR sans marches. Non-fumeur, si possible près de Part-Dieu. Je vous redonne les dates plus tard.')] }, cfg));

// Déploiement 4.2.0 entre les deux échanges : le profil est relu avec le schéma v2.
readerSchema = 2;

// Échange 2
const m2 = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'charger_profil', args: { voyageur: 'Hélène Marchetti' } }] },
  { tool_calls: [{ name: 'chercher_hotels', args: { ville: 'Lyon', arrivee: '2025-06-17', depart: '2025-06-19' } }] },
  { tool_calls: [{ name: 'reserver_hotel', args: { code_offre: 'LYS-CROIX-118', voyageur: 'Hélène Marchetti', nuits: 2 } }] },
  { content: 'Votre séjour est réservé : Hôtel des Canuts ***, double supérieure, du 17 au 19 juin (2 nuits, 112 € la nuit), dossier VGA-5K2Q9M. C\'était l\'offre la moins chère, non-fumeur. Bon congrès !' },
] });
const app2 = await reactGraph({ model: m2, tools, prepare });
await t.turn({ userId: 'cli-004417' }, () => app2.invoke({ messages: [new HumanMessage(
  'Re-bonjour, c\'est Mme Marchetti : ce sera du 17 au 19 juin. Réservez ce qui convient, je vous fais confiance.')] }, cfg));

t.write(path.join(here, 'traces.otlp.jsonl'));
