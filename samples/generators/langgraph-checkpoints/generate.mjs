// Writes coroner's LangGraph checkpoint fixtures with the real JS checkpointers:
//
//   node generate.mjs                       the SQLite fixtures (see README.md for the list)
//   node generate.mjs --postgres URL        also runs the same scenarios against the PostgreSQL
//                                           server at URL (into a scratch database it creates and
//                                           drops) and writes a plain-SQL dump of the tables
//
// Paths are relative to the repository root, found from this file's location.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import { SCENARIOS, bookingRenamedField } from "./scenarios.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const FIXTURES = path.join(ROOT, "analyzers/src/test/resources/langgraph");

async function writeSqlite(file, scenarios) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) {
    fs.rmSync(file + suffix, { force: true });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const saver = SqliteSaver.fromConnString(file);
  for (const scenario of scenarios) {
    await scenario(saver);
  }
  // Fold the write-ahead log into the file and leave a plain rollback-journal database, so the
  // committed fixture is one self-contained file.
  saver.db.pragma("wal_checkpoint(TRUNCATE)");
  saver.db.pragma("journal_mode=DELETE");
  saver.db.close();
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function writePostgres(url, file, scenarios) {
  const scratch = `coroner_fixture_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
  await admin.query(`CREATE DATABASE ${scratch}`);
  const target = new URL(url);
  target.pathname = `/${scratch}`;
  try {
    const saver = PostgresSaver.fromConnString(target.toString());
    await saver.setup();
    for (const scenario of scenarios) {
      await scenario(saver);
    }
    await saver.end();
    const dump = execFileSync("pg_dump", ["--no-owner", "--no-privileges", "--inserts", "--rows-per-insert=50",
      "--table=checkpoints", "--table=checkpoint_blobs", "--table=checkpoint_writes",
      "--table=checkpoint_migrations", target.toString()], { encoding: "utf8", maxBuffer: 64 << 20 });
    // pg_dump 15.14+ brackets the script with psql meta-commands (\restrict, \unrestrict); the
    // fixture is plain SQL that a JDBC statement can run, so they are left out.
    fs.writeFileSync(file, dump.split("\n").filter((line) => !line.startsWith("\\")).join("\n"));
    console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

const args = process.argv.slice(2);
const postgresAt = args.indexOf("--postgres");
await writeSqlite(path.join(FIXTURES, "js-checkpoints.sqlite"), SCENARIOS);
await writeSqlite(path.join(ROOT, "samples/amnesia-renamed-constraint/checkpoints.sqlite"), [bookingRenamedField]);
if (postgresAt >= 0) {
  await writePostgres(args[postgresAt + 1], path.join(FIXTURES, "js-checkpoints-postgres.sql"), SCENARIOS);
}
