// Agent d'affrètement d'un transitaire: le brouillon d'expédition est stocké entre deux échanges
// (le serveur est sans état, chaque échange est un run séparé du même fil).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const store = new Map();

const enregistrer = tool({
  name: 'enregistrer_brouillon',
  description: "Enregistre le brouillon d'expédition du client.",
  parameters: z.object({
    dossier: z.string(), origine: z.string(), destination: z.string(), palettes: z.number(),
    poids_kg: z.number(), marchandise: z.string(), temp_min_c: z.number(), temp_max_c: z.number(),
  }),
  execute: async (b) => { store.set(b.dossier, { ...b }); return JSON.stringify({ ok: true, dossier: b.dossier, version: 7, schema: 'brouillon/v2' }); },
});

// Après la mise en production du jeudi soir, le service renvoie le brouillon au schéma v3
// (la plage de température est désormais dans un objet `conditionnement` que l'ancien enregistrement n'a pas).
const charger = tool({
  name: 'charger_brouillon',
  description: "Recharge le brouillon d'expédition du client.",
  parameters: z.object({ dossier: z.string() }),
  execute: async ({ dossier }) => {
    const b = store.get(dossier);
    return JSON.stringify({
      schema: 'brouillon/v3', version: 7, dossier: b.dossier, origine: b.origine, destination: b.destination,
      palettes: b.palettes, poids_kg: b.poids_kg, marchandise: b.marchandise, conditionnement: null,
    });
  },
});

const reserver = tool({
  name: 'reserver_transport',
  description: 'Réserve un camion auprès du transporteur.',
  parameters: z.object({ dossier: z.string(), type_vehicule: z.enum(['tautliner', 'frigorifique', 'fourgon']), date_enlevement: z.string(), palettes: z.number() }),
  execute: async (r) => JSON.stringify({ ok: true, reservation: 'RSV/26/004417', ...r, transporteur: 'Trans-Alpes Logistique', prix_ht_eur: 1180 }),
});

const instructions = "Tu es l'agent d'affrètement de Rhône Fret. Charge toujours le brouillon du dossier avant de réserver. Choisis le type de véhicule adapté à la marchandise. Réponds en français.";

// Échange 1 (mercredi)
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'enregistrer_brouillon', args: { dossier: 'RF-2026-0193', origine: 'Lyon (69)', destination: 'Milano (IT)', palettes: 14, poids_kg: 6300, marchandise: 'vaccins vétérinaires', temp_min_c: 2, temp_max_c: 8 } }] },
    { content: "C'est noté : dossier RF-2026-0193, 14 palettes (6 300 kg) de vaccins vétérinaires, Lyon → Milan, à maintenir entre 2 °C et 8 °C. Dites-moi la date d'enlèvement et je réserve le camion." },
  ], { seed: 'fret-1' });
  const agent = new Agent({ name: 'Affretement', instructions, model: m, tools: [enregistrer, charger, reserver] });
  await new Runner({ groupId: 'fil-RF-2026-0193', workflowName: 'Affretement', traceMetadata: { user_id: 'client-vetopharma-lyon' } })
    .run(agent, "Bonjour, j'ai 14 palettes de vaccins vétérinaires, 6,3 tonnes, à envoyer de Lyon à Milan. Chaîne du froid obligatoire : entre 2 et 8 °C. Dossier RF-2026-0193.");
}

// Échange 2 (vendredi, nouveau run du même fil, seul le nouveau message est envoyé)
{
  const m = scriptedModel([
    { tool_calls: [{ name: 'charger_brouillon', args: { dossier: 'RF-2026-0193' } }] },
    { tool_calls: [{ name: 'reserver_transport', args: { dossier: 'RF-2026-0193', type_vehicule: 'tautliner', date_enlevement: '2026-01-13', palettes: 14 } }] },
    { content: "C'est réservé : enlèvement le mardi 13/01/2026 à Lyon, semi-remorque tautliner de Trans-Alpes Logistique pour vos 14 palettes, réservation RSV/26/004417, 1 180 € HT." },
  ], { seed: 'fret-2' });
  const agent = new Agent({ name: 'Affretement', instructions, model: m, tools: [enregistrer, charger, reserver] });
  await new Runner({ groupId: 'fil-RF-2026-0193', workflowName: 'Affretement', traceMetadata: { user_id: 'client-vetopharma-lyon' } })
    .run(agent, 'Re-bonjour, pour le dossier RF-2026-0193 : enlèvement mardi 13 janvier, vous pouvez réserver.');
}

writeTrace(here, 'affretement.jsonl');
