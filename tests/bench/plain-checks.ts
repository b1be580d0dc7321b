/**
 * The 15 filing checks (R01–R16) written as one plain TypeScript function:
 * the yardstick for what the rules engine costs. Same inputs (the raw
 * FilingFacts the domain builds), same semantics and the same default params
 * as the rule files, but no engine, no explanation and no evidence lists:
 * only which rules fire and how severely.
 *
 * Kept deliberately independent of rules/ (no shared helpers), so the
 * benchmark's cross-check compares two implementations rather than one with
 * itself.
 */
import { Converter } from "opencc-js/t2cn";
import type { FeeItemFact, FilingFacts, Nature, Severity } from "~/rules/types";

export interface PlainParams {
  R02: { keywords: readonly string[] };
  R03: { toleranceFen: number; monthsPerSemesterTenths: number; dayRateDaysPerMonthHundredths: number };
  R04: { amberBp: number; redBp: number };
  R05: { maxIncreasesPer12Months: number; allowedMonths: readonly number[]; natures: readonly string[] };
  R06: { minLeadDays: number; minLeadMonths: number };
  R07: { newEntrantsOnly: boolean };
  R08: { prohibitedUnits: readonly string[] };
  R11: { refundTable: Readonly<Record<string, readonly string[]>> };
  R12: { fromDate: string; toleranceFen: number };
  R13: { notVoluntarySeverity: string };
  R14: { toleranceFen: number };
  R16: { expectedPrefixes: Readonly<Record<string, readonly string[]>> };
}

/** The rule files' defaults. */
export const DEFAULT_PLAIN_PARAMS: PlainParams = {
  R02: {
    keywords: [
      "赞助", "捐资助学", "捐资办学", "建园费", "建校费", "择园费", "择校费", "教育成本补偿", "入园费", "借读费", "共建费",
      "占位", "留位费", "订位费", "预留学位", "学位费", "排队费", "签约费", "报名费",
      "入园考试", "入园测试", "考试费", "面试费", "测评费",
      "押金", "保证金",
      "兴趣班", "兴趣课", "特色班", "特色课", "特长班", "才艺班", "实验班", "课后培训", "托管培训", "培训费", "亲子班", "早教班", "幼小衔接",
      "英语班", "美术班", "舞蹈班", "珠心算", "蒙氏班", "双语班", "思维班", "轮滑班", "跆拳道班", "国际班",
      "教材", "教辅", "教学材料", "资料费",
      "家委会", "家长委员会", "第三方代收", "第三方机构",
    ],
  },
  R03: { toleranceFen: 0, monthsPerSemesterTenths: 50, dayRateDaysPerMonthHundredths: 2175 },
  R04: { amberBp: 1000, redBp: 2000 },
  R05: { maxIncreasesPer12Months: 1, allowedMonths: [8, 9], natures: ["inclusive_private", "nonprofit_private", "forprofit_private"] },
  R06: { minLeadDays: 60, minLeadMonths: 0 },
  R07: { newEntrantsOnly: false },
  R08: { prohibitedUnits: ["year", "once"] },
  R11: {
    refundTable: {
      "care_education.absence": ["per_30_days"], "care_education.withdrawal": ["per_30_days"],
      "boarding.absence": ["per_30_days"], "boarding.withdrawal": ["per_30_days"],
      "nursery.absence": ["per_30_days"], "nursery.withdrawal": ["per_30_days"],
      "meals.absence": ["per_day"], "meals.withdrawal": ["per_day"],
    },
  },
  R12: { fromDate: "2025-09-01", toleranceFen: 0 },
  R13: { notVoluntarySeverity: "amber" },
  R14: { toleranceFen: 0 },
  R16: { expectedPrefixes: { forprofit_private: ["91"], nonprofit_private: ["52"], inclusive_private: ["52"], public: ["12"] } },
};

export interface PlainFlag {
  ruleId: string;
  severity: Severity;
}

const PRIVATE: ReadonlySet<Nature> = new Set<Nature>(["inclusive_private", "nonprofit_private", "forprofit_private"]);
const isGuided = (c: string) => c === "care_education" || c === "boarding" || c === "nursery";
const isServiceOrAgency = (c: string) => c === "service" || c === "agency";

// The rules' matching form, written again: NFKC, traditional → simplified (OpenCC), lower case, no spaces, format characters, punctuation or symbols.
const t2s = Converter({ from: "tw", to: "cn" });
const hk2s = Converter({ from: "hk", to: "cn" });
const normCache = new Map<string, string>();
function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = hk2s(t2s(s.normalize("NFKC"))).toLowerCase().replace(/[\s\p{Z}\p{Cf}\p{P}\p{S}]+/gu, "");
    if (normCache.size > 20_000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}
const needlesCache = new WeakMap<readonly string[], string[]>();
function needles(keywords: readonly string[]): string[] {
  let n = needlesCache.get(keywords);
  if (!n) needlesCache.set(keywords, (n = keywords.map(norm).filter((k) => k.length > 0)));
  return n;
}

const DAY = 86_400_000;
const dayOf = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY;
/** The first day of the 12 months ending on `d`: the day after the same date a year earlier (clamped to month end). */
function windowStart(d: string): string {
  const y = +d.slice(0, 4) - 1;
  const m = +d.slice(5, 7);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = Math.min(+d.slice(8, 10), last);
  return new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10);
}

/** Guided items of `items` that cost more than the same code + age band + unit in `before` (first match). */
function raisesGuided(before: readonly FeeItemFact[], items: readonly FeeItemFact[]): boolean {
  for (const it of items) {
    if (!isGuided(it.category)) continue;
    for (const p of before) {
      if (p.code === it.code && p.ageBand === it.ageBand && p.unit === it.unit) {
        if (it.amountFen > p.amountFen) return true;
        break;
      }
    }
  }
  return false;
}

const capOf = (base: number, bp: number) => Math.floor((base * (10000 + bp)) / 10000);

/** The same day `months` calendar months earlier, clamped to that month's last day. */
function monthsBefore(d: string, months: number): string {
  const total = +d.slice(0, 4) * 12 + (+d.slice(5, 7) - 1) - months;
  const y = Math.floor(total / 12);
  const m = total % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(+d.slice(8, 10), last))).toISOString().slice(0, 10);
}

type PlainScheme = { method: string; tiers?: { when: string; days: number | null; sharePercent: number | null; refundPercent: number }[] };

/** A table entry as R11's param writes it ("per_day", "attended<=4:80", "absent>=50%:30"). */
function tableScheme(words: readonly string[]): PlainScheme {
  if (words.length === 1 && !words[0].includes(":")) return { method: words[0] };
  return {
    method: "tiers",
    tiers: words.map((w) => {
      const m = /^(attended<=|absent>=)(\d+)(%?):(\d+)$/.exec(w);
      if (!m) throw new Error(`plain R11: cannot read table entry ${w}`);
      const share = m[3] === "%";
      return { when: m[1] === "attended<=" ? "attended_at_most" : "absent_at_least", days: share ? null : +m[2], sharePercent: share ? +m[2] : null, refundPercent: +m[4] };
    }),
  };
}

/** Percent (0–100, possibly fractional) of a month's fee a scheme refunds for `attended` days of W. */
function refundPercent(s: PlainScheme, attended: number, w: number): number {
  if (w <= 0) return 0;
  const a = Math.min(Math.max(0, attended), w);
  if (s.method === "per_day") return ((w - a) * 100) / w;
  if (s.method === "per_30_days") return a === 0 ? 100 : 0;
  if (s.method !== "tiers") return 0;
  let best = 0;
  for (const t of s.tiers ?? []) {
    const count = t.when === "attended_at_most" ? a : w - a;
    const holds =
      t.days !== null
        ? t.when === "attended_at_most" ? count <= t.days : count >= t.days
        : t.when === "attended_at_most" ? count * 100 <= w * (t.sharePercent ?? 0) : count * 100 >= w * (t.sharePercent ?? 0);
    if (holds && t.refundPercent > best) best = t.refundPercent;
  }
  return best;
}

/** R11's severity: info without rules filed as data, amber when a charged fee's filed refund is below the table's, else null. */
function refundCheck(f: FilingFacts, table: Readonly<Record<string, readonly string[]>>): Severity | null {
  const filed = f.refundSchedule;
  if (!filed || filed.length === 0) return "info";
  const charged = new Set<string>();
  for (const it of f.items) {
    if (isGuided(it.category)) charged.add(it.category);
    const name = norm(it.name);
    if (name.includes("伙食") || name.includes("餐费")) charged.add("meals");
  }
  for (const [key, words] of Object.entries(table)) {
    const [kind, refundCase] = key.split(".");
    if (!charged.has(kind)) continue;
    const own = filed.find((e) => e.feeKind === kind && e.case === refundCase);
    const ownScheme: PlainScheme = own ? (own.scheme as PlainScheme) : { method: "none" };
    const local = tableScheme(words);
    for (const m of f.termMonths) {
      for (let a = 0; a <= m.workingDays; a++) {
        // Compared exactly: a percent of W as a fraction against the other's.
        if (refundPercent(ownScheme, a, m.workingDays) * 1e6 < refundPercent(local, a, m.workingDays) * 1e6 - 1e-6) return "amber";
      }
    }
  }
  return null;
}

/** Which rules fire for one filing, with their severity, in rule-id order. */
export function plainChecks(f: FilingFacts, p: PlainParams = DEFAULT_PLAIN_PARAMS): PlainFlag[] {
  const out: PlainFlag[] = [];
  const { kindergarten: kg, filing, items } = f;
  const nature = kg.nature;
  const isPrivate = PRIVATE.has(nature);

  // R01
  for (const it of items) {
    if (!f.allowedItemCodes.includes(it.code)) {
      out.push({ ruleId: "R01", severity: "red" });
      break;
    }
  }

  // R02
  const kw = needles(p.R02.keywords);
  r02: for (const it of items) {
    const name = norm(it.name);
    const description = norm(it.description);
    for (const k of kw) {
      if (name.includes(k) || description.includes(k)) {
        out.push({ ruleId: "R02", severity: "red" });
        break r02;
      }
    }
  }

  // R03
  if (nature === "inclusive_private" || nature === "nonprofit_private") {
    let maxOver: number | null = null;
    for (const it of items) {
      if (!isGuided(it.category)) continue;
      let cap: number | null = null;
      for (const band of it.ageBand === "all" ? ["all"] : [it.ageBand, "all"]) {
        let best: number | null = null;
        let bestSameRegion: number | null = null;
        for (const g of f.guidancePrices) {
          if (g.category !== it.category || g.ageBand !== band) continue;
          const c = capOf(g.basePriceFen, g.maxFloatBp);
          if (best === null || c < best) best = c;
          if (g.regionCode === kg.regionCode && (bestSameRegion === null || c < bestSameRegion)) bestSameRegion = c;
        }
        if (best !== null) {
          cap = bestSameRegion ?? best;
          break;
        }
      }
      if (cap === null) continue;
      // The amount per month: a semester of monthsPerSemesterTenths/10 months, a year of two semesters, a day rate × days/100; a one-off is not compared.
      let monthly: number;
      if (it.unit === "month") monthly = it.amountFen;
      else if (it.unit === "semester") monthly = Math.ceil((it.amountFen * 10) / p.R03.monthsPerSemesterTenths);
      else if (it.unit === "year") monthly = Math.ceil((it.amountFen * 10) / (2 * p.R03.monthsPerSemesterTenths));
      else if (it.unit === "day" && p.R03.dayRateDaysPerMonthHundredths > 0) monthly = Math.ceil((it.amountFen * p.R03.dayRateDaysPerMonthHundredths) / 100);
      else continue;
      if (maxOver === null || monthly - cap > maxOver) maxOver = monthly - cap;
    }
    if (maxOver !== null && maxOver > p.R03.toleranceFen) out.push({ ruleId: "R03", severity: "red" });
  }

  // R04
  const prev = f.previousItems;
  if (nature === "forprofit_private" && prev) {
    let maxBp: number | null = null;
    for (const it of items) {
      const old = prev.find((o) => o.code === it.code && o.ageBand === it.ageBand);
      if (!old || old.unit !== it.unit || old.amountFen <= 0) continue;
      const bp = Math.floor(((it.amountFen - old.amountFen) * 10000) / old.amountFen);
      if (maxBp === null || bp > maxBp) maxBp = bp;
    }
    if (maxBp !== null && maxBp >= p.R04.amberBp) out.push({ ruleId: "R04", severity: maxBp >= p.R04.redBp ? "red" : "amber" });
  }

  // R05, R07
  const guidedIncrease = prev !== null && raisesGuided(prev, items);
  if (p.R05.natures.includes(nature) && guidedIncrease) {
    const start = windowStart(filing.effectiveFrom);
    const dates = new Set<string>([filing.effectiveFrom]);
    const h = f.history;
    for (let i = 1; i < h.length; i++) {
      const d = h[i].effectiveFrom;
      if (start <= d && d <= filing.effectiveFrom && raisesGuided(h[i - 1].items, h[i].items)) dates.add(d);
    }
    const month = +filing.effectiveFrom.slice(5, 7);
    if (dates.size > p.R05.maxIncreasesPer12Months || !p.R05.allowedMonths.includes(month)) out.push({ ruleId: "R05", severity: "amber" });
  }

  // R06: published after the earlier of effectiveFrom − days and effectiveFrom − calendar months (clamped to the month's end).
  const byDays = dayOf(filing.effectiveFrom) - p.R06.minLeadDays;
  if (dayOf(filing.publishedOn) > Math.min(byDays, dayOf(monthsBefore(filing.effectiveFrom, p.R06.minLeadMonths)))) {
    out.push({ ruleId: "R06", severity: "amber" });
  }

  // R07: only where the region requires new standards for new entrants only.
  if (p.R07.newEntrantsOnly && filing.appliesToEnrolled && guidedIncrease) out.push({ ruleId: "R07", severity: "red" });

  // R08
  for (const it of items) {
    if (isGuided(it.category) && p.R08.prohibitedUnits.includes(it.unit)) {
      out.push({ ruleId: "R08", severity: "red" });
      break;
    }
  }

  // R09
  if (isPrivate) {
    if (!f.account) out.push({ ruleId: "R09", severity: "amber" });
    else {
      const n = (s: string) => s.trim().replace(/（/g, "(").replace(/）/g, ")").replace(/[\s\u3000]+/gu, "");
      if (n(f.account.accountName) !== n(kg.approvedName)) out.push({ ruleId: "R09", severity: "red" });
    }
  }

  // R10, by the texts in force on the effective date: items and nature always; from 2025-06-01 (学前教育法) also the
  // refund rules and every service item's content; from 2026-01-01 (1644号) also the pricing basis. No items: red.
  const eff = filing.effectiveFrom;
  const gaps =
    (items.length === 0 ? 1 : 0) +
    (eff >= "2025-06-01" && filing.refundRules.trim() === "" ? 1 : 0) +
    (eff >= "2025-06-01" && items.some((it) => isServiceOrAgency(it.category) && it.description.trim() === "") ? 1 : 0) +
    (eff >= "2026-01-01" && filing.pricingBasis.trim() === "" ? 1 : 0);
  if (gaps > 0) out.push({ ruleId: "R10", severity: items.length === 0 ? "red" : "amber" });

  // R11: refund rules filed as data against the region's table, every month of the term and attendance 0…W.
  const r11 = refundCheck(f, p.R11.refundTable);
  if (r11) out.push({ ruleId: "R11", severity: r11 });

  // R12
  const publicRate = f.publicCareFeeFen;
  if (isPrivate && publicRate !== null && filing.effectiveFrom >= p.R12.fromDate) {
    let large = false;
    for (const it of items) if (it.category === "care_education" && it.ageBand === "large") large = true;
    let maxShort: number | null = null;
    for (const it of items) {
      if (it.category !== "care_education" || it.ageBand !== (large ? "large" : "all")) continue;
      const required = it.unit === "month" ? Math.min(publicRate, it.amountFen) : publicRate;
      const short = required - filing.waiverDeductionFen;
      if (maxShort === null || short > maxShort) maxShort = short;
    }
    if (maxShort !== null && maxShort > p.R12.toleranceFen) out.push({ ruleId: "R12", severity: "red" });
  }

  // R13
  let notVoluntary = false;
  let bundled = false;
  for (const it of items) {
    if (!isServiceOrAgency(it.category)) continue;
    if (it.voluntary === false) notVoluntary = true;
    if (it.bundled === true) bundled = true;
  }
  if (notVoluntary || bundled) out.push({ ruleId: "R13", severity: bundled ? "red" : (p.R13.notVoluntarySeverity as Severity) });

  // R14
  let maxMarkup: number | null = null;
  for (const it of items) {
    if (it.category !== "agency" || it.costFen === null) continue;
    const m = it.amountFen - it.costFen;
    if (maxMarkup === null || m > maxMarkup) maxMarkup = m;
  }
  if (maxMarkup !== null && maxMarkup > p.R14.toleranceFen) out.push({ ruleId: "R14", severity: "red" });

  // R16
  const map = p.R16.expectedPrefixes;
  if (Object.prototype.hasOwnProperty.call(map, nature)) {
    const prefix = kg.uscc.trim().slice(0, 2).toUpperCase();
    if (!map[nature].some((e) => e.trim().toUpperCase() === prefix)) out.push({ ruleId: "R16", severity: "amber" });
  }

  return out;
}
