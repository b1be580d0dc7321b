/**
 * Demo data: Ningbo (浙江省 → 宁波市 → 5 districts), 36 kindergartens of every
 * nature with bank accounts and 1–3 fee filings each, the fee catalogue,
 * guidance prices, officers per district and agency, one operator per
 * kindergarten. Deterministic: same codes, names, amounts and ids everywhere.
 *
 * Filings go in as "submitted" with one outbox "filing.submitted" row each, so
 * the background runner evaluates them on first start.
 */
import { ulid } from "ulid";
import type { Kysely, Transaction, Insertable } from "kysely";
import {
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  USCC_ALPHABET,
  usccPrefixForNature,
} from "~/domain/kindergartens/uscc";
import { toActor } from "~/domain/users/auth.server";
import { hashPassword } from "~/domain/users/password.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { handleComplaint } from "~/domain/complaints/complaint-handling.server";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";
import { answerCase } from "~/domain/cases/case-kindergarten.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { workCase } from "~/domain/cases/case-work.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { refundScheduleFields } from "~/domain/filings/refund-rules.schema";
import { aboutTheFiledAccount, evaluateAccountRules, gatherAccountFacts, storeAccountFlags } from "~/domain/fee-accounts/account-rules.server";
import { itemMarksApply } from "~/domain/filings/filing.schema";
import { activateNewRules, createRulesRuntime, loadRulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { draftPublicCase } from "~/domain/publication/public-case-draft.server";
import { workPublicCase } from "~/domain/publication/public-case.service.server";
import { recordOf, updateKindergarten } from "~/domain/registry/registry.server";
import { drawSpotCheck } from "~/domain/spot-checks/spot-check.service.server";
import { refreshStatistics } from "~/domain/statistics/statistics-refresh.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { seedMealFunds } from "./demo-meal-funds";
import type { Actor } from "~/domain/users/actor";
import { addWorkingDays, isWorkingDay, shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import type {
  BankAccountsTable,
  AgeBand,
  Agency,
  Database,
  FeeCategory,
  FeeItemsTable,
  FeeFilingsTable,
  Role,
  UsersTable,
} from "./schema";
import {
  AGENCY_AMOUNTS,
  AGENCY_MARKUP,
  DISCLOSURE,
  MISSING_REFUND_RULES,
  WAIVER_NOT_DEDUCTED,
  BANKS,
  CITY,
  DEMO_CASE_STORIES,
  DEMO_COMPLAINTS,
  DEMO_PASSWORD,
  DEMO_REGISTRY_CHANGE,
  DISTRICTS,
  FEE_ITEM_TYPES,
  GRADE_LABELS,
  GUIDANCE_EFFECTIVE_FROM,
  GUIDANCE_MAX_FLOAT_BP,
  GUIDANCE_PRICES,
  ITEM_TEXT,
  KINDERGARTENS,
  NATURE_LABELS,
  PROVINCE,
  TERMS,
  type DemoDistrict,
  type DemoKindergarten,
  type PriceSpec,
} from "./demo-data";
import { demoRefundClaims, demoRefundSchedule } from "./demo-refund-rules";

export { DEMO_PASSWORD } from "./demo-data";

export interface SeedAccount {
  username: string;
  password: string;
  role: Role;
  description: string;
}

export interface SeedResult {
  seeded: boolean;
  accounts: SeedAccount[];
}

type Trx = Transaction<Database>;

const AGENCIES: ReadonlyArray<{ agency: Agency; suffix: string; office: string }> = [
  { agency: "market", suffix: "market", office: "市场监督管理局" },
  { agency: "education", suffix: "edu", office: "教育局" },
  { agency: "development_reform", suffix: "ndrc", office: "发展和改革局" },
];

/** The operators listed in the returned account table (see demoAccounts). */
const FEATURED_OPERATORS = ["kg006", "kg002", "kg004"] as const;

/** The demo logins to show after seeding (all share DEMO_PASSWORD). */
export function demoAccounts(): SeedAccount[] {
  const haishu = DISTRICTS.find((d) => d.slug === "haishu")!;
  const jiangbei = DISTRICTS.find((d) => d.slug === "jiangbei")!;
  const accounts: SeedAccount[] = [
    { username: "admin", password: DEMO_PASSWORD, role: "admin", description: "系统管理员" },
    ...AGENCIES.map(({ suffix, office }) => ({
      username: `${haishu.slug}.${suffix}`,
      password: DEMO_PASSWORD,
      role: "officer" as const,
      description: `${haishu.name}${office}（辖区：${haishu.name}）`,
    })),
    {
      username: `${jiangbei.slug}.market`,
      password: DEMO_PASSWORD,
      role: "officer",
      description: `${jiangbei.name}市场监督管理局（辖区：${jiangbei.name}）`,
    },
    {
      username: `${CITY.slug}.market`,
      password: DEMO_PASSWORD,
      role: "officer",
      description: `${CITY.name}市场监督管理局（辖区：全市）`,
    },
    {
      username: `${haishu.slug}.market2`,
      password: DEMO_PASSWORD,
      role: "officer",
      description: `${haishu.name}市场监督管理局执法二组（辖区：${haishu.name}；可被指派案件）`,
    },
    {
      username: `${haishu.slug}.lead`,
      password: DEMO_PASSWORD,
      role: "officer",
      description: `${haishu.name}市场监督管理局负责人（批准延长核查期限、接收超期升级、双随机抽查）`,
    },
    {
      username: `${CITY.slug}.lead`,
      password: DEMO_PASSWORD,
      role: "officer",
      description: `${CITY.name}市场监督管理局负责人（全市：超期升级、双随机抽查）`,
    },
  ];
  for (const key of FEATURED_OPERATORS) {
    const kg = KINDERGARTENS.find((k) => k.key === key)!;
    accounts.push({
      username: kg.key,
      password: DEMO_PASSWORD,
      role: "operator",
      description: `${kg.approvedName}（${NATURE_LABELS[kg.nature]}，${GRADE_LABELS[kg.grade]}）${kg.story ? `：${kg.story}` : ""}`,
    });
  }
  return accounts;
}

// ---------------------------------------------------------------------------
// Deterministic helpers

/** mulberry32: a tiny seeded PRNG returning [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand: () => number, chars: string, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
  return s;
}

const DAY_MS = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Beijing office hours: 09:00 +08:00 = 01:00Z, plus `minutes`. */
function officeTime(isoDate: string, minutes = 0): string {
  return new Date(Date.parse(`${isoDate}T01:00:00Z`) + minutes * 60_000).toISOString();
}

type AccountRow = Insertable<BankAccountsTable>;

/**
 * The demo's fee accounts in every state: one approved account in force for
 * most kindergartens; none for "none"; for "replaced" the first account ended
 * on 2026-08-31 and another in force from 2026-09-01; for "pending" and
 * "returned" a replacement filed by the operator, awaiting review or returned
 * by the district's education officer with a reason.
 */
function withAccountStories(
  base: ReadonlyArray<{ kg: DemoKindergarten; district: DemoDistrict; row: AccountRow }>,
  operatorIds: ReadonlyMap<string, string>,
  educationOfficerIds: ReadonlyMap<string, string>,
): AccountRow[] {
  const rand = seededRandom(20251020);
  const rows: AccountRow[] = [];
  for (const { kg, district, row } of base) {
    if (kg.accountStory === "none") continue;
    if (!kg.accountStory) {
      rows.push(row);
      continue;
    }
    const bank = BANKS[kg.bank === "ccb" ? "bocom" : "ccb"];
    const filing = (filedAt: string): AccountRow => ({
      id: ulid(Date.parse(filedAt), rand),
      kindergarten_id: row.kindergarten_id,
      bank_name: bank.name,
      branch_name: `宁波${district.short}支行`,
      account_number: bank.accountPrefix + pick(rand, "0123456789", bank.length - bank.accountPrefix.length),
      account_name: kg.approvedName,
      cnaps_code: `${bank.cnapsBank}3320${pick(rand, "0123456789", 5)}`,
      status: "pending",
      filed_at: filedAt,
      effective_from: "",
      submitted_by: operatorIds.get(kg.key)!,
    });
    const reviewer = educationOfficerIds.get(district.slug)!;
    if (kg.accountStory === "replaced") {
      rows.push({ ...row, effective_to: "2026-08-31" });
      const filedAt = officeTime("2026-08-10");
      rows.push({ ...filing(filedAt), status: "approved", effective_from: "2026-09-01", reviewed_by: reviewer, reviewed_at: officeTime("2026-08-14") });
    } else if (kg.accountStory === "pending") {
      rows.push(row, { ...filing(officeTime("2026-11-24")), effective_from: "2026-12-01" });
    } else {
      rows.push(row, {
        ...filing(officeTime("2026-10-15")),
        account_name: `${kg.approvedName.replace(/^宁波市..区/, "").replace(/有限公司$/, "")}教育咨询有限公司`,
        status: "returned",
        effective_from: "2026-11-01",
        reviewed_by: reviewer,
        reviewed_at: officeTime("2026-10-20"),
        review_note: "账户名称与幼儿园登记名称不一致：收费账户应为幼儿园本单位的对公账户，请更正后重新备案。",
      });
    }
  }
  // A multi-row insert gives a column missing from a row NULL, not its default: every row states every column.
  return rows.map((r) => ({
    effective_to: null,
    evidence_id: null,
    submitted_by: null,
    reviewed_by: null,
    reviewed_at: null,
    review_note: "",
    evaluated_rules: "[]",
    ...r,
  }));
}

function chunks<T>(rows: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A 9-character GB 11714 organisation code whose own check character is right. */
function orgCode(nature: DemoKindergarten["nature"], rand: () => number): string {
  const letters = USCC_ALPHABET; // stay inside the USCC alphabet
  const body =
    nature === "forprofit_private"
      ? `MA2${pick(rand, letters, 5)}` // 赋码 since 2015 for companies
      : nature === "public"
        ? `4${pick(rand, "0123456789", 7)}` // classic numeric 事业单位 code
        : `MJ${pick(rand, letters, 6)}`; // 民政 registrations
  return body + computeOrgCodeCheckChar(body);
}

// ---------------------------------------------------------------------------
// Guidance-price lookups used to turn relative price specs into fen

function guidanceFor(
  district: DemoDistrict,
  kg: DemoKindergarten,
  category: "care_education" | "boarding",
  ageBand: AgeBand,
): number | undefined {
  const match = (region: string) =>
    GUIDANCE_PRICES.find(
      (g) =>
        g.region_code === region &&
        g.nature === kg.nature &&
        g.grade === kg.grade &&
        g.category === category &&
        g.age_band === ageBand,
    );
  return (match(district.code) ?? match(CITY.code))?.base_price_fen;
}

/**
 * From autumn 2025 private kindergartens deduct the local public 保教费 for
 * final-year children (国办 2025). The demo's one exception forgets it in its
 * latest filing.
 */
function waiverDeduction(kg: DemoKindergarten, district: DemoDistrict, effectiveFrom: string, latest: boolean): number {
  if (kg.nature === "public" || effectiveFrom < "2025-09-01") return 0;
  if (latest && WAIVER_NOT_DEDUCTED.has(kg.key)) return 0;
  const publicRate = GUIDANCE_PRICES.find(
    (g) => g.nature === "public" && g.grade === kg.grade && (g.region_code === district.code || g.region_code === CITY.code),
  );
  return publicRate?.base_price_fen ?? 0;
}

function resolvePrice(spec: PriceSpec, base: number | undefined, what: string): number {
  if (typeof spec === "number") return spec;
  if (base === undefined) throw new Error(`demo data: no guidance price for ${what}`);
  const cap = (base * (10_000 + GUIDANCE_MAX_FLOAT_BP)) / 10_000;
  if (spec === "cap") return cap;
  if (spec.startsWith("cap+")) {
    const pct = Number(spec.slice(4, -1));
    const amount = Math.ceil((cap * (1 + pct / 100)) / 100) * 100;
    if (amount <= cap) throw new Error(`demo data: ${what} ${spec} is not over the cap`);
    return amount;
  }
  return Math.round((base * Number(spec.slice(0, -1))) / 100 / 100) * 100;
}

// ---------------------------------------------------------------------------

export async function seedDemo(db: Kysely<Database>, opts: { now?: Date } = {}): Promise<SeedResult> {
  const accounts = demoAccounts();
  // A database with accounts is in use (or seeded): never mixed with the demo. Regions alone are not use: an
  // installation may have loaded the national directory (npm run regions:load) before a trial's first start.
  const existing = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (existing) return { seeded: false, accounts };

  const now = opts.now ?? new Date();
  // One hash for every demo user: each argon2id hash costs tens of milliseconds.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const seeded = await db.transaction().execute(async (trx) => {
    // Re-check inside the transaction: a concurrent seeder may have won.
    const again = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
    if (again) return false;
    await insertAll(trx, passwordHash, now);
    return true;
  });
  // Through the intake and the officers' actions, each its own transaction as in real use.
  if (seeded) {
    await seedComplaints(db, now);
    await seedCaseStories(db, now);
    await seedAccountFilingFlags(db);
    await seedSpotCheck(db, now);
    await seedPublications(db, now);
    await seedRegistryChange(db, now);
    await seedNextTermFiling(db, now);
    // Meal-fund accounts of a few months (its own module: db/demo-meal-funds.ts).
    await seedMealFunds(db, createRulesRuntime(loadRuleSet()), now);
    // The public statistics of what was just seeded, so the demo shows figures before the first scheduled refresh.
    await refreshStatistics(db);
  }
  return { seeded, accounts };
}

/**
 * The operators' demo filings (pending, returned) judged by the account rules as fileAccount judges a filing, on the
 * day each was filed: inserted as rows, they carried no flags, so the returned filing whose account name is not the
 * kindergarten's showed no A01 warning to its operator or the officers, although the queue says such filings carry one.
 * After seedCaseStories, which activates the rules as of some sixty working days back.
 */
async function seedAccountFilingFlags(db: Kysely<Database>): Promise<void> {
  const rules = createRulesRuntime(loadRuleSet());
  const state = await loadRulesState(db, rules.library);
  rules.activeSet(state.activations);
  const filings = await db.selectFrom("bank_accounts").selectAll().where("status", "in", ["pending", "returned"]).orderBy("id").execute();
  for (const f of filings) {
    const filedAt = new Date(f.filed_at);
    const facts = await gatherAccountFacts(db, f.kindergarten_id, filedAt, f);
    const outcomes = aboutTheFiledAccount(rules, await evaluateAccountRules(db, rules, facts, state));
    await db.transaction().execute(async (trx) => {
      const applied = await storeAccountFlags(trx, rules, { kindergartenId: f.kindergarten_id, accountId: f.id }, outcomes, filedAt);
      await trx.updateTable("bank_accounts").set({ evaluated_rules: JSON.stringify(applied) }).where("id", "=", f.id).execute();
    });
  }
}

/** The evidence store of demo stories: they carry no files. */
const NO_FILES: EvidenceStore = {
  put: () => Promise.reject(new Error("demo stories carry no files")),
  putFile: () => Promise.reject(new Error("demo stories carry no files")),
  get: () => Promise.resolve(null),
  delete: () => Promise.resolve(),
  deleteIfWrittenBefore: () => Promise.resolve(false),
  async *list() {},
  removeLeftovers: () => Promise.resolve(0),
};

/** The demo draw's seed: fixed, so the demo's draw is the same wherever the inputs are. */
const DEMO_DRAW_SEED = "5eed".repeat(16);

/** The kindergarten whose bookkeeper has announced the next term's fees (北仑 明州, public: no story of its own). */
export const NEXT_TERM_KG = "kg015";

/**
 * A schedule announced for the term after today's, so that a public page shows the fees in force and those to come
 * (the demo's own filings are of fixed past terms). Filed through the filing service by kg015's bookkeeper on the
 * seed's day, published that day: its fees in force again, 伙食费 1 yuan a day more. The first term that begins at
 * least 62 days on (the demo's least notice), so the schedule is announced in time whatever the day.
 */
async function seedNextTermFiling(db: Kysely<Database>, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  const terms = upcomingTerms(today);
  const term = terms.find((t) => termBounds(t).start >= addDays(today, 62)) ?? terms[terms.length - 1];
  const actor = await demoActor(db, NEXT_TERM_KG);
  const latest = await db
    .selectFrom("fee_filings")
    .selectAll()
    .where("kindergarten_id", "=", actor.kindergartenId!)
    .orderBy("version", "desc")
    .executeTakeFirstOrThrow();
  const items = await db.selectFrom("fee_items").selectAll().where("filing_id", "=", latest.id).orderBy("position").execute();
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const label = `${term.slice(0, 4)}年${term.endsWith("spring") ? "春季" : "秋季"}学期`;
  const done = await submitFiling({
    db,
    actor,
    kindergartenId: actor.kindergartenId!,
    submissionKey: ulid(now.getTime(), seededRandom(2027)),
    now,
    input: {
      term,
      effectiveFrom: termBounds(term).start,
      publishedOn: today,
      note: `${label}收费标准备案`,
      pricingBasis: latest.pricing_basis,
      refundRules: latest.refund_rules,
      refundSchedule: latest.refund_schedule ? refundScheduleFields(JSON.parse(latest.refund_schedule)) : undefined,
      complaintChannel: latest.complaint_channel,
      waiverDeduction: latest.waiver_deduction_fen > 0 ? yuan(latest.waiver_deduction_fen) : "",
      items: items.map((i) => ({
        code: i.code,
        amount: yuan(i.code === "SVC_MEAL" ? i.amount_fen + 100 : i.amount_fen),
        unit: i.unit,
        ageBand: i.age_band,
        description: i.description,
        voluntary: i.voluntary === 1,
        bundled: i.bundled === 1,
        cost: i.cost_fen !== null ? yuan(i.cost_fen) : "",
      })),
    },
  });
  if (!done.ok) throw new Error(`demo next-term filing (${NEXT_TERM_KG} ${term}) refused: ${JSON.stringify(done)}`);
}

/** A demo user as the domain's actor. */
async function demoActor(db: Kysely<Database>, username: string): Promise<Actor> {
  const u = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirstOrThrow();
  return toActor(u);
}

/**
 * Public cases from the demo's violation decisions, drafted as the job would
 * (the runner's own job for each decision then finds them drafted): 江北's
 * penalty submitted by its inspector and approved by the city's lead, so the
 * public list has a case; 海曙's refund order revised by its inspector with a
 * parent's and a child's name and a phone number in the narrative, so the
 * draft shows the gate at work (mask, submit, then haishu.lead approves).
 */
async function seedPublications(db: Kysely<Database>, now: Date): Promise<void> {
  const decided = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
    .select(["c.id", "u.username as kg"])
    .where("c.decision_kind", "in", ["rectification_ordered", "refund_ordered", "penalty"])
    .execute();
  const drafts = new Map<string, string>();
  for (const c of decided) {
    // A worker sharing the database (REDIS_URL) may have drafted it from the decision's outbox row already.
    await draftPublicCase(db, c.id, now);
    const draft = await db.selectFrom("public_cases").select("id").where("case_id", "=", c.id).executeTakeFirst();
    if (draft) drafts.set(c.kg, draft.id);
  }
  const step = async (username: string, kg: string, input: Record<string, string>) => {
    const id = drafts.get(kg);
    if (!id) throw new Error(`demo publication: ${kg} has no draft`);
    const { version } = await db.selectFrom("public_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow();
    const done = await workPublicCase({ db, actor: await demoActor(db, username), publicCaseId: id, input: { version: String(version), ...input }, now });
    if (!done.ok) throw new Error(`demo publication ${kg} ${input.intent} refused: ${JSON.stringify(done)}`);
  };
  await step("jiangbei.market", "kg012", { intent: "submit" });
  await step("ningbo.lead", "kg012", { intent: "approve" });
  const draft = await db.selectFrom("public_case_revisions").select("summary").where("public_case_id", "=", drafts.get("kg005")!).executeTakeFirstOrThrow();
  await step("haishu.market2", "kg005", {
    intent: "revise",
    summary: draft.summary,
    narrative: "家长李秀英反映，孩子陈子涵在中二班，2026年秋季开学时被要求按上调后的标准缴费，园方未提前公示。联系电话13805741234。经现场检查属实。",
    complaintExcerpt: "",
  });
}

/**
 * DEMO_REGISTRY_CHANGE: 海曙's education officer changes the kindergarten's name in use on its day, through the form's
 * own updateKindergarten (the version read, the reason; audited as the form's), dated back as the other stories' steps.
 * No rule reads the name in use, so it enqueues no re-evaluation (the check below holds it to that one field).
 */
async function seedRegistryChange(db: Kysely<Database>, now: Date): Promise<void> {
  const { kg, nameInUse, reason, ago } = DEMO_REGISTRY_CHANGE;
  const operator = await db.selectFrom("users").select("kindergarten_id").where("username", "=", kg).executeTakeFirstOrThrow();
  const before = await db.selectFrom("kindergartens").selectAll().where("id", "=", operator.kindergarten_id!).executeTakeFirstOrThrow();
  const done = await updateKindergarten({
    db,
    actor: await demoActor(db, "haishu.edu"),
    kindergartenId: before.id,
    input: { ...recordOf(before), nameInUse, reason, version: before.updated_at },
    now: new Date(Date.parse(`${workingDaysBefore(shanghaiDate(now), ago)}T02:00:00.000Z`)),
  });
  if (!done.ok || done.changed.length !== 1) throw new Error(`demo registry change refused: ${JSON.stringify(done)}`);
}

/** 海曙's further market-supervision inspectors: with them a district of seven kindergartens can be drawn from more than a few times. */
const DEMO_INSPECTORS = [3, 4, 5, 6];

/**
 * One past 双随机 draw of three 海曙 kindergartens by haishu.lead, eight
 * working days ago, through the domain (its cases open, assigned and on the
 * verification clock), after four more 海曙 inspectors join. Last, and with
 * ids of its own, so no earlier demo id moves.
 */
async function seedSpotCheck(db: Kysely<Database>, now: Date): Promise<void> {
  const u = await db.selectFrom("users").selectAll().where("username", "=", "haishu.lead").executeTakeFirstOrThrow();
  // A PRNG of their own: the ids are the same on every seeding, and the main one's sequence is untouched.
  const rand = seededRandom(20261130);
  await db
    .insertInto("users")
    .values(
      DEMO_INSPECTORS.map((n) => ({
        id: ulid(Date.parse(officeTime("2025-05-21", n)), rand),
        username: `haishu.market${n}`,
        display_name: `海曙区市场监督管理局（执法${"三四五六"[n - 3]}组）`,
        password_hash: u.password_hash,
        role: "officer" as const,
        agency: "market" as const,
        region_code: u.region_code,
        kindergarten_id: null,
        active: 1,
        lead: 0,
        created_at: officeTime("2025-05-21", n),
      })),
    )
    .execute();
  const lead: Actor = { id: u.id, username: u.username, displayName: u.display_name, role: u.role, agency: u.agency, regionCode: u.region_code, kindergartenId: null, lead: true };
  const drawn = await drawSpotCheck({
    db,
    actor: lead,
    input: { regionCode: u.region_code, stratify: "none", count: "3", perNature: {}, seed: DEMO_DRAW_SEED, excluded: [], reasons: {} },
    submissionKey: ulid(),
    now: new Date(Date.parse(`${workingDaysBefore(shanghaiDate(now), 8)}T02:00:00.000Z`)),
  });
  if (!drawn.ok) throw new Error(`demo spot check refused: ${JSON.stringify(drawn)}`);
}

/** The civil date `n` working days before `date`. */
function workingDaysBefore(date: string, n: number): string {
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) counted += 1;
  }
  return d;
}

/**
 * DEMO_COMPLAINTS: received through submitComplaint and handled through
 * handleComplaint, in the order they happened (days counted back from `now`
 * in working days), then one deadline sweep as of `now`, so stored clocks,
 * their events and an expired mediation are as the running app would have them.
 */
async function seedComplaints(db: Kysely<Database>, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  // 10:00 in Shanghai on that day, a minute apart per action so the timelines read in order.
  const instant = (ago: number, minute: number) => new Date(Date.parse(`${workingDaysBefore(today, ago)}T02:00:00.000Z`) + minute * 60_000);
  const users = await db.selectFrom("users").selectAll().where("username", "in", [...new Set([...KINDERGARTENS.map((k) => k.key), "haishu.market", "haishu.lead", "jiangbei.market", "ningbo.market"])]).execute();
  const byName = new Map(users.map((u) => [u.username, u]));
  const actorOf = (username: string): Actor => toActor(byName.get(username)!);

  type Action = { ago: number; order: number; run: () => Promise<void> };
  const actions: Action[] = [];
  const ids: string[] = [];
  DEMO_COMPLAINTS.forEach((c, index) => {
    const kindergartenId = byName.get(c.kg)!.kindergarten_id!;
    actions.push({
      ago: c.receivedAgo,
      order: index * 10,
      run: async () => {
        const at = instant(c.receivedAgo, index);
        const received = shanghaiDate(at);
        const result = await submitComplaint({
          db,
          store: NO_FILES,
          input: {
            kindergartenId,
            track: c.track,
            kind: c.kind,
            items: c.items.map((i) => ({ name: i.name, amount: i.yuan, unit: i.unit })),
            paidOn: addDays(received, -12),
            learnedOn: c.learnedOn ?? addDays(received, -2),
            accountPaidInto: c.accountPaidInto,
            narrative: c.narrative,
            anonymous: c.anonymous ? "on" : undefined,
            contactName: c.contact?.name,
            contactPhone: c.contact?.phone,
            contactAddress: c.contact?.address,
            shareContact: c.shareContact ? "on" : undefined,
            publishConsent: undefined,
            refundClaims: demoRefundClaims(c, received),
          },
          files: [],
          extraFiles: 0,
          intakeKey: ulid(at.getTime()),
          honeypot: "",
          now: at,
        });
        if (!result.ok) throw new Error(`demo complaint ${index} refused: ${JSON.stringify(result)}`);
        ids[index] = result.complaintId;
      },
    });
    c.steps.forEach((step, n) => {
      actions.push({
        ago: step.ago,
        order: index * 10 + n + 1,
        run: async () => {
          const complaintId = ids[index];
          const row = await db.selectFrom("complaints").select("version").where("id", "=", complaintId).executeTakeFirstOrThrow();
          const form = { ...step.form };
          if (form.caseId === "@latest") {
            const kase = await db
              .selectFrom("inspection_cases")
              .select("id")
              .where("kindergarten_id", "=", kindergartenId)
              .where("source", "=", "complaint")
              .orderBy("opened_at", "desc")
              .executeTakeFirstOrThrow();
            form.caseId = kase.id;
          }
          const done = await handleComplaint({ db, actor: actorOf(step.officer), complaintId, input: { ...form, version: String(row.version) }, now: instant(step.ago, index + n + 1) });
          if (!done.ok) throw new Error(`demo complaint ${index} step ${n} refused: ${JSON.stringify(done)}`);
        },
      });
    });
  });
  actions.sort((a, b) => b.ago - a.ago || a.order - b.order);
  for (const action of actions) await action.run();
  await sweepComplaintDeadlines(db, now);
}

/** A story's date token ("@wd+5", "@d+0", "@due+30") resolved on the step's civil day; anything else as it is. */
function resolveDemoDate(value: string, day: string): string {
  const m = /^@(wd|d|due)\+(\d+)$/.exec(value);
  if (!m) return value;
  if (m[1] === "wd") return addWorkingDays(day, Number(m[2])).date;
  // A deadline an officer sets falls on a working day (case-work.server.ts, deadlineIssues).
  return m[1] === "due" ? workingDayOnOrAfter(addDays(day, Number(m[2]))) : addDays(day, Number(m[2]));
}

/**
 * DEMO_CASE_STORIES: the story kindergartens' filings evaluated as the job
 * would have on the day given, then each step through workCase or answerCase
 * on its day, in the order they happened, then one case deadline sweep as of
 * `now`. The other demo filings are evaluated by the runner on first start.
 */
async function seedCaseStories(db: Kysely<Database>, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  const instant = (ago: number, minute: number) => new Date(Date.parse(`${workingDaysBefore(today, ago)}T02:30:00.000Z`) + minute * 60_000);
  const rules = createRulesRuntime(loadRuleSet());
  await activateNewRules(db, rules.library, instant(60, 0));
  rules.activeSet((await loadRulesState(db, rules.library)).activations);

  const kgKeys = [...new Set(DEMO_CASE_STORIES.map((s) => s.kg))];
  const users = await db.selectFrom("users").selectAll().where("username", "in", [...kgKeys, "haishu.market", "haishu.market2", "haishu.lead", "jiangbei.market"]).execute();
  const byName = new Map(users.map((u) => [u.username, u]));
  const actorOf = (username: string): Actor => toActor(byName.get(username)!);
  for (const kg of kgKeys) {
    const openedAgo = Math.max(...DEMO_CASE_STORIES.filter((s) => s.kg === kg).map((s) => s.openedAgo ?? -1));
    if (openedAgo < 0) continue;
    const kindergartenId = byName.get(kg)!.kindergarten_id!;
    const filings = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kindergartenId).orderBy("version").execute();
    for (const f of filings) await evaluateFiling({ db, rules, now: instant(openedAgo, 0) }, f.id);
  }

  // A worker of its own (a second process on the file, or Redis) may have evaluated the filings as the server started,
  // opening the cases today: the stories' steps are dated back, so their cases are opened back as well (an on-site
  // inspection, say, cannot predate its case).
  for (const story of DEMO_CASE_STORIES) {
    if (story.openedAgo === null) continue;
    const openedAt = instant(story.openedAgo, 0).toISOString();
    await db
      .updateTable("inspection_cases")
      .set({ opened_at: openedAt })
      .where("kindergarten_id", "=", byName.get(story.kg)!.kindergarten_id!)
      .where("rule_id", "=", story.rule)
      .where("term", "=", story.term)
      .where("opened_at", ">", openedAt)
      .execute();
  }

  const steps = DEMO_CASE_STORIES.flatMap((story, index) => story.steps.map((step, n) => ({ story, step, order: index * 10 + n })));
  steps.sort((a, b) => b.step.ago - a.step.ago || a.order - b.order);
  for (const { story, step, order } of steps) {
    const kindergartenId = byName.get(story.kg)!.kindergarten_id!;
    const kase = await db
      .selectFrom("inspection_cases")
      .select(["id", "version"])
      .where("kindergarten_id", "=", kindergartenId)
      .where("rule_id", "=", story.rule)
      .where("term", "=", story.term)
      .executeTakeFirstOrThrow();
    const at = instant(step.ago, order % 60);
    const day = shanghaiDate(at);
    const form: Record<string, string> = { version: String(kase.version) };
    for (const [key, value] of Object.entries(step.form)) form[key] = key === "assignee" ? byName.get(value)!.id : resolveDemoDate(value, day);
    const done =
      step.who === "operator"
        ? await answerCase({ db, store: NO_FILES, actor: actorOf(story.kg), caseId: kase.id, input: form, files: [], extraFiles: 0, now: at })
        : await workCase({ db, actor: actorOf(step.who), caseId: kase.id, input: form, now: at });
    if (!done.ok) throw new Error(`demo case ${story.kg} ${story.rule} ${story.term} step ${JSON.stringify(step.form)} refused: ${JSON.stringify(done)}`);
  }
  await sweepCaseDeadlines(db, now);
}

async function insertAll(trx: Trx, passwordHash: string, now: Date): Promise<void> {
  const rand = seededRandom(20250901);
  // Deterministic ULIDs: the time part is the row's own (historical) instant.
  const idAt = (iso: string) => ulid(Date.parse(iso), rand);
  const districtOf = new Map(DISTRICTS.map((d) => [d.slug, d]));

  // Regions, parents first --------------------------------------------------
  await trx
    .insertInto("regions")
    .values([
      { code: PROVINCE.code, name: PROVINCE.name, level: "province", parent_code: null },
      { code: CITY.code, name: CITY.name, level: "city", parent_code: PROVINCE.code },
      ...DISTRICTS.map((d) => ({ code: d.code, name: d.name, level: "district" as const, parent_code: CITY.code })),
    ])
    // Already there when the national directory was loaded first (npm run regions:load): the same codes.
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();

  // Fee catalogue and guidance prices ---------------------------------------
  await trx
    .insertInto("fee_item_types")
    .values(FEE_ITEM_TYPES.map((t) => ({ ...t })))
    // The national categories come with the schema (migration 2026-12-05T0300_national_fee_categories).
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();

  const guidanceCreated = officeTime("2025-04-18");
  await trx
    .insertInto("guidance_prices")
    .values(
      GUIDANCE_PRICES.map((g, i) => ({
        id: idAt(officeTime("2025-04-18", i)),
        ...g,
        max_float_bp: GUIDANCE_MAX_FLOAT_BP,
        effective_from: GUIDANCE_EFFECTIVE_FROM,
        effective_to: null,
        created_at: guidanceCreated,
      })),
    )
    .execute();

  // Kindergartens and bank accounts -----------------------------------------
  const usccs = new Set<string>();
  const kgIds = new Map<string, string>();
  const kgRows = KINDERGARTENS.map((kg, i) => {
    const district = districtOf.get(kg.district)!;
    let uscc: string;
    do {
      const first17 = usccPrefixForNature(kg.nature) + district.code + orgCode(kg.nature, rand);
      uscc = first17 + computeUsccCheckChar(first17);
    } while (usccs.has(uscc));
    usccs.add(uscc);
    const createdAt = officeTime("2025-05-06", i * 5);
    const id = idAt(createdAt);
    kgIds.set(kg.key, id);
    return {
      id,
      uscc,
      approved_name: kg.approvedName,
      name_in_use: kg.nameInUse ?? kg.approvedName,
      nature: kg.nature,
      grade: kg.grade,
      region_code: district.code,
      address: kg.address,
      status: "active" as const,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
  await trx.insertInto("kindergartens").values(kgRows).execute();
  await indexKindergartensForSearch(trx, kgRows.map((k) => k.id));

  // Fee accounts: drawn here (the PRNG's order keeps every later demo value as it was), inserted once users exist.
  const baseAccounts = KINDERGARTENS.map((kg, i) => {
    const district = districtOf.get(kg.district)!;
    const bank = BANKS[kg.bank];
    const filedAt = officeTime("2025-05-12", i * 5);
    return {
      kg,
      district,
      row: {
        id: idAt(filedAt),
        kindergarten_id: kgIds.get(kg.key)!,
        bank_name: bank.name,
        branch_name: bank.local ? `${district.short}支行` : `宁波${district.short}支行`,
        account_number: bank.accountPrefix + pick(rand, "0123456789", bank.length - bank.accountPrefix.length),
        account_name: kg.accountName ?? kg.approvedName,
        cnaps_code: `${bank.cnapsBank}3320${pick(rand, "0123456789", 5)}`,
        status: "approved" as const,
        filed_at: filedAt,
        effective_from: filedAt.slice(0, 10),
        reviewed_at: filedAt,
      },
    };
  });

  // Users -------------------------------------------------------------------
  const users: Insertable<UsersTable>[] = [];
  const userAt = (n: number) => officeTime("2025-05-20", n);
  const user = (u: Omit<Insertable<UsersTable>, "id" | "password_hash" | "active" | "created_at">) => {
    const createdAt = userAt(users.length);
    const row = { id: idAt(createdAt), password_hash: passwordHash, active: 1, lead: 0, created_at: createdAt, ...u };
    users.push(row);
    return row.id;
  };
  user({ username: "admin", display_name: "系统管理员", role: "admin", agency: null, region_code: null, kindergarten_id: null });
  user({
    username: `${CITY.slug}.market`,
    display_name: `${CITY.name}市场监督管理局`,
    role: "officer",
    agency: "market",
    region_code: CITY.code,
    kindergarten_id: null,
  });
  const educationOfficerIds = new Map<string, string>();
  for (const d of DISTRICTS) {
    for (const a of AGENCIES) {
      const id = user({
        username: `${d.slug}.${a.suffix}`,
        display_name: `${d.name}${a.office}`,
        role: "officer",
        agency: a.agency,
        region_code: d.code,
        kindergarten_id: null,
      });
      if (a.agency === "education") educationOfficerIds.set(d.slug, id);
    }
  }
  const operatorIds = new Map<string, string>();
  for (const kg of KINDERGARTENS) {
    const shortName = (kg.nameInUse ?? kg.approvedName).replace(/^宁波市..区/, "").replace(/有限公司$/, "");
    operatorIds.set(
      kg.key,
      user({
        username: kg.key,
        display_name: `${shortName}收费管理员`,
        role: "operator",
        agency: null,
        region_code: districtOf.get(kg.district)!.code,
        kindergarten_id: kgIds.get(kg.key)!,
      }),
    );
  }
  // Added after the operators so that every earlier demo id stays as it was.
  const haishu = DISTRICTS.find((d) => d.slug === "haishu")!;
  user({ username: `${haishu.slug}.market2`, display_name: `${haishu.name}市场监督管理局（执法二组）`, role: "officer", agency: "market", region_code: haishu.code, kindergarten_id: null });
  user({ username: `${haishu.slug}.lead`, display_name: `${haishu.name}市场监督管理局负责人`, role: "officer", agency: "market", region_code: haishu.code, kindergarten_id: null, lead: 1 });
  user({ username: `${CITY.slug}.lead`, display_name: `${CITY.name}市场监督管理局负责人`, role: "officer", agency: "market", region_code: CITY.code, kindergarten_id: null, lead: 1 });
  await trx.insertInto("users").values(users).execute();
  await trx.insertInto("bank_accounts").values(withAccountStories(baseAccounts, operatorIds, educationOfficerIds)).execute();

  // Fee filings and items ---------------------------------------------------
  const filings: Insertable<FeeFilingsTable>[] = [];
  const items: Insertable<FeeItemsTable>[] = [];
  KINDERGARTENS.forEach((kg, k) => {
    const district = districtOf.get(kg.district)!;
    if (kg.careEdu.length !== kg.terms.length) throw new Error(`demo data: ${kg.key} careEdu/terms mismatch`);
    let previous: string | null = null;
    kg.terms.forEach((term, t) => {
      const { effectiveFrom, label } = TERMS[term];
      const leadDays = 62 + ((k * 7 + t * 3) % 19); // 62–80 days' notice
      const publishedOn = addDays(effectiveFrom, -leadDays);
      const submittedAt = officeTime(addDays(publishedOn, -(2 + (k % 4))), k * 7);
      const filingId = idAt(submittedAt);
      filings.push({
        id: filingId,
        kindergarten_id: kgIds.get(kg.key)!,
        term,
        effective_from: effectiveFrom,
        published_on: publishedOn,
        version: t + 1,
        status: "submitted",
        submitted_by: operatorIds.get(kg.key)!,
        submitted_at: submittedAt,
        evaluated_at: null,
        previous_filing_id: previous,
        note: `${label}收费标准备案${t > 0 ? "（调整后重新备案）" : ""}`,
        pricing_basis: DISCLOSURE.pricingBasis,
        refund_rules: MISSING_REFUND_RULES.has(kg.key) ? "" : DISCLOSURE.refundRules,
        refund_schedule: demoRefundSchedule(kg.key, MISSING_REFUND_RULES.has(kg.key)),
        complaint_channel: DISCLOSURE.complaintChannel,
        waiver_deduction_fen: waiverDeduction(kg, district, effectiveFrom, t === kg.terms.length - 1),
      });
      previous = filingId;

      let position = 0;
      const add = (
        code: string,
        category: FeeCategory,
        text: { name: string; unit: Insertable<FeeItemsTable>["unit"]; description: string },
        amount: number,
        ageBand: AgeBand = "all",
      ) => {
        if (!Number.isInteger(amount) || amount <= 0) throw new Error(`demo data: bad amount ${amount} (${kg.key} ${code})`);
        position += 1;
        items.push({
          id: idAt(submittedAt),
          filing_id: filingId,
          position,
          code,
          category,
          name: text.name,
          amount_fen: amount,
          unit: text.unit,
          age_band: ageBand,
          description: text.description,
          // Parents opt in to the service and 代收 items only: 保教费, 保育费 and 住宿费 are never their choice.
          voluntary: itemMarksApply(category).optIn ? 1 : 0,
          bundled: 0,
          // 代收 is passed on at the provider's price; the demo's one exception marks it up.
          cost_fen: category === "agency" ? amount - (AGENCY_MARKUP.get(kg.key) ?? 0) : null,
        });
      };
      const what = `${kg.key} ${term}`;
      add("CARE_EDU", "care_education", ITEM_TEXT.careAll,
        resolvePrice(kg.careEdu[t], guidanceFor(district, kg, "care_education", "all"), `${what} CARE_EDU`));
      if (kg.nurseryBand) {
        add("CARE_EDU", "care_education", ITEM_TEXT.careNursery,
          resolvePrice(kg.nurseryBand[t], guidanceFor(district, kg, "care_education", "nursery"), `${what} nursery`),
          "nursery");
      }
      if (kg.boarding) {
        add("BOARDING", "boarding", ITEM_TEXT.boarding,
          resolvePrice(kg.boarding[t], guidanceFor(district, kg, "boarding", "all"), `${what} BOARDING`));
      }
      if (kg.nurseryFee) add("NURSERY", "nursery", ITEM_TEXT.nursery, kg.nurseryFee, "nursery");
      add("SVC_MEAL", "service", ITEM_TEXT.meal, kg.mealPerDay + 100 * t);
      if (kg.bus) add("SVC_BUS", "service", ITEM_TEXT.bus, kg.bus);
      if (kg.aftercare) add("SVC_AFTERCARE", "service", ITEM_TEXT.aftercare, kg.aftercare);
      add(kg.agency, "agency", ITEM_TEXT[kg.agency], AGENCY_AMOUNTS[kg.agency]);
    });
  });
  for (const chunk of chunks(filings)) await trx.insertInto("fee_filings").values(chunk).execute();
  for (const chunk of chunks(items)) await trx.insertInto("fee_items").values(chunk).execute();

  // Regional parameters: Ningbo's own text (its 2017 notice) applies raised fees to new entrants only, so the city
  // turns R07 on; nationally it is off. Active from the start, as a set an officer had activated; before the
  // evaluation jobs, so the demo's filings are judged with it. Its id has its own generator: the demo's draw stays as it was.
  const overlayAt = officeTime("2025-05-20", 600);
  await trx
    .insertInto("rule_parameter_sets")
    .values({
      id: ulid(Date.parse(overlayAt), seededRandom(2017)),
      region_code: CITY.code,
      rule_id: "R07",
      params: JSON.stringify({ newEntrantsOnly: true }),
      status: "active",
      note: "宁波市幼儿园收费调整通知（2017，依据甬价费〔2013〕71号）：新生新办法、老生老办法",
      created_by: null,
      created_at: overlayAt,
      activated_by: null,
      activated_at: overlayAt,
      retired_at: null,
    })
    .execute();

  // One evaluation job per filing, available immediately.
  for (const f of filings) await enqueue(trx, "filing.submitted", { filingId: f.id }, now);
}
