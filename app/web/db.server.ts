/**
 * The web process's database handle: one per process, kept on globalThis so
 * dev rebuilds and the composition root share it instead of opening another.
 */
import { createDb, type DB } from "~/db/client";
import { getEnv } from "~/utils/env.server";

const holder = globalThis as unknown as { __portalDb?: DB };

export function getDb(): DB {
  holder.__portalDb ??= createDb(getEnv().DATABASE_URL);
  return holder.__portalDb;
}

/** Tests and the server's composition root inject the handle they created. */
export function setDb(db: DB): void {
  holder.__portalDb = db;
}
