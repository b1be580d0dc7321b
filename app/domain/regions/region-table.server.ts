/**
 * The regions table, read whole once per database handle and kept until its version in public_read_versions moves
 * (its triggers bump it on any write). It is reference data (GB/T 2260: a few hundred to a few thousand rows), written
 * by set-up scripts and migrations and never by a request, while every public search page reads it (the district
 * chooser, each hit's place, the names a query may begin with): so it is not read on every request. What is made from
 * it (a directory, an index of names) is made once per reading: `fromRegionTable` keeps it with the rows it was made of.
 */
import type { DB } from "~/db/client";
import type { RegionsTable } from "~/db/schema";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { RegionNameIndex } from "./leading-region";

export type RegionRow = Readonly<RegionsTable>;

const cache = new WeakMap<DB, { version: number; rows: Promise<readonly RegionRow[]> }>();

/** Every region; the same array while the table is unchanged. */
export async function regionTable(db: DB): Promise<readonly RegionRow[]> {
  // Kept while the table's version (bumped by its triggers) holds: a page kept under that version names places as they are.
  const version = (await publicSourceVersions(db)).get("regions") ?? -1;
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.rows;
  const rows = db.selectFrom("regions").select(["code", "name", "level", "parent_code"]).execute();
  const entry = { version, rows };
  // A failed read is not kept: the next request tries again.
  rows.catch(() => cache.get(db) === entry && cache.delete(db));
  cache.set(db, entry);
  return rows;
}

/** What `make` makes of the table now, made once per reading of it (one WeakMap per kind of thing made). */
export function fromRegionTable<T>(make: (rows: readonly RegionRow[]) => T): (db: DB) => Promise<T> {
  const made = new WeakMap<readonly RegionRow[], T>();
  return async (db) => {
    const rows = await regionTable(db);
    let value = made.get(rows);
    if (value === undefined) made.set(rows, (value = make(rows)));
    return value;
  };
}

/** The regions by the names a search query may begin with (leading-region.ts). */
export const regionNameIndex = fromRegionTable((rows) => new RegionNameIndex(rows));
