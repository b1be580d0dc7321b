/**
 * The versions of what the public reads: one counter per source, bumped by
 * triggers on every write to it (migration 2026-12-04T0300). Read on every
 * request the shared public reads serve (app/web/shared-reads.server.ts), so
 * one prepared statement over a four-row table.
 */
import type { Kysely } from "kysely";
import type { DB } from "~/db/client";
import { prepared } from "~/db/prepared";
import type { Database } from "~/db/schema";

const readVersions = prepared("publicReads.versions", (db: Kysely<Database>, _$: Record<string, never>) =>
  db.selectFrom("public_read_versions").select(["source", "version"]),
);

/** Every source's version now. Read it before the data it versions: what is read after can only be newer. */
export async function publicSourceVersions(db: DB): Promise<ReadonlyMap<string, number>> {
  const rows = await readVersions.execute(db, {});
  return new Map(rows.map((r) => [r.source, Number(r.version)]));
}
