/**
 * A written notice's number (文书编号) drawn from the deciding authority's own series: per authority (the deciding
 * officer's region and agency, the authority the notice names), kind of notice and year, 1, 2, 3 … with no gap and
 * no repeat. Drawn in the decision's own transaction, so the number is given once and kept with the decision; a
 * decision that does not commit (a stale page, a failure) gives its number back with its rollback.
 *
 * No two decisions get one number: the draw is one upsert of the series' row (`notice_number_series`), which on
 * Postgres locks that row until the decision commits (a second decision of the same authority, kind and year waits,
 * then reads the committed number; two different series never wait for each other), and on SQLite runs under the
 * write lock every transaction takes first (BEGIN IMMEDIATE, db/sqlite-dialect.ts). Only a decision takes that row,
 * and takes it first, before its case's row, so no cycle can form with what other writers lock.
 */
import type { Transaction } from "kysely";
import type { Agency, Database } from "~/db/schema";
import { serialNoticeNumber, type SerialNoticeKind } from "./case-notice";
import { authorityPlaceNames } from "./case-notice.server";

/** Draws the next number of the authority's series of `kind` notices of `year` (every kind its own), as the notice prints it. */
export async function drawNoticeNumber(
  trx: Transaction<Database>,
  issuer: { regionCode: string; agency: Agency | null },
  kind: SerialNoticeKind,
  year: number,
): Promise<string> {
  const agency = issuer.agency ?? "none";
  const { last_number: serial } = await trx
    .insertInto("notice_number_series")
    .values({ issuer_region: issuer.regionCode, issuer_agency: agency, notice_kind: kind, year, last_number: 1 })
    .onConflict((oc) => oc.columns(["issuer_region", "issuer_agency", "notice_kind", "year"]).doUpdateSet((eb) => ({ last_number: eb("notice_number_series.last_number", "+", 1) })))
    .returning("last_number")
    .executeTakeFirstOrThrow();
  const place = await authorityPlaceNames(trx, issuer.regionCode);
  return serialNoticeNumber({ place, agency: issuer.agency, kind, year, serial });
}
