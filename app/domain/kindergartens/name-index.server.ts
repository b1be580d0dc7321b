/**
 * The index the public kindergarten search reads (app/domain/disclosure):
 * per kindergarten a kindergarten_search row (its search text, and copies of
 * its region, nature and status, so a walk through a region reads one
 * compact index and no kindergarten row), the grams of its search text
 * with its region (kindergarten_name_grams: a gram's kindergartens come in
 * the search's order, region then id) and how many kindergartens have each
 * gram (kindergarten_gram_counts).
 *
 * The database cannot derive these itself on both dialects alike, so whoever
 * writes a kindergarten (creates it, renames it, moves, reclassifies, closes
 * or reopens it) calls indexKindergartensForSearch with its id, in the same
 * transaction; called without ids (after a bulk load that wrote rows
 * directly) it brings every kindergarten up to date. Either way it is
 * idempotent and rewrites only what changed. A row it was not told about is
 * never shown wrongly: the search checks every hit against the kindergarten
 * itself; it may only be missed.
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, KindergartenNameGramsTable, KindergartenSearchTable } from "~/db/schema";
import { indexGrams, kindergartenSearchText } from "./name-grams";

type Handle = Kysely<Database> | Transaction<Database>;

/** Kindergartens read per round; rows per INSERT (at most five parameters each: far below SQLite's and Postgres's limits). */
const READ_CHUNK = 5000;
const INSERT_CHUNK = 500;
/** Lost grams per DELETE: three parameters each, 3,000 a statement (SQLite allows 32,766, Postgres 65,535). */
export const GRAM_DELETE_CHUNK = 1000;

type SearchRow = KindergartenSearchTable;

interface Current {
  id: string;
  approved_name: string;
  name_in_use: string;
  region_code: string;
  nature: SearchRow["nature"];
  status: SearchRow["status"];
  indexed_text: string | null;
  indexed_region: string | null;
  indexed_nature: string | null;
  indexed_status: string | null;
}

/**
 * (Re)indexes the given kindergartens, or every kindergarten when `ids` is
 * omitted, and returns how many needed it. Given a transaction it works
 * inside it; given the database handle, each round of READ_CHUNK
 * kindergartens is its own transaction, so a national re-index never holds
 * SQLite's write lock for long.
 *
 * `insertedHere`: kindergartens the caller's transaction inserted. No other
 * writer can see them before it commits, so none can have indexed them: their
 * grams are inserted without the conflict check, which cost a third of an
 * import's gram inserts on Postgres (a speculative insertion per row; 94,000
 * grams of 3,000 kindergartens: 4.8 s with it, 3.0 s without, on the loaded
 * 2-core machine).
 */
export async function indexKindergartensForSearch(db: Handle, ids?: readonly string[], insertedHere?: ReadonlySet<string>): Promise<number> {
  let changed = 0;
  const round = async (read: (h: Handle) => Promise<Current[]>): Promise<Current[]> => {
    const work = async (h: Handle) => {
      const rows = await read(h);
      changed += await writeIndex(h, rows, insertedHere);
      return rows;
    };
    return db.isTransaction ? work(db) : db.transaction().execute(work);
  };
  const current = (h: Handle) =>
    h
      .selectFrom("kindergartens as k")
      .leftJoin("kindergarten_search as s", "s.kindergarten_id", "k.id")
      .select([
        "k.id",
        "k.approved_name",
        "k.name_in_use",
        "k.region_code",
        "k.nature",
        "k.status",
        "s.search_text as indexed_text",
        "s.region_code as indexed_region",
        "s.nature as indexed_nature",
        "s.status as indexed_status",
      ]);
  if (ids) {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += READ_CHUNK) {
      const chunk = unique.slice(i, i + READ_CHUNK);
      await round((h) => current(h).where("k.id", "in", chunk).execute());
    }
    return changed;
  }
  let after = "";
  for (;;) {
    const rows = await round((h) => current(h).where("k.id", ">", after).orderBy("k.id").limit(READ_CHUNK).execute());
    if (rows.length < READ_CHUNK) return changed;
    after = rows[rows.length - 1].id;
  }
}

async function writeIndex(h: Handle, rows: readonly Current[], insertedHere?: ReadonlySet<string>): Promise<number> {
  const upserts: SearchRow[] = [];
  const grams: KindergartenNameGramsTable[] = [];
  const lost: KindergartenNameGramsTable[] = [];
  const counted = new Map<string, number>();
  const count = (gram: string, by: number) => counted.set(gram, (counted.get(gram) ?? 0) + by);
  for (const row of rows) {
    const text = kindergartenSearchText(row);
    const sameGrams = row.indexed_text === text && row.indexed_region === row.region_code;
    if (sameGrams && row.indexed_nature === row.nature && row.indexed_status === row.status) continue;
    upserts.push({ kindergarten_id: row.id, region_code: row.region_code, nature: row.nature, status: row.status, search_text: text });
    if (sameGrams) continue;
    // A gram's key holds the region: a move rewrites them all, a rename only those its names lost or gained.
    const before = row.indexed_text === null ? [] : indexGrams(row.indexed_text);
    const after = indexGrams(text);
    const kept = new Set(row.indexed_region === row.region_code ? before.filter((g) => after.includes(g)) : []);
    for (const gram of after) {
      if (kept.has(gram)) continue;
      grams.push({ gram, region_code: row.region_code, kindergarten_id: row.id });
      count(gram, 1);
    }
    for (const gram of before) {
      if (kept.has(gram)) continue;
      lost.push({ gram, region_code: row.indexed_region!, kindergarten_id: row.id });
      count(gram, -1);
    }
  }
  // The grams renamed and moved kindergartens lost, by their whole key (the unique index's), many a statement: one
  // DELETE a kindergarten made a file renaming 20,000 send 20,000 (Postgres: 8–14 s of DELETEs, 2–3 s now).
  lost.sort(byKey);
  for (let i = 0; i < lost.length; i += GRAM_DELETE_CHUNK) {
    const keys = lost.slice(i, i + GRAM_DELETE_CHUNK).map((g) => sql`(${g.gram}, ${g.region_code}, ${g.kindergarten_id})`);
    await h
      .deleteFrom("kindergarten_name_grams")
      .where(sql<boolean>`(gram, region_code, kindergarten_id) in (values ${sql.join(keys)})`)
      .execute();
  }
  for (let i = 0; i < upserts.length; i += INSERT_CHUNK) {
    await h
      .insertInto("kindergarten_search")
      .values(upserts.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc.column("kindergarten_id").doUpdateSet((eb) => ({
          region_code: eb.ref("excluded.region_code"),
          nature: eb.ref("excluded.nature"),
          status: eb.ref("excluded.status"),
          search_text: eb.ref("excluded.search_text"),
        })),
      )
      .execute();
  }
  // In key order: a round's grams then fill the key's pages one after another instead of landing all over it
  // (a national index from scratch, 5.3 M grams: 92 s instead of 224 s, measured on the 2-core machine).
  grams.sort(byKey);
  const fresh = insertedHere ? grams.filter((g) => insertedHere.has(g.kindergarten_id)) : [];
  const others = insertedHere ? grams.filter((g) => !insertedHere.has(g.kindergarten_id)) : grams;
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) await h.insertInto("kindergarten_name_grams").values(fresh.slice(i, i + INSERT_CHUNK)).execute();
  for (let i = 0; i < others.length; i += INSERT_CHUNK) {
    // A twin indexing the same kindergarten at the same moment (Postgres) may have added the gram already.
    await h
      .insertInto("kindergarten_name_grams")
      .values(others.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) => oc.columns(["gram", "region_code", "kindergarten_id"]).doNothing())
      .execute();
  }
  // Sorted: concurrent writers (Postgres) then lock the counters in one order and cannot deadlock on them.
  // A twin's gram that was already there is counted twice: the count only ranks grams, it decides no answer.
  const deltas = [...counted].filter(([, by]) => by !== 0).sort(([a], [b]) => compare(a, b));
  for (let i = 0; i < deltas.length; i += INSERT_CHUNK) {
    await h
      .insertInto("kindergarten_gram_counts")
      .values(deltas.slice(i, i + INSERT_CHUNK).map(([gram, kindergartens]) => ({ gram, kindergartens })))
      .onConflict((oc) => oc.column("gram").doUpdateSet((eb) => ({ kindergartens: eb("kindergarten_gram_counts.kindergartens", "+", eb.ref("excluded.kindergartens")) })))
      .execute();
  }
  return upserts.length;
}

function byKey(a: KindergartenNameGramsTable, b: KindergartenNameGramsTable): number {
  return compare(a.gram, b.gram) || compare(a.region_code, b.region_code) || compare(a.kindergarten_id, b.kindergarten_id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
