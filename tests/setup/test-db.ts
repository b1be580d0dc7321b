/**
 * A fresh, migrated database per test file. SQLite by default (a real file in
 * the temp folder); Postgres when TEST_DB=pg (a new database on TEST_PG_URL,
 * dropped afterwards), so the same suites prove both dialects. Each is a copy
 * of the run's migrated template (tests/setup/db-template.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ulid } from "ulid";
import type { CompiledQuery } from "kysely";
import { inject } from "vitest";
import { createDb, type DB } from "~/db/client";

export const TEST_DIALECT: "sqlite" | "pg" = process.env.TEST_DB === "pg" ? "pg" : "sqlite";
export const TEST_PG_URL = process.env.TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDb {
  db: DB;
  /** The URL another process (a worker, the server) can open the same database with. */
  url: string;
  destroy(): Promise<void>;
}

/** The URL of database `name` on the test server. */
export function pgDatabaseUrl(name: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Resolves once no backend is connected to database `name`: pg's pool.end() resolves once its clients are told
 * to end, not once their backends are gone.
 */
export async function untilUnused(admin: pg.Client, name: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const open = await admin.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
    if (open.rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function createTestDb(): Promise<TestDb> {
  if (TEST_DIALECT === "pg") {
    const name = `portal_test_${ulid().toLowerCase()}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("dbTemplate")}`);
    // Commits not waited on to reach the disk: no test stops Postgres itself (the fault tests kill our processes,
    // whose commits Postgres keeps either way), and the flushes were a tenth of test:pg's time.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    await admin.end();
    const url = pgDatabaseUrl(name);
    const db = createDb(url);
    return {
      db,
      url,
      async destroy() {
        await db.destroy();
        const a = new pg.Client({ connectionString: TEST_PG_URL });
        await a.connect();
        // A backend still closing when the FORCE drop terminates it makes its client emit an unhandled error.
        await untilUnused(a, name);
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
  const file = path.join(dir, "portal.db");
  fs.copyFileSync(inject("dbTemplate"), file);
  const db = createDb(file);
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
