/**
 * The case benchmark's data: the national database (tests/bench/generate.ts)
 * with 1,000,000 inspection cases and their events added, and the officers
 * who work them. Generated once and cached like the national data
 * (tests/bench/web-data.ts), keyed by the national generator, this file and
 * the migrations.
 *
 * What is generated, seeded and deterministic (mulberry32, ULIDs from it),
 * dated against a fixed day (GENERATED_ON), so the same size gives the same
 * database whatever day it is generated on:
 * - two market-supervision officers per district (5,600 users), and the
 *   benchmark's own sign-ins: a district officer and the district's lead of
 *   the busiest district (the district with most kindergartens: about 2,000
 *   cases, 350 of them open, "an officer with 300 open cases"), an officer of
 *   its city, one of its province, an admin;
 * - cases over five years: 82 % closed with their decisions, the rest open,
 *   in progress, waiting for the kindergarten's answer, answered or decided
 *   and waiting for proof; 80 % opened by a rule on the kindergarten's
 *   filing, 15 % from complaints, 5 % from spot checks; red, amber, info;
 *   clocks as the case clock sets them (verify, answer, follow-up), a share of
 *   them overdue and escalated; the kindergarten's answers;
 * - every step's event (opened, assigned, notified, answered, registered,
 *   decided, proof received, closed): about five per closed case.
 * Rows go in through raw prepared statements in large transactions: set-up,
 * not what is measured.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import SQLite from "better-sqlite3";
import { ulid } from "ulid";
import type { CaseDecisionKind, CaseDueKind, CaseDueState, CaseSource, CaseStatus, Severity } from "~/db/schema";
import { COMPLAINT_CASE_RULE, SPOT_CHECK_CASE_RULE } from "~/domain/cases/case-sources";
import { SEVERITY_RANK } from "~/domain/cases/case.service.server";
import { hashPassword } from "~/domain/users/password.server";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { loadRuleSet } from "~/rules/load/read-files";
import { mulberry32, removeDbFile } from "./generate";
import { cachedBenchData, nationalData, type BenchData } from "./web-data";

/** The day the data is dated against: cases opened before it, their clocks running past it. */
export const GENERATED_ON = "2026-11-30";
export const BENCH_PASSWORD = "demo1234";

/** The sign-ins the benchmark uses, by what they are. */
export const CASE_BENCH_USERS = {
  district: "bench.district",
  lead: "bench.lead",
  city: "bench.city",
  province: "bench.province",
  admin: "bench.admin",
} as const;

export interface CaseDataStats {
  seconds: number;
  cases: number;
  events: number;
  answers: number;
  users: number;
  byStatus: Record<CaseStatus, number>;
  /** The busiest district, its city and province: where the benchmark's officers work. */
  busyDistrict: { code: string; name: string; kindergartens: number };
  busyCity: string;
  busyProvince: string;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const at = (date: string, minutes: number) => new Date(Date.parse(`${date}T01:00:00Z`) + minutes * 60_000).toISOString();

/** The status mix of all cases generated: most are history. */
const STATUS_WEIGHTS: Array<[CaseStatus, number]> = [
  ["closed", 0.82],
  ["open", 0.04],
  ["in_progress", 0.06],
  ["awaiting_answer", 0.03],
  ["answered", 0.02],
  ["decided", 0.03],
];
/** How far back an unfinished case of each state was opened (days before GENERATED_ON). */
const OPEN_AGE: Record<Exclude<CaseStatus, "closed">, [number, number]> = {
  open: [0, 40],
  in_progress: [0, 120],
  awaiting_answer: [10, 90],
  answered: [15, 120],
  decided: [30, 150],
};
const DECISION_WEIGHTS: Array<[CaseDecisionKind, number]> = [
  ["no_violation", 0.35],
  ["minor_corrected", 0.25],
  ["rectification_ordered", 0.15],
  ["refund_ordered", 0.12],
  ["penalty", 0.08],
  ["referred", 0.05],
];
const ORDER_KINDS: readonly CaseDecisionKind[] = ["rectification_ordered", "refund_ordered"];
const BASIS: Record<CaseDecisionKind, string> = {
  no_violation: "procedure-art20",
  minor_corrected: "penalty-law-art33",
  rectification_ordered: "price-penalty-art9",
  refund_ordered: "price-penalty-art16",
  penalty: "price-law-art39",
  referred: "referral",
};

function pick<T>(rand: () => number, weighted: Array<[T, number]>): T {
  let r = rand();
  for (const [value, weight] of weighted) {
    if ((r -= weight) < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** The school term a civil date falls in: autumn from September to February, spring from March. */
function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-autumn`;
  if (month < 3) return `${year - 1}-autumn`;
  return `${year}-spring`;
}

/** The due state the sweep would give a clock on GENERATED_ON (due soon: within about three working days). */
function dueStateOf(due: string): CaseDueState {
  if (due < GENERATED_ON) return "overdue";
  return due <= addDays(GENERATED_ON, 4) ? "due_soon" : "ok";
}

interface KindergartenRow {
  id: string;
  region_code: string;
  filing_id: string | null;
}

export async function addCases(file: string, cases: number, log: (line: string) => void): Promise<CaseDataStats> {
  const t0 = performance.now();
  const rand = mulberry32(0xca5e);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p: number) => rand() < p;

  {
    const db = createDb(file);
    await migrateToLatest(db);
    await db.destroy();
  }
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);

  const kindergartens = sqlite
    .prepare(
      `SELECT k.id, k.region_code,
              (SELECT f.id FROM fee_filings f WHERE f.kindergarten_id = k.id ORDER BY f.effective_from DESC, f.version DESC LIMIT 1) AS filing_id
         FROM kindergartens k WHERE k.status = 'active' ORDER BY k.id`,
    )
    .all() as KindergartenRow[];
  const districts = sqlite.prepare(`SELECT code, name FROM regions WHERE level = 'district' ORDER BY code`).all() as Array<{ code: string; name: string }>;
  const perDistrict = new Map<string, number>();
  for (const k of kindergartens) perDistrict.set(k.region_code, (perDistrict.get(k.region_code) ?? 0) + 1);
  const busy = districts.reduce((best, d) => ((perDistrict.get(d.code) ?? 0) > (perDistrict.get(best.code) ?? 0) ? d : best));
  const busyCity = `${busy.code.slice(0, 4)}00`;
  const busyProvince = `${busy.code.slice(0, 2)}0000`;

  // Officers: two per district, and the benchmark's sign-ins.
  const insUser = insert("users", ["id", "username", "display_name", "password_hash", "role", "agency", "region_code", "kindergarten_id", "active", "lead", "created_at"]);
  const officersOf = new Map<string, string[]>();
  const created = at("2025-01-02", 0);
  let users = 0;
  const addUser = (username: string, name: string, role: "officer" | "admin" | "operator", region: string | null, lead = 0, kindergartenId: string | null = null) => {
    const id = ulid(Date.parse(created), rand);
    insUser.run(id, username, name, passwordHash, role, role === "officer" ? "market" : null, region, kindergartenId, 1, lead, created);
    users++;
    return id;
  };
  // A kindergarten's operator, made when its first answer is (answers name who submitted them).
  const operators = new Map<string, string>();
  const operatorOf = (k: KindergartenRow) => {
    let id = operators.get(k.id);
    if (!id) operators.set(k.id, (id = addUser(`op${k.id}`, "园所财务", "operator", null, 0, k.id)));
    return id;
  };
  sqlite.transaction(() => {
    for (const d of districts) officersOf.set(d.code, [addUser(`m${d.code}a`, `${d.name}执法员甲`, "officer", d.code), addUser(`m${d.code}b`, `${d.name}执法员乙`, "officer", d.code)]);
    const own = addUser(CASE_BENCH_USERS.district, `${busy.name}执法员（基准）`, "officer", busy.code);
    // The busy district's benchmark officer holds a third of its cases: "my cases" is a real filter.
    officersOf.get(busy.code)!.push(own);
    addUser(CASE_BENCH_USERS.lead, `${busy.name}负责人（基准）`, "officer", busy.code, 1);
    addUser(CASE_BENCH_USERS.city, "市局执法员（基准）", "officer", busyCity);
    addUser(CASE_BENCH_USERS.province, "省局执法员（基准）", "officer", busyProvince);
    addUser(CASE_BENCH_USERS.admin, "管理员（基准）", "admin", null);
  })();

  const drawKindergarten = () => kindergartens[Math.floor(rand() * kindergartens.length)];

  const library = loadRuleSet();
  const rules = library.map((r) => r.id).filter((id, i, all) => all.indexOf(id) === i && /^[RA]\d+$/.test(id));
  // The rules' words, as storing a rule's first flag records them (recordRuleTexts): the queue, the case page and the
  // exports show each case's rule title, so the pages measured carry it as in production.
  const insRuleText = sqlite.prepare(`INSERT OR IGNORE INTO rule_texts (rule_id, version, title, message, legal_basis, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const def of library) {
    if (rules.includes(def.id)) insRuleText.run(def.id, def.version, JSON.stringify(def.title), JSON.stringify(def.message), JSON.stringify(def.legalBasis), `${GENERATED_ON}T00:00:00.000Z`);
  }
  const historyDays = Math.round((Date.parse(`${addDays(GENERATED_ON, -30)}T00:00:00Z`) - Date.parse("2022-01-01T00:00:00Z")) / DAY_MS);

  const insCase = insert("inspection_cases", [
    "id", "dedupe_key", "kindergarten_id", "region_code", "rule_id", "term", "filing_id", "severity", "severity_rank", "status", "source",
    "opened_at", "due_date", "updated_at", "assigned_to", "version", "assigned_at", "verification_extended", "registered_on", "notified_at",
    "answer_due_on", "answered_at", "decision_kind", "decision_basis", "decision_detail", "decided_on", "decided_by", "follow_up_due_on",
    "proof_received_at", "closed_on", "reopened_on", "due_kind", "due_state", "escalated_at",
  ]);
  const insEvent = insert("case_events", ["id", "case_id", "kind", "actor_id", "payload", "created_at"]);
  const insAnswer = insert("case_answers", ["id", "case_id", "kind", "explanation", "correction_filing_id", "refund_fen", "refund_families", "submitted_by", "submitted_at"]);
  const byStatus = Object.fromEntries(STATUS_WEIGHTS.map(([s]) => [s, 0])) as Record<CaseStatus, number>;
  const keys = new Set<string>();
  let events = 0;
  let answers = 0;

  const one = () => {
    const k = drawKindergarten();
    const status = pick(rand, STATUS_WEIGHTS);
    byStatus[status]++;
    const opened = status === "closed" ? addDays("2022-01-01", between(0, historyDays)) : addDays(GENERATED_ON, -between(...OPEN_AGE[status]));
    const openedAt = at(opened, between(0, 540));
    const id = ulid(Date.parse(openedAt), rand);
    const term = termOf(opened);
    let source: CaseSource = pick(rand, [["rule", 0.8], ["complaint", 0.15], ["spot_check", 0.05]]);
    let rule = source === "complaint" ? COMPLAINT_CASE_RULE : source === "spot_check" ? SPOT_CHECK_CASE_RULE : rules[between(0, rules.length - 1)];
    let key = `${k.id}|${rule}|${term}`;
    if (source === "rule" && keys.has(key)) {
      // One case per kindergarten, rule and term: a repeat becomes a complaint's case.
      source = "complaint";
      rule = COMPLAINT_CASE_RULE;
    }
    if (source === "complaint") key = `${k.id}|${rule}|complaint:${id}`;
    else if (source === "spot_check") key = `${k.id}|${rule}|draw:${id}`;
    keys.add(key);
    const severity: Severity = source === "rule" ? pick(rand, [["red", 0.3], ["amber", 0.55], ["info", 0.15]]) : source === "complaint" ? "amber" : "info";

    const officers = officersOf.get(k.region_code) ?? [];
    const assignee = status === "open" || officers.length === 0 ? null : officers[between(0, officers.length - 1)];
    const steps: Array<{ kind: string; actor: string | null; payload: object; on: string }> = [
      { kind: "opened", actor: null, payload: source === "rule" ? { ruleId: rule, ruleVersion: 1, filingId: k.filing_id, severity } : { source }, on: openedAt },
    ];
    let last = openedAt;
    const answerRows: Array<[id: string, kind: "answer" | "proof", text: string, on: string]> = [];
    const step = (kind: string, actor: string | null, payload: object, afterDays: number) => {
      last = at(addDays(last.slice(0, 10), afterDays), between(0, 540));
      steps.push({ kind, actor, payload, on: last });
      return last;
    };

    const assignedAt = assignee ? step("assigned", assignee, { assignee, previous: null }, between(0, 2)) : null;
    const extended = assignee !== null && chance(0.1) ? 1 : 0;
    const finished = status === "closed" || status === "decided";
    const notifies = status === "awaiting_answer" || status === "answered" || (finished && chance(0.7));
    let notifiedAt: string | null = null;
    let answerDue: string | null = null;
    if (notifies) {
      const due = addDays(last.slice(0, 10), between(10, 20));
      notifiedAt = step("kindergarten_notified", assignee, { answerDueOn: due }, between(1, 10));
      answerDue = due;
    }
    const answers_ = status === "answered" || (notifies && status !== "awaiting_answer" && chance(0.75));
    let answeredAt: string | null = null;
    if (answers_) {
      const answerId = ulid(Date.parse(last) + 1, rand);
      answeredAt = step("kindergarten_answered", null, { answerId, files: 0, refundFen: null, answeredOn: "" }, between(1, 9));
      answerRows.push([answerId, "answer", "已按要求整改，退还多收费用。", answeredAt]);
    }
    const decision = finished ? pick(rand, DECISION_WEIGHTS) : null;
    const registered = decision === "penalty" || (status === "in_progress" && chance(0.1)) ? step("registered", assignee, {}, between(1, 10)).slice(0, 10) : null;
    let decidedOn: string | null = null;
    let followUp: string | null = null;
    let detail: string | null = null;
    if (decision) {
      const isOrder = ORDER_KINDS.includes(decision);
      const decidedAt = step("decided", assignee, { kind: decision, basis: BASIS[decision] }, between(3, 30));
      decidedOn = decidedAt.slice(0, 10);
      followUp = isOrder ? addDays(decidedOn, between(15, 45)) : null;
      detail = JSON.stringify({
        ...(isOrder ? { byDate: followUp } : {}),
        ...(decision === "refund_ordered" || decision === "penalty" ? { amountFen: between(50, 800) * 10_000 } : {}),
        ...(decision === "refund_ordered" ? { families: between(5, 120) } : {}),
        ...(decision === "penalty" ? { article: "art9", documentNo: `甬市监罚〔${decidedOn.slice(0, 4)}〕${between(1, 999)}号`, decisionDate: decidedOn } : {}),
        ...(decision === "referred" ? { authority: "区教育局" } : {}),
      });
    }
    let proofAt: string | null = null;
    let closedOn: string | null = null;
    if (status === "closed") {
      if (followUp) {
        const answerId = ulid(Date.parse(last) + 1, rand);
        proofAt = step("proof_received", null, { answerId, files: 0, refundFen: null, answeredOn: "" }, between(5, 30));
        answerRows.push([answerId, "proof", "退费凭证已上传。", proofAt]);
      }
      closedOn = step("closed", assignee, {}, between(0, 5)).slice(0, 10);
    }

    // The clock the queue shows: the one running now (as case-clock.ts picks), none when closed.
    let dueKind: CaseDueKind | null = null;
    let due: string;
    if (status === "closed") due = closedOn!;
    else if (status === "awaiting_answer") [dueKind, due] = ["answer", answerDue!];
    else if (status === "decided" && followUp) [dueKind, due] = ["follow_up", followUp];
    else if (registered) [dueKind, due] = ["decision", addDays(registered, 90)];
    else [dueKind, due] = ["verify", addDays(opened, extended ? 42 : 21)];
    const dueState: CaseDueState = dueKind ? dueStateOf(due) : "ok";
    const escalatedAt = dueState === "overdue" && chance(0.6) ? at(addDays(due, 1), 5) : null;
    if (escalatedAt) steps.push({ kind: "escalated", actor: null, payload: { dueKind, dueOn: due, toCity: busyCity, toLeadOf: k.region_code }, on: escalatedAt });

    insCase.run(
      id, key, k.id, k.region_code, rule, term, source === "rule" ? k.filing_id : null, severity, SEVERITY_RANK[severity], status, source,
      openedAt, due, steps.reduce((m, s) => (s.on > m ? s.on : m), openedAt), assignee, steps.length, assignedAt, extended, registered, notifiedAt,
      answerDue, answeredAt, decision, decision ? BASIS[decision] : null, detail, decidedOn, decision ? assignee : null, followUp,
      proofAt, closedOn, null, dueKind, dueState, escalatedAt,
    );
    for (const [answerId, kind, text, on] of answerRows) insAnswer.run(answerId, id, kind, text, null, null, null, operatorOf(k), on);
    answers += answerRows.length;
    steps.forEach((s, i) => insEvent.run(ulid(Date.parse(s.on) + i, rand), id, s.kind, s.actor, JSON.stringify(s.payload), s.on));
    events += steps.length;
  };

  const BATCH = 50_000;
  for (let done = 0; done < cases; done += BATCH) {
    sqlite.transaction(() => {
      for (let i = done; i < Math.min(cases, done + BATCH); i++) one();
    })();
    if ((done + BATCH) % 200_000 === 0) log(`  ${(done + BATCH).toLocaleString("en")} cases…`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();
  return {
    seconds: (performance.now() - t0) / 1000,
    cases,
    events,
    answers,
    users,
    byStatus,
    busyDistrict: { code: busy.code, name: busy.name, kindergartens: perDistrict.get(busy.code) ?? 0 },
    busyCity,
    busyProvince,
  };
}

export type CaseData = BenchData<CaseDataStats>;

/** The national data with `cases` cases, cached; a working copy for this run. */
export function caseData(opts: {
  kindergartens: number;
  cases: number;
  fresh: boolean;
  log: (line: string) => void;
  keepCurrent?: (file: string) => Promise<void>;
}): Promise<CaseData> {
  return cachedBenchData({
    prefix: `cases-${opts.cases}-of-${opts.kindergartens}-`,
    shapedBy: ["tests/bench/case-data.ts"],
    what: `${opts.cases.toLocaleString("en")} cases over ${opts.kindergartens.toLocaleString("en")} kindergartens`,
    fresh: opts.fresh,
    log: opts.log,
    build: async (file) => {
      const national = await nationalData({ kindergartens: opts.kindergartens, fresh: false, log: opts.log });
      try {
        fs.renameSync(national.file, file);
      } finally {
        removeDbFile(national.file);
      }
      return addCases(file, opts.cases, (l) => opts.log(`  ${l}`));
    },
    keepCurrent: opts.keepCurrent,
  });
}
