// Lets @langchain/langgraph-checkpoint-redis run on a plain redis-server (Debian's has neither
// RedisJSON nor RediSearch). It wraps a node-redis v4 client in a Proxy: every ordinary command
// (KEYS, EXISTS, ZADD, EXPIRE, DEL, QUIT, ...) goes to the real server unchanged, and only the
// module commands the saver issues are served here:
//
//   client.json.set(key, "$", doc, {NX})  -> SET key <json> [NX]   (the JSON text is built by
//                                             @redis/json's own JSON.SET transformArguments,
//                                             i.e. exactly the argument the saver would send)
//   client.json.get(key)                  -> GET key, JSON.parse
//   client.json.mGet(keys, "$")           -> MGET, JSON.parse each (wrapped in [..] like "$")
//   client.json.del(key)                  -> DEL key
//   client.ft.create(...)                 -> no-op ("OK"): there is no index to build
//   client.ft.search(index, query, opts)  -> KEYS <prefix>*, GET + JSON.parse each document,
//                                             keep those matching the query's @field:{tag} and
//                                             @field:[lo hi] clauses, SORTBY + LIMIT, answered
//                                             in node-redis's {total, documents:[{id, value}]}
//
// So each document the saver writes ends up as a Redis *string* holding the JSON text, under the
// very key the saver chose. With real RedisJSON the key would instead be a ReJSON-RL module value
// holding the same document (and JSON.GET would re-serialise it compactly).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const JSON_SET = require("@redis/json/dist/commands/SET.js");

// Index name -> key prefix, as in the saver's SCHEMAS (and the store's, should it be used).
const INDEX_PREFIXES = {
  checkpoints: "checkpoint:",
  checkpoint_blobs: "checkpoint_blob:",
  checkpoint_writes: "checkpoint_write:",
};

export function jsonAdapter(client, log = () => {}) {
  const json = {
    async set(key, path, doc, options) {
      const args = JSON_SET.transformArguments(key, path, doc, options);
      // args = ['JSON.SET', key, path, text, ('NX'|'XX')?]
      if (path !== "$") throw new Error(`json adapter: only root path "$" is supported, got ${path}`);
      const text = args[3];
      const setOptions = args[4] === "NX" ? { NX: true } : args[4] === "XX" ? { XX: true } : undefined;
      log("JSON.SET", key, args[4] ?? "");
      return client.set(key, text, setOptions);
    },
    async get(key, options) {
      if (options?.path !== undefined && options.path !== "$" && options.path !== ".") {
        throw new Error(`json adapter: JSON.GET path ${options.path} not supported`);
      }
      log("JSON.GET", key);
      const text = await client.get(key);
      if (text === null) return null;
      const value = JSON.parse(text);
      return options?.path === "$" ? [value] : value;
    },
    async mGet(keys, path) {
      log("JSON.MGET", keys.length, path);
      if (keys.length === 0) return [];
      const texts = await client.mGet(keys);
      return texts.map((t) => (t === null ? null : path === "$" ? [JSON.parse(t)] : JSON.parse(t)));
    },
    async del(key, path) {
      if (path !== undefined && path !== "$") throw new Error(`json adapter: JSON.DEL path ${path} not supported`);
      log("JSON.DEL", key);
      return client.del(key);
    },
  };

  const ft = {
    async create(index) {
      log("FT.CREATE", index, "(no-op)");
      return "OK";
    },
    async search(index, query, options = {}) {
      const prefix = INDEX_PREFIXES[index];
      if (!prefix) throw new Error(`${index}: no such index`);
      log("FT.SEARCH", index, query);
      const clauses = parseQuery(query);
      const keys = await client.keys(`${prefix}*`);
      const documents = [];
      for (const key of keys) {
        const text = await client.get(key);
        if (text === null) continue;
        const value = JSON.parse(text);
        if (clauses.every((c) => c(value))) documents.push({ id: key, value });
      }
      if (options.SORTBY) {
        const by = typeof options.SORTBY === "string" ? options.SORTBY : options.SORTBY.BY;
        const desc = typeof options.SORTBY === "object" && options.SORTBY.DIRECTION === "DESC";
        documents.sort((a, b) => {
          const x = a.value[by];
          const y = b.value[by];
          const r = x < y ? -1 : x > y ? 1 : 0;
          return desc ? -r : r;
        });
      }
      const from = options.LIMIT?.from ?? 0;
      const size = options.LIMIT?.size ?? 10;
      return { total: documents.length, documents: documents.slice(from, from + size) };
    },
  };

  return new Proxy(client, {
    get(target, prop) {
      if (prop === "json") return json;
      if (prop === "ft") return ft;
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

// Parses the small RediSearch dialect the saver builds: "*" or space-joined
// "(@field:{escaped tag})" / "(@field:[lo hi])" clauses, all ANDed.
function parseQuery(query) {
  const clauses = [];
  if (query.trim() === "*") return clauses;
  const re = /\(@((?:\\.|[^:\\])+):(\{((?:\\.|[^}\\])*)\}|\[([^\]]*)\])\)/g;
  let m;
  while ((m = re.exec(query)) !== null) {
    const field = unescape(m[1]);
    if (m[3] !== undefined) {
      const tag = unescape(m[3]);
      clauses.push((doc) => tagValue(doc[field]) === tag);
    } else {
      const [lo, hi] = m[4].trim().split(/\s+/).map(Number);
      clauses.push((doc) => typeof doc[field] === "number" && doc[field] >= lo && doc[field] <= hi);
    }
  }
  if (query.replace(re, "").trim() !== "") {
    throw new Error(`json adapter: unsupported search query ${query}`);
  }
  return clauses;
}

function unescape(s) {
  return s.replace(/\\(.)/g, "$1");
}

function tagValue(v) {
  if (v === "") return "__EMPTY_STRING__";
  return v === undefined || v === null ? undefined : String(v);
}
