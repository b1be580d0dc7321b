/**
 * A migration test's database and its way back and forth through the project's migrations: to a named migration
 * (down or up to it) or to "latest", throwing the migration's own error. Migration tests write rows as an older
 * schema held them, then migrate and read what the migration made of them.
 */
import { Migrator } from "kysely";
import { afterAll, beforeAll } from "vitest";
import type { DB } from "~/db/client";
import { migrations } from "~/db/migrations/index";
import { createTestDb, type TestDb } from "./test-db";

export interface MigrationTest {
  /** The file's database (made by the suite's beforeAll). */
  readonly db: DB;
  /** Down or up to the named migration, or to "latest". */
  migrateTo(name: string): Promise<void>;
}

export interface MigrationTestOptions {
  /** The database to start from: a fresh migrated one unless said (createDemoDb for the demo's rows). */
  database?: () => Promise<TestDb>;
  /** Rows written by today's code on the latest schema, before the database goes down to `start`. */
  arrange?: (db: DB) => Promise<void>;
}

/**
 * Registers the suite's hooks: beforeAll makes the database, runs `arrange` and migrates to `start` (the migration
 * before the one under test, or "latest" for a test that starts from a database migrated from empty); afterAll
 * migrates to the latest again and drops the database. Call it inside the `describe`: a beforeAll of the file's own
 * registered after it runs after it (old rows written on the older schema).
 */
export function useMigrationTest(start: string, options: MigrationTestOptions = {}): MigrationTest {
  let t: TestDb | undefined;
  let migrator: Migrator | undefined;
  const migrateTo = async (name: string) => {
    if (!migrator) throw new Error("useMigrationTest: no database before the suite's beforeAll");
    const result = name === "latest" ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
    if (result.error) throw result.error;
  };
  beforeAll(async () => {
    t = await (options.database ?? createTestDb)();
    migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    await options.arrange?.(t.db);
    await migrateTo(start);
  });
  afterAll(async () => {
    try {
      if (migrator) await migrateTo("latest");
    } finally {
      await t?.destroy();
    }
  });
  return {
    get db() {
      if (!t) throw new Error("useMigrationTest: no database before the suite's beforeAll");
      return t.db;
    },
    migrateTo,
  };
}
