// Clinic appointments (Spanish): the agenda service fails once, the retry works but the asked day is
// full; the agent says so, looks at the next day and asks the patient before booking anything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const huecos = tool({
  name: 'buscar_huecos_agenda', description: 'Devuelve los huecos libres de una especialidad en un día.',
  parameters: z.object({ especialidad: z.string(), fecha: z.string(), centro: z.string() }),
  execute: async ({ especialidad, fecha, centro }) => {
    calls++;
    if (calls === 1) throw new Error('AgendaGatewayError: 504 Gateway Timeout (agenda-svc, 8000 ms)');
    if (fecha === '2027-05-20') return JSON.stringify({ especialidad, fecha, centro, huecos: [] });
    return JSON.stringify({ especialidad, fecha, centro, huecos: [
      { hora: '09:40', profesional: 'Dra. Lucía Ferrández', sala: 'D-12' },
      { hora: '12:20', profesional: 'Dra. Lucía Ferrández', sala: 'D-12' },
    ] });
  },
});
const reservar = tool({
  name: 'reservar_cita', description: 'Reserva una cita para el paciente.',
  parameters: z.object({ nhc: z.string(), especialidad: z.string(), fecha: z.string(), hora: z.string() }),
  execute: async (a) => JSON.stringify({ localizador: 'CT-7Q4M2', ...a }),
});

const args = { especialidad: 'dermatologia', centro: 'CS Ruzafa' };
const m = scriptedModel([
  { tool_calls: [{ name: 'buscar_huecos_agenda', args: { ...args, fecha: '2027-05-20' } }] },
  { tool_calls: [{ name: 'buscar_huecos_agenda', args: { ...args, fecha: '2027-05-20' } }] },
  { tool_calls: [{ name: 'buscar_huecos_agenda', args: { ...args, fecha: '2027-05-21' } }] },
  { content: 'El jueves 20 de mayo no queda ningún hueco libre en Dermatología del CS Ruzafa. El viernes 21 hay dos con la Dra. Lucía Ferrández: a las 09:40 y a las 12:20. ¿Quiere que le reserve alguno de los dos?' },
], { seed: 'cita-ha1' });

const agente = new Agent({
  name: 'Citas', model: m, tools: [huecos, reservar],
  instructions: 'Gestionas citas del centro de salud. No reserves nada sin la confirmación del paciente. Si un servicio falla, reintenta una vez.',
});
const runner = new Runner({ groupId: 'conv_cs-ruzafa_000571', workflowName: 'Cita previa', traceMetadata: { user_id: 'nhc-46019822' } });
await runner.run(agente, 'Hola, soy Marisa Coloma (NHC 46019822). Necesito cita con dermatología en el CS Ruzafa para el jueves 20 de mayo.');
writeTrace(here, 'trace.jsonl');
