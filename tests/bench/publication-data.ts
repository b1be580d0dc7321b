/**
 * The publication benchmark's data (tests/bench/publication.ts): the case
 * benchmark's database (tests/bench/case-data.ts: 150,000 kindergartens, a
 * million cases) with its violation decisions published as 典型案例, as the
 * drafting job and two officers would have: 100,000 published public cases and
 * the ones whose publication term has already ended, withdrawn (content gone).
 * Generated once and cached like the case data, keyed by the generators (the
 * national one, case-data.ts and this file).
 *
 * Which cases, and when: every case decided with a public kind (责令改正,
 * 责令退还, 行政处罚) from 2023 on, in a seeded shuffle; each published 2–20
 * working days after its decision (the 20-working-day term), between 09:00 and
 * 18:00 Shanghai time; its withdrawal due when its kind's default term ends
 * (3 months, 3 years: DEFAULT_RETENTION_MONTHS) after publication. Those still
 * within their term on GENERATED_ON are published (up to `published`), the
 * others withdrawn on their due day, as the hourly sweep would have. So the
 * server's own start-up sweep has only the days since GENERATED_ON to do, and
 * the run's `keepCurrent` does that on the cached file (see publication.ts).
 *
 * The content is what approval freezes (`publicCaseContent`, checked here for
 * every row): the kindergarten (name, USCC, nature, place), the rule's title,
 * the decision from the case's own detail, the proof, and the texts: the
 * summary the drafting job writes (`generatedSummary`) with one or two of an
 * officer's sentences added (~150 characters in all), a narrative on some, a
 * consented complaint excerpt on some complaints' cases. The filter columns
 * (region, nature, rule, decision kind, decision day) are copied from the case
 * and kindergarten as the drafting job copies them. Revisions and timelines are
 * not written: no public page reads them.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import SQLite from "better-sqlite3";
import { ulid } from "ulid";
import type { KindergartenNature, PublicCaseDecisionKind } from "~/db/schema";
import { createDb } from "~/db/client";
import { caseRuleTitles } from "~/domain/cases/case.queries.server";
import { regionDirectory } from "~/domain/disclosure/region-directory.server";
import { generatedSummary, type CaseFacts } from "~/domain/publication/public-case-content.server";
import { DEFAULT_RETENTION_MONTHS, PUBLIC_DECISION_KINDS, PUBLISH_WITHIN_WORKING_DAYS, publicCaseContent, type PublicCaseContent } from "~/domain/publication/public-case.schema";
import { loadRuleSet } from "~/rules/load/read-files";
import { addMonths } from "~/utils/civil-date";
import { addWorkingDays } from "~/utils/working-days";
import { caseData, GENERATED_ON } from "./case-data";
import { mulberry32, removeDbFile } from "./generate";
import { cachedBenchData, type BenchData } from "./web-data";

/** Decisions from this day on are published (the brief: decided and published over 2023–2026). */
const FIRST_DECIDED_ON = "2023-01-01";
/** Withdrawn cases kept, at most: enough for the case page's 410 and the list's status filter to have something to skip. */
const WITHDRAWN_MAX = 20_000;

export interface PublicationDataStats {
  seconds: number;
  /** Cases decided with a public kind from FIRST_DECIDED_ON on: what could be published. */
  candidates: number;
  published: number;
  withdrawn: number;
  byKind: Record<PublicCaseDecisionKind, number>;
  byPublishedYear: Record<string, number>;
  /** Characters of the summaries: min, mean, max. */
  summaryChars: { min: number; mean: number; max: number };
}

interface CaseRow {
  id: string;
  kindergarten_id: string;
  region_code: string;
  rule_id: string;
  source: string;
  decision_kind: PublicCaseDecisionKind;
  decision_basis: string | null;
  decision_detail: string | null;
  decided_on: string;
  proof_received_at: string | null;
  assigned_to: string | null;
  approved_name: string;
  uscc: string;
  nature: KindergartenNature;
}

/** What officers add to the generated summary: how the kindergarten answered, what parents should know. */
const OFFICER_SENTENCES = [
  "该园在调查中如实说明情况，承认收费标准未按规定备案即开始执行。",
  "经约谈，该园负责人表示将全面自查收费项目，并在园内显著位置重新公示收费标准。",
  "执法人员调取了该园近两个学期的收费台账及家长缴费凭证，核实了多收费用的金额。",
  "该园已按要求向相关家庭说明情况，并承诺今后不再以任何名义另行收取费用。",
  "提醒广大家长：如发现幼儿园收费项目、标准与公示不一致，可通过本平台或拨打12315反映。",
  "执法部门将在整改期限届满后对该园进行回访检查，确保整改落实到位。",
  "该园此前已因类似问题被提醒，本次依法从严处理。",
  "教育部门同步将该情况纳入年检评估，并督促该园完善收费内部管理制度。",
];
const NARRATIVES = [
  "本案源于收费备案数据比对。执法人员现场核查时，该园财务人员提供了收费通知、缴费记录和家长告知书，与备案材料存在明显差异。执法部门依法送达责令改正通知书，该园在规定期限内提交了整改报告。",
  "执法人员在专项检查中发现，该园在保育教育费之外以兴趣班、材料费等名义向全体幼儿收取费用，且未事先告知家长可自愿选择。经查证，涉及费用已全部清退。",
  "该园在新学期开学前上调收费标准，但未按规定提前向社会公示，也未报主管部门备案。执法部门依法作出处理，并要求该园向家长作出书面说明。",
  "",
  "",
];
const EXCERPTS = ["家长反映：开学时被要求一次性缴纳一学年的伙食费和“特色课程费”，园方称不交就不能报名。", "家长反映：退园后剩余的保育教育费一直没有退还，多次联系园方未果。"];

/** The instant of a civil day's office hours (Asia/Shanghai 09:00 + minutes), ISO-8601 UTC. */
const officeInstant = (date: string, minutes: number) => new Date(Date.parse(`${date}T01:00:00Z`) + minutes * 60_000).toISOString();

export async function addPublicCases(file: string, published: number, log: (line: string) => void): Promise<PublicationDataStats> {
  const t0 = performance.now();
  const rand = mulberry32(0x9ab1);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

  // The words the content takes from the app itself: places, rule titles (the files' where no flag recorded them).
  const db = createDb(file);
  const sqlite = new SQLite(file);
  let directory: Awaited<ReturnType<typeof regionDirectory>>;
  let titles: Map<string, { zh: string; en: string }>;
  try {
    directory = await regionDirectory(db);
    const ruleIds = (sqlite.prepare(`SELECT DISTINCT rule_id AS id FROM inspection_cases`).all() as Array<{ id: string }>).map((r) => r.id);
    titles = await caseRuleTitles(db, ruleIds);
    for (const def of loadRuleSet()) if (!titles.has(def.id)) titles.set(def.id, def.title);
  } finally {
    await db.destroy();
  }

  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.kindergarten_id, c.region_code, c.rule_id, c.source, c.decision_kind, c.decision_basis, c.decision_detail, c.decided_on,
              c.proof_received_at, c.assigned_to, k.approved_name, k.uscc, k.nature
         FROM inspection_cases c JOIN kindergartens k ON k.id = c.kindergarten_id
        WHERE c.decision_kind IN (${PUBLIC_DECISION_KINDS.map(() => "?").join(", ")}) AND c.decided_on >= ? AND c.status IN ('decided', 'closed')
        ORDER BY c.id`,
    )
    .all(...PUBLIC_DECISION_KINDS, FIRST_DECIDED_ON) as CaseRow[];
  // A seeded shuffle: which cases are published does not follow their ids' (time) order.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  log(`${rows.length.toLocaleString("en")} cases decided with a public kind since ${FIRST_DECIDED_ON}`);

  // The district's two officers (case-data.ts): the first submits, the second approves.
  const userIds = new Map((sqlite.prepare(`SELECT username, id FROM users WHERE role = 'officer'`).all() as Array<{ username: string; id: string }>).map((u) => [u.username, u.id]));

  const columns = [
    "id", "decision_key", "case_id", "kindergarten_id", "region_code", "nature", "rule_id", "decision_kind", "decided_on", "status", "version", "revision",
    "publish_due_on", "submitted_by", "published_at", "published_on", "published_by", "withdraw_due_on", "withdrawn_at", "withdrawal_reason", "content",
    "created_at", "updated_at",
  ];
  const insert = sqlite.prepare(`INSERT INTO public_cases (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
  const byKind = Object.fromEntries(PUBLIC_DECISION_KINDS.map((k) => [k, 0])) as Record<PublicCaseDecisionKind, number>;
  const byPublishedYear: Record<string, number> = {};
  const chars = { min: Infinity, total: 0, max: 0 };
  let nPublished = 0;
  let nWithdrawn = 0;

  const one = (c: CaseRow) => {
    const publishedOn = addWorkingDays(c.decided_on, between(2, 20)).date;
    if (publishedOn > GENERATED_ON) return;
    const withdrawDue = addMonths(publishedOn, DEFAULT_RETENTION_MONTHS[c.decision_kind]);
    const stillUp = withdrawDue > GENERATED_ON;
    if (stillUp ? nPublished >= published : nWithdrawn >= WITHDRAWN_MAX) return;

    const publishedAt = officeInstant(publishedOn, between(0, 540));
    const id = ulid(Date.parse(publishedAt), rand);
    const detail = JSON.parse(c.decision_detail ?? "{}") as { amountFen?: number; families?: number; byDate?: string; article?: string; documentNo?: string; decisionDate?: string };
    const facts: CaseFacts = {
      caseId: c.id,
      decidedOn: c.decided_on,
      kindergarten: { id: c.kindergarten_id, name: c.approved_name, uscc: c.uscc, nature: c.nature, regionCode: c.region_code, place: directory.place(c.region_code).replaceAll(" ", "") },
      rule: { id: c.rule_id, title: titles.get(c.rule_id) ?? { zh: c.rule_id, en: c.rule_id } },
      decision: {
        kind: c.decision_kind,
        basis: c.decision_basis ?? "",
        decidedOn: detail.decisionDate ?? c.decided_on,
        documentNo: detail.documentNo ?? null,
        penaltyArticle: detail.article ?? null,
        amountFen: detail.amountFen ?? null,
        families: detail.families ?? null,
        byDate: detail.byDate ?? null,
      },
      outcome: { proofReceived: c.proof_received_at !== null, refundFen: null, refundFamilies: null },
      flagMessage: null,
    };
    // The drafting job's summary, then what the officer added until it reads as a case (~150 characters).
    let summary = generatedSummary(facts);
    while (summary.length < 130) summary += pick(OFFICER_SENTENCES);
    const content: PublicCaseContent = publicCaseContent.parse({
      kindergarten: facts.kindergarten,
      rule: facts.rule,
      summary,
      narrative: pick(NARRATIVES),
      complaintExcerpt: c.source === "complaint" && rand() < 0.3 ? pick(EXCERPTS) : "",
      decision: facts.decision,
      outcome: facts.outcome,
    });
    const submitter = userIds.get(`m${c.region_code}a`) ?? null;
    const approver = userIds.get(`m${c.region_code}b`) ?? null;
    const created = officeInstant(addWorkingDays(c.decided_on, 1).date, between(0, 540));
    const withdrawnAt = stillUp ? null : officeInstant(withdrawDue, -59);
    insert.run(
      // The drafting job's key and decision day (public-case-draft.server.ts).
      id, `${c.id}:${c.decided_on}:${c.decision_kind}`, c.id, c.kindergarten_id, c.region_code, c.nature, c.rule_id, c.decision_kind, facts.decision.decidedOn,
      stillUp ? "published" : "withdrawn", stillUp ? 4 : 5, 1, addWorkingDays(facts.decision.decidedOn, PUBLISH_WITHIN_WORKING_DAYS).date, submitter, publishedAt, publishedOn, approver,
      withdrawDue, withdrawnAt, stillUp ? null : "expired", stillUp ? JSON.stringify(content) : null, created, withdrawnAt ?? publishedAt,
    );
    if (stillUp) {
      nPublished++;
      byKind[c.decision_kind]++;
      byPublishedYear[publishedOn.slice(0, 4)] = (byPublishedYear[publishedOn.slice(0, 4)] ?? 0) + 1;
      chars.min = Math.min(chars.min, summary.length);
      chars.max = Math.max(chars.max, summary.length);
      chars.total += summary.length;
    } else nWithdrawn++;
  };

  const BATCH = 20_000;
  for (let done = 0; done < rows.length && (nPublished < published || nWithdrawn < WITHDRAWN_MAX); done += BATCH) {
    sqlite.transaction(() => {
      for (const c of rows.slice(done, done + BATCH)) one(c);
    })();
    log(`  ${nPublished.toLocaleString("en")} published, ${nWithdrawn.toLocaleString("en")} withdrawn…`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();
  if (nPublished < published) log(`only ${nPublished.toLocaleString("en")} of the ${published.toLocaleString("en")} published cases asked for are within their publication term`);
  return {
    seconds: (performance.now() - t0) / 1000,
    candidates: rows.length,
    published: nPublished,
    withdrawn: nWithdrawn,
    byKind,
    byPublishedYear,
    summaryChars: { min: chars.min, mean: Math.round(chars.total / Math.max(1, nPublished)), max: chars.max },
  };
}

export type PublicationData = BenchData<PublicationDataStats>;

/** The case data with `published` public cases, cached; a working copy for this run. */
export function publicationData(opts: {
  kindergartens: number;
  cases: number;
  published: number;
  fresh: boolean;
  log: (line: string) => void;
  keepCurrent?: (file: string) => Promise<void>;
}): Promise<PublicationData> {
  return cachedBenchData({
    prefix: `publication-${opts.published}-of-${opts.cases}-cases-${opts.kindergartens}-`,
    shapedBy: ["tests/bench/case-data.ts", "tests/bench/publication-data.ts"],
    what: `${opts.published.toLocaleString("en")} published cases of ${opts.cases.toLocaleString("en")} over ${opts.kindergartens.toLocaleString("en")} kindergartens`,
    fresh: opts.fresh,
    log: opts.log,
    build: async (file) => {
      // The case data's own cache (generated when missing; --fresh regenerates only this layer).
      const cases = await caseData({ kindergartens: opts.kindergartens, cases: opts.cases, fresh: false, log: opts.log });
      try {
        fs.renameSync(cases.file, file);
      } finally {
        removeDbFile(cases.file);
      }
      return addPublicCases(file, opts.published, (l) => opts.log(`  ${l}`));
    },
    keepCurrent: opts.keepCurrent,
  });
}
