// Mobile operator support (French). The web widget sends every anonymous visitor on the same landing
// page with the same conversation group id ("widget-offres-5g"); the app keeps one history per
// logged-in customer, so each run only carries its own customer's turns and tool results.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const LIGNES = {
  '06 12 48 77 30': { ligne: '06 12 48 77 30', titulaire: 'Amandine Rousseau', forfait: 'Série Free 5G 130 Go', conso_data_go: 127.4, hors_forfait_eur: 0, renouvellement: '2026-04-18' },
  '07 81 03 22 95': { ligne: '07 81 03 22 95', titulaire: 'Yanis Belkacem', forfait: 'Essentiel 20 Go', conso_data_go: 20.0, hors_forfait_eur: 6.99, renouvellement: '2026-04-09' },
};
const consulterLigne = tool({
  name: 'consulter_ligne', description: 'Consommation et forfait d\'une ligne mobile.',
  parameters: z.object({ msisdn: z.string() }),
  execute: async ({ msisdn }) => JSON.stringify(LIGNES[msisdn]),
});
const instructions = 'Tu es l\'assistant de Mobilis. Consulte toujours la ligne du client connecté avant de répondre. Réponds en français.';
const histories = new Map(); // per customer

async function turn(customer, msisdn, text, replies, seed) {
  const model = scriptedModel(replies, { seed });
  const agent = new Agent({ name: 'Assistant Mobilis', instructions, model, tools: [consulterLigne] });
  const runner = new Runner({ groupId: 'widget-offres-5g', workflowName: 'Assistance ligne',
    traceMetadata: { user_id: customer, msisdn } });
  const res = await runner.run(agent, [...(histories.get(customer) ?? []), user(text)]);
  histories.set(customer, res.history);
}

await turn('abo-3318842', '06 12 48 77 30', 'Bonjour, il me reste combien de data ce mois-ci ?', [
  { tool_calls: [{ name: 'consulter_ligne', args: { msisdn: '06 12 48 77 30' } }] },
  { content: 'Bonjour Amandine, vous avez utilisé 127,4 Go sur 130 Go : il vous reste environ 2,6 Go jusqu\'au renouvellement du 18 avril.' },
], 'mob-a1');
await turn('abo-5096127', '07 81 03 22 95', 'Pourquoi j\'ai 6,99 € de hors forfait ??', [
  { tool_calls: [{ name: 'consulter_ligne', args: { msisdn: '07 81 03 22 95' } }] },
  { content: 'Bonjour Yanis, vos 20 Go sont épuisés et une recharge de 6,99 € a été ajoutée hors forfait. Votre forfait se renouvelle le 9 avril ; vous pouvez aussi passer à une offre 130 Go si cela se reproduit.' },
], 'mob-b1');
await turn('abo-3318842', '06 12 48 77 30', 'Et si je dépasse, ça me coûtera quelque chose ?', [
  { tool_calls: [{ name: 'consulter_ligne', args: { msisdn: '06 12 48 77 30' } }] },
  { content: 'Pour l\'instant votre ligne n\'a aucun frais hors forfait (0 €), et il vous reste environ 2,6 Go jusqu\'au 18 avril. Je ne peux pas vous garantir le tarif d\'un dépassement : votre espace client, rubrique « Mon forfait », en donne le détail.' },
], 'mob-a2');

writeTrace(here, 'traces.jsonl');
