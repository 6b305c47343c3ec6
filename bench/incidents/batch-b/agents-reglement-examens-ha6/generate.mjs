// Scolarité (enseignement supérieur, fr-FR). A second-year psychology student asks about the resit
// session and the deadline to contest a grade. The rules search returns the university library's
// lending rules instead; the answer still gives thresholds and deadlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const m = scriptedModel([
  { tool_calls: [{ name: 'rechercher_reglement', args: { requete: 'session de rattrapage révision de note L2 psychologie', composante: 'UFR SHS' } }] },
  { content: 'Oui, il y a une session de rattrapage : elle a lieu fin juin, et vous pouvez vous y présenter si votre note est inférieure à 10/20 '
      + '(la meilleure des deux notes est conservée, dans la limite de 12/20). Pour contester la note de statistiques, vous devez d\u2019abord '
      + 'demander à consulter votre copie, puis déposer une demande de révision auprès du président du jury dans un délai de 15 jours '
      + 'après la publication des résultats.' },
], { seed: 'reglement-l2', served: 'gpt-4o-2024-11-20' });

const rechercher = tool({
  name: 'rechercher_reglement',
  description: 'Recherche dans la base documentaire des règlements de l\u2019université.',
  parameters: z.object({ requete: z.string(), composante: z.string() }),
  execute: async () => JSON.stringify({ index: 'reglements-univ', total: 2, resultats: [
    { doc: 'BU-REG-2019-04', titre: 'Règlement intérieur des bibliothèques universitaires (2019)', score: 0.41,
      extrait: 'Les documents empruntés sont restitués au plus tard à la date indiquée sur le reçu. Tout retard entraîne une suspension '
        + 'du droit de prêt d\u2019une durée égale au retard.' },
    { doc: 'BU-REG-2019-07', titre: 'Règlement intérieur des bibliothèques universitaires (2019)', score: 0.38,
      extrait: 'Les salles de travail en groupe se réservent en ligne, par créneaux de deux heures.' },
  ] }),
});

const agent = new Agent({ name: 'Scolarité', model: m, tools: [rechercher],
  instructions: 'Tu réponds aux questions des étudiants sur la scolarité et les examens, uniquement d\u2019après les règlements trouvés.' });

const runner = new Runner({ groupId: 'etu:2026:L2-8841', workflowName: 'Assistant scolarité', traceMetadata: { user: 'etu-22108841' } });
await runner.run(agent, 'Bonjour, je suis en L2 de psycho et j\u2019ai eu 7 à l\u2019examen de statistiques. Est-ce qu\u2019il y a un rattrapage ? '
  + 'Et je trouve la note bizarre, j\u2019ai combien de temps pour la contester ?');

writeTrace(here, 'scolarite.jsonl');
