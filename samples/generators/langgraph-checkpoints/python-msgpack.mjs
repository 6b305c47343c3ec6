// Writes analyzers/src/test/resources/langgraph/python-msgpack.sqlite: checkpoints laid out the way
// Python's langgraph-checkpoint-sqlite stores them, byte for byte per the documented format
// (../../../../shared/reference/formats.md, LangGraph section 5), since Python packages cannot be
// installed here. Values are encoded with @msgpack/msgpack using LangGraph's ext type codes:
// each ext's data is itself msgpack of an array, as JsonPlusSerializer writes it.
//
//   0 constructor, single arg   [module, class, arg]          UUID, set, Enum
//   1 constructor, pos. args    [module, class, [args]]       date, Send
//   2 constructor, kw args      [module, class, {kwargs}]     dataclass
//   3 method, single arg        [module, class, arg, method]  datetime.fromisoformat
//   4 pydantic v1               [module, class, dict]         messages on langchain-core < 0.3
//   5 pydantic v2               [module, class, dict, "model_validate_json"]  messages since 0.3
//   6 numpy array               [dtype, shape, order, buffer]
//
// Metadata is JSON text even when the checkpoint is msgpack, with messages in the "lc" form.
// Checkpoint ids are UUIDv6 with the step in the clock sequence (8000|step, bfff for step -1),
// channel versions are Python's zero-padded strings, metadata is JSON text, and older rows use the
// pre-2024-09 "json" type with LangChain "lc" envelopes, format v1 and pending_sends.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ExtData, encode } from "@msgpack/msgpack";
import { v6 } from "@langchain/core/utils/uuid";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const FILE = path.join(ROOT, "analyzers/src/test/resources/langgraph/python-msgpack.sqlite");

// ---------------------------------------------------------------- Python value encodings

const ext = (code, payload) => new ExtData(code, encode(payload));
const uuid = (hex) => ext(0, ["uuid", "UUID", hex]);
const pySet = (items) => ext(0, ["builtins", "set", items]);
const pyEnum = (module, cls, value) => ext(0, [module, cls, value]);
const date = (y, m, d) => ext(1, ["datetime", "date", [y, m, d]]);
const send = (node, arg) => ext(1, ["langgraph.types", "Send", [node, arg]]);
const dataclass = (module, cls, fields) => ext(2, [module, cls, fields]);
const datetime = (iso) => ext(3, ["datetime", "datetime", iso, "fromisoformat"]);
const ndarray = (values) => ext(6, ["float32", [values.length], "C", Buffer.from(new Float32Array(values).buffer)]);

const MESSAGE_MODULES = { human: "human", ai: "ai", tool: "tool", system: "system" };
const MESSAGE_CLASSES = { human: "HumanMessage", ai: "AIMessage", tool: "ToolMessage", system: "SystemMessage" };

/** The model_dump of a LangChain message, as langchain-core 0.3+ writes it. */
function messageDict(type, id, content, extra = {}) {
  const dict = { content, additional_kwargs: {}, response_metadata: {}, type, name: null, id };
  if (type === "ai") Object.assign(dict, { tool_calls: [], invalid_tool_calls: [], usage_metadata: null });
  if (type === "tool") Object.assign(dict, { artifact: null, status: "success" });
  return Object.assign(dict, extra);
}

/** A message as ext 5 (pydantic v2, langchain-core >= 0.3). */
function msg(type, id, content, extra) {
  return ext(5, [`langchain_core.messages.${MESSAGE_MODULES[type]}`, MESSAGE_CLASSES[type],
    messageDict(type, id, content, extra), "model_validate_json"]);
}

/** A message as ext 4 (pydantic v1, langchain-core 0.2). */
function msgV1(type, id, content, extra) {
  const dict = messageDict(type, id, content, extra);
  dict.example = false;
  return ext(4, [`langchain_core.messages.${MESSAGE_MODULES[type]}`, MESSAGE_CLASSES[type], dict]);
}

/** A message in the legacy "json" serialization: a LangChain constructor envelope. */
function lcMsg(type, id, content, extra = {}) {
  return {
    lc: 1, type: "constructor", id: ["langchain", "schema", "messages", MESSAGE_CLASSES[type]],
    kwargs: { content, type, id, ...extra },
  };
}

function toolCall(id, name, args) {
  return { name, args, id, type: "tool_call" };
}

// ---------------------------------------------------------------- rows

const NODE = Uint8Array.from([0x4c, 0x2d, 0x9e, 0x7a, 0x1b, 0x22]);

function checkpointId(msecs, step) {
  return v6({ msecs, nsecs: 0, clockseq: step & 0x3fff, node: NODE });
}

function isoMicros(msecs) {
  return new Date(msecs).toISOString().replace("Z", "") + "123+00:00";
}

/** Python's get_next_version: 32-digit counter, then a random fraction (fixed here). */
function version(counter, legacy) {
  const base = String(counter).padStart(32, "0");
  return legacy ? `${base}.${"c0ffee".repeat(5).slice(0, 32)}` : `${base}.0.${String(4821 + counter).padEnd(16, "7")}`;
}

/**
 * Writes one thread. Each checkpoint: { step, source, v, type, values, ran, metadata, writes,
 * parent (index, default: the previous one), ns }. Channel versions are bumped for every channel
 * whose value changed.
 */
function writeThread(db, thread, startMs, checkpoints) {
  const ids = [];
  const counters = {};
  let previousValues = {};
  let versionsSeen = { __input__: {} };
  checkpoints.forEach((cp, i) => {
    const msecs = startMs + i * 1000;
    const id = checkpointId(msecs, cp.step);
    ids.push(id);
    const legacy = cp.type === "json";
    const channelVersions = {};
    for (const [channel, value] of Object.entries(cp.values)) {
      const changed = JSON.stringify(previousValues[channel]) !== JSON.stringify(value);
      counters[channel] = (counters[channel] ?? 0) + (changed ? 1 : 0);
      channelVersions[channel] = version(counters[channel], legacy);
    }
    if (cp.ran) {
      versionsSeen = { ...versionsSeen, [cp.ran]: { [`branch:to:${cp.ran}`]: version(i + 1, legacy) } };
    }
    previousValues = cp.values;
    const checkpoint = {
      v: cp.v, id, ts: isoMicros(msecs), channel_values: cp.values, channel_versions: channelVersions,
      versions_seen: versionsSeen,
    };
    if (cp.v < 4) checkpoint.pending_sends = cp.pendingSends ?? [];
    else checkpoint.updated_channels = Object.keys(cp.values).filter((c) => !c.startsWith("__"));
    const parent = cp.parent === undefined ? (i > 0 ? ids[i - 1] : null) : cp.parent === null ? null : ids[cp.parent];
    const metadata = { source: cp.source, step: cp.step, parents: {}, ...cp.metadata };
    const blob = legacy ? Buffer.from(JSON.stringify(checkpoint)) : Buffer.from(encode(checkpoint));
    db.prepare(`INSERT INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type,
      checkpoint, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(thread, cp.ns ?? "", id, parent, cp.type, blob, Buffer.from(JSON.stringify(metadata)));
    for (const [n, w] of (cp.writes ?? []).entries()) {
      const type = w.type ?? cp.type;
      const value = w.raw ?? (type === "json" ? Buffer.from(JSON.stringify(w.value)) : Buffer.from(encode(w.value)));
      db.prepare(`INSERT INTO writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, value)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(thread, cp.ns ?? "", id, w.task ?? `task-${thread}-${i}`, w.idx ?? n, w.channel, type, value);
    }
  });
}

// ---------------------------------------------------------------- threads

const T0 = Date.UTC(2025, 5, 2, 9, 0, 0);

/** A clean v4 thread: msgpack checkpoints with messages and every common ext type in state. */
function supportThread(db) {
  const meta = { user_id: "u-py-ana", graph_version: "2025.06", run_id: "run-6e1f" };
  const h1 = msg("human", "h-1", "Hi, I need to move my delivery of ORD-5120 to Friday.");
  const a1 = msg("ai", "a-1", "", { tool_calls: [toolCall("call_1", "reschedule", { order_id: "ORD-5120", day: "friday" })] });
  const t1 = msg("tool", "t-1", "{\"order_id\": \"ORD-5120\", \"delivery\": \"2026-03-13\"}",
    { tool_call_id: "call_1", name: "reschedule" });
  const a2 = msg("ai", "a-2", "Done: ORD-5120 will now arrive on Friday 13 March.");
  const profile = {
    customer_id: uuid("4d2c9e7a1b224c2d9e7a1b224c2d9e7a"),
    tier: pyEnum("app.models", "Tier", "gold"),
    tags: pySet(["priority", "eu"]),
    preferences: dataclass("app.models", "Preferences", { language: "pt", contact: "email" }),
    embedding: ndarray([0.25, -1.5, 3]),
  };
  const base = { profile, last_seen: datetime("2025-06-02T09:00:00.123456+00:00") };
  writeThread(db, "py-support-1", T0, [
    { step: -1, source: "input", v: 4, type: "msgpack", metadata: meta,
      values: { __start__: { messages: [h1] } },
      writes: [{ channel: "messages", value: [h1] }, { channel: "branch:to:agent", value: null }] },
    { step: 0, source: "loop", v: 4, type: "msgpack", metadata: meta, ran: "__start__",
      values: { ...base, messages: [h1], "branch:to:agent": null },
      writes: [{ channel: "messages", value: [a1] },
        { channel: "__pregel_tasks", value: send("tools", { order_id: "ORD-5120", deadline: date(2026, 3, 13) }) }] },
    { step: 1, source: "loop", v: 4, type: "msgpack", metadata: meta, ran: "agent",
      values: { ...base, messages: [h1, a1], __pregel_tasks: [send("tools", { order_id: "ORD-5120",
        deadline: date(2026, 3, 13) })] },
      writes: [{ channel: "messages", value: [t1] }] },
    { step: 2, source: "loop", v: 4, type: "msgpack", metadata: meta, ran: "tools",
      values: { ...base, messages: [h1, a1, t1], "branch:to:agent": null },
      writes: [{ channel: "messages", value: [a2] }] },
    { step: 3, source: "loop", v: 4, type: "msgpack", metadata: meta, ran: "agent",
      values: { ...base, messages: [h1, a1, t1, a2] } },
  ]);
}

/**
 * One thread across three library generations: "json" rows with lc envelopes and format v1
 * (2024-08), msgpack with pydantic-v1 messages (langchain-core 0.2), then format v4 msgpack after
 * an upgrade that also changed the app's graph_version.
 */
function upgradeThread(db) {
  const old = { user_id: "u-py-ben", graph_version: "2024.08" };
  const lh1 = lcMsg("human", "h-1", "What is the status of ORD-6001?");
  const la1 = lcMsg("ai", "a-1", "ORD-6001 is being packed.");
  const h1 = msgV1("human", "h-1", "What is the status of ORD-6001?");
  const a1 = msgV1("ai", "a-1", "ORD-6001 is being packed.");
  const h2 = msgV1("human", "h-2", "And when will it ship?");
  const a2 = msgV1("ai", "a-2", "It ships tomorrow.");
  const n = (type, id, text) => msg(type, id, text);
  writeThread(db, "py-upgrade-2", Date.UTC(2024, 7, 20, 15, 0, 0), [
    { step: -1, source: "input", v: 1, type: "json", metadata: { ...old, writes: { __start__: { messages: [lh1] } } },
      values: { __start__: { messages: [lh1] } } },
    { step: 0, source: "loop", v: 1, type: "json", metadata: { ...old, writes: null }, ran: "__start__",
      values: { messages: [lh1], "start:agent": "__start__" } },
    { step: 1, source: "loop", v: 1, type: "json", metadata: { ...old, writes: { agent: { messages: [la1] } } },
      ran: "agent", values: { messages: [lh1, la1], agent: "agent" } },
    { step: 2, source: "input", v: 1, type: "msgpack", metadata: { ...old, writes: { __start__: { messages: [lcMsg("human", "h-2", "And when will it ship?")] } } },
      values: { messages: [h1, a1], __start__: { messages: [h2] } } },
    { step: 3, source: "loop", v: 1, type: "msgpack", metadata: { ...old, writes: null }, ran: "__start__",
      values: { messages: [h1, a1, h2], "start:agent": "__start__" } },
    { step: 4, source: "loop", v: 1, type: "msgpack", metadata: { ...old, writes: { agent: { messages: [lcMsg("ai", "a-2", "It ships tomorrow.")] } } },
      ran: "agent", values: { messages: [h1, a1, h2, a2], agent: "agent" } },
    { step: 5, source: "input", v: 4, type: "msgpack", metadata: { user_id: "u-py-ben", graph_version: "2025.06" },
      values: { messages: [n("human", "h-1", "What is the status of ORD-6001?"), n("ai", "a-1", "ORD-6001 is being packed."),
        n("human", "h-2", "And when will it ship?"), n("ai", "a-2", "It ships tomorrow.")],
      __start__: { messages: [n("human", "h-3", "Can I still add an item?")] } } },
    { step: 6, source: "loop", v: 4, type: "msgpack", metadata: { user_id: "u-py-ben", graph_version: "2025.06" },
      ran: "__start__",
      values: { messages: [n("human", "h-1", "What is the status of ORD-6001?"), n("ai", "a-1", "ORD-6001 is being packed."),
        n("human", "h-2", "And when will it ship?"), n("ai", "a-2", "It ships tomorrow."),
        n("human", "h-3", "Can I still add an item?")], "branch:to:agent": null } },
  ]);
}

/** Values coroner cannot decode: an ext type it does not know, a pickle, a truncated msgpack write. */
function opaqueThread(db) {
  const meta = { user_id: "u-py-cleo" };
  const h1 = msg("human", "h-1", "Summarise my last three invoices.");
  const unknown = new ExtData(42, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]));
  writeThread(db, "py-opaque-3", Date.UTC(2025, 6, 1, 8, 0, 0), [
    { step: -1, source: "input", v: 4, type: "msgpack", metadata: meta, values: { __start__: { messages: [h1] } } },
    { step: 0, source: "loop", v: 4, type: "msgpack", metadata: meta, ran: "__start__",
      values: { messages: [h1], invoice_index: unknown },
      writes: [
        { channel: "summary", type: "pickle", value: null, raw: Buffer.from("80049505000000000000008c01612e", "hex") },
        { channel: "messages", type: "msgpack", value: null, raw: Buffer.from(encode([h1])).subarray(0, 12) },
      ] },
  ]);
}

/** One thread id used by two users on successive days (the user id comes from config metadata). */
function sharedThread(db) {
  const h1 = msg("human", "h-1", "Please send the contract to rosa.m@example.net.");
  const a1 = msg("ai", "a-1", "Sent to rosa.m@example.net.");
  const h2 = msg("human", "h-2", "Hello, I need a copy of my contract.");
  writeThread(db, "py-shared-4", Date.UTC(2025, 6, 3, 10, 0, 0), [
    { step: -1, source: "input", v: 4, type: "msgpack", metadata: { user_id: "u-py-rosa" },
      values: { __start__: { messages: [h1] } } },
    { step: 0, source: "loop", v: 4, type: "msgpack", metadata: { user_id: "u-py-rosa" }, ran: "__start__",
      values: { messages: [h1] } },
    { step: 1, source: "loop", v: 4, type: "msgpack", metadata: { user_id: "u-py-rosa" }, ran: "agent",
      values: { messages: [h1, a1] } },
    { step: 2, source: "input", v: 4, type: "msgpack", metadata: { user_id: "u-py-sam" },
      values: { messages: [h1, a1], __start__: { messages: [h2] } } },
    { step: 3, source: "loop", v: 4, type: "msgpack", metadata: { user_id: "u-py-sam" }, ran: "__start__",
      values: { messages: [h1, a1, h2] } },
  ]);
}

for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(FILE + suffix, { force: true });
const db = new Database(FILE);
db.exec(`
CREATE TABLE IF NOT EXISTS checkpoints (thread_id TEXT NOT NULL, checkpoint_ns TEXT NOT NULL DEFAULT '',
  checkpoint_id TEXT NOT NULL, parent_checkpoint_id TEXT, type TEXT, checkpoint BLOB, metadata BLOB,
  PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id));
CREATE TABLE IF NOT EXISTS writes (thread_id TEXT NOT NULL, checkpoint_ns TEXT NOT NULL DEFAULT '',
  checkpoint_id TEXT NOT NULL, task_id TEXT NOT NULL, idx INTEGER NOT NULL, channel TEXT NOT NULL,
  type TEXT, value BLOB, PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx));`);
supportThread(db);
upgradeThread(db);
opaqueThread(db);
sharedThread(db);
db.close();
console.log(`wrote ${path.relative(ROOT, FILE)}`);
