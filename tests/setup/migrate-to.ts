/**
 * A test's way back and forth through the project's migrations on its database: to a named migration (down or up
 * to it) or to "latest", throwing the migration's own error. Migration tests write rows as an older schema held them,
 * then migrate and read what the migration made of them.
 */
import { Migrator } from "kysely";
import type { DB } from "~/db/client";
import { migrations } from "~/db/migrations/index";

export function migrationsOf(db: DB): (name: string) => Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return async (name) => {
    const result = name === "latest" ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
    if (result.error) throw result.error;
  };
}
