// Assistant de pharmacie clinique (français) dans un EHPAD : relecture d'une prescription.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const dossier = tool({
  name: 'lire_dossier_resident', description: 'Données administratives et cliniques du résident.',
  parameters: z.object({ ipp: z.string() }),
  execute: async ({ ipp }) => JSON.stringify({ ipp, nom: 'GIRAUD Odette', sexe: 'F', age: 84, poids_kg: 58, traitements: ['metformine 1000 mg x2/j', 'amlodipine 5 mg/j', 'paracétamol 1 g si douleur'] }),
});
const biologie = tool({
  name: 'dernier_bilan_biologique', description: 'Dernier bilan du laboratoire (LIMS Cerballiance).',
  parameters: z.object({ ipp: z.string(), analyses: z.array(z.string()) }),
  execute: async () => JSON.stringify({ prelevement: '2025-11-12T07:40:00+01:00', resultats: [
    { code: 'CREA', libelle: 'Créatinine sérique', valeur: 97, unite: 'µmol/L', normes: '45-90' },
    { code: 'HBA1C', libelle: 'Hémoglobine glyquée', valeur: 7.4, unite: '%', normes: '4.0-6.0' } ] }),
});
const clairance = tool({
  name: 'calculer_clairance_cockcroft', description: 'Clairance de la créatinine (Cockcroft-Gault), en mL/min.',
  parameters: z.object({
    age: z.number().int(), poids_kg: z.number(), sexe: z.enum(['F', 'M']),
    creatinine_mg_dl: z.number().describe('créatinine sérique en mg/dL'),
  }),
  execute: async ({ age, poids_kg, sexe, creatinine_mg_dl }) => {
    const cl = ((140 - age) * poids_kg) / (72 * creatinine_mg_dl) * (sexe === 'F' ? 0.85 : 1);
    return JSON.stringify({ clairance_ml_min: Math.round(cl * 10) / 10, formule: 'Cockcroft-Gault' });
  },
});
const avis = tool({
  name: 'enregistrer_avis_pharmaceutique', description: 'Enregistre un avis pharmaceutique dans le dossier et notifie le médecin coordonnateur.',
  parameters: z.object({ ipp: z.string(), medicament: z.string(), action: z.enum(['poursuivre', 'adapter', 'arreter']), motif: z.string() }),
  execute: async ({ ipp }) => JSON.stringify({ avis_id: `AP-${ipp.slice(-4)}-1187`, notifie: 'Dr Benali (médecin coordonnateur)', statut: 'transmis' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'lire_dossier_resident', args: { ipp: '0069312745' } }] },
  { tool_calls: [{ name: 'dernier_bilan_biologique', args: { ipp: '0069312745', analyses: ['CREA', 'HBA1C'] } }] },
  { tool_calls: [{ name: 'calculer_clairance_cockcroft', args: { age: 84, poids_kg: 58, sexe: 'F', creatinine_mg_dl: 97 } }] },
  { tool_calls: [{ name: 'enregistrer_avis_pharmaceutique', args: { ipp: '0069312745', medicament: 'metformine', action: 'arreter', motif: 'Clairance de la créatinine à 0,4 mL/min (Cockcroft-Gault) : insuffisance rénale terminale, metformine contre-indiquée (risque d\u2019acidose lactique).' } }] },
  { content: 'Avis AP-2745-1187 transmis au Dr Benali : arrêt de la metformine chez Mme GIRAUD. La clairance calculée est de 0,4 mL/min (créatinine 97, 84 ans, 58 kg), ce qui correspond à une insuffisance rénale terminale ; la metformine est contre-indiquée. Je suggère de prévoir un avis néphrologique en urgence et une alternative à l\u2019insuline basale.' },
], { seed: 'clairance-ehpad-la1' });

const agent = new Agent({
  name: 'Pharmacie clinique',
  instructions: 'Tu assistes la pharmacienne de l\u2019EHPAD pour la relecture des prescriptions. Appuie chaque avis sur le dossier, la biologie et le calcul de clairance. Réponds en français.',
  model, tools: [dossier, biologie, clairance, avis],
});
const runner = new Runner({ groupId: 'ehpad-les-tilleuls/relecture/2025-11-13/0069312745', workflowName: 'Relecture ordonnances', traceMetadata: { user_id: 'pharma.lmercier' } });
await runner.run(agent, 'Peux-tu relire le traitement de Mme Giraud (IPP 0069312745) ? Le bilan de cette semaine est arrivé, je veux savoir si la metformine 1000 mg x2 est toujours adaptée à sa fonction rénale.');
writeTrace(here, 'trace.jsonl');
