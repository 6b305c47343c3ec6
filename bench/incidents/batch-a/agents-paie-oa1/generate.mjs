// Payroll assistant (French): reads a badge-clock weekly total and enters it into the payroll tool.
// Run from /work/main: node bench/incidents/batch-a/agents-paie-oa1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const releveHeures = tool({
  name: 'releve_badgeuse', description: 'Relevé hebdomadaire de la badgeuse pour un matricule (durées au format HH:MM).',
  parameters: z.object({ matricule: z.string(), semaine: z.string() }),
  execute: async ({ matricule, semaine }) => JSON.stringify({
    matricule, semaine, site: 'Entrepôt Lyon-Corbas',
    jours: [
      { date: '2026-02-02', duree: '07:30' }, { date: '2026-02-03', duree: '07:45' },
      { date: '2026-02-04', duree: '07:30' }, { date: '2026-02-05', duree: '07:15' },
      { date: '2026-02-06', duree: '07:45' },
    ],
    total_semaine: '37:45', base_contractuelle: '35:00', taux_horaire_brut: '14,20 €',
  }),
});
const saisirPaie = tool({
  name: 'saisir_variables_paie', description: 'Enregistre les variables de paie de la semaine (heures en décimal).',
  parameters: z.object({ matricule: z.string(), semaine: z.string(), heures_travaillees: z.number(), heures_supplementaires: z.number(), taux_horaire: z.number() }),
  execute: async (a) => JSON.stringify({ ok: true, bulletin: 'BP-2026-02-S06-00417', ...a,
    majoration_25: Math.round(a.heures_supplementaires * a.taux_horaire * 1.25 * 100) / 100 }),
});

const agent = new Agent({
  name: 'Assistant paie', tools: [releveHeures, saisirPaie],
  instructions: 'Tu prépares les variables de paie hebdomadaires à partir de la badgeuse. Heures supplémentaires = heures travaillées au-delà de la base contractuelle, majorées de 25 %.',
  model: scriptedModel([
    { tool_calls: [{ name: 'releve_badgeuse', args: { matricule: 'LYC-00417', semaine: '2026-S06' } }] },
    { tool_calls: [{ name: 'saisir_variables_paie', args: { matricule: 'LYC-00417', semaine: '2026-S06', heures_travaillees: 37.45, heures_supplementaires: 2.45, taux_horaire: 14.2 } }] },
    { content: 'C\'est saisi pour Karim Benali (LYC-00417), semaine 6 : 37,45 h travaillées dont 2,45 h supplémentaires à 25 %, soit 43,49 € de majoration au taux de 14,20 €. Bulletin BP-2026-02-S06-00417.' },
  ], { seed: 'paie-lyc' }),
});

const runner = new Runner({ groupId: 'rh-ticket-88213', workflowName: 'Paie hebdo',
  traceMetadata: { user_id: 'gestionnaire.paie@logistique-rhone.fr' } });
await runner.run(agent, 'Bonjour, peux-tu saisir la paie de la semaine 6 pour Karim Benali, matricule LYC-00417 ? Il a fait des heures sup cette semaine.');
writeTrace(here, 'trace.jsonl');
