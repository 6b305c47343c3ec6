// Ops-Chat eines Zahlungsdienstleisters: eine SRE lässt den Assistenten Canary-Metriken und offene
// Incidents prüfen und, wenn alles passt, den Produktions-Rollout starten.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let metrikAufrufe = 0;
const canaryMetriken = tool({
  name: 'canary_metriken',
  description: 'Fragt Fehlerrate und Latenz der Canary-Instanzen gegen die Baseline in Prometheus ab.',
  parameters: z.object({ service: z.string(), version: z.string(), fenster_min: z.number().int() }),
  errorFunction: (_ctx, err) => `Fehler: ${err.message}`,
  execute: async ({ fenster_min }) => {
    metrikAufrufe++;
    if (metrikAufrufe === 1) {
      throw new Error('prometheus query_range: 503 Service Unavailable (thanos-query-frontend: context deadline exceeded after 30s)');
    }
    return JSON.stringify({ service: 'payment-gateway', version: '4.18.2', fenster_min, canary_pods: 3,
      anfragen: 48213, fehlerrate_pct: 0.04, baseline_fehlerrate_pct: 0.05, p99_latenz_ms: 212, baseline_p99_ms: 220,
      slo_verletzungen: 0, quelle: 'thanos-query-frontend', abgefragt_um: '2025-03-10T09:12:31Z' });
  },
});
const offeneIncidents = tool({
  name: 'offene_incidents',
  description: 'Listet offene Incidents (PagerDuty) für einen Service.',
  parameters: z.object({ service: z.string() }),
  execute: async () => JSON.stringify({ service: 'payment-gateway', offen: [], anzahl: 0,
    zuletzt_geschlossen: { id: 'PD-Q8F2LZ', titel: 'Erhöhte 5xx bei Acquirer-Timeout', geschlossen_um: '2025-03-07T16:40:02Z' },
    abgefragt_um: '2025-03-10T09:12:44Z' }),
});
const rolloutStarten = tool({
  name: 'rollout_starten',
  description: 'Startet einen progressiven Rollout über Argo Rollouts.',
  parameters: z.object({ service: z.string(), version: z.string(), umgebung: z.string(), stufen_pct: z.array(z.number().int()) }),
  execute: async (a) => JSON.stringify({ rollout_id: 'ro-20250310-0912-7c1', status: 'gestartet', aktuelle_stufe_pct: a.stufen_pct[0],
    naechste_stufe_um: '2025-03-10T09:43:00Z', auto_abbruch: 'fehlerrate > 0.5 % oder p99 > 400 ms' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'canary_metriken', args: { service: 'payment-gateway', version: '4.18.2', fenster_min: 60 } }] },
  { content: null, tool_calls: [{ name: 'canary_metriken', args: { service: 'payment-gateway', version: '4.18.2', fenster_min: 30 } }] },
  { tool_calls: [{ name: 'offene_incidents', args: { service: 'payment-gateway' } }] },
  { tool_calls: [{ name: 'rollout_starten', args: { service: 'payment-gateway', version: '4.18.2', umgebung: 'prod-eu', stufen_pct: [10, 50, 100] } }] },
  { content: 'Rollout läuft. Kurz zusammengefasst:\n'
    + '- Die erste Metrik-Abfrage (60-Minuten-Fenster) ist mit einem 503 von Thanos abgebrochen; mit 30-Minuten-Fenster kam sie sauber zurück: '
    + '48.213 Requests auf 3 Canary-Pods, Fehlerrate 0,04 % (Baseline 0,05 %), p99 212 ms (Baseline 220 ms), keine SLO-Verletzung.\n'
    + '- Offene Incidents für payment-gateway: keine. Der letzte (PD-Q8F2LZ, Acquirer-Timeouts) wurde am 07.03. geschlossen.\n'
    + '- Rollout ro-20250310-0912-7c1 auf prod-eu gestartet, aktuell 10 %, nächste Stufe um 09:43 UTC. Auto-Abbruch bei Fehlerrate > 0,5 % oder p99 > 400 ms.' },
], { seed: 'ops-canary' });

const agent = new Agent({
  name: 'Release-Assistent',
  instructions: 'Du bist der Release-Assistent im Ops-Chat. Vor jedem Produktions-Rollout prüfst du Canary-Metriken und offene Incidents. '
    + 'Starte einen Rollout nur mit ausdrücklicher Freigabe der anfragenden Person und nur bei grünen Werten.',
  model: m, tools: [canaryMetriken, offeneIncidents, rolloutStarten],
});
const runner = new Runner({ groupId: 'ops-chat:9e1b77', workflowName: 'release-assistent', traceMetadata: { user: 'sre-lhoffmann' } });
await runner.run(agent, 'Moin! payment-gateway 4.18.2 läuft seit heute früh als Canary. Prüf bitte Metriken und offene Incidents – wenn alles grün ist, roll auf prod-eu aus (10/50/100).');

writeTrace(here, 'ops-chat.jsonl');
