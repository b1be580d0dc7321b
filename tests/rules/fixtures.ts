/** Builders for rule tests: a plausible filing, overridable piece by piece. */
import { fileURLToPath } from "node:url";
import { createRuleEngine, type RuleEngine } from "~/rules/engine";
import { loadRuleSet } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import { legalWorkingDaysInMonth } from "~/utils/working-days";
import type { MonthWorkingDays, RefundSchedule } from "~/rules/facts/refund-schemes";
import type {
  AccountFact,
  FeeItemFact,
  FilingFacts,
  GuidancePriceFact,
  Nature,
  PastFilingFact,
  RuleOutcome,
} from "~/rules/types";

export const RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

let cached: ReturnType<typeof loadRuleSet> | undefined;
/** The real rule files of the repository, each version in force as the files place it (what a fresh installation activates). */
export function realRuleSet() {
  cached ??= fileChronology(loadRuleSet(RULES_DIR));
  return cached;
}

let defaultEngine: RuleEngine | undefined;
/** An engine over the real rule files with default params. */
export function realEngine(): RuleEngine {
  defaultEngine ??= createRuleEngine(realRuleSet());
  return defaultEngine;
}

/** The outcome of one rule for a filing. */
export async function outcomeOf(ruleId: string, facts: FilingFacts, engine: RuleEngine = realEngine()): Promise<RuleOutcome> {
  const outcome = (await engine.evaluateFiling(facts)).find((o) => o.ruleId === ruleId);
  if (!outcome) throw new Error(`${ruleId} produced no outcome`);
  return outcome;
}

/** The explanation row of a named leaf condition. */
export function leaf(outcome: RuleOutcome, name: string) {
  const row = outcome.conditions.find((c) => c.name === name);
  if (!row) throw new Error(`${outcome.ruleId} has no condition named ${name}`);
  return row;
}

export const APPROVED_NAME = "宁波市海曙区阳光幼儿园";

export function item(overrides: Partial<FeeItemFact> = {}): FeeItemFact {
  return {
    code: "CARE_EDU",
    category: "care_education",
    name: "保教费",
    amountFen: 100_000,
    unit: "month",
    ageBand: "small",
    description: "",
    voluntary: true,
    bundled: false,
    costFen: null,
    ...overrides,
  };
}

/** A service (服务性收费) item with its service content filled in. */
export function service(overrides: Partial<FeeItemFact> = {}): FeeItemFact {
  return item({
    code: "SVC_BUS",
    category: "service",
    name: "校车服务费",
    amountFen: 30_000,
    ageBand: "all",
    description: "往返接送，每日两趟",
    ...overrides,
  });
}

/** A 代收 item with its content filled in. */
export function agency(overrides: Partial<FeeItemFact> = {}): FeeItemFact {
  return item({
    code: "AG_MEAL",
    category: "agency",
    name: "伙食费",
    amountFen: 40_000,
    ageBand: "all",
    description: "早餐、午餐和午点，按实际就餐天数结算",
    ...overrides,
  });
}

export function guidance(overrides: Partial<GuidancePriceFact> = {}): GuidancePriceFact {
  return {
    regionCode: "330203",
    category: "care_education",
    ageBand: "small",
    basePriceFen: 100_000,
    maxFloatBp: 1000,
    sourceDocument: "甬价费〔2013〕71号",
    ...overrides,
  };
}

export function account(overrides: Partial<AccountFact> = {}): AccountFact {
  return {
    bankName: "中国工商银行",
    branchName: "宁波海曙支行",
    accountNumber: "3901110009000012345",
    accountName: APPROVED_NAME,
    ...overrides,
  };
}

export function past(version: number, effectiveFrom: string, items: FeeItemFact[]): PastFilingFact {
  return { version, effectiveFrom, items };
}

/** The codes every fixture item uses, so R01 is quiet unless a test says otherwise. */
export const DEFAULT_ALLOWED_CODES = ["CARE_EDU", "CE", "CE_SMALL", "CE_MIDDLE", "CE_LARGE", "BOARD", "NURSERY", "SERVICE", "NEW", "SVC_BUS", "AG_MEAL"];

/** Refund rules that meet the national default of R11 (a month not attended refunded in full, meals per day not eaten). */
export const NATIONAL_FLOOR_REFUNDS: RefundSchedule = (["care_education", "boarding", "nursery", "meals"] as const).flatMap((feeKind) =>
  (["absence", "withdrawal"] as const).map((c) => ({
    feeKind,
    case: c,
    scheme: { method: feeKind === "meals" ? ("per_day" as const) : ("per_30_days" as const) },
  })),
);

/** Months with their legal working days from the official calendar (chinese-days), as the domain passes them. */
export function monthsOf(...months: string[]): MonthWorkingDays[] {
  return months.map((month) => ({ month, workingDays: legalWorkingDaysInMonth(month).workingDays }));
}

/** The fixture filing's term (2025-autumn): September to February. */
export const AUTUMN_2025_MONTHS = monthsOf("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02");

type FilingOverrides = Partial<Omit<FilingFacts["filing"], "id" | "term">>;
type KindergartenOverrides = Partial<FilingFacts["kindergarten"]>;

export function filing(
  nature: Nature,
  parts: Partial<
    Pick<
      FilingFacts,
      "items" | "previousItems" | "guidancePrices" | "history" | "allowedItemCodes" | "account" | "pendingAccount" | "publicCareFeeFen" | "refundSchedule" | "termMonths"
    >
  > & { effectiveFrom?: string; filing?: FilingOverrides; kindergarten?: KindergartenOverrides } = {},
): FilingFacts {
  const usccByNature: Record<Nature, string> = {
    forprofit_private: "91330203MA2AAAAA0X",
    nonprofit_private: "52330203MJ0000000X",
    inclusive_private: "52330203MJ0000000X",
    public: "12330203MB0000000X",
  };
  return {
    kindergarten: {
      id: "01JKG0000000000000000000000",
      uscc: usccByNature[nature],
      approvedName: APPROVED_NAME,
      nature,
      grade: "class1",
      regionCode: "330203",
      ...parts.kindergarten,
    },
    filing: {
      id: "01JFL0000000000000000000000",
      term: "2025-autumn",
      version: 2,
      effectiveFrom: parts.effectiveFrom ?? "2025-09-01",
      publishedOn: "2025-06-20",
      pricingBasis: "根据办园成本核算，按宁波市民办幼儿园收费管理办法备案",
      refundRules: "按月退费：当月出勤不足 4 天退 80%，其余按比例退还",
      complaintChannel: "海曙区教育局 0574-12345678；12315",
      appliesToEnrolled: false,
      waiverDeductionFen: 0,
      ...parts.filing,
    },
    items: parts.items ?? [item()],
    previousItems: parts.previousItems === undefined ? null : parts.previousItems,
    history: parts.history ?? [],
    guidancePrices: parts.guidancePrices ?? [],
    allowedItemCodes: parts.allowedItemCodes ?? DEFAULT_ALLOWED_CODES,
    account: parts.account === undefined ? account() : parts.account,
    ...(parts.pendingAccount !== undefined ? { pendingAccount: parts.pendingAccount } : {}),
    publicCareFeeFen: parts.publicCareFeeFen === undefined ? null : parts.publicCareFeeFen,
    refundSchedule: parts.refundSchedule === undefined ? NATIONAL_FLOOR_REFUNDS : parts.refundSchedule,
    termMonths: parts.termMonths ?? AUTUMN_2025_MONTHS,
  };
}
