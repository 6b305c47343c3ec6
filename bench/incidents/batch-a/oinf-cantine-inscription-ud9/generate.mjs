// School services assistant (French), several turns on one thread; the app keeps only the last
// messages of the checkpointed history when calling the model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('portail-famille', { 'deployment.environment': 'prod' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const SYSTEM = new SystemMessage('Tu es l\'assistant du portail famille de la mairie. Tu aides les parents pour la cantine, le périscolaire et les factures.');
const MAX_MESSAGES = 6;
const prepare = (messages) => {
  let recent = messages.slice(-MAX_MESSAGES);
  while (recent.length && recent[0].getType() === 'tool') recent = recent.slice(1);
  return [SYSTEM, ...recent];
};

const dossierEnfant = tool(async ({ enfant_id }) => JSON.stringify({ enfant_id, prenom: 'Léo', nom: 'Martin', classe: 'CE1', ecole: 'École élémentaire Jules-Ferry', quotient_familial: 'tranche C' }),
  { name: 'dossier_enfant', description: 'Dossier scolaire d\'un enfant.', schema: z.object({ enfant_id: z.string() }) });
const tarifsPeriscolaire = tool(async ({ tranche }) => JSON.stringify({ tranche, repas: 3.85, garderie_matin: 1.6, etude_soir: 2.4, devise: 'EUR' }),
  { name: 'tarifs_periscolaire', description: 'Tarifs cantine et périscolaire selon la tranche de quotient familial.', schema: z.object({ tranche: z.string() }) });
const inscrireCantine = tool(async ({ enfant_id, jours, regime, pai }) => JSON.stringify({ statut: 'inscrit', numero: 'CAN-2025-017734', enfant_id, jours, regime, pai, debut: '2025-01-06' }),
  { name: 'inscrire_cantine', description: 'Inscrit un enfant à la restauration scolaire.',
    schema: z.object({ enfant_id: z.string(), jours: z.array(z.enum(['lundi', 'mardi', 'jeudi', 'vendredi'])),
      regime: z.enum(['standard', 'sans_porc', 'vegetarien', 'sans_allergene']).describe('menu servi'),
      pai: z.boolean().describe('projet d\'accueil individualisé (allergie) à transmettre à la cuisine') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // tour 1
  { content: '', tool_calls: [{ name: 'dossier_enfant', args: { enfant_id: 'ENF-93-20417' } }] },
  { content: 'Bonjour ! J\'ai bien le dossier de Léo Martin, CE1 à l\'école Jules-Ferry. C\'est noté pour son allergie à l\'arachide avec PAI : il faudra un menu sans allergène. Que souhaitez-vous faire ?' },
  // tour 2
  { content: '', tool_calls: [{ name: 'tarifs_periscolaire', args: { tranche: 'tranche C' } }] },
  { content: 'En tranche C, le repas est à 3,85 €, la garderie du matin à 1,60 € et l\'étude du soir à 2,40 €.' },
  // tour 3
  { content: 'Pour 4 repas par semaine, cela fait 15,40 € par semaine, soit environ 61,60 € par mois de 4 semaines.' },
  // tour 4
  { content: '', tool_calls: [{ name: 'inscrire_cantine', args: { enfant_id: 'ENF-93-20417', jours: ['lundi', 'mardi', 'jeudi', 'vendredi'], regime: 'standard', pai: false } }] },
  { content: 'C\'est fait : Léo est inscrit à la cantine les lundi, mardi, jeudi et vendredi à partir du 6 janvier, menu standard (inscription CAN-2025-017734).' },
] });

const app = await reactGraph({ model, tools: [dossierEnfant, tarifsPeriscolaire, inscrireCantine], prepare, checkpointer: new MemorySaver(), name: 'assistant-famille' });
const thread = 'pf-75f3a1c2';
const say = (text) => t.turn({ userId: 'famille-martin-0331' }, () => app.invoke({ messages: [new HumanMessage(text)] },
  { configurable: { thread_id: thread }, metadata: { thread_id: thread }, runName: 'assistant-famille' }));
await say('Bonjour, je voudrais inscrire mon fils Léo (dossier ENF-93-20417) à la cantine pour janvier. Attention, il est allergique à l\'arachide, il a un PAI signé par le médecin scolaire.');
await say('Combien coûte un repas pour nous ?');
await say('Et pour 4 jours par semaine, ça fait combien par mois ?');
await say('D\'accord, inscrivez-le les lundis, mardis, jeudis et vendredis s\'il vous plaît.');
t.write(path.join(here, 'traces.jsonl'));
