// On-call assistant for a database failover drill (OpenAI Agents SDK, scripted fake model, offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let lagCalls = 0;
const replicaLag = tool({
  name: 'get_replica_lag',
  description: 'Reads replication lag and recent error counts for a Postgres cluster from the metrics exporter.',
  parameters: z.object({ cluster: z.string(), window: z.string() }),
  execute: async ({ cluster, window }) => {
    lagCalls++;
    if (lagCalls === 1) throw new Error('connect ETIMEDOUT 10.42.7.19:9187 (postgres_exporter) after 5000ms');
    return JSON.stringify({
      cluster, window, primary: 'pg-euw3-a', replicas: [
        { name: 'pg-euw3-b', lag_seconds: 0.6, state: 'streaming' },
        { name: 'pg-euw3-c', lag_seconds: 1.1, state: 'streaming' },
      ], replication_errors: 0, samples: 180, scraped_at: '2026-01-14T09:41:07Z',
    });
  },
});

const startDrill = tool({
  name: 'start_failover_drill',
  description: 'Starts a planned failover drill: promotes the target replica and demotes the primary.',
  parameters: z.object({ cluster: z.string(), target: z.string(), change_ticket: z.string() }),
  execute: async ({ cluster, target, change_ticket }) => JSON.stringify({
    drill_id: 'drl_8842f1', cluster, target, change_ticket, status: 'running', started_at: '2026-01-14T09:41:22Z',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'get_replica_lag', args: { cluster: 'pg-eu-west-3', window: '15m' } }] },
  { tool_calls: [{ name: 'get_replica_lag', args: { cluster: 'pg-eu-west-3', window: '15m' } }] },
  { tool_calls: [{ name: 'start_failover_drill', args: { cluster: 'pg-eu-west-3', target: 'pg-euw3-b', change_ticket: 'CHG-31877' } }] },
  { content: 'First read of the exporter failed, so I retried once. Second read (09:41:07Z, 180 samples over 15m): '
      + 'pg-euw3-b lag 0.6s, pg-euw3-c lag 1.1s, both streaming, 0 replication errors. Both are under your 2s threshold, '
      + 'so I started the drill promoting pg-euw3-b (lowest lag) under CHG-31877: drill drl_8842f1 is running since 09:41:22Z.' },
], { seed: 'failover-ua1' });

const agent = new Agent({
  name: 'oncall-sre',
  instructions: 'You assist the on-call SRE. Never start a failover drill unless you have a successful lag reading for the cluster '
    + 'that is under the threshold the engineer gave. If a read fails, retry once before giving up.',
  model,
  tools: [replicaLag, startDrill],
});

await new Runner({ groupId: 'slack-C04DBOPS-1736847601.004200', workflowName: 'dbops-bot', traceMetadata: { user_id: 'U02KXR7TQ' } })
  .run(agent, 'drill time for pg-eu-west-3 (CHG-31877). check replica lag, if every replica is under 2s kick off the failover drill to the best one');

writeTrace(here, 'trace.jsonl');
