/**
 * A kindergarten's public fee schedules as open data, at stable URLs
 * (/kindergartens/<id>/fees.json and fees.csv): the schedule in force and the
 * next announced one, one record per fee item. Field names are English and
 * values are codes (documented in the README, "公开数据 / Open data"), so a
 * program reads them without the page's words; amounts come in fen (exact)
 * and in yuan as a decimal string.
 */
import Papa from "papaparse";
import type { DB } from "~/db/client";
import { fenToYuanInput } from "~/utils/money";
import { publicFeeSchedules } from "./disclosure.queries.server";
import type { PublicSchedule } from "./disclosure.schema";

/** The CSV's columns, in order: one row per fee item. */
export const OPEN_DATA_CSV_COLUMNS = [
  "kindergarten_id",
  "uscc",
  "kindergarten_name",
  "schedule",
  "term",
  "version",
  "effective_from",
  "published_on",
  "category",
  "item_code",
  "item_name",
  "amount_fen",
  "amount_yuan",
  "unit",
  "age_band",
  "voluntary",
] as const;

type ScheduleStatus = "in_force" | "next";

export interface OpenFeeData {
  kindergarten: { id: string; uscc: string; approved_name: string; name_in_use: string; nature: string; region_code: string };
  /** The civil date (Asia/Shanghai) "in force" and "next" are reckoned on. */
  as_of: string;
  schedules: Array<{
    schedule: ScheduleStatus;
    term: string;
    version: number;
    effective_from: string;
    published_on: string;
    filed_on: string;
    items: Array<{
      category: string;
      item_code: string;
      item_name: string;
      amount_fen: number;
      amount_yuan: string;
      unit: string;
      age_band: string;
      voluntary: boolean;
    }>;
  }>;
}

/** The open data of a public kindergarten, as of `now`; null when there is none. */
export async function openFeeData(db: DB, kindergartenId: string, now: Date = new Date()): Promise<OpenFeeData | null> {
  const found = await publicFeeSchedules(db, kindergartenId, now);
  if (!found) return null;
  const { kindergarten: k } = found;
  const listed: Array<[ScheduleStatus, PublicSchedule | null]> = [
    ["in_force", found.inForce],
    ["next", found.next],
  ];
  return {
    kindergarten: { id: k.id, uscc: k.uscc, approved_name: k.approved_name, name_in_use: k.name_in_use, nature: k.nature, region_code: k.region_code },
    as_of: found.asOf,
    schedules: listed.flatMap(([schedule, s]) =>
      s
        ? [
            {
              schedule,
              term: s.term,
              version: s.version,
              effective_from: s.effective_from,
              published_on: s.published_on,
              filed_on: s.filed_on,
              items: s.items.map((i) => ({
                category: i.category,
                item_code: i.code,
                item_name: i.name,
                amount_fen: i.amount_fen,
                amount_yuan: fenToYuanInput(i.amount_fen),
                unit: i.unit,
                age_band: i.age_band,
                voluntary: i.voluntary,
              })),
            },
          ]
        : [],
    ),
  };
}

/**
 * A version of the public kindergartens (how many, and their latest change):
 * the open-data API's bulk file takes its validator (ETag) from it, known
 * before the file is read. Every writer of a kindergarten sets updated_at.
 */
export async function publicKindergartensVersion(db: DB): Promise<string> {
  const row = await db
    .selectFrom("kindergartens")
    .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("updated_at").as("latest")])
    .where("status", "!=", "closed")
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${row?.latest ?? ""}`;
}

/**
 * The same as CSV: UTF-8 with a byte-order mark (Excel then reads the
 * Chinese right), a header row, CRLF line ends. A cell that a spreadsheet
 * would run as a formula (=, +, -, @ first) is quoted as text.
 */
export function openFeeCsv(data: OpenFeeData): string {
  const rows = data.schedules.flatMap((s) =>
    s.items.map((i) => ({
      kindergarten_id: data.kindergarten.id,
      uscc: data.kindergarten.uscc,
      kindergarten_name: data.kindergarten.approved_name,
      schedule: s.schedule,
      term: s.term,
      version: s.version,
      effective_from: s.effective_from,
      published_on: s.published_on,
      category: i.category,
      item_code: i.item_code,
      item_name: i.item_name,
      amount_fen: i.amount_fen,
      amount_yuan: i.amount_yuan,
      unit: i.unit,
      age_band: i.age_band,
      voluntary: i.voluntary ? 1 : 0,
    })),
  );
  return `\uFEFF${Papa.unparse({ fields: [...OPEN_DATA_CSV_COLUMNS], data: rows.map((r) => OPEN_DATA_CSV_COLUMNS.map((c) => r[c])) }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
