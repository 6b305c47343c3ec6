// Platform on-call assistant (English). A certificate inventory returns expiry in epoch
// milliseconds; the renewal scheduler takes epoch seconds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const listCerts = tool({
  name: 'cert_inventory_lookup', description: 'Look up TLS certificates in the PKI inventory by hostname.',
  parameters: z.object({ hostname: z.string() }),
  execute: async ({ hostname }) => JSON.stringify({
    hostname, certs: [{ serial: '4F:1A:9C:02:7E', issuer: 'Harbor Internal CA G2', subject: 'CN=' + hostname,
      san: [hostname, 'payments-gw.svc.cluster.local'], notBefore: 1767225600000, notAfter: 1798761600000,
      keyAlgo: 'ECDSA-P256', autoRenew: false }],
  }),
});
const scheduleRenewal = tool({
  name: 'schedule_cert_renewal',
  description: 'Schedule an ACME renewal job. renew_at is a Unix timestamp in seconds (UTC).',
  parameters: z.object({ serial: z.string(), hostname: z.string(), renew_at: z.number().int(), notify_channel: z.string() }),
  execute: async ({ serial, hostname, renew_at, notify_channel }) => {
    const d = new Date(renew_at * 1000);
    return JSON.stringify({ job_id: 'rnw-20261203-0417', serial, hostname, state: 'scheduled',
      run_at: d.toISOString(), notify_channel });
  },
});
const disableAlert = tool({
  name: 'silence_alert', description: 'Acknowledge and silence a firing alert once the cause is handled.',
  parameters: z.object({ alert_id: z.string(), reason: z.string() }),
  execute: async ({ alert_id }) => JSON.stringify({ alert_id, silenced: true, until: 'resolved' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'cert_inventory_lookup', args: { hostname: 'payments-gw.harbor.internal' } }] },
  { tool_calls: [{ name: 'schedule_cert_renewal', args: { serial: '4F:1A:9C:02:7E', hostname: 'payments-gw.harbor.internal',
    renew_at: 1798761600000 - 14 * 86400, notify_channel: '#plat-oncall' } }] },
  { tool_calls: [{ name: 'silence_alert', args: { alert_id: 'ALRT-88213', reason: 'Renewal job rnw-20261203-0417 scheduled 14 days before expiry.' } }] },
  { content: 'Done. The cert for payments-gw.harbor.internal (serial 4F:1A:9C:02:7E) expires at notAfter 1798761600000; I scheduled renewal job rnw-20261203-0417 for 14 days before that (renew_at 1798760390400) with notifications to #plat-oncall, and silenced ALRT-88213.' },
], { seed: 'za6-cert' });

const agent = new Agent({ name: 'OnCallAssistant',
  instructions: 'You help the platform on-call engineer. Use the PKI inventory and scheduler tools. Schedule renewals 14 days before expiry.',
  model: m, tools: [listCerts, scheduleRenewal, disableAlert] });
const runner = new Runner({ groupId: 'oncall-2026-12-03-pgw', workflowName: 'PKI on-call', traceMetadata: { user: 'sre.dkowalczyk' } });
await runner.run(agent, 'ALRT-88213 is firing: "payments-gw cert has no renewal job". Please schedule the renewal two weeks before it expires and silence the alert.');
writeTrace(here, 'oncall-trace.jsonl');
