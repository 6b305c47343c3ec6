// Parcel-tracking assistant (French). One process serves two customers one after the other.
// The assistant keeps "mémo de livraison" notes that it puts in front of the next conversation.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('colis-assistant', { 'service.version': '1.9.3', 'host.name': 'colis-api-3' });
const SYSTEM = 'Vous êtes l’assistant de suivi de colis. Répondez en français, brièvement.';
let memo = null; // last delivery note written by the assistant

const suivre = tool(async ({ numero }) => {
  if (numero === 'FR8841027735') return JSON.stringify({ numero, statut: 'en cours de livraison', creneau: '14h-16h', adresse: '7 impasse des Glycines, 69005 Lyon', destinataire: 'M. Karim Benali', code_porte: 'B2417' });
  return JSON.stringify({ numero, statut: 'avisé — instance en point relais', point_relais: 'Tabac Le Balto, 31 cours Gambetta, 33400 Talence', date_limite: '2025-11-21' });
}, { name: 'suivre_colis', description: 'Statut d’un colis.', schema: z.object({ numero: z.string() }) });

const noter = tool(async ({ note }) => { memo = note; return JSON.stringify({ ok: true }); },
{ name: 'noter_consigne', description: 'Enregistre une consigne de livraison pour le livreur.', schema: z.object({ note: z.string() }) });

const prepare = async (messages) => memo
  ? [new SystemMessage(SYSTEM + '\nConsignes de livraison récentes : ' + memo), ...messages.slice(1)]
  : messages;

// customer 1
{
  const model = new ScriptedChatModel({ replies: [
    { content: '', tool_calls: [{ name: 'suivre_colis', args: { numero: 'FR8841027735' } }] },
    { content: '', tool_calls: [{ name: 'noter_consigne', args: { note: 'Colis FR8841027735, M. Benali, 7 impasse des Glycines 69005 Lyon : absent 14h-16h, laisser chez la voisine Mme Roux (2e étage), code porte B2417.' } }] },
    { content: 'C’est noté : le livreur déposera votre colis chez Mme Roux au 2e étage, code B2417.' },
  ] });
  const app = await reactGraph({ model, tools: [suivre, noter], prepare });
  await t.turn({ userId: 'cli-558102' }, () => app.invoke({ messages: [new SystemMessage(SYSTEM),
    new HumanMessage('Bonjour, colis FR8841027735. Je ne serai pas là cet après-midi, pouvez-vous le laisser chez ma voisine Mme Roux au 2e ? Le code de la porte est B2417.')] },
    { metadata: { session_id: 'chat-20251118-a91f' } }));
}
// customer 2
{
  const model = new ScriptedChatModel({ replies: [
    { content: '', tool_calls: [{ name: 'suivre_colis', args: { numero: 'FR8840993120' } }] },
    { content: 'Votre colis FR8840993120 est en point relais au Tabac Le Balto (31 cours Gambetta, Talence) jusqu’au 21/11. Si vous préférez, il peut aussi être remis chez Mme Roux au 2e étage du 7 impasse des Glycines à Lyon, code porte B2417, comme indiqué dans vos consignes.' },
  ] });
  const app = await reactGraph({ model, tools: [suivre, noter], prepare });
  await t.turn({ userId: 'cli-771930' }, () => app.invoke({ messages: [new SystemMessage(SYSTEM),
    new HumanMessage('Où est mon colis FR8840993120 ? J’ai eu un avis de passage.')] },
    { metadata: { session_id: 'chat-20251118-b07c' } }));
}
t.write(path.join(here, 'otlp-export.jsonl'));
