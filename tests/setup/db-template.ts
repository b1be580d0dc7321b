/**
 * Vitest global setup: one migrated database per run, of the run's dialect, that every test database
 * is copied from (tests/setup/test-db.ts). Running the 40-odd migrations took 60 ms on SQLite and
 * 600 ms on Postgres per database, several hundred times a run; a copy takes a few milliseconds.
 * Made anew by every run, so every run still proves the migrations on an empty database. The demo data's
 * template (createDemoDb) is made from it by the first test file that asks, and removed with it here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ulid } from "ulid";
import type { TestProject } from "vitest/node";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { pgDatabaseUrl, TEST_DIALECT, TEST_PG_URL, untilUnused } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the template file; Postgres: the template database's name. */
    dbTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (TEST_DIALECT === "pg") {
    const name = `portal_test_template_${ulid().toLowerCase()}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const db = createDb(pgDatabaseUrl(name));
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    // Copying a database needs it without connections: none may open it from here on.
    await untilUnused(admin, name);
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await admin.end();
    project.provide("dbTemplate", name);
    return async () => {
      const a = new pg.Client({ connectionString: TEST_PG_URL });
      await a.connect();
      // With the demo data's copies of it (test-db.ts, createDemoDb: one per day the run saw).
      const demos = await a.query("select datname from pg_database where datname like $1", [`${name}\\_demo\\_%`]);
      for (const { datname } of demos.rows) await a.query(`DROP DATABASE IF EXISTS ${datname}`);
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-template-"));
  const file = path.join(dir, "portal.db");
  const db = createDb(file);
  try {
    await migrateToLatest(db);
  } finally {
    // Closing the last connection checkpoints the WAL into the file and removes it: the file alone is whole.
    await db.destroy();
  }
  project.provide("dbTemplate", file);
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
