// Traiteur lyonnais : un assistant de commande de buffets, conversation en plusieurs tours.
// L'application garde l'historique de la conversation entre les tours et ne renvoie au modèle que
// les deux derniers tours (fenêtre glissante). Hors ligne : le modèle est un faux endpoint scripté.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace, user } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const verifierCreneau = tool({
  name: 'verifier_creneau',
  description: 'Vérifie qu’un créneau de livraison est libre pour une date, une heure et un code postal.',
  parameters: z.object({ date: z.string(), heure: z.string(), code_postal: z.string() }),
  execute: async ({ date, heure, code_postal }) => JSON.stringify({
    disponible: true, date, fenetre: '11:45-12:15', code_postal, livreur: 'tournée Presqu’île B' }),
});

const listerFormules = tool({
  name: 'lister_formules',
  description: 'Liste les formules buffet disponibles pour une date et un nombre de convives, avec un devis.',
  parameters: z.object({ date: z.string(), convives: z.number().int() }),
  execute: async ({ date, convives }) => JSON.stringify({
    devis: 'DV-25-0419', date, convives, livraison: '12:00, 14 rue des Tanneurs 69002 Lyon',
    formules: [
      { code: 'AUTOMNE', prix_ttc_par_personne: 24.5,
        contenu: 'mini-quiches poireau-chèvre, wraps poulet-curry, salade lentilles-betterave, tartelettes noix de pécan-caramel',
        allergenes: ['gluten', 'lait', 'oeuf', 'fruits à coque'] },
      { code: 'BISTROT', prix_ttc_par_personne: 27.9,
        contenu: 'croque-monsieur mini, quiche lorraine, salade de pommes de terre, tarte au citron meringuée',
        allergenes: ['gluten', 'lait', 'oeuf'] },
      { code: 'VEGE', prix_ttc_par_personne: 22.0,
        contenu: 'focaccia pesto, falafels, taboulé, brownie',
        allergenes: ['gluten', 'sésame', 'fruits à coque', 'oeuf'] },
    ],
  }),
});

const passerCommande = tool({
  name: 'passer_commande',
  description: 'Transforme un devis en commande ferme. allergenes_exclus : liste des allergènes à exclure de la préparation.',
  parameters: z.object({ devis: z.string(), formule: z.string(), convives: z.number().int(), allergenes_exclus: z.array(z.string()) }),
  execute: async ({ devis, formule, convives, allergenes_exclus }) => JSON.stringify({
    commande: 'CMD-LY-058812', devis, formule, convives, allergenes_exclus,
    total_ttc: '563,50 €', statut: 'confirmée', fiche_cuisine: 'imprimée (production J-1)' }),
});

const model = scriptedModel([
  // tour 1
  { tool_calls: [{ name: 'verifier_creneau', args: { date: '2025-05-22', heure: '12:00', code_postal: '69002' } }] },
  { content: 'Bonjour ! Bonne nouvelle, nous pouvons livrer le jeudi 22 mai entre 11h45 et 12h15 au 14 rue des Tanneurs. C’est bien noté : aucun fruit à coque (noix, noisettes, amandes, pistaches) pour votre équipe. Souhaitez-vous que je vous présente nos formules ?' },
  // tour 2
  { tool_calls: [{ name: 'lister_formules', args: { date: '2025-05-22', convives: 23 } }] },
  { content: 'Pour vos 23 convives le jeudi 22 mai (devis DV-25-0419), voici nos trois formules :\n- Automne, 24,50 € / pers. : mini-quiches poireau-chèvre, wraps poulet-curry, salade lentilles-betterave, tartelettes noix de pécan-caramel\n- Bistrot, 27,90 € / pers. : mini croque-monsieur, quiche lorraine, salade de pommes de terre, tarte au citron meringuée\n- Végé, 22,00 € / pers. : focaccia pesto, falafels, taboulé, brownie\nLaquelle vous tente ?' },
  // tour 3
  { content: 'Avec un budget de 600 € TTC pour 23 personnes :\n- Automne : 23 × 24,50 € = 563,50 € ✔\n- Bistrot : 23 × 27,90 € = 641,70 € ✘ (au-dessus du budget)\n- Végé : 23 × 22,00 € = 506,00 € ✔\nAutomne et Végé rentrent dans le budget.' },
  // tour 4
  { tool_calls: [{ name: 'passer_commande', args: { devis: 'DV-25-0419', formule: 'AUTOMNE', convives: 23, allergenes_exclus: [] } }] },
  { content: 'C’est validé ! Commande CMD-LY-058812 : formule Automne pour 23 personnes, livraison le jeudi 22 mai à 12h au 14 rue des Tanneurs. Total 563,50 € TTC, la facture vous sera envoyée après la livraison. Bon pot de départ !' },
], { seed: 'traiteur-conv-b7f29d' });

const agent = new Agent({
  name: 'Assistant commandes',
  instructions: 'Tu es l’assistant de commande des Buffets de la Saône, traiteur à Lyon. Tu aides les entreprises à choisir et commander un buffet. Vouvoie le client. Avant toute commande ferme, vérifie la formule et les contraintes du client.',
  model, tools: [verifierCreneau, listerFormules, passerCommande],
});

const runner = new Runner({ groupId: 'traiteur-conv-b7f29d', workflowName: 'Commande buffet', traceMetadata: { user_id: 'cli-ent-20931', societe: 'Cabinet Rivoire & Associés' } });

// Historique conservé côté application ; seuls les 2 derniers tours repartent au modèle.
const tours = [];
const FENETRE = 2;
async function tour(message) {
  const contexte = tours.slice(-FENETRE).flat();
  const res = await runner.run(agent, [...contexte, user(message)]);
  tours.push([user(message), ...res.newItems.map((i) => i.rawItem)]);
  return res;
}

await tour('Bonjour, je voudrais commander un buffet pour le pot de départ d’une collègue, jeudi 22 mai, 23 personnes, livraison à 12h au 14 rue des Tanneurs, Lyon 2e. Attention : deux personnes sont allergiques aux fruits à coque, donc rien avec noix, noisettes, amandes ou pistaches s’il vous plaît.');
await tour('Oui, quelles formules proposez-vous ?');
await tour('Notre budget est de 600 € TTC maximum. Lesquelles rentrent dedans ?');
await tour('Parfait, on part sur la formule Automne. Vous pouvez valider la commande ?');

writeTrace(here, 'commande-buffet.jsonl');
