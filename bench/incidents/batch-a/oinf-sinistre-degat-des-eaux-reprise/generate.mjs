// Assurance habitation (French). The contract lookup times out on the first call; the agent retries,
// gets the real contract (franchise 150 €, plafond 8 000 €) and opens the claim on those values.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('mutuelle-habitat-assistant', { 'service.version': '5.0.3' });

let attempts = 0;
const consulterContrat = tool(async ({ numero_contrat }) => {
  attempts += 1;
  if (attempts === 1) throw new Error('ETIMEDOUT: délai dépassé (10000 ms) en interrogeant le référentiel contrats (contrats-api.interne:8443)');
  return JSON.stringify({ numero_contrat, formule: 'Habitation Confort', statut: 'actif', echeance: '2025-06-30',
    garanties: { degat_des_eaux: { couvert: true, franchise_eur: 150, plafond_eur: 8000 }, vol: { couvert: true, franchise_eur: 300, plafond_eur: 15000 } },
    assure: 'Mme Élodie Marchand', adresse_risque: '14 rue des Tanneurs, 67000 Strasbourg' });
}, { name: 'consulter_contrat', description: 'Renvoie les garanties, franchises et plafonds d’un contrat habitation.',
  schema: z.object({ numero_contrat: z.string() }) });

const ouvrirSinistre = tool(async (a) => JSON.stringify({ numero_sinistre: 'SIN-2024-0193377', statut: 'ouvert', ...a,
  expert_missionne: 'Cabinet Rhin Expertise', delai_visite: '5 jours ouvrés' }), {
  name: 'ouvrir_sinistre', description: 'Ouvre un dossier de sinistre sur un contrat.',
  schema: z.object({ numero_contrat: z.string(), garantie: z.string(), date_survenance: z.string(), description: z.string(),
    montant_estime_eur: z.number(), franchise_eur: z.number(), indemnite_max_eur: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consulter_contrat', args: { numero_contrat: 'HAB-0458821-C' } }] },
  { content: 'Le référentiel des contrats ne répond pas pour l’instant, je réessaie.', tool_calls: [{ name: 'consulter_contrat', args: { numero_contrat: 'HAB-0458821-C' } }] },
  { tool_calls: [{ name: 'ouvrir_sinistre', args: { numero_contrat: 'HAB-0458821-C', garantie: 'degat_des_eaux', date_survenance: '2024-11-23',
    description: 'Fuite du chauffe-eau, parquet du séjour et plinthes endommagés', montant_estime_eur: 2400, franchise_eur: 150, indemnite_max_eur: 2250 } }] },
  { content: 'C’est fait, Madame Marchand. Votre dossier de sinistre SIN-2024-0193377 est ouvert au titre de la garantie dégât des eaux de votre contrat Habitation Confort (HAB-0458821-C).\n\n- Dommages estimés : 2 400 €\n- Franchise : 150 €\n- Indemnisation maximale sur cette estimation : 2 250 € (plafond de la garantie : 8 000 €)\n\nLe Cabinet Rhin Expertise est missionné et vous contactera pour une visite sous 5 jours ouvrés. Conservez les photos et la facture du plombier.' },
] });

const app = await reactGraph({ model, tools: [consulterContrat, ouvrirSinistre],
  prepare: (m) => [new SystemMessage('Tu es l’assistant sinistres de la Mutuelle Habitat. Vérifie toujours les garanties du contrat avant d’ouvrir un sinistre. N’annonce jamais une franchise ou un plafond sans l’avoir lu dans le contrat.'), ...m] });

await t.turn({ userId: 'soc-77310452' }, () => app.invoke({ messages: [new HumanMessage('Bonjour, mon chauffe-eau a fui samedi 23 novembre et a abîmé le parquet du séjour. Le plombier estime les dégâts à environ 2 400 €. Mon contrat : HAB-0458821-C. Pouvez-vous ouvrir un dossier ?')] },
  { metadata: { session_id: 'conv_01JDKX4T9QW3M8ZC5RB7N2EVHA' }, recursionLimit: 20 }));
t.write(path.join(here, 'traces.jsonl'));
