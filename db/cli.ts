/**
 * Database command line: `tsx db/cli.ts migrate|seed|reset`.
 * Opens DATABASE_URL (SQLite file ./data/portal.db when unset).
 *   migrate  apply pending migrations
 *   seed     migrate, then load the demo data (a no-op when already seeded)
 *   reset    drop everything (all migrations down), migrate, seed
 */
import type { MigrationResultSet } from "kysely";
import { createDb, dialectOf, DEFAULT_SQLITE_PATH } from "./client";
import { migrateDown, migrateToLatest } from "./migrate";
import { seedDemo, type SeedResult } from "./seed";
import { getEnv } from "~/utils/env.server";

const COMMANDS = ["migrate", "seed", "reset"] as const;
type Command = (typeof COMMANDS)[number];

function printMigrations(result: MigrationResultSet): void {
  const applied = (result.results ?? []).filter((r) => r.status === "Success");
  if (applied.length === 0) console.log("Migrations: already up to date.");
  for (const r of applied) console.log(`Migration applied: ${r.migrationName}`);
}

function printSeed(result: SeedResult): void {
  console.log(result.seeded ? "Demo data seeded." : "Database already has data; seed skipped.");
  console.log("\nDemo accounts (all share one password):");
  const w = {
    username: Math.max(8, ...result.accounts.map((a) => a.username.length)),
    password: Math.max(8, ...result.accounts.map((a) => a.password.length)),
    role: Math.max(4, ...result.accounts.map((a) => a.role.length)),
  };
  const line = (u: string, p: string, r: string, d: string) =>
    `  ${u.padEnd(w.username)}  ${p.padEnd(w.password)}  ${r.padEnd(w.role)}  ${d}`;
  console.log(line("username", "password", "role", "description"));
  console.log(line("-".repeat(w.username), "-".repeat(w.password), "-".repeat(w.role), "-----------"));
  for (const a of result.accounts) console.log(line(a.username, a.password, a.role, a.description));
}

/** Node's AggregateError (e.g. ECONNREFUSED on ::1 and 127.0.0.1) has an empty message. */
function describeError(err: unknown): string {
  if (err instanceof AggregateError && !err.message) return err.errors.map(describeError).join("; ");
  if (err instanceof Error) return err.message || (err as NodeJS.ErrnoException).code || err.name;
  return String(err);
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0] as Command | undefined;
  if (!command || !COMMANDS.includes(command)) {
    console.error(`Usage: tsx db/cli.ts <${COMMANDS.join("|")}>`);
    return 1;
  }
  const url = getEnv().DATABASE_URL;
  const target = dialectOf(url) === "postgres" ? "Postgres (DATABASE_URL)" : `SQLite ${url || DEFAULT_SQLITE_PATH}`;
  console.log(`${command}: ${target}`);

  const db = createDb(url);
  try {
    if (command === "reset") {
      await migrateDown(db);
      console.log("All migrations reverted.");
    }
    printMigrations(await migrateToLatest(db));
    if (command === "seed" || command === "reset") {
      const started = Date.now();
      const result = await seedDemo(db);
      printSeed(result);
      if (result.seeded) console.log(`\nSeeded in ${Date.now() - started} ms.`);
    }
    return 0;
  } catch (err) {
    console.error(`db ${command} failed: ${describeError(err)}`);
    if (getEnv().DEBUG && err instanceof Error && err.stack) console.error(err.stack);
    return 1;
  } finally {
    await db.destroy().catch(() => {});
  }
}

process.exitCode = await main(process.argv.slice(2));
