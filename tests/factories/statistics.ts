/**
 * Varied sources for the statistics tests, inserted as rows (what the
 * statistics count is the rows, whoever wrote them), and the figures they
 * should give, computed here with plain loops over what was inserted rather
 * than with the refresh's queries.
 */
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { CaseDecisionKind, CaseSource, ComplaintStatus, ComplaintTrack, PublicCaseStatus } from "~/db/schema";
import { HAISHU, JIANGBEI, XIHU, YINZHOU, createKindergarten } from "./domain";

export const STAT_DISTRICTS = [HAISHU, JIANGBEI, YINZHOU, XIHU];

/** A small deterministic PRNG (mulberry32), so a failing run is the same run again. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

export interface InsertedComplaint {
  id: string;
  kindergartenId: string;
  region: string;
  track: ComplaintTrack;
  status: ComplaintStatus;
  receivedAt: string;
  acceptedOn: string | null;
  decidedOn: string | null;
  /** Whether the first decision (acceptedOn ?? decidedOn for 投诉, decidedOn for 举报) met its deadline: by construction. */
  inTime: boolean | null;
  mediationOutcome: "agreement" | "no_agreement" | null;
  /** For a 举报: the decision's outcome (kept in its event when closed). */
  reportOutcome: "case_opened" | "no_case" | null;
  closedAt: string | null;
}

export interface Inserted {
  kindergartens: Array<{ id: string; region: string }>;
  filings: Array<{ id: string; region: string; submittedAt: string; currentFlags: string[] }>;
  cases: Array<{ id: string; region: string; openedAt: string; source: CaseSource; decidedOn: string | null; kind: CaseDecisionKind | null; amountFen: number; families: number }>;
  complaints: InsertedComplaint[];
  publicCases: Array<{ region: string; status: PublicCaseStatus; publishedOn: string | null; kind: "rectification_ordered" | "refund_ordered" | "penalty" }>;
}

const RULES = ["R03", "R04", "R05", "R10"];
const SOURCES: CaseSource[] = ["rule", "complaint", "spot_check"];
const KINDS: CaseDecisionKind[] = ["no_violation", "minor_corrected", "rectification_ordered", "refund_ordered", "penalty", "referred"];

/** An instant in a month (2026-01 … 2027-12) in Shanghai time; some at the edges (23:30 Shanghai on the last day, 00:10 on the first). */
function instantIn(r: ReturnType<typeof prng>): string {
  const year = 2026 + r.int(2);
  const month = 1 + r.int(12);
  const mm = String(month).padStart(2, "0");
  const edge = r.int(6);
  if (edge === 0) {
    // 00:10 Shanghai on the 1st: still the previous UTC day.
    return new Date(Date.parse(`${year}-${mm}-01T00:10:00+08:00`)).toISOString();
  }
  if (edge === 1) {
    // 23:30 Shanghai on the last day: UTC says the same day, 15:30.
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return new Date(Date.parse(`${year}-${mm}-${String(last).padStart(2, "0")}T23:30:00+08:00`)).toISOString();
  }
  const day = 1 + r.int(28);
  return new Date(Date.parse(`${year}-${mm}-${String(day).padStart(2, "0")}T${String(8 + r.int(10)).padStart(2, "0")}:00:00+08:00`)).toISOString();
}

const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function insertComplaintRow(
  db: DB,
  c: Omit<InsertedComplaint, "id" | "inTime" | "reportOutcome" | "closedAt"> & { clockFrom: string; reportOutcome?: "case_opened" | "no_case" | null },
): Promise<string> {
  const id = ulid();
  await db
    .insertInto("complaints")
    .values({
      id,
      tracking_no: id,
      access_code_hash: "x",
      intake_key: id,
      kindergarten_id: c.kindergartenId,
      region_code: c.region,
      track: c.track,
      kind: "above_filed",
      status: c.status,
      anonymous: 0,
      contact_name: null,
      contact_phone: null,
      contact_address: null,
      share_contact: 0,
      publish_consent: 0,
      narrative: "多收了费用，请核查。",
      paid_on: null,
      learned_on: shanghaiDay(c.receivedAt),
      account_paid_into: null,
      received_at: c.receivedAt,
      clock_from: c.clockFrom,
      due_on: null,
      due_kind: null,
      due_state: null,
      accepted_on: c.acceptedOn,
      decided_on: c.decidedOn,
      mediation_ended_on: c.mediationOutcome ? c.acceptedOn : null,
      mediation_outcome: c.mediationOutcome,
      refund_agreed_fen: null,
      rejection_ground: c.status === "rejected" ? "not_remit" : null,
      last_reply_on: null,
      case_id: null,
      triaged_at: null,
      updated_at: c.receivedAt,
    })
    .execute();
  if (c.reportOutcome) await insertComplaintEvent(db, id, "decided", `${c.decidedOn}T03:00:00.000Z`, { outcome: c.reportOutcome });
  return id;
}

export async function insertComplaintEvent(db: DB, complaintId: string, kind: string, at: string, payload: object = {}) {
  await db.insertInto("complaint_events").values({ id: ulid(), complaint_id: complaintId, kind, actor_id: null, party: "officer", payload: JSON.stringify(payload), public: 1, created_at: at }).execute();
}

/** Inserts kindergartens, filings with flags (and history), cases, complaints and public cases across four districts and 24 months. */
export async function insertStatisticsSources(db: DB, seed = 7, sizes = { kindergartens: 10, filings: 60, cases: 50, complaints: 90, publicCases: 14 }): Promise<Inserted> {
  const r = prng(seed);
  const out: Inserted = { kindergartens: [], filings: [], cases: [], complaints: [], publicCases: [] };
  for (let i = 0; i < sizes.kindergartens; i++) {
    const region = STAT_DISTRICTS[i % STAT_DISTRICTS.length];
    const kg = await createKindergarten(db, { region_code: region });
    out.kindergartens.push({ id: kg.id, region });
  }
  const versions = new Map<string, number>();
  for (let i = 0; i < sizes.filings; i++) {
    const kg = r.pick(out.kindergartens);
    const id = ulid();
    const submittedAt = instantIn(r);
    const evaluatedAt = new Date(Date.parse(submittedAt) + 60_000).toISOString();
    const version = (versions.get(kg.id) ?? 0) + 1;
    versions.set(kg.id, version);
    await db
      .insertInto("fee_filings")
      .values({ id, kindergarten_id: kg.id, term: "2027-spring", effective_from: "2027-03-01", published_on: "2027-01-10", version, status: "evaluated", submitted_by: "test", submitted_at: submittedAt, evaluated_at: evaluatedAt, previous_filing_id: null, note: "" })
      .execute();
    const flags = RULES.filter(() => r.next() < 0.35);
    for (const rule of flags) {
      await db.insertInto("rule_results").values({ filing_id: id, rule_id: rule, rule_version: 1, severity: "amber", explanation: "{}", evaluated_at: evaluatedAt }).execute();
    }
    // A flag of an earlier evaluation (history): not counted.
    if (r.next() < 0.3) {
      await db.insertInto("rule_results").values({ filing_id: id, rule_id: "R16", rule_version: 1, severity: "red", explanation: "{}", evaluated_at: submittedAt }).execute();
    }
    out.filings.push({ id, region: kg.region, submittedAt, currentFlags: flags });
  }
  for (let i = 0; i < sizes.cases; i++) {
    const kg = r.pick(out.kindergartens);
    const id = ulid();
    const openedAt = instantIn(r);
    const source = r.pick(SOURCES);
    const decided = r.next() < 0.6;
    const kind = decided ? r.pick(KINDS) : null;
    const decidedOn = decided ? plusDays(shanghaiDay(openedAt), r.int(70)) : null;
    const amountFen = kind === "refund_ordered" ? 10_000 * (1 + r.int(50)) : 0;
    const families = kind === "refund_ordered" ? 1 + r.int(30) : 0;
    const detail = kind === "refund_ordered" ? { byDate: "2028-01-01", amountFen, families } : kind ? { note: "x" } : null;
    await db
      .insertInto("inspection_cases")
      .values({
        id,
        dedupe_key: id,
        kindergarten_id: kg.id,
        region_code: kg.region,
        rule_id: "R04",
        term: "2027-spring",
        filing_id: null,
        severity: "amber",
        severity_rank: 1,
        status: decided ? "decided" : "in_progress",
        source,
        opened_at: openedAt,
        due_date: "2028-01-01",
        updated_at: openedAt,
        assigned_to: null,
        decision_kind: kind,
        decision_basis: kind ? "basis" : null,
        decision_detail: detail ? JSON.stringify(detail) : null,
        decided_on: decidedOn,
        due_kind: decided ? null : "verify",
      })
      .execute();
    out.cases.push({ id, region: kg.region, openedAt, source, decidedOn, kind, amountFen, families });
  }
  for (let i = 0; i < sizes.complaints; i++) {
    // Most complaints on three kindergartens, so some kindergartens pass the threshold and others do not.
    const kg = i % 3 === 0 ? r.pick(out.kindergartens) : out.kindergartens[i % 2];
    const track: ComplaintTrack = r.next() < 0.6 ? "complaint" : "report";
    const receivedAt = instantIn(r);
    const clockFrom = shanghaiDay(receivedAt);
    const stage = r.int(4);
    // A decision on the day the clock starts is in time; 60 calendar days later is past any first deadline (7 or 15 working days).
    const decisionOn = stage === 0 ? null : r.next() < 0.7 ? clockFrom : plusDays(clockFrom, 60);
    let status: ComplaintStatus = "received";
    let acceptedOn: string | null = null;
    let decidedOn: string | null = null;
    let mediationOutcome: "agreement" | "no_agreement" | null = null;
    let reportOutcome: "case_opened" | "no_case" | null = null;
    let closed = false;
    if (decisionOn && track === "complaint") {
      if (stage === 1) {
        status = "rejected";
        decidedOn = decisionOn;
      } else {
        acceptedOn = decisionOn;
        status = "accepted";
        if (stage === 3) {
          mediationOutcome = r.next() < 0.5 ? "agreement" : "no_agreement";
          status = r.next() < 0.5 ? "closed" : "mediation_ended";
          closed = status === "closed";
        }
      }
    } else if (decisionOn) {
      decidedOn = decisionOn;
      reportOutcome = r.next() < 0.5 ? "case_opened" : "no_case";
      status = stage === 3 ? "closed" : reportOutcome;
      closed = status === "closed";
    }
    const id = await insertComplaintRow(db, {
      kindergartenId: kg.id,
      region: kg.region,
      track,
      status,
      receivedAt,
      clockFrom,
      acceptedOn,
      decidedOn,
      mediationOutcome,
      reportOutcome,
    });
    const closedAt = closed ? `${plusDays(decisionOn!, 3 + r.int(40))}T02:00:00.000Z` : null;
    if (closedAt) await insertComplaintEvent(db, id, "closed", closedAt);
    out.complaints.push({ id, kindergartenId: kg.id, region: kg.region, track, status, receivedAt, acceptedOn, decidedOn, inTime: decisionOn ? decisionOn === clockFrom : null, mediationOutcome, reportOutcome, closedAt });
  }
  const violations = out.cases.filter((c) => c.kind === "rectification_ordered" || c.kind === "refund_ordered" || c.kind === "penalty");
  for (let i = 0; i < Math.min(sizes.publicCases, violations.length); i++) {
    const c = violations[i];
    const kg = out.kindergartens.find((k) => k.region === c.region)!;
    const status: PublicCaseStatus = (["draft", "published", "published", "withdrawn"] as const)[i % 4];
    const publishedOn = status === "draft" ? null : plusDays(c.decidedOn!, 5 + r.int(20));
    const kind = c.kind as "rectification_ordered" | "refund_ordered" | "penalty";
    await db
      .insertInto("public_cases")
      .values({
        id: ulid(),
        decision_key: `${c.id}|${c.decidedOn}|${kind}`,
        case_id: c.id,
        kindergarten_id: kg.id,
        region_code: c.region,
        nature: "forprofit_private",
        rule_id: "R04",
        decision_kind: kind,
        decided_on: c.decidedOn!,
        status,
        publish_due_on: plusDays(c.decidedOn!, 28),
        published_on: publishedOn,
        published_at: publishedOn ? `${publishedOn}T02:00:00.000Z` : null,
        withdrawn_at: status === "withdrawn" ? "2028-01-01T00:00:00.000Z" : null,
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    out.publicCases.push({ region: c.region, status, publishedOn, kind });
  }
  return out;
}

/** The figures the inserted rows should give, by `level|region|month|metric|key`, counted with plain loops; city, province and country as sums of districts. */
export function expectedCells(data: Inserted): Map<string, number> {
  const month = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);
  const districts = new Map<string, number>();
  const add = (region: string, m: string, metric: string, key: string, by = 1) => {
    const k = `${region}|${m}|${metric}|${key}`;
    districts.set(k, (districts.get(k) ?? 0) + by);
  };
  for (const f of data.filings) {
    add(f.region, month(f.submittedAt), "filings.filed", "all");
    for (const rule of f.currentFlags) add(f.region, month(f.submittedAt), "flags.rule", rule);
  }
  for (const c of data.cases) {
    add(c.region, month(c.openedAt), "cases.opened", c.source);
    if (c.decidedOn && c.kind) {
      add(c.region, c.decidedOn.slice(0, 7), "cases.decided", c.kind);
      if (c.kind === "refund_ordered") {
        add(c.region, c.decidedOn.slice(0, 7), "refunds.amount_fen", "all", c.amountFen);
        add(c.region, c.decidedOn.slice(0, 7), "refunds.families", "all", c.families);
      }
    }
  }
  for (const c of data.complaints) {
    add(c.region, month(c.receivedAt), "complaints.received", c.track);
    if (c.track === "complaint" && c.acceptedOn) add(c.region, c.acceptedOn.slice(0, 7), "complaints.accepted", "all");
    const first = c.track === "complaint" ? (c.acceptedOn ?? c.decidedOn) : c.decidedOn;
    if (first) add(c.region, first.slice(0, 7), "complaints.decided", c.inTime ? "in_time" : "late");
    if (c.closedAt) add(c.region, month(c.closedAt), "complaints.closed", "all");
  }
  for (const p of data.publicCases) if (p.publishedOn && p.status !== "draft") add(p.region, p.publishedOn.slice(0, 7), "cases.published", p.kind);

  const all = new Map<string, number>();
  for (const [k, v] of districts) {
    const [region, ...rest] = k.split("|");
    const tail = rest.join("|");
    for (const [level, code] of [
      ["district", region],
      ["city", `${region.slice(0, 4)}00`],
      ["province", `${region.slice(0, 2)}0000`],
      ["country", "000000"],
    ]) {
      const key = `${level}|${code}|${tail}`;
      all.set(key, (all.get(key) ?? 0) + v);
    }
  }
  return all;
}

/** Each kindergarten's year (of receipt): received and outcomes, counted with plain loops. */
export function expectedKindergartenYears(data: Inserted): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const c of data.complaints) {
    const year = new Date(Date.parse(c.receivedAt) + 8 * 3600_000).toISOString().slice(0, 4);
    const k = `${c.kindergartenId}|${year}`;
    const row = out.get(k) ?? { received: 0, complaints: 0, reports: 0, pending: 0, rejected: 0, agreement: 0, no_agreement: 0, case_opened: 0, no_case: 0, closed: 0 };
    row.received += 1;
    row[c.track === "complaint" ? "complaints" : "reports"] += 1;
    if (c.closedAt) row.closed += 1;
    const outcome = c.track === "complaint" ? (c.status === "rejected" ? "rejected" : (c.mediationOutcome ?? "pending")) : (c.reportOutcome ?? "pending");
    row[outcome] += 1;
    out.set(k, row);
  }
  return out;
}
