/**
 * A kindergarten's public page and open data: the schedule in force and the
 * next announced one as the dates move, the history of its versions with
 * each item's change, guidance prices only for 普惠 and non-profit
 * kindergartens, the account in force masked to its last four digits (the
 * number itself in nothing the page, JSON or CSV is made of), nothing about
 * people, and closed or unknown kindergartens not public at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { AgeBand, FeeCategory, FeeUnit } from "~/db/schema";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { OPEN_DATA_CSV_COLUMNS, openFeeCsv, openFeeData } from "~/domain/disclosure/open-data.server";
import { scheduleChanges, schedulesOnDate, type ScheduleItem } from "~/domain/filings/schedules";
import type { RefundSchedule } from "~/rules/facts/refund-schemes";
import type { Actor } from "~/domain/users/actor";
import { addGuidancePrice, createActor, createKindergarten, insertBareFiling, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** Noon in Shanghai on a civil date. */
const on = (date: string) => new Date(`${date}T04:00:00.000Z`);

describe("which schedule is in force, which is next", () => {
  const f = (version: number, effective_from: string, published_on: string) => ({ version, effective_from, published_on, items: [] });
  const v1 = f(1, "2026-09-01", "2026-06-01");
  const v2 = f(2, "2027-03-01", "2027-01-10");
  const v3 = f(3, "2027-03-01", "2027-01-15"); // a correction of v2 before its date
  const v4 = f(4, "2027-09-01", "2027-07-01");

  it("is the highest version whose date has come; next is the soonest later one, the correction on a tie", () => {
    expect(schedulesOnDate([v1, v2, v3, v4], "2026-08-31")).toMatchObject({ inForce: null, next: v1 });
    expect(schedulesOnDate([v1, v2, v3, v4], "2027-01-12")).toMatchObject({ inForce: v1, next: v2 });
    expect(schedulesOnDate([v1, v2, v3, v4], "2027-01-20")).toMatchObject({ inForce: v1, next: v3 });
    expect(schedulesOnDate([v1, v2, v3, v4], "2027-03-01")).toMatchObject({ inForce: v3, next: null });
    expect(schedulesOnDate([v4, v3, v2, v1], "2027-07-01")).toMatchObject({ inForce: v3, next: v4 });
  });

  it("leaves a filing out until its publication date", () => {
    const { announced } = schedulesOnDate([v1, v2, v3, v4], "2027-01-12");
    expect(announced.map((s) => s.version)).toEqual([1, 2]);
  });
});

describe("what a version changed", () => {
  const item = (code: string, amount_fen: number, unit = "month", age_band = "all"): ScheduleItem => ({ code, age_band, name: code, name_en: `${code} (en)`, category: "care_education", amount_fen, unit });

  it("gives old → new with the difference in fen and percent; added, dropped and a new unit without a difference", () => {
    const before = [item("CARE", 100_000), item("CARE", 90_000, "month", "small"), item("MEAL", 2_500, "day"), item("BUS", 30_000), item("SAME", 1_000)];
    const after = [item("CARE", 110_000), item("CARE", 85_500, "month", "small"), item("MEAL", 60_000, "month"), item("SAME", 1_000), item("NEW", 5_000)];
    expect(scheduleChanges(before, after)).toEqual([
      { name: "CARE", name_en: "CARE (en)", category: "care_education", age_band: "all", before: { amount_fen: 100_000, unit: "month" }, after: { amount_fen: 110_000, unit: "month" }, delta_fen: 10_000, delta_percent: 10 },
      { name: "CARE", name_en: "CARE (en)", category: "care_education", age_band: "small", before: { amount_fen: 90_000, unit: "month" }, after: { amount_fen: 85_500, unit: "month" }, delta_fen: -4_500, delta_percent: -5 },
      { name: "MEAL", name_en: "MEAL (en)", category: "care_education", age_band: "all", before: { amount_fen: 2_500, unit: "day" }, after: { amount_fen: 60_000, unit: "month" }, delta_fen: null, delta_percent: null },
      { name: "NEW", name_en: "NEW (en)", category: "care_education", age_band: "all", before: null, after: { amount_fen: 5_000, unit: "month" }, delta_fen: null, delta_percent: null },
      { name: "BUS", name_en: "BUS (en)", category: "care_education", age_band: "all", before: { amount_fen: 30_000, unit: "month" }, after: null, delta_fen: null, delta_percent: null },
    ]);
    expect(scheduleChanges([item("X", 30_000)], [item("X", 31_000)])[0].delta_percent).toBe(3.3);
  });
});

describe("a kindergarten's public page", () => {
  let t: TestDb;
  let db: DB;
  let operator: Actor;
  let inclusive: string;
  let forprofit: string;
  let nonprofit: string;
  let closed: string;
  const FULL_NUMBER = "6222021234567890123";
  const OLD_NUMBER = "6222000000001111";
  const PENDING_NUMBER = "6222000000009999";

  interface ItemSpec {
    code: string;
    category: FeeCategory;
    name: string;
    fen: number;
    unit?: FeeUnit;
    band?: AgeBand;
    voluntary?: number;
  }

  /** What the filing form publishes to parents with the fees (学前教育法 Art. 69). */
  interface Texts {
    pricing_basis?: string;
    refund_rules?: string;
    refund_schedule?: string | null;
    complaint_channel?: string;
    waiver_deduction_fen?: number;
  }

  const REFUND_SCHEDULE: RefundSchedule = [
    { feeKind: "care_education", case: "absence", scheme: { method: "tiers", tiers: [{ when: "attended_at_most", days: 4, sharePercent: null, refundPercent: 80 }, { when: "attended_at_most", days: null, sharePercent: 50, refundPercent: 50 }] } },
    { feeKind: "meals", case: "absence", scheme: { method: "per_day" } },
  ];
  const V1_TEXTS = {
    pricing_basis: "依据本园办园成本核算，报区教育局备案。",
    refund_rules: "幼儿因故离园的，按实际在园天数折算退还保教费。\n伙食费按实际就餐天数结算。",
    refund_schedule: JSON.stringify(REFUND_SCHEDULE),
    complaint_channel: "本园收费监督电话 0574-8700 0000；市场监管 12315。",
    waiver_deduction_fen: 45_000,
  };

  async function file(kindergartenId: string, version: number, term: string, effective_from: string, published_on: string, items: ItemSpec[], texts: Texts = {}) {
    const id = await insertBareFiling(db, kindergartenId, operator.id, { version, term, effectiveFrom: effective_from, publishedOn: published_on, texts });
    if (items.length === 0) return;
    await db
      .insertInto("fee_items")
      .values(
        items.map((i, position) => ({
          id: ulid(),
          filing_id: id,
          position,
          code: i.code,
          category: i.category,
          name: i.name,
          amount_fen: i.fen,
          unit: i.unit ?? "month",
          age_band: i.band ?? "all",
          description: `${i.name}说明`,
          // The column's default (1) on items where the flag means nothing, as the filing form stores them.
          voluntary: i.voluntary ?? 1,
        })),
      )
      .execute();
  }

  async function account(kindergartenId: string, number: string, status: "approved" | "pending", from: string, to: string | null) {
    await db
      .insertInto("bank_accounts")
      .values({
        id: ulid(),
        kindergarten_id: kindergartenId,
        bank_name: "中国工商银行",
        branch_name: "宁波海曙支行",
        account_number: number,
        account_name: "宁波市海曙区春芽幼儿园",
        cnaps_code: null,
        status,
        filed_at: `${from}T01:00:00.000Z`,
        effective_from: from,
        effective_to: to,
        submitted_by: operator.id,
        reviewed_by: status === "approved" ? operator.id : null,
        reviewed_at: status === "approved" ? `${from}T17:30:00.000Z` : null,
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await seedReferenceData(db);
    inclusive = (await createKindergarten(db, { name: "宁波市海曙区春芽幼儿园", nameInUse: "春芽幼儿园", nature: "inclusive_private" })).id;
    forprofit = (await createKindergarten(db, { name: "宁波市海曙区贝贝幼儿园有限公司", nature: "forprofit_private" })).id;
    nonprofit = (await createKindergarten(db, { name: "宁波市海曙区橡树幼儿园", nature: "nonprofit_private", grade: "class3" })).id;
    closed = (await createKindergarten(db, { name: "宁波市海曙区关停幼儿园", status: "closed" })).id;
    operator = await createActor(db, "operator", { kindergartenId: inclusive });
    await db.updateTable("users").set({ display_name: "王会计" }).where("id", "=", operator.id).execute();
    await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000, max_float_bp: 1000, source_document: "甬发改〔2025〕36号" });
    await addGuidancePrice(db, { region_code: NINGBO, nature: "forprofit_private", grade: "class1", base_price_fen: 999_900 });
    await file(nonprofit, 1, "2026-autumn", "2026-09-01", "2026-06-01", [], { complaint_channel: "教育局 0574-12345", refund_schedule: JSON.stringify(REFUND_SCHEDULE) });

    for (const kg of [inclusive, forprofit, closed]) {
      await file(kg, 1, "2026-autumn", "2026-09-01", "2026-06-01", [
        { code: "CARE_EDU", category: "care_education", name: "保教费", fen: 100_000 },
        { code: "SVC_MEAL", category: "service", name: "伙食费", fen: 2_500, unit: "day", voluntary: 1 },
        { code: "BOARDING", category: "boarding", name: "住宿费", fen: 50_000 },
      ], V1_TEXTS);
      // The next one publishes its refund rules in words only, leaves its pricing basis blank and deducts nothing.
      await file(kg, 2, "2027-spring", "2027-03-01", "2027-01-10", [
        { code: "CARE_EDU", category: "care_education", name: "保教费", fen: 110_000 },
        { code: "SVC_MEAL", category: "service", name: "伙食费", fen: 60_000, voluntary: 1 },
        { code: "NURSERY", category: "nursery", name: "保育费（托班）", fen: 80_000, band: "nursery" },
        { code: "SVC_MEAL", category: "service", name: "=HYPERLINK(\"http://evil.example\")", fen: 100, band: "small", voluntary: 0 },
      ], { pricing_basis: "  \n ", refund_rules: "按月结算，多退少补。", refund_schedule: "[]", complaint_channel: "园长信箱" });
      await file(kg, 3, "2027-autumn", "2027-09-01", "2027-07-01", [{ code: "CARE_EDU", category: "care_education", name: "保教费", fen: 120_000 }]);
      await account(kg, OLD_NUMBER, "approved", "2024-01-01", "2024-12-31");
      await account(kg, FULL_NUMBER, "approved", "2025-01-01", null);
      await account(kg, PENDING_NUMBER, "pending", "2027-01-05", null);
    }
  });

  afterAll(async () => {
    await t?.destroy();
  });

  it("shows who the kindergarten is, with its place named in full", async () => {
    const view = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(view?.kindergarten).toMatchObject({ id: inclusive, approved_name: "宁波市海曙区春芽幼儿园", name_in_use: "春芽幼儿园", nature: "inclusive_private", grade: "class1", place: "浙江省 宁波市 海曙区" });
    expect(view?.kindergarten.uscc).toMatch(/^52330203/);
    expect(view?.asOf).toBe("2027-01-20");
  });

  it("shows the schedule in force and the next announced one, as the dates move", async () => {
    const january = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(january?.inForce).toMatchObject({ version: 1, term: "2026-autumn", effective_from: "2026-09-01", published_on: "2026-06-01", filed_on: "2026-06-01" });
    expect(january?.next).toMatchObject({ version: 2, term: "2027-spring", effective_from: "2027-03-01", published_on: "2027-01-10" });
    expect(january?.next?.items.map((i) => [i.code, i.amount_fen, i.unit, i.age_band, i.voluntary])).toEqual([
      ["CARE_EDU", 110_000, "month", "all", false],
      ["SVC_MEAL", 60_000, "month", "all", true],
      ["NURSERY", 80_000, "month", "nursery", false],
      ["SVC_MEAL", 100, "month", "small", false],
    ]);
    const march = await kindergartenDisclosure(db, inclusive, on("2027-03-01"));
    expect([march?.inForce?.version, march?.next]).toEqual([2, null]);
    const july = await kindergartenDisclosure(db, inclusive, on("2027-07-01"));
    expect([july?.inForce?.version, july?.next?.version]).toEqual([2, 3]);
    const before = await kindergartenDisclosure(db, inclusive, on("2026-05-31"));
    expect([before?.inForce, before?.next, before?.history]).toEqual([null, null, []]);
  });

  it("publishes with each schedule shown the texts its filing gives parents, a blank one as none; the history leaves them out", async () => {
    const january = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(january?.inForce?.texts).toEqual({ ...V1_TEXTS, refund_schedule: REFUND_SCHEDULE });
    // Blank texts and an empty list of refund rules are none; a filing without a waiver deducts 0.
    expect(january?.next?.texts).toEqual({ pricing_basis: "", refund_rules: "按月结算，多退少补。", refund_schedule: null, complaint_channel: "园长信箱", waiver_deduction_fen: 0 });
    for (const version of january?.history ?? []) expect(version).not.toHaveProperty("texts");
    // A filing saved before the texts were asked for (the columns' defaults) publishes none.
    const july = await kindergartenDisclosure(db, inclusive, on("2027-07-01"));
    expect(july?.next?.texts).toEqual({ pricing_basis: "", refund_rules: "", refund_schedule: null, complaint_channel: "", waiver_deduction_fen: 0 });
    // A filing without items still publishes its texts (the statement gives them on its one row).
    const view = await kindergartenDisclosure(db, nonprofit, on("2027-01-20"));
    expect(view?.inForce).toMatchObject({ version: 1, items: [], texts: { complaint_channel: "教育局 0574-12345", refund_schedule: REFUND_SCHEDULE } });
  });

  it("gives a filing's texts once, whatever its number of items, and still every item in its order", async () => {
    // The statement carries the texts on one row of each filing (not on each of its items' rows).
    const many = (await createKindergarten(db, { name: "宁波市海曙区多项幼儿园", nature: "forprofit_private" })).id;
    const bands = ["all", "small", "middle", "large", "nursery"] as const;
    const items = Array.from({ length: 40 }, (_, i): ItemSpec => ({ code: "SVC_MEAL", category: "service", name: `项目${i}`, fen: 1_000 + i, band: bands[i % 5] }));
    await file(many, 1, "2026-autumn", "2026-09-01", "2026-06-01", items, V1_TEXTS);
    const view = await kindergartenDisclosure(db, many, on("2027-01-20"));
    expect(view?.inForce?.items.map((i) => i.name)).toEqual(items.map((i) => i.name));
    expect(view?.inForce?.texts).toEqual({ ...V1_TEXTS, refund_schedule: REFUND_SCHEDULE });
  });

  it("lists every published version, newest first, with what each changed", async () => {
    const view = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(view?.history.map((v) => [v.version, v.item_count])).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(view?.history[1].changes).toBeNull();
    const changes = view?.history[0].changes ?? [];
    expect(changes.find((c) => c.name === "保教费")).toMatchObject({ name_en: "Care and education fee", before: { amount_fen: 100_000 }, after: { amount_fen: 110_000 }, delta_fen: 10_000, delta_percent: 10 });
    expect(changes.find((c) => c.name === "伙食费")).toMatchObject({ before: { unit: "day" }, after: { unit: "month" }, delta_fen: null });
    expect(changes.find((c) => c.name === "住宿费")).toMatchObject({ after: null });
    expect(changes.find((c) => c.name === "保育费（托班）")).toMatchObject({ before: null, age_band: "nursery" });
  });

  it("compares a correction with the fees parents were paying, and marks the version it corrected as never in force", async () => {
    // Found by a bookkeeper's walk-through: a same-term correction (2,975 → 2,570) read as a 13.6 % cut, an 8 % raise.
    const corrected = (await createKindergarten(db, { name: "宁波市海曙区更正幼儿园", nature: "forprofit_private" })).id;
    const fee = (fen: number): ItemSpec[] => [{ code: "CARE_EDU", category: "care_education", name: "保教费", fen }];
    await file(corrected, 1, "2026-autumn", "2026-09-01", "2026-06-01", fee(238_000));
    await file(corrected, 2, "2027-spring", "2027-03-01", "2026-12-01", fee(297_500));
    await file(corrected, 3, "2027-spring", "2027-03-01", "2026-12-02", fee(257_000));
    const view = await kindergartenDisclosure(db, corrected, on("2026-12-03"));
    expect(view?.next?.version).toBe(3);
    expect(view?.history.map((v) => [v.version, v.compared_with, v.corrected_by])).toEqual([
      [3, 1, null],
      [2, 1, 3],
      [1, null, null],
    ]);
    expect(view?.history[0].changes).toMatchObject([{ name: "保教费", before: { amount_fen: 238_000 }, after: { amount_fen: 257_000 }, delta_fen: 19_000, delta_percent: 8 }]);
  });

  it("shows guidance prices to 普惠 and non-profit kindergartens only", async () => {
    const view = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(view?.guidancePrices).toEqual([
      { category: "care_education", age_band: "all", base_price_fen: 100_000, max_float_bp: 1000, source_document: "甬发改〔2025〕36号", region_name: "浙江省 宁波市" },
    ]);
    expect((await kindergartenDisclosure(db, forprofit, on("2027-01-20")))?.guidancePrices).toBeNull();
    expect((await kindergartenDisclosure(db, nonprofit, on("2027-01-20")))?.guidancePrices, "held to one, none recorded for its grade").toEqual([]);
  });

  it("shows the approved account in force, its last four digits only; or none", async () => {
    const view = await kindergartenDisclosure(db, inclusive, on("2027-01-20"));
    expect(view?.account).toEqual({
      bank_name: "中国工商银行",
      branch_name: "宁波海曙支行",
      account_name: "宁波市海曙区春芽幼儿园",
      last4: "0123",
      effective_from: "2025-01-01",
      approved_on: "2025-01-02",
    });
    expect((await kindergartenDisclosure(db, inclusive, on("2024-06-01")))?.account?.last4).toBe("1111");
    expect((await kindergartenDisclosure(db, nonprofit, on("2027-01-20")))?.account).toBeNull();
  });

  it("carries neither a full account number nor anything about people, in the page or the open data", async () => {
    for (const date of ["2024-06-01", "2027-01-20", "2027-07-01"]) {
      const view = await kindergartenDisclosure(db, inclusive, on(date));
      const data = await openFeeData(db, inclusive, on(date));
      for (const text of [JSON.stringify(view), JSON.stringify(data), openFeeCsv(data!)]) {
        for (const secret of [FULL_NUMBER, OLD_NUMBER, PENDING_NUMBER, FULL_NUMBER.slice(0, -4), operator.id, operator.displayName, "王会计"]) {
          expect(text, `${date}: ${secret}`).not.toContain(secret);
        }
      }
    }
  });

  it("is not public for a closed or an unknown kindergarten", async () => {
    for (const id of [closed, "", "not-an-id", ulid(), "x".repeat(5000)]) {
      expect(await kindergartenDisclosure(db, id, on("2027-01-20"))).toBeNull();
      expect(await openFeeData(db, id, on("2027-01-20"))).toBeNull();
    }
  });

  it("gives the schedules in force and next as open data, one record per item", async () => {
    const data = await openFeeData(db, inclusive, on("2027-01-20"));
    expect(data?.kindergarten).toMatchObject({ id: inclusive, approved_name: "宁波市海曙区春芽幼儿园", name_in_use: "春芽幼儿园", nature: "inclusive_private", region_code: "330203" });
    expect(data?.as_of).toBe("2027-01-20");
    expect(data?.schedules.map((s) => [s.schedule, s.term, s.version, s.effective_from, s.published_on, s.items.length])).toEqual([
      ["in_force", "2026-autumn", 1, "2026-09-01", "2026-06-01", 3],
      ["next", "2027-spring", 2, "2027-03-01", "2027-01-10", 4],
    ]);
    expect(data?.schedules[0].items[0]).toEqual({
      category: "care_education",
      item_code: "CARE_EDU",
      item_name: "保教费",
      amount_fen: 100_000,
      amount_yuan: "1000.00",
      unit: "month",
      age_band: "all",
      voluntary: false,
    });

    const csv = openFeeCsv(data!);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(OPEN_DATA_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 3 + 4);
    expect(lines[1]).toBe(`${inclusive},${data!.kindergarten.uscc},宁波市海曙区春芽幼儿园,in_force,2026-autumn,1,2026-09-01,2026-06-01,care_education,CARE_EDU,保教费,100000,1000.00,month,all,0`);
    expect(lines[5]).toContain(",SVC_MEAL,伙食费,60000,600.00,month,all,1");
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(lines[7]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
