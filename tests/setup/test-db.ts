/**
 * A fresh, migrated database per test file. SQLite by default (a real file in
 * the temp folder); Postgres when TEST_DB=pg (a new database on TEST_PG_URL,
 * dropped afterwards), so the same suites prove both dialects.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ulid } from "ulid";
import type { CompiledQuery } from "kysely";
import { createDb, type DB } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";

export const TEST_DIALECT: "sqlite" | "pg" = process.env.TEST_DB === "pg" ? "pg" : "sqlite";
export const TEST_PG_URL = process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDb {
  db: DB;
  /** The URL another process (a worker, the server) can open the same database with. */
  url: string;
  destroy(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  if (TEST_DIALECT === "pg") {
    const name = `portal_test_${ulid().toLowerCase()}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    const db = createDb(url.toString());
    await migrateToLatest(db);
    return {
      db,
      url: url.toString(),
      async destroy() {
        await db.destroy();
        const a = new pg.Client({ connectionString: TEST_PG_URL });
        await a.connect();
        // pg's pool.end() resolves once its clients are told to end, not once their backends are gone; a
        // backend still closing when the FORCE drop terminates it makes its client emit an unhandled error.
        for (let waited = 0; waited < 5_000; waited += 50) {
          const open = await a.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
          if (open.rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
  const file = path.join(dir, "portal.db");
  const db = createDb(file);
  await migrateToLatest(db);
  return {
    db,
    url: file,
    async destroy() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every statement the handle compiles from now on, in order (for EXPLAIN QUERY PLAN in the plan tests). */
export function captureCompiledQueries(db: DB): CompiledQuery[] {
  const captured: CompiledQuery[] = [];
  const executor = db.getExecutor();
  const compile = executor.compileQuery.bind(executor);
  executor.compileQuery = ((node, queryId) => {
    const compiled = compile(node, queryId);
    captured.push(compiled);
    return compiled;
  }) as typeof executor.compileQuery;
  return captured;
}
