// Espace client d'un assureur (multirisque professionnelle) : un agent LangGraph consulte un
// contrat, simule une nouvelle franchise puis émet l'avenant au tour suivant. Les définitions
// d'outils données au modèle sont celles publiées par l'API avenants ; l'exécuteur est un client
// HTTP mince qui transmet les arguments tels quels. Modèle scripté, aucun réseau.
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('espace-client-pro', { 'deployment.environment': 'production', 'service.version': '2025.06.2' });

const CONTRAT = 'MRP-69-0048213';
const consulter = tool(async ({ numero_contrat }) => JSON.stringify({
  numero_contrat, souscripteur: 'SARL Boulangerie Vercors', site: '14 rue de Marseille, 69007 Lyon',
  formule: 'Multirisque Pro Commerce Alimentaire', taux_franchise: 0.05, franchise_min_eur: 380, franchise_max_eur: 7500,
  capital_mobilier_materiel_eur: 148000, prime_annuelle_ttc_eur: 1284.0, echeance_principale: '2026-01-01',
}), {
  name: 'consulter_contrat', description: 'Lit les garanties et conditions d\'un contrat.',
  schema: z.object({ numero_contrat: z.string() }),
});
const simuler = tool(async ({ numero_contrat, taux_franchise }) => JSON.stringify({
  numero_contrat, taux_franchise, franchise_min_eur: 380, franchise_max_eur: 15000,
  prime_annuelle_ttc_eur: taux_franchise === 0.1 ? 1152.0 : 1284.0, ecart_eur: taux_franchise === 0.1 ? -132.0 : 0,
  validite_simulation: '2025-06-30',
}), {
  name: 'simuler_prime', description: 'Simule la prime annuelle pour un autre taux de franchise.',
  schema: z.object({ numero_contrat: z.string(), taux_franchise: z.number() }),
});
const emettre = tool(async ({ numero_contrat, taux_franchise, date_effet, motif }) => JSON.stringify({
  avenant: 'AV-2025-07731', statut: 'émis', numero_contrat, date_effet,
  modifications: [{ champ: 'taux_franchise', avant: 0.05, apres: taux_franchise }], motif,
  document: 'https://espace-pro.example-assur.fr/docs/AV-2025-07731.pdf',
}), {
  name: 'emettre_avenant', description: 'Émet un avenant au contrat.',
  schema: z.object({ numero_contrat: z.string(), taux_franchise: z.number(), date_effet: z.string(), motif: z.string() }),
});

// Schemas as published by the avenants API (what the model is given).
const tauxDecl = z.number().min(0).max(1).describe('Taux de franchise en fraction du montant du sinistre (0.05 = 5 %).');
const declared = [
  { type: 'function', function: { name: 'consulter_contrat', description: 'Lit les garanties et conditions d\'un contrat.',
    parameters: { type: 'object', properties: { numero_contrat: { type: 'string', pattern: '^MRP-[0-9]{2}-[0-9]{7}$' } }, required: ['numero_contrat'], additionalProperties: false } } },
  { type: 'function', function: { name: 'simuler_prime', description: 'Simule la prime annuelle pour un autre taux de franchise.',
    parameters: { type: 'object', properties: { numero_contrat: { type: 'string', pattern: '^MRP-[0-9]{2}-[0-9]{7}$' },
      taux_franchise: { type: 'number', minimum: 0, maximum: 1, description: tauxDecl.description } }, required: ['numero_contrat', 'taux_franchise'], additionalProperties: false } } },
  { type: 'function', function: { name: 'emettre_avenant', description: 'Émet un avenant au contrat.',
    parameters: { type: 'object', properties: { numero_contrat: { type: 'string', pattern: '^MRP-[0-9]{2}-[0-9]{7}$' },
      taux_franchise: { type: 'number', minimum: 0, maximum: 1, description: tauxDecl.description },
      date_effet: { type: 'string', format: 'date' }, motif: { type: 'string' } },
      required: ['numero_contrat', 'taux_franchise', 'date_effet', 'motif'], additionalProperties: false } } },
];

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'consulter_contrat', args: { numero_contrat: CONTRAT } }] },
  { tool_calls: [{ name: 'simuler_prime', args: { numero_contrat: CONTRAT, taux_franchise: 0.1 } }] },
  { content: 'Votre contrat MRP-69-0048213 prévoit aujourd\'hui une franchise de 5 % du sinistre (minimum 380 €, maximum 7 500 €) pour une prime annuelle de 1 284,00 € TTC. Avec une franchise de 10 %, la prime passerait à 1 152,00 € TTC, soit 132,00 € d\'économie par an ; le plafond de franchise monterait à 15 000 €. Souhaitez-vous que j\'émette l\'avenant ?' },
  { tool_calls: [{ name: 'emettre_avenant', args: { numero_contrat: CONTRAT, taux_franchise: 10, date_effet: '2025-07-01', motif: 'Demande du souscripteur : franchise portée à 10 % pour réduire la prime' } }] },
  { content: 'C\'est fait : l\'avenant AV-2025-07731 a été émis sur le contrat MRP-69-0048213. À compter du 1er juillet 2025, la franchise passe à 10 % et votre prime annuelle à 1 152,00 € TTC. Le document est disponible dans votre espace : https://espace-pro.example-assur.fr/docs/AV-2025-07731.pdf' },
] });
const app = await reactGraph({ model, tools: [consulter, simuler, emettre], modelTools: declared, checkpointer: new MemorySaver(), name: 'conseiller-pro' });

const cfg = { configurable: { thread_id: 'conv-7f3a91c2-lyon' }, metadata: { session_id: 'conv-7f3a91c2-lyon' } };
const user = { userId: 'souscripteur-558120' };
await t.turn(user, () => app.invoke({ messages: [
  new SystemMessage('Tu es le conseiller virtuel de l\'espace client professionnel. Tu consultes les contrats, simules et émets les avenants demandés par le souscripteur.'),
  new HumanMessage('Bonjour, pour le contrat MRP-69-0048213, combien je paierais si je passais la franchise de 5 % à 10 % ?'),
] }, cfg));
await t.turn(user, () => app.invoke({ messages: [
  new HumanMessage('Oui, allez-y, 10 % à partir du 1er juillet s\'il vous plaît.'),
] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
