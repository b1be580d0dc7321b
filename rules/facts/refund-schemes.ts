/**
 * Refund rules (退费办法) as data, and the one arithmetic of refunds the
 * rules use: R11 compares a kindergarten's filed refund rules with its
 * province's table, C05 computes what a parent was owed for a month.
 *
 * Provinces set the refund method (2011 办法 Art. 15), and the methods in use
 * all work per calendar month against the month's legal working days (法定工作日,
 * the official holiday calendar with its 调休 make-up days):
 * - tiers by days attended, or by days absent, with bounds in days or as a
 *   share of the month's legal working days (Guangdong-area: attended ≤ 4 days
 *   → 80 %, ≤ half the working days → 50 %, more → nothing; Tai'an private:
 *   absent the whole month → 30 %, attended ≤ half → 15 %);
 * - per_30_days (Hefei 2016): each full 30 days of absence refunds one month,
 *   a month counting as 30 days: a month with no day attended is refunded in
 *   full, any other month not at all (absences spanning two months are not
 *   added up here: the check is per month, as parents state it);
 * - per_day (meals): the days not attended, as a share of the working days;
 * - none: nothing is refunded.
 *
 * A share is an exact fraction (never a float): per_day gives (W − a) / W.
 * Everything here is pure and bounded (tiers per scheme, months per check).
 */
import { deepFreeze } from "../deep-freeze";
import type { ParamProblem } from "../params";
import { normaliseForMatching } from "./prohibited-keywords";

export const REFUND_FEE_KINDS = ["care_education", "boarding", "nursery", "meals"] as const;
export type RefundFeeKind = (typeof REFUND_FEE_KINDS)[number];
export const REFUND_CASES = ["absence", "withdrawal"] as const;
export type RefundCase = (typeof REFUND_CASES)[number];
export const REFUND_METHODS = ["tiers", "per_day", "per_30_days", "none"] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];
export const REFUND_TIER_CONDITIONS = ["attended_at_most", "absent_at_least"] as const;
export type RefundTierCondition = (typeof REFUND_TIER_CONDITIONS)[number];

/** Tiers per scheme: the published schemes have two or three; six leaves room without inviting tables of thirty. */
export const MAX_REFUND_TIERS = 6;
/** A month has at most 31 days; a bound in days beyond that is a typo. */
export const MAX_TIER_DAYS = 31;

export interface RefundTier {
  /** attended_at_most: days attended in the month ≤ bound; absent_at_least: working days not attended ≥ bound. */
  when: RefundTierCondition;
  /** The bound in days, or null when it is a share of the month's legal working days. */
  days: number | null;
  /** The bound as a percent (1–100) of the month's legal working days, or null when it is in days. */
  sharePercent: number | null;
  /** What is refunded of the month's fee, 0–100 %. */
  refundPercent: number;
}

export type RefundScheme = { method: "tiers"; tiers: RefundTier[] } | { method: "per_day" | "per_30_days" | "none" };

export interface RefundRuleEntry {
  feeKind: RefundFeeKind;
  case: RefundCase;
  scheme: RefundScheme;
}

/** A kindergarten's (or a province's) refund rules: at most one entry per fee kind and case. */
export type RefundSchedule = RefundRuleEntry[];

/** A month (YYYY-MM) with its legal working days, from the official calendar (the domain computes it). */
export interface MonthWorkingDays {
  month: string;
  workingDays: number;
}

export const FEE_KIND_LABELS: Record<RefundFeeKind, { zh: string; en: string }> = {
  care_education: { zh: "保教费", en: "care and education fee" },
  boarding: { zh: "住宿费", en: "boarding fee" },
  nursery: { zh: "保育费", en: "nursery fee" },
  meals: { zh: "伙食费", en: "meal fee" },
};
export const CASE_LABELS: Record<RefundCase, { zh: string; en: string }> = {
  absence: { zh: "请假缺勤", en: "absence" },
  withdrawal: { zh: "退园", en: "withdrawal" },
};

/** An exact share of a month's fee: num / den, 0 ≤ num ≤ den, den > 0. */
export interface Share {
  num: number;
  den: number;
}

const NOTHING: Share = { num: 0, den: 1 };

/** a < b, exactly. */
export const shareBelow = (a: Share, b: Share) => a.num * b.den < b.num * a.den;

/** A share in basis points, rounded down (for display: 5/22 → 2272 bp = 22.72 %). */
export const shareBp = (s: Share) => Math.floor((s.num * 10_000) / s.den);

function tierApplies(tier: RefundTier, attended: number, workingDays: number): boolean {
  const count = tier.when === "attended_at_most" ? attended : workingDays - attended;
  // A share bound compares count / W with sharePercent / 100 exactly: count × 100 vs W × sharePercent.
  if (tier.days !== null) return tier.when === "attended_at_most" ? count <= tier.days : count >= tier.days;
  const scaled = count * 100;
  const bound = workingDays * (tier.sharePercent ?? 0);
  return tier.when === "attended_at_most" ? scaled <= bound : scaled >= bound;
}

/**
 * The share of a month's fee a scheme refunds for `attended` days attended in
 * a month of `workingDays` legal working days (attended is clamped to 0…W).
 * Tiers: the best tier whose condition holds (the order they are written in
 * does not matter), nothing when none does.
 */
export function refundShare(scheme: RefundScheme, attended: number, workingDays: number): Share {
  if (workingDays <= 0) return NOTHING;
  const a = Math.min(Math.max(0, attended), workingDays);
  switch (scheme.method) {
    case "none":
      return NOTHING;
    case "per_day":
      return { num: workingDays - a, den: workingDays };
    case "per_30_days":
      return a === 0 ? { num: 1, den: 1 } : NOTHING;
    case "tiers": {
      let best = 0;
      for (const t of scheme.tiers) if (tierApplies(t, a, workingDays) && t.refundPercent > best) best = t.refundPercent;
      return { num: best, den: 100 };
    }
  }
}

export function entryFor(schedule: RefundSchedule, feeKind: RefundFeeKind, refundCase: RefundCase): RefundRuleEntry | null {
  return schedule.find((e) => e.feeKind === feeKind && e.case === refundCase) ?? null;
}

/**
 * Why a schedule is not well formed (null when it is): known kinds, one entry
 * per fee kind and case, bounded tiers with exactly one bound each. The
 * domain's form schema gives the operator field-level messages; this guards
 * the rules against anything else (a province table, stored JSON).
 */
export function refundScheduleProblem(schedule: unknown): ParamProblem | null {
  if (!Array.isArray(schedule)) return { zh: "须为条目的列表", en: "must be a list of entries" };
  const seen = new Set<string>();
  for (const [i, e] of (schedule as RefundRuleEntry[]).entries()) {
    if (!e || !REFUND_FEE_KINDS.includes(e.feeKind) || !REFUND_CASES.includes(e.case)) return { zh: `第 ${i + 1} 条：收费类别或情形未知`, en: `entry ${i + 1}: unknown fee kind or case` };
    const key = `${e.feeKind}.${e.case}`;
    if (seen.has(key)) return { zh: `${key} 出现了两次`, en: `${key} is given twice` };
    seen.add(key);
    const s = e.scheme as RefundScheme | undefined;
    if (!s || !REFUND_METHODS.includes(s.method)) return { zh: `${key}：退费方式未知`, en: `${key}: unknown method` };
    if (s.method !== "tiers") continue;
    if (!Array.isArray(s.tiers) || s.tiers.length === 0 || s.tiers.length > MAX_REFUND_TIERS) {
      return { zh: `${key}：档位须为 1–${MAX_REFUND_TIERS} 个`, en: `${key}: 1–${MAX_REFUND_TIERS} tiers` };
    }
    for (const t of s.tiers) {
      const int = (v: unknown, lo: number, hi: number) => Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= hi;
      if (!REFUND_TIER_CONDITIONS.includes(t.when)) return { zh: `${key}：档位条件未知`, en: `${key}: unknown tier condition` };
      if ((t.days === null) === (t.sharePercent === null)) {
        return { zh: `${key}：每一档须给出天数或工作日比例，二者取一`, en: `${key}: a tier has either days or a share of working days` };
      }
      if (t.days !== null && !int(t.days, 0, MAX_TIER_DAYS)) return { zh: `${key}：天数须为 0–${MAX_TIER_DAYS}`, en: `${key}: days must be 0–${MAX_TIER_DAYS}` };
      if (t.sharePercent !== null && !int(t.sharePercent, 1, 100)) return { zh: `${key}：工作日比例须为 1%–100%`, en: `${key}: share must be 1–100 %` };
      if (!int(t.refundPercent, 0, 100)) return { zh: `${key}：退费比例须为 0%–100%`, en: `${key}: refund must be 0–100 %` };
    }
  }
  return null;
}

/**
 * Schedules read back, by their stored text: most kindergartens file the same
 * few schedules (the province's table), so a national re-evaluation parses
 * and checks each text once, and R11's comparison (memoised by object) is
 * computed once per distinct schedule. Frozen: shared by every filing that
 * stored the same text. Bounded: cleared when full.
 */
const storedSchedules = new Map<string, RefundSchedule | null>();
const MAX_STORED_SCHEDULES = 2_000;
/** Schedules already checked by refundScheduleProblem (deriveRefundFacts need not check them again). */
const wellFormed = new WeakSet<RefundSchedule>();

/** A schedule stored as JSON read back; null when none was stored, or the text is not a schedule the rules can read. */
export function storedRefundSchedule(json: string | null): RefundSchedule | null {
  if (json === null) return null;
  let schedule = storedSchedules.get(json);
  if (schedule === undefined) {
    schedule = parseStoredSchedule(json);
    if (storedSchedules.size >= MAX_STORED_SCHEDULES) storedSchedules.clear();
    storedSchedules.set(json, schedule);
  }
  return schedule;
}

function parseStoredSchedule(json: string): RefundSchedule | null {
  try {
    const value: unknown = JSON.parse(json);
    if (refundScheduleProblem(value) !== null) return null;
    const schedule = deepFreeze(value as RefundSchedule);
    wellFormed.add(schedule);
    return schedule;
  } catch {
    return null;
  }
}

/** Why a schedule is not well formed, remembering the ones found well formed (they are frozen or shared, so they stay so). */
export function checkedRefundScheduleProblem(schedule: RefundSchedule): ParamProblem | null {
  if (wellFormed.has(schedule)) return null;
  const problem = refundScheduleProblem(schedule);
  if (problem === null && Object.isFrozen(schedule)) wellFormed.add(schedule);
  return problem;
}

// ---------------------------------------------------------------------------
// The province table as a rule param (R11 `refundTable`, type record<string[]>)
// ---------------------------------------------------------------------------

/**
 * R11's `refundTable` is a `record<string[]>` param, so a region's overlay is
 * edited like any other ("key: a, b" per line). Keys are `<feeKind>.<case>`;
 * the values are either one method word (`per_day`, `per_30_days`, `none`) or
 * tiers written `attended<=4:80` (attended at most 4 days → 80 %),
 * `attended<=50%:50` (at most half the working days → 50 %), `absent>=15:50`,
 * `absent>=100%:30` (absent every working day → 30 %).
 */
const TIER_TOKEN = /^(attended<=|absent>=)(\d{1,3})(%?):(\d{1,3})$/;

/** Tables parsed, per (frozen, per-engine) param object: R11 reads its table on every evaluation. */
const parsedTables = new WeakMap<object, { schedule: RefundSchedule } | { problem: ParamProblem }>();

export function parseRefundTable(table: Readonly<Record<string, readonly string[]>>): { schedule: RefundSchedule } | { problem: ParamProblem } {
  let parsed = parsedTables.get(table);
  if (!parsed) {
    parsed = parseTable(table);
    parsedTables.set(table, parsed);
  }
  return parsed;
}

function parseTable(table: Readonly<Record<string, readonly string[]>>): { schedule: RefundSchedule } | { problem: ParamProblem } {
  const schedule: RefundSchedule = [];
  for (const [key, tokens] of Object.entries(table)) {
    const [feeKind, refundCase, extra] = key.split(".");
    if (extra !== undefined || !REFUND_FEE_KINDS.includes(feeKind as RefundFeeKind) || !REFUND_CASES.includes(refundCase as RefundCase)) {
      return {
        problem: {
          zh: `“${key}”不是“收费类别.情形”（收费类别：${REFUND_FEE_KINDS.join("、")}；情形：${REFUND_CASES.join("、")}）`,
          en: `"${key}" is not <feeKind>.<case> (fee kinds ${REFUND_FEE_KINDS.join(", ")}; cases ${REFUND_CASES.join(", ")})`,
        },
      };
    }
    const words = tokens.map((t) => t.trim());
    let scheme: RefundScheme;
    if (words.length === 1 && (words[0] === "per_day" || words[0] === "per_30_days" || words[0] === "none")) {
      scheme = { method: words[0] };
    } else {
      const tiers: RefundTier[] = [];
      for (const w of words) {
        const m = TIER_TOKEN.exec(w);
        if (!m) {
          return {
            problem: {
              zh: `${key}：“${w}”既不是退费方式（per_day、per_30_days、none），也不是 attended<=4:80、absent>=50%:30 这样的档位`,
              en: `${key}: "${w}" is not a method word or a tier such as attended<=4:80 or absent>=50%:30`,
            },
          };
        }
        const bound = Number(m[2]);
        tiers.push({
          when: m[1] === "attended<=" ? "attended_at_most" : "absent_at_least",
          days: m[3] === "%" ? null : bound,
          sharePercent: m[3] === "%" ? bound : null,
          refundPercent: Number(m[4]),
        });
      }
      scheme = { method: "tiers", tiers };
    }
    schedule.push({ feeKind: feeKind as RefundFeeKind, case: refundCase as RefundCase, scheme });
  }
  const problem = refundScheduleProblem(schedule);
  return problem ? { problem } : { schedule };
}

/**
 * Why a `refundTable` param value cannot be read as refund rules, or null
 * (a value that is not an object of string lists is the type check's to report).
 */
export function refundTableProblem(value: unknown): ParamProblem | null {
  const isTable =
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((w) => typeof w === "string"));
  if (!isTable) return null;
  const parsed = parseRefundTable(value as Record<string, string[]>);
  return "problem" in parsed ? parsed.problem : null;
}

/** The param text of one scheme (the inverse of parseRefundTable, for forms and explanations). */
export function schemeTokens(scheme: RefundScheme): string[] {
  if (scheme.method !== "tiers") return [scheme.method];
  return scheme.tiers.map(
    (t) =>
      `${t.when === "attended_at_most" ? "attended<=" : "absent>="}${t.days ?? `${t.sharePercent}%`}:${t.refundPercent}`,
  );
}

/** A scheme in words, for explanations ("出勤≤4天退80%；出勤≤50%工作日退50%"). */
export function describeScheme(scheme: RefundScheme, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  switch (scheme.method) {
    case "none":
      return zh ? "不退" : "no refund";
    case "per_day":
      return zh ? "按未出勤工作日比例退" : "refunded per working day not attended";
    case "per_30_days":
      return zh ? "整月未出勤退一个月" : "a month not attended at all is refunded in full";
    case "tiers":
      return scheme.tiers
        .map((t) => {
          const bound = t.days !== null ? (zh ? `${t.days}天` : `${t.days} days`) : zh ? `${t.sharePercent}%工作日` : `${t.sharePercent}% of working days`;
          if (zh) return `${t.when === "attended_at_most" ? "出勤≤" : "缺勤≥"}${bound}退${t.refundPercent}%`;
          return `${t.when === "attended_at_most" ? "attended ≤ " : "absent ≥ "}${bound}: ${t.refundPercent}%`;
        })
        .join(zh ? "；" : "; ");
  }
}

// ---------------------------------------------------------------------------
// R11: filed rules against the province's table
// ---------------------------------------------------------------------------

/** One fee kind and case where the filed rules give less than the province's for some month and attendance. */
export interface RefundShortfall {
  feeKind: RefundFeeKind;
  case: RefundCase;
  /** "保教费（请假缺勤）" / "care and education fee (absence)". */
  zh: string;
  en: string;
  /** The worst case: the month, its legal working days and the days attended where the gap is largest. */
  month: string;
  workingDays: number;
  daysAttended: number;
  filedBp: number;
  provincialBp: number;
  shortBp: number;
  /** The first shortfall (fewest days attended in the earliest month), where it begins. */
  firstMonth: string;
  firstDaysAttended: number;
  /** The two schemes in words. */
  filed: { zh: string; en: string };
  provincial: { zh: string; en: string };
}

/**
 * Every fee kind and case the province sets and the kindergarten charges,
 * checked for every month of the term and every attendance count 0…W of that
 * month: the filed share must be at least the province's. A missing filed
 * entry counts as "none".
 */
/**
 * refundShortfalls by (filed, provincial, months, charged kinds): the filed
 * schedules, the parsed tables and a term's months are shared objects (see
 * storedRefundSchedule, parseRefundTable, the domain's termMonths), so a
 * national re-evaluation compares each distinct combination once.
 */
const shortfallMemo = new WeakMap<RefundSchedule, WeakMap<RefundSchedule, WeakMap<readonly MonthWorkingDays[], Map<string, RefundShortfall[]>>>>();

export function refundShortfalls(
  filed: RefundSchedule,
  provincial: RefundSchedule,
  charged: ReadonlySet<RefundFeeKind>,
  months: readonly MonthWorkingDays[],
): RefundShortfall[] {
  let byTable = shortfallMemo.get(filed);
  if (!byTable) shortfallMemo.set(filed, (byTable = new WeakMap()));
  let byMonths = byTable.get(provincial);
  if (!byMonths) byTable.set(provincial, (byMonths = new WeakMap()));
  let byCharged = byMonths.get(months);
  if (!byCharged) byMonths.set(months, (byCharged = new Map()));
  const key = [...charged].sort().join();
  let rows = byCharged.get(key);
  if (!rows) byCharged.set(key, (rows = deepFreeze(computeShortfalls(filed, provincial, charged, months))));
  return rows;
}

function computeShortfalls(
  filed: RefundSchedule,
  provincial: RefundSchedule,
  charged: ReadonlySet<RefundFeeKind>,
  months: readonly MonthWorkingDays[],
): RefundShortfall[] {
  const out: RefundShortfall[] = [];
  for (const p of provincial) {
    if (!charged.has(p.feeKind)) continue;
    const f = entryFor(filed, p.feeKind, p.case)?.scheme ?? { method: "none" as const };
    let worst: { month: string; workingDays: number; a: number; filed: Share; prov: Share; gap: number } | null = null;
    let first: { month: string; a: number } | null = null;
    for (const { month, workingDays } of months) {
      for (let a = 0; a <= workingDays; a++) {
        const fs = refundShare(f, a, workingDays);
        const ps = refundShare(p.scheme, a, workingDays);
        if (!shareBelow(fs, ps)) continue;
        first ??= { month, a };
        // The gap in exact units: (ps − fs) over the common denominator, compared as a fraction with the worst so far.
        const gap = (ps.num * fs.den - fs.num * ps.den) / (ps.den * fs.den);
        if (!worst || gap > worst.gap) worst = { month, workingDays, a, filed: fs, prov: ps, gap };
      }
    }
    if (!worst || !first) continue;
    const kind = FEE_KIND_LABELS[p.feeKind];
    const refundCase = CASE_LABELS[p.case];
    out.push({
      feeKind: p.feeKind,
      case: p.case,
      zh: `${kind.zh}（${refundCase.zh}）`,
      en: `${kind.en} (${refundCase.en})`,
      month: worst.month,
      workingDays: worst.workingDays,
      daysAttended: worst.a,
      filedBp: shareBp(worst.filed),
      provincialBp: shareBp(worst.prov),
      shortBp: shareBp(worst.prov) - shareBp(worst.filed),
      firstMonth: first.month,
      firstDaysAttended: first.a,
      filed: { zh: describeScheme(f, "zh"), en: describeScheme(f, "en") },
      provincial: { zh: describeScheme(p.scheme, "zh"), en: describeScheme(p.scheme, "en") },
    });
  }
  return out;
}

/** Which refundable fee kinds a set of items charges: by category, and meals by the item's name (伙食费, 餐费). */
export function chargedRefundKinds(items: readonly { category: string; name: string }[]): Set<RefundFeeKind> {
  const kinds = new Set<RefundFeeKind>();
  for (const it of items) {
    if (it.category === "care_education" || it.category === "boarding" || it.category === "nursery") kinds.add(it.category);
    const name = normaliseForMatching(it.name);
    if (name.includes("伙食") || name.includes("餐费")) kinds.add("meals");
  }
  return kinds;
}
