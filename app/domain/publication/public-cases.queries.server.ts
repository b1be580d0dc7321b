/**
 * What the public reads of published cases (典型案例): the list, newest first,
 * and one case by its id. No actor: it is public. Used by the open-data API
 * (/api/v1/cases) and meant for the public HTML pages (list, detail, Atom feed)
 * as they are: keep them general.
 *
 * Only `published` cases are read with their content (public_cases.content,
 * frozen at approval, parsed with `publicCaseContent`). A `withdrawn` case is
 * known by its id, without content (its content is cleared at withdrawal), so
 * whoever copied it learns to take it down; drafts (`draft`,
 * `pending_approval`, `returned`) are never public and read as unknown ids.
 *
 * The list walks an index in the list's order (`published_at desc, id
 * desc`), one per view (migration 2026-12-02T0900): `public_cases_published`
 * nationwide, `public_cases_published_region` for a district,
 * `public_cases_published_city` and `_province` (on the code's prefix) for a
 * city or a province, `public_cases_published_year` for a year. Each ends
 * with the other filters' columns (decision kind, nature, rule, year,
 * region), so the walk checks them on its entries and reads a table row,
 * content and all, only for a case of the page.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import type { KindergartenNature, PublicCaseDecisionKind, PublicCaseWithdrawal } from "~/db/schema";
import { regionChoices, regionDirectory } from "~/domain/disclosure/region-directory.server";
import { regionPrefix } from "~/domain/regions/region-scope";
import { isNewIdShape } from "~/utils/ids";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { logger } from "~/utils/logger.server";
import { shanghaiDate } from "~/utils/working-days";
import { publicCaseContent, type PublicCaseContent } from "./public-case.schema";

/** The most cases one call reads (a page of the API holds at most 100; a CSV chunk more). */
export const PUBLIC_CASES_MAX_LIMIT = 1000;

export interface PublicCaseFilters {
  /** A province, city or district code (GB/T 2260): the cases of every district at or below it. */
  region?: string;
  /** The year of the decision (`decided_on`), e.g. 2026. */
  year?: number;
  decisionKind?: PublicCaseDecisionKind;
  /** A rule id, e.g. "R03". */
  ruleId?: string;
  nature?: KindergartenNature;
}

export interface PublishedCase {
  id: string;
  /** The instant it was published (ISO-8601 UTC): the list's order. */
  publishedAt: string;
  /** The civil day it was published (Asia/Shanghai). */
  publishedOn: string;
  content: PublicCaseContent;
}

export interface PublishedCasesPage {
  cases: PublishedCase[];
  /** The cursor of the next page (opaque), null on the last one. */
  next: string | null;
}

export type PublicCaseReading =
  | ({ status: "published" } & PublishedCase)
  | { status: "withdrawn"; id: string; /** The civil day it was withdrawn (Asia/Shanghai). */ withdrawnOn: string; reason: PublicCaseWithdrawal | null };

/** A place in the list's order: the last case of a page. */
interface Position {
  publishedAt: string;
  id: string;
}

/** A cursor that is not one of this list's (mangled, forged, another list's) reads as none: the first page. */
function decodePosition(cursor: string | null | undefined): Position | null {
  const key = decodeCursor(cursor ?? undefined);
  return key?.length === 2 && typeof key[0] === "string" && typeof key[1] === "string" ? { publishedAt: key[0], id: key[1] } : null;
}

/**
 * A page of published cases, newest first (`published_at desc, id desc`),
 * under the filters, after `cursor` (the `next` of the page before; a
 * malformed one starts from the first page). `limit` is bounded to
 * 1 … PUBLIC_CASES_MAX_LIMIT.
 */
export async function publishedCasesPage(db: DB, filters: PublicCaseFilters, cursor: string | null | undefined, limit: number): Promise<PublishedCasesPage> {
  const size = Math.min(Math.max(1, Math.floor(limit) || 1), PUBLIC_CASES_MAX_LIMIT);
  const after = decodePosition(cursor);
  let query = db
    .selectFrom("public_cases")
    .select(["id", "published_at", "published_on", "content"])
    .where("status", "=", "published")
    .where("content", "is not", null);
  if (filters.region) {
    // A district by its code; a city or a province by its prefix, written as their indexes are, so its page is read in the list's order.
    const prefix = regionPrefix(filters.region);
    query = prefix.length === 6 ? query.where("region_code", "=", prefix) : query.where(sql<string>`substr(region_code, 1, ${sql.lit(prefix.length)})`, "=", prefix);
  }
  // Written as the index public_cases_published_year is: the year's page is read along it in the list's order.
  if (filters.year !== undefined) query = query.where(sql<string>`substr(decided_on, 1, 4)`, "=", String(filters.year));
  if (filters.decisionKind) query = query.where("decision_kind", "=", filters.decisionKind);
  if (filters.ruleId) query = query.where("rule_id", "=", filters.ruleId);
  if (filters.nature) query = query.where("nature", "=", filters.nature);
  if (after) query = query.where((eb) => eb(eb.refTuple("published_at", "id"), "<", eb.tuple(after.publishedAt, after.id)));
  const rows = await query.orderBy("published_at", "desc").orderBy("id", "desc").limit(size + 1).execute();

  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  const cases = page.flatMap((row) => {
    const content = parsedContent(row.id, row.content);
    return content && row.published_at ? [{ id: row.id, publishedAt: row.published_at, publishedOn: row.published_on ?? shanghaiDate(new Date(row.published_at)), content }] : [];
  });
  return { cases, next: rows.length > size && last?.published_at ? encodeCursor([last.published_at, last.id]) : null };
}

/**
 * One case as the public may read it: a published one with its content; a
 * withdrawn one as the fact of its withdrawal (the day and why), no content;
 * null for a draft (or one withdrawn before it was published), an unknown id
 * or an id of the wrong shape (not looked up).
 */
export async function publicCaseById(db: DB, id: string): Promise<PublicCaseReading | null> {
  if (!isNewIdShape(id)) return null;
  const row = await db
    .selectFrom("public_cases")
    .select(["id", "status", "published_at", "published_on", "withdrawn_at", "withdrawal_reason", "content"])
    .where("id", "=", id)
    .where("status", "in", ["published", "withdrawn"])
    // A draft taken down before it was ever published was never public: it is not there.
    .where("published_at", "is not", null)
    .executeTakeFirst();
  if (!row) return null;
  if (row.status === "withdrawn") {
    return { status: "withdrawn", id: row.id, withdrawnOn: shanghaiDate(new Date(row.withdrawn_at ?? row.published_at ?? Date.now())), reason: row.withdrawal_reason };
  }
  const content = parsedContent(row.id, row.content);
  if (!content || !row.published_at) return null;
  return { status: "published", id: row.id, publishedAt: row.published_at, publishedOn: row.published_on ?? shanghaiDate(new Date(row.published_at)), content };
}

/**
 * Every published case under the filters, newest first, in chunks of
 * `chunkSize` pages (a bulk download streams them as they are read; the
 * whole list is never held).
 */
export async function* publishedCaseChunks(db: DB, filters: PublicCaseFilters, chunkSize = 500): AsyncGenerator<PublishedCase[]> {
  let cursor: string | null = null;
  do {
    const page: PublishedCasesPage = await publishedCasesPage(db, filters, cursor, chunkSize);
    if (page.cases.length > 0) yield page.cases;
    cursor = page.next;
  } while (cursor);
}

/**
 * A version of what the public can read of published cases: it changes when
 * a case is published, changed or withdrawn (the count of published cases
 * and their latest change), so a bulk file's validator (ETag) can be known
 * before the file is read.
 */
export async function publishedCasesVersion(db: DB): Promise<string> {
  const row = await db
    .selectFrom("public_cases")
    .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("updated_at").as("latest")])
    .where("status", "=", "published")
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${row?.latest ?? ""}`;
}

/**
 * The frozen content, checked against the schema the public reads: a row
 * that does not parse (written by hand, or by an older schema) is left out
 * and logged rather than served half-formed or failing the whole list.
 */
function parsedContent(id: string, text: string | null): PublicCaseContent | null {
  if (!text) return null;
  try {
    const parsed = publicCaseContent.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    logger.error({ publicCaseId: id, issues: parsed.error.issues.slice(0, 5) }, "public case content does not match its schema: left out");
  } catch {
    logger.error({ publicCaseId: id }, "public case content is not JSON: left out");
  }
  return null;
}

/** The public list's page size (典型案例 on a phone: a screenful or two). */
export const PUBLIC_CASE_PAGE_SIZE = 20;

/** The public list page: a page of cases and the region chooser's lists for the regions chosen. */
export async function publicCaseListPage(db: DB, filters: PublicCaseFilters, chosen: { province?: string; city?: string }, after: string | undefined) {
  const [page, directory] = await Promise.all([publishedCasesPage(db, filters, after, PUBLIC_CASE_PAGE_SIZE), regionDirectory(db)]);
  return { ...page, choices: regionChoices(directory, chosen) };
}
