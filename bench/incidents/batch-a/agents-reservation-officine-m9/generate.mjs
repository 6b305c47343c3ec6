// Assistant de réservation de médicaments d'un réseau de pharmacies (Paris 11e). OpenAI Agents SDK
// (JS) et modèle factice scripté : aucun réseau, aucune clé.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let appelsStock = 0;
const stocks = {
  'PH-0751123': { nom: 'Pharmacie du Marché Popincourt', quantite_disponible: 0, maj: '2026-03-12T10:41:07+01:00', prochaine_livraison: '2026-03-13T08:30:00+01:00' },
  'PH-0751140': { nom: 'Pharmacie Parmentier', quantite_disponible: 9, maj: '2026-03-12T10:39:52+01:00', prochaine_livraison: '2026-03-14T08:30:00+01:00' },
};
const verifierStock = tool({
  name: 'verifier_stock',
  description: "Stock d'un médicament (code CIP13) dans une officine, lu dans son logiciel de gestion.",
  parameters: z.object({ cip13: z.string(), officine: z.string() }),
  errorFunction: (_ctx, err) => `Erreur: ${err.message}`,
  execute: async ({ cip13, officine }) => {
    appelsStock += 1;
    if (appelsStock === 1) throw new Error('ETIMEDOUT passerelle LGO: aucune réponse de PH-0751123 après 8000 ms');
    return JSON.stringify({ officine, cip13, ...stocks[officine] });
  },
});

const officinesProches = tool({
  name: 'officines_proches',
  description: 'Officines du réseau ouvertes autour d\'une officine donnée.',
  parameters: z.object({ officine: z.string(), rayon_m: z.number().int() }),
  execute: async () => JSON.stringify([
    { officine: 'PH-0751140', nom: 'Pharmacie Parmentier', adresse: '96 avenue Parmentier, 75011 Paris', distance_m: 450, fermeture: '20:00' },
    { officine: 'PH-0751102', nom: 'Grande Pharmacie Voltaire', adresse: '142 boulevard Voltaire, 75011 Paris', distance_m: 720, fermeture: '19:30' },
  ]),
});

const reserver = tool({
  name: 'reserver',
  description: 'Réserve un médicament sur ordonnance pour retrait en officine.',
  parameters: z.object({ cip13: z.string(), officine: z.string(), quantite: z.number().int(), ordonnance: z.string(), patient: z.string() }),
  execute: async ({ officine, quantite, ordonnance }) => JSON.stringify({
    reservation: 'RSV-8K2-5531', officine, quantite, ordonnance, statut: 'confirmee', retrait_avant: '2026-03-12T20:00:00+01:00',
    a_presenter: ['ordonnance originale', 'carte Vitale'] }),
});

const CIP = '3400935977265';
const model = scriptedModel([
  { tool_calls: [{ name: 'verifier_stock', args: { cip13: CIP, officine: 'PH-0751123' } }] },
  { tool_calls: [{ name: 'verifier_stock', args: { cip13: CIP, officine: 'PH-0751123' } }] },
  { tool_calls: [{ name: 'officines_proches', args: { officine: 'PH-0751123', rayon_m: 800 } }] },
  { tool_calls: [{ name: 'verifier_stock', args: { cip13: CIP, officine: 'PH-0751140' } }] },
  { content:
    "La Pharmacie du Marché Popincourt n'a plus d'amoxicilline 1 g en stock (0 boîte au pointage de 10h41) ; la prochaine livraison est prévue demain matin vers 8h30.\n\n" +
    "La Pharmacie Parmentier, à 450 m (96 avenue Parmentier), en a 9 boîtes et ferme à 20h. Voulez-vous que je réserve là-bas pour un retrait ce soir vers 18h ?" },
  { tool_calls: [{ name: 'reserver', args: { cip13: CIP, officine: 'PH-0751140', quantite: 1, ordonnance: 'ORD-75-2026-118734', patient: 'fr-88213' } }] },
  { content:
    "C'est réservé : 1 boîte d'amoxicilline 1 g à la Pharmacie Parmentier, 96 avenue Parmentier (réservation RSV-8K2-5531). " +
    "Retrait possible jusqu'à 20h aujourd'hui ; pensez à apporter l'ordonnance originale et la carte Vitale." },
], { seed: 'officine-m9' });

const agent = new Agent({
  name: 'Assistant réservation',
  instructions: "Tu aides les patients du réseau à réserver leurs médicaments sur ordonnance. Vérifie toujours le stock avant de réserver ; si l'officine habituelle n'en a pas, propose une officine proche et demande l'accord du patient. Réponds en français.",
  model,
  tools: [verifierStock, officinesProches, reserver],
});

const runner = new Runner({
  groupId: 'conv_01JP4ZK7M3QX8E2B6R9T0VHW5N',
  workflowName: 'reservation-ordonnance',
  traceMetadata: { user_id: 'patient:fr-88213', canal: 'app-mobile' },
});
const r1 = await runner.run(agent, "Bonjour, j'ai une ordonnance d'amoxicilline 1 g pour ma fille (ordonnance ORD-75-2026-118734). Vous pouvez la réserver à la Pharmacie du Marché Popincourt ? Je passe vers 18h.");
await runner.run(agent, [...r1.history, user('Oui, Parmentier ça me va, merci.')]);

writeTrace(here, 'trace.jsonl');
