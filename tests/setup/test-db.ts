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
import type { CompiledQuery, KyselyPlugin, RootOperationNode } from "kysely";
import { inject } from "vitest";
import { createDb, type DB } from "~/db/client";
import { shanghaiDate } from "~/utils/working-days";

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
  return copyOf(inject("dbTemplate"));
}

/**
 * A fresh test database holding the demo data (`seedDemo`, db/seed.ts) as of today, as if seeded now. Seeding
 * took 0.5 s of CPU on SQLite and 1.5–2 s on Postgres, in some thirty files a run; so the first file that asks
 * seeds a copy of the run's template once, and every file gets a copy of that. The demo is dated by its day
 * (working days back from today, a deadline sweep as of today), so a copy is kept per Shanghai day: a run that
 * passes midnight seeds again rather than hand out yesterday's demo.
 */
export async function createDemoDb(): Promise<TestDb> {
  const day = shanghaiDate();
  return copyOf(TEST_DIALECT === "pg" ? await pgDemoTemplate(day) : await sqliteDemoTemplate(day));
}

async function seedDemoInto(db: DB): Promise<void> {
  // Imported here: the global setup imports this module too, and needs none of the app.
  const { seedDemo } = await import("~/db/seed");
  try {
    await seedDemo(db);
  } finally {
    await db.destroy();
  }
}

/** Files of one run share the template's folder; the first to take the lock (a directory) seeds, the others wait. */
async function sqliteDemoTemplate(day: string): Promise<string> {
  const base = inject("dbTemplate");
  const file = path.join(path.dirname(base), `demo-${day}.db`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (fs.existsSync(file)) return file;
    if (takeLock(lock)) {
      const building = `${file}.${process.pid}.building`;
      try {
        fs.copyFileSync(base, building);
        // Closing the last connection checkpoints the WAL into the file: the file alone is whole.
        await seedDemoInto(createDb(building));
        fs.renameSync(building, file);
        return file;
      } catch (err) {
        fs.rmSync(building, { force: true });
        fs.rmSync(lock, { recursive: true, force: true }); // another file may try again
        throw err;
      }
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for another test file to seed ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function takeLock(dir: string): boolean {
  try {
    fs.mkdirSync(dir);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

/** The run's template name with the day: dropped with the template at the end of the run (db-template.ts). */
function pgDemoTemplateName(template: string, day: string): string {
  return `${template}_demo_${day.replaceAll("-", "")}`;
}

/** Under an advisory lock, so that one file seeds and the others wait for it. */
async function pgDemoTemplate(day: string): Promise<string> {
  const name = pgDemoTemplateName(inject("dbTemplate"), day);
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(hashtext($1))", [name]);
    const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("dbTemplate")}`);
      try {
        await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
        await seedDemoInto(createDb(pgDatabaseUrl(name)));
        // Copying a database needs it without connections: none may open it from here on.
        await untilUnused(admin, name);
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      } catch (err) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        throw err;
      }
    }
    return name;
  } finally {
    await admin.end(); // and with the session, its lock
  }
}

async function copyOf(template: string): Promise<TestDb> {
  if (TEST_DIALECT === "pg") {
    const name = `portal_test_${ulid().toLowerCase()}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
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
  fs.copyFileSync(template, file);
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

/** Throws on the first query the predicate matches: a crash at that point of a transaction (`db.withPlugin(crashOn(...))`). */
export function crashOn(matches: (node: RootOperationNode) => boolean): KyselyPlugin {
  return {
    transformQuery({ node }) {
      if (matches(node)) throw new Error("simulated crash before commit");
      return node;
    },
    async transformResult({ result }) {
      return result;
    },
  };
}

/** `crashOn`'s predicate for an insert into `table`. */
export const insertInto = (table: string) => (node: RootOperationNode) => node.kind === "InsertQueryNode" && node.into?.table.identifier.name === table;
