/**
 * Minimal fixtures for domain tests on a real database: a small region tree,
 * the national fee catalogue, kindergartens, users (as Actors), guidance
 * prices, filings and cases. Every builder takes overrides, so a test states
 * only what matters to it.
 */
import type { Insertable } from "kysely";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type {
  Agency,
  AgeBand,
  CaseDueKind,
  CaseDueState,
  CaseSource,
  CaseStatus,
  FeeCategory,
  FeeFilingsTable,
  KindergartenNature,
  Role,
  Severity,
} from "~/db/schema";
import type { Actor } from "~/domain/users/actor";
import { SEVERITY_RANK } from "~/domain/cases/case.service.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { activateNewRules, createRulesRuntime, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/index";

export const PROVINCE = "330000"; // 浙江省
export const NINGBO = "330200"; // 宁波市
export const HAISHU = "330203"; // 海曙区
export const JIANGBEI = "330205"; // 江北区
export const YINZHOU = "330212"; // 鄞州区
export const HANGZHOU = "330100"; // 杭州市
export const XIHU = "330106"; // 西湖区 (another city)

const CREATED_AT = "2025-05-06T01:00:00.000Z";

/** Regions and the fee catalogue: the reference data every test needs. */
export async function seedReferenceData(db: DB): Promise<void> {
  await db
    .insertInto("regions")
    .values([
      { code: PROVINCE, name: "浙江省", level: "province", parent_code: null },
      { code: NINGBO, name: "宁波市", level: "city", parent_code: PROVINCE },
      { code: HANGZHOU, name: "杭州市", level: "city", parent_code: PROVINCE },
      { code: HAISHU, name: "海曙区", level: "district", parent_code: NINGBO },
      { code: JIANGBEI, name: "江北区", level: "district", parent_code: NINGBO },
      { code: YINZHOU, name: "鄞州区", level: "district", parent_code: NINGBO },
      { code: XIHU, name: "西湖区", level: "district", parent_code: HANGZHOU },
    ])
    .execute();
  await db
    .insertInto("fee_item_types")
    .values([
      { code: "CARE_EDU", category: "care_education", name_zh: "保教费", name_en: "Care and education fee", region_code: null },
      { code: "BOARDING", category: "boarding", name_zh: "住宿费", name_en: "Boarding fee", region_code: null },
      { code: "NURSERY", category: "nursery", name_zh: "保育费（托班）", name_en: "Nursery care fee", region_code: null },
      { code: "SVC_MEAL", category: "service", name_zh: "伙食费", name_en: "Meal fee", region_code: NINGBO },
    ])
    // The national categories come with the schema (migration 2026-12-05T0300_national_fee_categories).
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}

/** Every rule of the library, each activated as its files place it in time, as a fresh installation's start-up at `now` does. */
export async function rulesInForce(db: DB, now: Date): Promise<RulesRuntime> {
  const rules = createRulesRuntime(loadRuleSet());
  await activateNewRules(db, rules.library, now);
  return rules;
}

let seq = 0;
/** A unique 18-character string shaped like a USCC (the database does not validate it). */
function fakeUscc(): string {
  seq += 1;
  return `52${HAISHU}MJ${String(seq).padStart(6, "0")}X`;
}

/**
 * A kindergarten's row as the registry stores it, to insert directly (many at once, say; its search grams are not
 * written: `createKindergarten` writes them). Active, for-profit, class 1, in 海曙区 unless told otherwise.
 */
export function kindergartenRow(o: {
  uscc: string;
  name: string;
  id?: string;
  nameInUse?: string;
  nature?: KindergartenNature;
  grade?: string;
  region_code?: string;
  address?: string;
  status?: "active" | "suspended" | "closed";
  /** Its created_at and updated_at. */
  at?: string;
}) {
  const at = o.at ?? CREATED_AT;
  return {
    id: o.id ?? ulid(),
    uscc: o.uscc,
    approved_name: o.name,
    name_in_use: o.nameInUse ?? o.name,
    nature: o.nature ?? ("forprofit_private" as KindergartenNature),
    grade: o.grade ?? "class1",
    region_code: o.region_code ?? HAISHU,
    address: o.address ?? "某路1号",
    status: o.status ?? ("active" as const),
    created_at: at,
    updated_at: at,
  };
}

export async function createKindergarten(
  db: DB,
  overrides: Partial<{
    nature: KindergartenNature;
    grade: string;
    region_code: string;
    name: string;
    nameInUse: string;
    status: "active" | "suspended" | "closed";
  }> = {},
): Promise<{ id: string; region_code: string }> {
  const id = ulid();
  const row = kindergartenRow({ ...overrides, id, uscc: fakeUscc(), name: overrides.name ?? `测试幼儿园${id.slice(-6)}`, address: "宁波市某路1号" });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("kindergartens").values(row).execute();
    await indexKindergartensForSearch(trx, [id]);
  });
  return { id, region_code: row.region_code };
}

/** Inserts a user and returns it as the domain's Actor. */
export async function createActor(
  db: DB,
  role: Role,
  opts: { regionCode?: string | null; kindergartenId?: string | null; agency?: Agency; lead?: boolean } = {},
): Promise<Actor> {
  const id = ulid();
  const actor: Actor = {
    id,
    username: `${role}-${id.toLowerCase()}`,
    displayName: `${role} ${id.slice(-4)}`,
    role,
    agency: role === "officer" ? (opts.agency ?? "market") : null,
    regionCode: opts.regionCode ?? null,
    kindergartenId: opts.kindergartenId ?? null,
    lead: opts.lead ?? false,
  };
  await db
    .insertInto("users")
    .values({
      id,
      username: actor.username,
      display_name: actor.displayName,
      password_hash: "not-a-real-hash",
      role,
      agency: actor.agency,
      region_code: actor.regionCode,
      kindergarten_id: actor.kindergartenId,
      active: 1,
      lead: actor.lead ? 1 : 0,
      created_at: CREATED_AT,
    })
    .execute();
  return actor;
}

/** An officer of `agency` in `regionCode` (createActor alone makes market officers). */
export async function createOfficer(db: DB, agency: Agency, regionCode: string): Promise<Actor> {
  return createActor(db, "officer", { regionCode, agency });
}

/** A kindergarten together with its operator. */
export async function createKindergartenWithOperator(db: DB, overrides: Parameters<typeof createKindergarten>[1] = {}) {
  const kg = await createKindergarten(db, overrides);
  const operator = await createActor(db, "operator", { regionCode: kg.region_code, kindergartenId: kg.id });
  return { kg, operator };
}

export async function addGuidancePrice(
  db: DB,
  overrides: Partial<{
    region_code: string;
    nature: KindergartenNature;
    grade: string;
    age_band: AgeBand;
    category: FeeCategory;
    base_price_fen: number;
    max_float_bp: number;
    effective_from: string;
    effective_to: string | null;
    source_document: string;
  }> = {},
): Promise<string> {
  const id = ulid();
  await db
    .insertInto("guidance_prices")
    .values({
      id,
      region_code: overrides.region_code ?? NINGBO,
      nature: overrides.nature ?? "inclusive_private",
      grade: overrides.grade ?? "class1",
      age_band: overrides.age_band ?? "all",
      category: overrides.category ?? "care_education",
      base_price_fen: overrides.base_price_fen ?? 100_000,
      max_float_bp: overrides.max_float_bp ?? 1000,
      effective_from: overrides.effective_from ?? "2025-09-01",
      effective_to: overrides.effective_to ?? null,
      source_document: overrides.source_document ?? "甬价费〔2025〕36号",
      created_at: CREATED_AT,
    })
    .execute();
  return id;
}

export interface ItemInput {
  code?: string;
  amount: string;
  unit?: string;
  ageBand?: string;
  description?: string;
}

/** The raw form input submitFiling parses (amounts as yuan strings). */
export function filingForm(
  items: ItemInput[],
  opts: { term?: string; effectiveFrom?: string; publishedOn?: string; note?: string } = {},
) {
  const term = opts.term ?? "2027-spring";
  const effectiveFrom = opts.effectiveFrom ?? (term.endsWith("spring") ? `${term.slice(0, 4)}-03-01` : `${term.slice(0, 4)}-09-01`);
  return {
    term,
    effectiveFrom,
    publishedOn: opts.publishedOn ?? effectiveFrom,
    note: opts.note ?? "",
    // Required since the form refuses a filing without it (filing.schema.ts).
    pricingBasis: "按办园成本核算确定",
    items: items.map((i) => ({
      code: i.code ?? "CARE_EDU",
      amount: i.amount,
      unit: i.unit ?? "month",
      ageBand: i.ageBand ?? "all",
      description: i.description ?? "",
    })),
  };
}

/** Submits a filing and fails loudly when the service rejects it. */
export async function fileFees(
  db: DB,
  operator: Actor,
  items: ItemInput[],
  opts: Parameters<typeof filingForm>[1] & { now: Date },
): Promise<string> {
  const result = await submitFiling({
    submissionKey: ulid(),
    db,
    actor: operator,
    kindergartenId: operator.kindergartenId!,
    input: filingForm(items, opts),
    now: opts.now,
  });
  if (!result.ok) throw new Error(`submitFiling rejected the fixture: ${JSON.stringify(result)}`);
  return result.filingId;
}

/**
 * A bare filing row (no items), evaluated: enough for a case's filing_id foreign key, or, given its term, dates and
 * published texts, a version of a schedule whose items a test adds. By default the kindergarten's next version, for
 * 2027 spring; submitted and evaluated on the day it is published when that is given.
 */
export async function insertBareFiling(
  db: DB,
  kindergartenId: string,
  submittedBy: string,
  o: { version?: number; term?: string; effectiveFrom?: string; publishedOn?: string; texts?: Pick<Insertable<FeeFilingsTable>, "pricing_basis" | "refund_rules" | "refund_schedule" | "complaint_channel" | "waiver_deduction_fen"> } = {},
): Promise<string> {
  const id = ulid();
  const last =
    o.version === undefined
      ? await db.selectFrom("fee_filings").select("version").where("kindergarten_id", "=", kindergartenId).orderBy("version", "desc").executeTakeFirst()
      : undefined;
  await db
    .insertInto("fee_filings")
    .values({
      id,
      kindergarten_id: kindergartenId,
      term: o.term ?? "2027-spring",
      effective_from: o.effectiveFrom ?? "2027-03-01",
      published_on: o.publishedOn ?? "2027-01-01",
      version: o.version ?? (last?.version ?? 0) + 1,
      status: "evaluated",
      submitted_by: submittedBy,
      submitted_at: o.publishedOn ? `${o.publishedOn}T01:00:00.000Z` : CREATED_AT,
      evaluated_at: o.publishedOn ? `${o.publishedOn}T01:00:01.000Z` : CREATED_AT,
      previous_filing_id: null,
      note: "",
      ...o.texts,
    })
    .execute();
  return id;
}

/** An inspection case row, inserted directly (for queue and scope tests). */
export async function insertCase(
  db: DB,
  c: {
    id?: string;
    kindergartenId: string;
    regionCode: string;
    severity: Severity;
    dueDate: string;
    status?: CaseStatus;
    ruleId?: string;
    term?: string;
    filingId?: string | null;
    openedAt?: string;
    updatedAt?: string;
    source?: CaseSource;
    assignedTo?: string | null;
    escalatedAt?: string | null;
    dueKind?: CaseDueKind | null;
    dueState?: CaseDueState;
  },
): Promise<string> {
  const id = c.id ?? ulid();
  const ruleId = c.ruleId ?? "R04";
  const term = c.term ?? "2027-spring";
  await db
    .insertInto("inspection_cases")
    .values({
      id,
      dedupe_key: `${c.kindergartenId}|${ruleId}|${term}|${id}`,
      kindergarten_id: c.kindergartenId,
      region_code: c.regionCode,
      rule_id: ruleId,
      term,
      filing_id: c.filingId ?? null,
      severity: c.severity,
      severity_rank: SEVERITY_RANK[c.severity],
      status: c.status ?? "open",
      source: c.source ?? "rule",
      opened_at: c.openedAt ?? CREATED_AT,
      due_date: c.dueDate,
      due_kind: c.dueKind !== undefined ? c.dueKind : (c.status ?? "open") === "closed" ? null : "verify",
      due_state: c.dueState ?? "ok",
      updated_at: c.updatedAt ?? CREATED_AT,
      assigned_to: c.assignedTo ?? null,
      escalated_at: c.escalatedAt ?? null,
    })
    .execute();
  return id;
}

/** An entry of a case's timeline, inserted directly: `kind` with its payload, at `at`, by no one unless told. */
export async function insertCaseEvent(
  db: DB,
  caseId: string,
  kind: string,
  payload: Record<string, unknown>,
  o: { at: string; actorId?: string | null; id?: string },
): Promise<string> {
  const id = o.id ?? ulid();
  await db
    .insertInto("case_events")
    .values({ id, case_id: caseId, kind, actor_id: o.actorId ?? null, payload: JSON.stringify(payload), created_at: o.at })
    .execute();
  return id;
}

export async function countRows(
  db: DB,
  table: "fee_filings" | "fee_items" | "outbox" | "audit_log" | "rule_results" | "inspection_cases" | "case_events",
): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A submitted filing with one 保教费 item, inserted directly (for tests of
 * evaluation and re-evaluation, where the filing service's calendar checks
 * are not what is tested).
 */
export async function insertCareFeeFiling(
  db: DB,
  kindergartenId: string,
  amountFen: number,
  opts: { version?: number; term?: string; effectiveFrom?: string; publishedOn?: string } = {},
): Promise<string> {
  const id = ulid();
  await db
    .insertInto("fee_filings")
    .values({
      id,
      kindergarten_id: kindergartenId,
      term: opts.term ?? "2027-spring",
      effective_from: opts.effectiveFrom ?? "2027-03-01",
      published_on: opts.publishedOn ?? "2027-01-10",
      version: opts.version ?? 1,
      status: "submitted",
      submitted_by: "test",
      submitted_at: CREATED_AT,
      evaluated_at: null,
      previous_filing_id: null,
      note: "",
    })
    .execute();
  await db
    .insertInto("fee_items")
    .values({
      id: ulid(),
      filing_id: id,
      position: 1,
      code: "CARE_EDU",
      category: "care_education",
      name: "保教费",
      amount_fen: amountFen,
      unit: "month",
      age_band: "all",
      description: "",
    })
    .execute();
  return id;
}

/**
 * A filing's current check of one rule, as stored: the version its current
 * evaluation applied (fee_filings.evaluated_rules) and, when it fired, the
 * flag row stamped with that evaluation. Null when the rule was not applied.
 */
export async function currentCheck(
  db: DB,
  filingId: string,
  ruleId: string,
): Promise<{ rule_version: number; fired: 0 | 1; severity: string | null; explanation: string | null } | null> {
  const filing = await db.selectFrom("fee_filings").select(["evaluated_at", "evaluated_rules"]).where("id", "=", filingId).executeTakeFirstOrThrow();
  const applied = (JSON.parse(filing.evaluated_rules) as string[]).find((r) => r.startsWith(`${ruleId}@`));
  if (!applied) return null;
  const version = Number(applied.slice(ruleId.length + 1));
  const flag = await db
    .selectFrom("rule_results")
    .select(["severity", "explanation"])
    .where("filing_id", "=", filingId)
    .where("rule_id", "=", ruleId)
    .where("rule_version", "=", version)
    .where("evaluated_at", "=", filing.evaluated_at ?? "")
    .executeTakeFirst();
  return { rule_version: version, fired: flag ? 1 : 0, severity: flag?.severity ?? null, explanation: flag?.explanation ?? null };
}

/** The Actor of a seeded user, as a session would give it. */
export async function actorOf(db: DB, username: string): Promise<Actor> {
  const u = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirstOrThrow();
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    agency: u.agency,
    regionCode: u.region_code,
    kindergartenId: u.kindergarten_id,
  };
}

/**
 * One row of a guidance-price draft as the drafting form (or an import) gives it: 海曙's 普惠 保教费 for class1, all
 * ages, 1100 yuan with a 10 % float from 2026-09-01, unless `overrides` say otherwise.
 */
export function guidanceRow(overrides: Record<string, string> = {}) {
  return {
    region_code: HAISHU,
    nature: "inclusive_private",
    grade: "class1",
    age_band: "all",
    category: "care_education",
    base_price_yuan: "1100",
    max_float_percent: "10",
    effective_from: "2026-09-01",
    source_document: "海发改〔2026〕12号",
    ...overrides,
  };
}

/**
 * A draft guidance batch from 海曙's development-reform officer (demo data): 普惠 保教费 for all ages
 * at `yuan`, 10 % float, for these grades. Low enough, it puts some demo kindergartens over the cap.
 */
export async function draftHaishuCareFeeBatch(db: DB, opts: { yuan: string; grades: string[]; sourceDocument: string; effectiveFrom?: string }): Promise<string> {
  return draftCareFeeBatch(db, { ...opts, regionCode: HAISHU, username: "haishu.ndrc" });
}

/** The same draft for another region, by a user who manages its guidance prices (jiangbei.ndrc, admin …). */
export async function draftCareFeeBatch(
  db: DB,
  opts: { regionCode: string; username: string; yuan: string; grades: string[]; sourceDocument: string; effectiveFrom?: string },
): Promise<string> {
  const draft = await createGuidanceDraft({
    submissionKey: ulid(),
    db,
    actor: await actorOf(db, opts.username),
    input: {
      rows: opts.grades.map((grade) =>
        guidanceRow({ region_code: opts.regionCode, grade, base_price_yuan: opts.yuan, effective_from: opts.effectiveFrom ?? "2025-09-01", source_document: opts.sourceDocument }),
      ),
    },
  });
  if (!draft.ok) throw new Error(`draft rejected: ${JSON.stringify(draft)}`);
  return draft.batchId;
}

/**
 * A regional parameter set in force for `ruleId` in `regionCode` (as activation leaves it, without the
 * safe-change path): tests of what reads the rules in force. Returns a function that removes it again.
 */
export async function activeParameterSet(db: DB, regionCode: string, ruleId: string, params: Record<string, unknown>, at: Date): Promise<() => Promise<void>> {
  const id = ulid();
  await db
    .insertInto("rule_parameter_sets")
    .values({
      id,
      region_code: regionCode,
      rule_id: ruleId,
      params: JSON.stringify(params),
      status: "active",
      note: "test",
      created_by: null,
      created_at: at.toISOString(),
      activated_by: null,
      activated_at: at.toISOString(),
      retired_at: null,
    })
    .execute();
  return async () => {
    await db.deleteFrom("rule_parameter_sets").where("id", "=", id).execute();
  };
}
