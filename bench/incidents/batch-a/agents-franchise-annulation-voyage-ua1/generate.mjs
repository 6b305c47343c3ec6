// Conseiller assurance voyage (OpenAI Agents SDK, modèle factice scripté, hors ligne).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const contratAssure = tool({
  name: 'contrat_assure',
  description: "Renvoie le contrat actif d'un assuré.",
  parameters: z.object({ num_adherent: z.string() }),
  execute: async ({ num_adherent }) => JSON.stringify({
    num_adherent, contrat: 'AVP-SERENITE-2025', formule: 'Sérénité', voyage: { destination: 'Lisbonne', depart: '2026-03-07', montant_ttc: 1840 },
  }),
});

const rechercheGaranties = tool({
  name: 'recherche_garanties',
  description: 'Recherche sémantique dans les conditions générales et particulières du contrat (base documentaire).',
  parameters: z.object({ contrat: z.string(), requete: z.string(), k: z.number() }),
  execute: async ({ contrat, requete, k }) => {
    if (/franchise/i.test(requete)) return JSON.stringify({
      contrat, requete, k, total: 1, passages: [
        { doc: 'CG-AVP-2025 §7.2', score: 0.41, texte: 'Bagages et effets personnels : indemnisation plafonnée à 1 500 € par assuré, déduction faite d\'une franchise de 30 € par sinistre.' },
      ] });
    return JSON.stringify({ contrat, requete, k, total: 0, passages: [] });
  },
});

const model = scriptedModel([
  { tool_calls: [{ name: 'contrat_assure', args: { num_adherent: 'ADH-0588124' } }] },
  { tool_calls: [{ name: 'recherche_garanties', args: { contrat: 'AVP-SERENITE-2025', requete: "annulation voyage maladie enfant conditions remboursement", k: 5 } }] },
  { tool_calls: [{ name: 'recherche_garanties', args: { contrat: 'AVP-SERENITE-2025', requete: 'franchise annulation', k: 5 } }] },
  { content: "Bonne nouvelle : votre formule Sérénité couvre l'annulation pour maladie d'un enfant à charge, sur présentation d'un certificat médical. "
      + "Une franchise de 75 € par personne s'applique, puis le remboursement est de 90 % du montant du voyage, soit environ 1 580 € sur vos 1 840 €. "
      + "Vous devez déclarer l'annulation dans les 5 jours ouvrés et le versement intervient sous 15 jours après réception du dossier complet." },
], { seed: 'voyage-ua1' });

const agent = new Agent({
  name: 'ConseillerSinistres',
  instructions: "Tu es conseiller de l'assistance voyage Azur Mutuelle. Réponds uniquement à partir du contrat de l'assuré et des conditions "
    + 'trouvées par recherche_garanties. Réponds en français.',
  model,
  tools: [contratAssure, rechercheGaranties],
});

await new Runner({ groupId: 'conv-5d81e2c0', workflowName: 'Espace assuré - chat', traceMetadata: { user_id: 'ADH-0588124' } })
  .run(agent, "Bonjour, ma fille a une angine avec forte fièvre, on doit sûrement annuler Lisbonne le 7 mars. "
    + "Est-ce que je suis remboursée, combien et sous quel délai ? Mon numéro d'adhérent est ADH-0588124.");

writeTrace(here, 'trace.jsonl');
