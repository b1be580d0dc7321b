/**
 * The incremental refresh of the public statistics: only the cells whose
 * sources changed since they were last counted are counted again.
 *
 * Which cells changed is written by the database itself: triggers on the
 * sources (migration 2026-12-01T1100_statistics) mark (district, month) and
 * (kindergarten, year) in `statistics_dirty`, in the writer's transaction,
 * bumping a generation on each change. A trigger sees the row before and
 * after the change (a transferred complaint dirties both districts) and no
 * writer can forget it, which a watermark over timestamps the writers choose
 * (demo data and tests write instants in the past; a long transaction
 * commits an early instant late) would not give.
 *
 * A run, batch by batch:
 * 1. read some markers with their generations;
 * 2. count those cells from the sources, outside any transaction (reads
 *    only; on SQLite a transaction would hold the file's write lock);
 * 3. in one short transaction (serialised with other refreshes: the
 *    `statistics` advisory lock on Postgres, the write lock on SQLite):
 *    keep only cells whose marker still has the generation read, replace
 *    their rows, delete their markers *where the generation is still the one
 *    read*, and recompute the sums of their cities, provinces and the
 *    country for those months.
 * A write committed after step 1 has bumped its marker, so step 3 skips the
 * cell or leaves its marker (Postgres re-checks the DELETE's condition after
 * waiting for a writer still holding the marker's row), and the next run
 * counts it again. So the refresh is correct under concurrent writes and
 * idempotent: a second run finds nothing to do, two runs at once count a
 * cell twice at worst and write it once.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { KindergartenComplaintStatisticsTable, StatisticsLevel } from "~/db/schema";
import { currentDeadline } from "~/domain/complaints/complaint-clock";
import { eventLoopSlicer } from "~/utils/event-loop";
import { COUNTRY_CODE, type KindergartenOutcome, type MetricName } from "./statistics.schema";

const BATCH = 500;
const IN_CHUNK = 400;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The month ('YYYY-MM', Asia/Shanghai) of an ISO instant; "" for text that is none (counted nowhere rather than stopping every refresh). */
export const instantMonth = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "" : new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
};
/** The first instant of a Shanghai month ('YYYY-MM'), as stored (ISO, UTC). */
const monthStartInstant = (month: string): string => new Date(Date.parse(`${month}-01T00:00:00.000Z`) - SHANGHAI_OFFSET_MS).toISOString();
export const nextMonth = (month: string): string => {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

export interface Figure {
  metric: MetricName;
  key: string;
  value: number;
}

export interface RefreshResult {
  districtCells: number;
  kindergartenYears: number;
  /** Cells counted but changed again meanwhile: left for the next run. */
  skipped: number;
}

export interface RefreshOptions {
  batch?: number;
  /** Tests: runs between counting a batch and writing it (where a concurrent writer may commit). */
  afterCount?: () => Promise<void>;
}

interface Marker {
  kind: "district" | "kindergarten";
  subject: string;
  period: string;
  generation: number;
}

/** Counts every dirty cell; returns how many were written. Safe to run at any time, as often as wanted. */
export async function refreshStatistics(db: DB, opts: RefreshOptions = {}): Promise<RefreshResult> {
  const result: RefreshResult = { districtCells: 0, kindergartenYears: 0, skipped: 0 };
  const batch = opts.batch ?? BATCH;
  // SQLite answers synchronously: a first run over a national backlog would hold the web process's requests without it.
  const slice = eventLoopSlicer();
  // Markers left at the front because they changed while counted are read again; a batch with no progress ends the run (the next one continues).
  for (;;) {
    const markers = await db.selectFrom("statistics_dirty").selectAll().orderBy("kind").orderBy("subject").orderBy("period").limit(batch).execute();
    if (markers.length === 0) break;
    const written = await refreshBatch(db, markers, opts, slice);
    result.districtCells += written.districtCells;
    result.kindergartenYears += written.kindergartenYears;
    result.skipped += written.skipped;
    if (written.districtCells + written.kindergartenYears === 0) break;
  }
  return result;
}

async function refreshBatch(db: DB, markers: Marker[], opts: RefreshOptions, slice: () => Promise<void>): Promise<RefreshResult> {
  const districts = new Map<string, string[]>();
  const kindergartens = new Map<string, string[]>();
  for (const m of markers) {
    const into = m.kind === "district" ? districts : kindergartens;
    (into.get(m.subject) ?? into.set(m.subject, []).get(m.subject)!).push(m.period);
  }
  const districtFigures = new Map<string, Map<string, Figure[]>>();
  for (const [region, months] of districts) {
    districtFigures.set(region, await countDistrict(db, region, months));
    await slice();
  }
  const kindergartenRows = new Map<string, Map<string, KindergartenYear | null>>();
  for (const [id, years] of kindergartens) {
    kindergartenRows.set(id, await countKindergarten(db, id, years));
    await slice();
  }
  await opts.afterCount?.();

  return db.transaction().execute(async (trx) => {
    await lockFor(trx, "statistics");
    const current = new Map<string, number>();
    const subjects = [...new Set(markers.map((m) => m.subject))];
    for (let i = 0; i < subjects.length; i += IN_CHUNK) {
      const rows = await trx.selectFrom("statistics_dirty").selectAll().where("subject", "in", subjects.slice(i, i + IN_CHUNK)).execute();
      for (const r of rows) current.set(`${r.kind}|${r.subject}|${r.period}`, r.generation);
    }
    const fresh = markers.filter((m) => current.get(`${m.kind}|${m.subject}|${m.period}`) === m.generation);
    const touched = new Set<string>();
    let districtCells = 0;
    let kindergartenYears = 0;
    for (const m of fresh) {
      if (m.kind === "district") {
        await trx.deleteFrom("statistics_cells").where("level", "=", "district").where("region_code", "=", m.subject).where("month", "=", m.period).execute();
        const figures = districtFigures.get(m.subject)?.get(m.period) ?? [];
        if (figures.length > 0) {
          await trx
            .insertInto("statistics_cells")
            .values(figures.map((f) => ({ level: "district" as const, region_code: m.subject, month: m.period, metric: f.metric, key: f.key, value: f.value })))
            .execute();
        }
        touched.add(`${m.subject}|${m.period}`);
        districtCells += 1;
      } else {
        await trx.deleteFrom("kindergarten_complaint_statistics").where("kindergarten_id", "=", m.subject).where("year", "=", m.period).execute();
        const row = kindergartenRows.get(m.subject)?.get(m.period);
        if (row) await trx.insertInto("kindergarten_complaint_statistics").values(row).execute();
        kindergartenYears += 1;
      }
      await trx
        .deleteFrom("statistics_dirty")
        .where("kind", "=", m.kind)
        .where("subject", "=", m.subject)
        .where("period", "=", m.period)
        .where("generation", "=", m.generation)
        .execute();
    }
    await rollUp(trx, touched);
    return { districtCells, kindergartenYears, skipped: markers.length - fresh.length };
  });
}

/** The region above a district code at a level: its city (4 digits + 00), province (2 + 0000), the country. */
function parentOf(code: string, level: Exclude<StatisticsLevel, "district">): string {
  if (level === "city") return `${code.slice(0, 4)}00`;
  if (level === "province") return `${code.slice(0, 2)}0000`;
  return COUNTRY_CODE;
}

/** The codes a parent's children share: a city's districts begin with its 4 digits, a province's cities with its 2. */
function childRange(code: string, level: Exclude<StatisticsLevel, "district">): { from: string; before: string } | null {
  if (level === "country") return null;
  const prefix = code.slice(0, level === "city" ? 4 : 2);
  return { from: prefix, before: String(Number(prefix) + 1).padStart(prefix.length, "0") };
}

/**
 * The sums above the districts, for the months whose districts changed: each level is the sum of the level
 * below (a city of its districts, a province of its cities, the country of its provinces), so a province's
 * month sums a few dozen rows, not every district's.
 */
async function rollUp(trx: DB, touched: Set<string>): Promise<void> {
  const levels: Array<[Exclude<StatisticsLevel, "district">, StatisticsLevel]> = [
    ["city", "district"],
    ["province", "city"],
    ["country", "province"],
  ];
  for (const [level, below] of levels) {
    const parents = new Set([...touched].map((t) => `${parentOf(t.split("|")[0], level)}|${t.split("|")[1]}`));
    for (const p of parents) {
      const [code, month] = p.split("|");
      await trx.deleteFrom("statistics_cells").where("level", "=", level).where("region_code", "=", code).where("month", "=", month).execute();
      const range = childRange(code, level);
      let children = trx.selectFrom("statistics_cells").where("level", "=", below).where("month", "=", month);
      if (range) children = children.where("region_code", ">=", range.from).where("region_code", "<", range.before);
      await trx
        .insertInto("statistics_cells")
        .columns(["level", "region_code", "month", "metric", "key", "value"])
        .expression(
          children
            .select([sql.lit(level).as("level"), sql.lit(code).as("region_code"), "month" as const, "metric" as const, "key" as const, sql<number>`sum(value)`.as("value")])
            .groupBy(["month", "metric", "key"]),
        )
        .execute();
    }
  }
}

/** Adds one to a figure (or `by`). */
function bump(cells: Map<string, Map<string, number>>, month: string, metric: MetricName, key: string, by = 1) {
  const cell = cells.get(month) ?? cells.set(month, new Map()).get(month)!;
  const k = `${metric}|${key}`;
  cell.set(k, (cell.get(k) ?? 0) + by);
}

/** The first decision on a complaint (投诉: accepted or rejected; 举报: case or no case) and whether it met the legal deadline. */
export function firstDecision(c: {
  track: "complaint" | "report";
  clock_from: string;
  verification_extended: number;
  accepted_on: string | null;
  decided_on: string | null;
}): { on: string; inTime: boolean } | null {
  const on = c.track === "complaint" ? (c.accepted_on ?? c.decided_on) : c.decided_on;
  if (!on) return null;
  // The deadline of the "received" state, from the clock the handling district ran (complaint-clock.ts, the only source).
  const due = currentDeadline({
    track: c.track,
    status: "received",
    anonymous: false,
    clockFrom: c.clock_from,
    verificationExtended: c.verification_extended === 1,
    acceptedOn: null,
    decidedOn: null,
    mediationEndedOn: null,
    lastReplyOn: null,
  });
  return { on, inTime: due !== null && on <= due.dueOn };
}

/** Every figure of a district for the given months, counted from the sources (only months asked for are kept). */
export async function countDistrict(db: DB, region: string, months: readonly string[]): Promise<Map<string, Figure[]>> {
  const wanted = new Set(months);
  const sorted = [...wanted].sort();
  const first = sorted[0];
  const after = nextMonth(sorted[sorted.length - 1]);
  const [fromInstant, beforeInstant] = [monthStartInstant(first), monthStartInstant(after)];
  const [fromDate, beforeDate] = [`${first}-01`, `${after}-01`];
  const cells = new Map<string, Map<string, number>>();

  const filings = db
    .selectFrom("fee_filings as f")
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .where("k.region_code", "=", region)
    .where("f.submitted_at", ">=", fromInstant)
    .where("f.submitted_at", "<", beforeInstant);
  for (const f of await filings.select("f.submitted_at").execute()) bump(cells, instantMonth(f.submitted_at), "filings.filed", "all");
  // A filing's current flags are those stamped with its evaluated_at (older rows are history).
  const flags = await filings
    .innerJoin("rule_results as r", (j) => j.onRef("r.filing_id", "=", "f.id").onRef("r.evaluated_at", "=", "f.evaluated_at"))
    .select(["f.submitted_at", "r.rule_id"])
    .execute();
  for (const f of flags) bump(cells, instantMonth(f.submitted_at), "flags.rule", f.rule_id);

  const opened = await db
    .selectFrom("inspection_cases")
    .select(["opened_at", "source"])
    .where("region_code", "=", region)
    .where("opened_at", ">=", fromInstant)
    .where("opened_at", "<", beforeInstant)
    .execute();
  for (const c of opened) bump(cells, instantMonth(c.opened_at), "cases.opened", c.source);

  const decided = await db
    .selectFrom("inspection_cases")
    .select(["decided_on", "decision_kind", "decision_detail"])
    .where("region_code", "=", region)
    .where("decided_on", "is not", null)
    .where("decided_on", ">=", fromDate)
    .where("decided_on", "<", beforeDate)
    .execute();
  for (const c of decided) {
    if (!c.decided_on || !c.decision_kind) continue;
    const month = c.decided_on.slice(0, 7);
    bump(cells, month, "cases.decided", c.decision_kind);
    if (c.decision_kind === "refund_ordered") {
      const detail = parseDetail(c.decision_detail);
      if (detail.amountFen > 0) bump(cells, month, "refunds.amount_fen", "all", detail.amountFen);
      if (detail.families > 0) bump(cells, month, "refunds.families", "all", detail.families);
    }
  }

  const complaints = await db
    .selectFrom("complaints")
    .select(["track", "received_at", "clock_from", "verification_extended", "accepted_on", "decided_on"])
    .where("region_code", "=", region)
    .where((eb) =>
      eb.or([
        eb.and([eb("received_at", ">=", fromInstant), eb("received_at", "<", beforeInstant)]),
        eb.and([eb("accepted_on", ">=", fromDate), eb("accepted_on", "<", beforeDate)]),
        eb.and([eb("decided_on", ">=", fromDate), eb("decided_on", "<", beforeDate)]),
      ]),
    )
    .execute();
  for (const c of complaints) {
    if (c.received_at >= fromInstant && c.received_at < beforeInstant) bump(cells, instantMonth(c.received_at), "complaints.received", c.track);
    if (c.track === "complaint" && c.accepted_on && c.accepted_on >= fromDate && c.accepted_on < beforeDate) bump(cells, c.accepted_on.slice(0, 7), "complaints.accepted", "all");
    const decision = firstDecision(c);
    if (decision && decision.on >= fromDate && decision.on < beforeDate) bump(cells, decision.on.slice(0, 7), "complaints.decided", decision.inTime ? "in_time" : "late");
  }

  const closed = await db
    .selectFrom("complaint_events as e")
    .innerJoin("complaints as c", "c.id", "e.complaint_id")
    .select("e.created_at")
    .where("c.region_code", "=", region)
    .where("e.kind", "=", "closed")
    .where("e.created_at", ">=", fromInstant)
    .where("e.created_at", "<", beforeInstant)
    .execute();
  for (const e of closed) bump(cells, instantMonth(e.created_at), "complaints.closed", "all");

  // Withdrawn cases were published: they stay counted in the month of publication.
  const published = await db
    .selectFrom("public_cases")
    .select(["published_on", "decision_kind"])
    .where("region_code", "=", region)
    .where("status", "in", ["published", "withdrawn"])
    .where("published_on", ">=", fromDate)
    .where("published_on", "<", beforeDate)
    .execute();
  for (const p of published) if (p.published_on) bump(cells, p.published_on.slice(0, 7), "cases.published", p.decision_kind);

  const out = new Map<string, Figure[]>();
  for (const month of wanted) {
    const figures: Figure[] = [];
    for (const [k, value] of cells.get(month) ?? []) {
      const [metric, key] = k.split("|") as [MetricName, string];
      figures.push({ metric, key, value });
    }
    out.set(month, figures);
  }
  return out;
}

function parseDetail(json: string | null): { amountFen: number; families: number } {
  try {
    const d = json ? (JSON.parse(json) as { amountFen?: unknown; families?: unknown }) : {};
    const n = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : 0);
    return { amountFen: n(d.amountFen), families: n(d.families) };
  } catch {
    return { amountFen: 0, families: 0 };
  }
}

/** A row of kindergarten_complaint_statistics, as the refresh counts it. */
export type KindergartenYear = KindergartenComplaintStatisticsTable;

/** Where a complaint stands, for the kindergarten's figures (a closed 举报 keeps the outcome of its decision event). */
export function complaintOutcome(
  c: { track: "complaint" | "report"; status: string; mediation_outcome: string | null; decided_on: string | null },
  decidedOutcome: string | null,
): KindergartenOutcome {
  if (c.track === "complaint") {
    if (c.status === "rejected") return "rejected";
    if (c.mediation_outcome === "agreement") return "agreement";
    if (c.mediation_outcome) return "no_agreement";
    return "pending";
  }
  if (!c.decided_on) return "pending";
  const outcome = c.status === "closed" ? decidedOutcome : c.status;
  return outcome === "case_opened" ? "case_opened" : outcome === "no_case" ? "no_case" : "pending";
}

/** A kindergarten's complaints received in each year asked for; null for a year with none. */
export async function countKindergarten(db: DB, kindergartenId: string, years: readonly string[]): Promise<Map<string, KindergartenYear | null>> {
  const out = new Map<string, KindergartenYear | null>();
  const kindergarten = await db.selectFrom("kindergartens").select("region_code").where("id", "=", kindergartenId).executeTakeFirst();
  for (const year of years) {
    if (!kindergarten) {
      out.set(year, null);
      continue;
    }
    const rows = await db
      .selectFrom("complaints")
      .select(["id", "track", "status", "mediation_outcome", "decided_on"])
      .where("kindergarten_id", "=", kindergartenId)
      .where("received_at", ">=", monthStartInstant(`${year}-01`))
      .where("received_at", "<", monthStartInstant(`${Number(year) + 1}-01`))
      .execute();
    if (rows.length === 0) {
      out.set(year, null);
      continue;
    }
    const closedReports = rows.filter((r) => r.track === "report" && r.status === "closed").map((r) => r.id);
    const decisions = new Map<string, string>();
    for (let i = 0; i < closedReports.length; i += IN_CHUNK) {
      const events = await db
        .selectFrom("complaint_events")
        .select(["complaint_id", "payload"])
        .where("complaint_id", "in", closedReports.slice(i, i + IN_CHUNK))
        .where("kind", "=", "decided")
        .orderBy("created_at")
        .execute();
      for (const e of events) {
        try {
          const outcome = (JSON.parse(e.payload) as { outcome?: unknown }).outcome;
          if (typeof outcome === "string") decisions.set(e.complaint_id, outcome);
        } catch {
          // A payload that is not JSON tells nothing: the report counts as undecided.
        }
      }
    }
    const row: KindergartenYear = {
      kindergarten_id: kindergartenId,
      year,
      region_code: kindergarten.region_code,
      received: rows.length,
      complaints: 0,
      reports: 0,
      closed: 0,
      pending: 0,
      rejected: 0,
      agreement: 0,
      no_agreement: 0,
      case_opened: 0,
      no_case: 0,
    };
    for (const r of rows) {
      row[r.track === "complaint" ? "complaints" : "reports"] += 1;
      if (r.status === "closed") row.closed += 1;
      row[complaintOutcome(r, decisions.get(r.id) ?? null)] += 1;
    }
    out.set(year, row);
  }
  return out;
}
