/**
 * The fee-filing action (POST /kindergarten/fees/new) as operator kg006
 * (for-profit, 海曙区): every bad input is answered with a 4xx and an i18n key
 * on the conform field it concerns, and leaves no trace; a good one is stored
 * with its items, one outbox row and an audit row, all at once.
 *
 * Dates are relative to the real "today" in Asia/Shanghai, because the
 * service compares against it.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tooLong } from "~/domain/result";
import { encodeMessage, translate } from "~/i18n";
import { MAX_AMOUNT_FEN, termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { setDb } from "~/web/db.server";
import { shanghaiDate } from "~/utils/working-days";
import * as feesNew from "~/routes/kindergarten+/fees.new";
import { callRoute, sessionCookieFor, snapshotCounts, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let cookie: string;
let kg006Id: string;
let kg006UserId: string;

const today = shanghaiDate();
const nextTerm = upcomingTerms(today)[0];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The term a date falls in (spring from 1 March, autumn from 1 September). */
function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-autumn`;
  if (month >= 3) return `${year}-spring`;
  return `${year - 1}-autumn`;
}

type Item = { code: string; amount: string; unit?: string; ageBand?: string; description?: string };

function filingForm(
  overrides: {
    term?: string;
    effectiveFrom?: string;
    publishedOn?: string;
    note?: string;
    pricingBasis?: string;
    kindergartenId?: string;
    items?: Item[];
    submissionKey?: string;
  } = {},
) {
  const term = overrides.term ?? nextTerm;
  const form = new URLSearchParams({
    term,
    effectiveFrom: overrides.effectiveFrom ?? termBounds(term).start,
    publishedOn: overrides.publishedOn ?? today,
    note: overrides.note ?? "",
    pricingBasis: overrides.pricingBasis ?? "按办园成本核算确定",
    kindergartenId: overrides.kindergartenId ?? kg006Id,
    intent: "submit",
    submissionKey: overrides.submissionKey ?? ulid(),
  });
  const items = overrides.items ?? [{ code: "CARE_EDU", amount: "2380" }];
  items.forEach((item, i) => {
    form.set(`items[${i}].code`, item.code);
    form.set(`items[${i}].amount`, item.amount);
    form.set(`items[${i}].unit`, item.unit ?? "month");
    form.set(`items[${i}].ageBand`, item.ageBand ?? "all");
    form.set(`items[${i}].description`, item.description ?? "");
  });
  return form;
}

function submit(form: URLSearchParams) {
  return callRoute(feesNew.action, "/kindergarten/fees/new", { cookie, form });
}

/** The action answers { result: conform's submission.reply(), precheck }; reply is { status: "error", error: { [fieldName]: messages } }. */
function fieldErrors(res: RouteOutcome): Record<string, string[] | null> {
  const body = (res.body as { result: { status?: string; error?: Record<string, string[] | null> } }).result;
  expect(body.status).toBe("error");
  return body.error ?? {};
}

/** Submits, expects a 400 with `key` on `field`, and that nothing was stored. */
async function expectRejected(form: URLSearchParams, field: string, key: string) {
  const before = await snapshotCounts(t.db);
  const res = await submit(form);
  expect(res.status).toBe(400);
  expect(res.location).toBeNull();
  expect(fieldErrors(res)[field]).toContain(key);
  expect(await snapshotCounts(t.db)).toEqual(before);
  return res;
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  cookie = await sessionCookieFor(t.db, "kg006");
  const user = await t.db.selectFrom("users").select(["id", "kindergarten_id"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
  kg006Id = user.kindergarten_id!;
  kg006UserId = user.id;
});

afterAll(async () => {
  await t?.destroy();
});

describe("amounts", () => {
  it("a negative amount is refused at items[0].amount", async () => {
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "-2380" }] }), "items[0].amount", "amount.negative");
  });

  it("a non-numeric amount is refused", async () => {
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "两千" }] }), "items[0].amount", "filing.item.amount.invalid");
  });

  it("an amount pasted with its unit (2380元/月, 每月2380元) is refused with where the unit goes; 2380元 and １８００ are amounts", async () => {
    for (const amount of ["2380元/月", "每月2380元", "380/学期", "2,380.00元每月"]) {
      await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount }] }), "items[0].amount", "filing.item.amount.withUnit");
    }
    // A 代收 item's cost is in its row too.
    const cost = filingForm({ items: [{ code: "AGY_BEDDING", amount: "320", unit: "once" }] });
    cost.set("items[0].cost", "320元/次");
    await expectRejected(cost, "items[0].cost", "filing.item.amount.withUnit");
    expect(translate("zh-CN", "filing.item.amount.withUnit")).toContain("“计费单位”");
    for (const amount of ["2380元", "２３８０", "2,380.00"]) {
      const form = filingForm({ items: [{ code: "CARE_EDU", amount }] });
      form.set("intent", "precheck");
      expect((await submit(form)).status, amount).toBe(200);
    }
  });

  it("an amount with 3 decimals is refused (money is whole fen)", async () => {
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "2380.555" }] }), "items[0].amount", "filing.item.amount.invalid");
  });

  it("a zero amount is refused", async () => {
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "0.00" }] }), "items[0].amount", "filing.item.amount.positive");
  });

  it("an absurdly large amount is refused, saying the maximum", async () => {
    const tooLarge = encodeMessage({ key: "filing.item.amount.tooLarge", vars: { max: MAX_AMOUNT_FEN / 100 } });
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "100000.01" }] }), "items[0].amount", tooLarge);
    // Ten digits and more are refused before they are read as a number, with the same words.
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "12345678901" }] }), "items[0].amount", tooLarge);
    // "金额超出合理范围" did not say what range: the bookkeeper is told the maximum, from the limit the check uses.
    expect(translate("zh-CN", tooLarge)).toBe("金额不能超过 100,000 元");
    expect(translate("en", tooLarge)).toBe("The amount cannot exceed 100,000 yuan");
  });

  it("the error lands on the row that is wrong, not the first one", async () => {
    await expectRejected(
      filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }, { code: "SVC_MEAL", amount: "abc", unit: "day" }] }),
      "items[1].amount",
      "filing.item.amount.invalid",
    );
  });
});

describe("items", () => {
  it("a filing without any item is refused at items", async () => {
    await expectRejected(filingForm({ items: [] }), "items", "filing.items.required");
  });

  it("an item code outside the catalogue is refused", async () => {
    await expectRejected(
      filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }, { code: "BRIBE_FEE", amount: "500", unit: "once" }] }),
      "items[1].code",
      "filing.item.code.unknown",
    );
  });

  it("the same item code and age band twice is refused at the second row, told with a bad amount in the same answer", async () => {
    await expectRejected(
      filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }, { code: "CARE_EDU", amount: "2500" }] }),
      "items[1].code",
      "filing.item.duplicate",
    );
    const both = filingForm({ items: [{ code: "CARE_EDU", amount: "-100" }, { code: "CARE_EDU", amount: "2500" }] });
    await expectRejected(both, "items[1].code", "filing.item.duplicate");
    await expectRejected(both, "items[0].amount", "amount.negative");
  });

  it("an item list without 保教费 or 保育费 is refused at items", async () => {
    await expectRejected(
      filingForm({ items: [{ code: "SVC_MEAL", amount: "15", unit: "day" }, { code: "AGY_BEDDING", amount: "200", unit: "once" }] }),
      "items",
      "filing.items.needsCareFee",
    );
  });

  it("a description over 200 characters is refused", async () => {
    await expectRejected(
      filingForm({ items: [{ code: "CARE_EDU", amount: "2380", description: "说".repeat(201) }] }),
      "items[0].description",
      tooLong(200),
    );
  });

  it("an unknown unit is refused", async () => {
    await expectRejected(filingForm({ items: [{ code: "CARE_EDU", amount: "2380", unit: "hour" }] }), "items[0].unit", "filing.item.unit.invalid");
  });
});

describe("dates and note", () => {
  it("an effective date in the past is refused", async () => {
    const yesterday = addDays(today, -1);
    await expectRejected(
      filingForm({ term: termOf(yesterday), effectiveFrom: yesterday, publishedOn: addDays(today, -2) }),
      "effectiveFrom",
      "filing.effectiveFrom.notFuture",
    );
  });

  it("an effective date of today is refused too (fees must be announced in advance)", async () => {
    await expectRejected(filingForm({ term: termOf(today), effectiveFrom: today, publishedOn: today }), "effectiveFrom", "filing.effectiveFrom.notFuture");
  });

  it("a past effective date is told in the same answer as the form's other mistakes, not a round later", async () => {
    const yesterday = addDays(today, -1);
    const res = await expectRejected(
      filingForm({ term: termOf(yesterday), effectiveFrom: yesterday, publishedOn: addDays(today, -2), items: [{ code: "CARE_EDU", amount: "12,34", unit: "month" }] }),
      "effectiveFrom",
      "filing.effectiveFrom.notFuture",
    );
    expect(fieldErrors(res)["items[0].amount"]).toContain("filing.item.amount.invalid");
  });

  it("an effective date outside the chosen term is refused", async () => {
    // The first day of the following term is in the future but not in nextTerm.
    await expectRejected(
      filingForm({ term: nextTerm, effectiveFrom: termBounds(nextTerm).nextStart }),
      "effectiveFrom",
      "filing.effectiveFrom.outsideTerm",
    );
  });

  it("a publication date after the effective date is refused at publishedOn", async () => {
    const effectiveFrom = termBounds(nextTerm).start;
    await expectRejected(filingForm({ effectiveFrom, publishedOn: addDays(effectiveFrom, 1) }), "publishedOn", "filing.publishedOn.afterEffective");
  });

  it("an impossible calendar date is refused", async () => {
    await expectRejected(filingForm({ effectiveFrom: `${nextTerm.slice(0, 4)}-02-30` }), "effectiveFrom", "form.date.invalid");
  });

  it("a malformed term is refused", async () => {
    await expectRejected(filingForm({ term: "2027-winter", effectiveFrom: termBounds(nextTerm).start }), "term", "filing.term.invalid");
  });

  it("a note over 500 characters is refused", async () => {
    await expectRejected(filingForm({ note: "备".repeat(501) }), "note", tooLong(500));
  });
});

describe("the pricing basis (收费依据), which parents are shown with the fees", () => {
  it.each([
    ["empty", ""],
    ["only spaces and a full-width space", "  　 "],
  ])("%s is refused at its field when the schedule is filed, in words, with the rest of the form sent back as typed", async (_label, basis) => {
    const form = filingForm({ pricingBasis: basis, note: "2027年春季学期收费标准", items: [{ code: "CARE_EDU", amount: "2,380" }] });
    form.set("refundRules", "按天折算退费");
    const res = await expectRejected(form, "pricingBasis", "filing.pricingBasis.required");
    expect(translate("zh-CN", "filing.pricingBasis.required")).toMatch(/^请填写收费依据/);
    const sent = (res.body as { result: { initialValue: Record<string, unknown> } }).result.initialValue;
    expect(sent).toMatchObject({ note: "2027年春季学期收费标准", refundRules: "按天折算退费", items: [{ code: "CARE_EDU", amount: "2,380" }] });
  });

  it("missing from the post altogether, it is refused the same way", async () => {
    const form = filingForm();
    form.delete("pricingBasis");
    await expectRejected(form, "pricingBasis", "filing.pricingBasis.required");
  });

  it("the pre-check tells it at the field too, before the rules run", async () => {
    const form = filingForm({ pricingBasis: "" });
    form.set("intent", "precheck");
    const res = await expectRejected(form, "pricingBasis", "filing.pricingBasis.required");
    expect((res.body as { precheck: unknown }).precheck).toBeNull();
  });
});

describe("a valid filing", () => {
  it("takes the published texts, checkboxes and optional amounts exactly as a browser sends them", async () => {
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }, { code: "AGY_BEDDING", amount: "320", unit: "once" }, { code: "SVC_BUS", amount: "380" }] });
    form.set("pricingBasis", "成本核算");
    form.set("refundRules", "按天折算退费");
    form.set("complaintChannel", "12315");
    form.set("waiverDeduction", "");
    form.set("appliesToEnrolled", "on");
    form.set("items[0].cost", ""); // a blank optional amount is "not given", not an invalid number
    form.set("items[1].cost", "300.5");
    form.set("items[1].voluntary", "on");
    form.set("items[2].bundled", "on"); // ticked; voluntary left unticked

    const res = await submit(form);
    expect(res.status).toBe(302);
    const filingId = /fees\/([0-9A-Z]{26})/.exec(res.location ?? "")![1];
    const filing = await t.db.selectFrom("fee_filings").selectAll().where("id", "=", filingId).executeTakeFirstOrThrow();
    expect(filing).toMatchObject({
      pricing_basis: "成本核算",
      refund_rules: "按天折算退费",
      complaint_channel: "12315",
      applies_to_enrolled: 1,
      waiver_deduction_fen: 0,
    });
    const items = await t.db
      .selectFrom("fee_items")
      .select(["code", "voluntary", "bundled", "cost_fen"])
      .where("filing_id", "=", filingId)
      .orderBy("position")
      .execute();
    expect(items).toEqual([
      { code: "CARE_EDU", voluntary: 0, bundled: 0, cost_fen: null },
      { code: "AGY_BEDDING", voluntary: 1, bundled: 0, cost_fen: 30050 },
      { code: "SVC_BUS", voluntary: 0, bundled: 1, cost_fen: null },
    ]);
  });

  it("stores opt-in and bundling on a service item, and a cost only on 代收 (dropped elsewhere)", async () => {
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }, { code: "SVC_BUS", amount: "380" }] });
    form.set("items[0].cost", "100");
    form.set("items[1].voluntary", "on");
    form.set("items[1].bundled", "on");
    form.set("items[1].cost", "100");
    const res = await submit(form);
    expect(res.status).toBe(302);
    const filingId = /fees\/([0-9A-Z]{26})/.exec(res.location ?? "")![1];
    const items = await t.db.selectFrom("fee_items").select(["code", "voluntary", "bundled", "cost_fen"]).where("filing_id", "=", filingId).orderBy("position").execute();
    expect(items).toEqual([
      { code: "CARE_EDU", voluntary: 0, bundled: 0, cost_fen: null },
      { code: "SVC_BUS", voluntary: 1, bundled: 1, cost_fen: null },
    ]);
  });

  it("pre-check evaluates the same input with the rules and stores nothing", async () => {
    const before = await snapshotCounts(t.db);
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "3000" }] }); // kg006: 2380 → 3000 is +26 %
    form.set("intent", "precheck");
    const res = await submit(form);
    expect(res.status).toBe(200);
    const body = res.body as { precheck: Array<{ ruleId: string; fired: boolean; severity: string | null }> };
    expect(body.precheck.find((o) => o.ruleId === "R04")).toMatchObject({ fired: true, severity: "red" });
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it("pre-check reports bad input like a submission does, at the field", async () => {
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "-1" }] });
    form.set("intent", "precheck");
    await expectRejected(form, "items[0].amount", "amount.negative");
  });

  it("is stored with its items, one filing.submitted outbox row and an audit row, then redirects", async () => {
    const before = await snapshotCounts(t.db);
    const previous = await t.db
      .selectFrom("fee_filings")
      .select(["id", "version"])
      .where("kindergarten_id", "=", kg006Id)
      .orderBy("version", "desc")
      .executeTakeFirstOrThrow();
    const form = filingForm({
      note: "2027 学年收费标准",
      items: [
        { code: "CARE_EDU", amount: "2380.50" },
        { code: "SVC_MEAL", amount: "15", unit: "day", description: "含早点和午餐" },
        { code: "AGY_INSURANCE", amount: "100", unit: "year" },
      ],
    });

    const res = await submit(form);

    expect(res.status).toBe(302);
    const match = /^\/kindergarten\/fees\/([0-9A-Z]{26})\?saved=1$/.exec(res.location ?? "");
    expect(match, `redirect to ${res.location}`).not.toBeNull();
    const filingId = match![1];

    expect(await snapshotCounts(t.db)).toEqual({
      fee_filings: before.fee_filings + 1,
      fee_items: before.fee_items + 3,
      outbox: before.outbox + 1,
      audit_log: before.audit_log + 1,
    });

    const filing = await t.db.selectFrom("fee_filings").selectAll().where("id", "=", filingId).executeTakeFirstOrThrow();
    expect(filing).toMatchObject({
      kindergarten_id: kg006Id,
      term: nextTerm,
      effective_from: termBounds(nextTerm).start,
      published_on: today,
      version: previous.version + 1,
      previous_filing_id: previous.id,
      status: "submitted",
      submitted_by: kg006UserId,
      note: "2027 学年收费标准",
    });

    const items = await t.db
      .selectFrom("fee_items")
      .select(["position", "code", "category", "amount_fen", "unit", "age_band", "description"])
      .where("filing_id", "=", filingId)
      .orderBy("position")
      .execute();
    expect(items).toEqual([
      { position: 0, code: "CARE_EDU", category: "care_education", amount_fen: 238050, unit: "month", age_band: "all", description: "" },
      { position: 1, code: "SVC_MEAL", category: "service", amount_fen: 1500, unit: "day", age_band: "all", description: "含早点和午餐" },
      { position: 2, code: "AGY_INSURANCE", category: "agency", amount_fen: 10000, unit: "year", age_band: "all", description: "" },
    ]);

    const outbox = await t.db.selectFrom("outbox").select(["topic", "payload"]).where("payload", "like", `%${filingId}%`).execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0].topic).toBe("filing.submitted");
    expect(JSON.parse(outbox[0].payload)).toEqual({ filingId });

    const audit = await t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", filingId).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: kg006UserId, action: "filing.submit", entity: "fee_filing", request_id: "t" });
  });
});

describe("a repeated submission (one-time submission key)", () => {
  const keyRows = async (key: string) => t.db.selectFrom("submission_keys").selectAll().where("key", "=", key).execute();

  it("whose answer was lost is answered with the first filing: the same redirect, one version, one outbox row, one audit entry", async () => {
    const before = await snapshotCounts(t.db);
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2400" }] });
    const first = await submit(form);
    expect(first.status).toBe(302);
    // The answer is lost on the way (the server stored it, the client saw a socket error): the same body is sent again.
    const again = await submit(form);
    expect(again).toMatchObject({ status: 302, location: first.location });

    expect(await snapshotCounts(t.db)).toEqual({
      fee_filings: before.fee_filings + 1,
      fee_items: before.fee_items + 1,
      outbox: before.outbox + 1,
      audit_log: before.audit_log + 1,
    });
    const filingId = /\/kindergarten\/fees\/([0-9A-Z]{26})\?saved=1$/.exec(first.location ?? "")![1];
    const versions = await t.db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kg006Id).orderBy("version", "desc").limit(1).execute();
    expect(versions[0].id).toBe(filingId);
    const key = form.get("submissionKey")!;
    expect(await keyRows(key)).toMatchObject([{ actor_id: kg006UserId, form: "filing", result: JSON.stringify({ filingId, unchanged: false }) }]);
  });

  it("twice at once (a double click) stores one filing, and both answers point at it", async () => {
    const before = await snapshotCounts(t.db);
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2410" }] });
    const [a, b] = await Promise.all([submit(form), submit(form)]);
    expect(a.status).toBe(302);
    expect(b).toMatchObject({ status: 302, location: a.location });
    expect(await snapshotCounts(t.db)).toEqual({
      fee_filings: before.fee_filings + 1,
      fee_items: before.fee_items + 1,
      outbox: before.outbox + 1,
      audit_log: before.audit_log + 1,
    });
  });

  it("after a refusal goes under the same key: nothing was stored, so the corrected form is stored once", async () => {
    const key = ulid();
    await expectRejected(filingForm({ submissionKey: key, items: [{ code: "CARE_EDU", amount: "2420" }, { code: "BRIBE_FEE", amount: "5", unit: "once" }] }), "items[1].code", "filing.item.code.unknown");
    expect(await keyRows(key)).toEqual([]);
    const corrected = await submit(filingForm({ submissionKey: key, items: [{ code: "CARE_EDU", amount: "2420" }] }));
    expect(corrected.status).toBe(302);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it("with other content under a used key is refused (409), not answered with the first filing", async () => {
    const key = ulid();
    expect((await submit(filingForm({ submissionKey: key, items: [{ code: "CARE_EDU", amount: "2430" }] }))).status).toBe(302);
    const before = await snapshotCounts(t.db);
    const other = await submit(filingForm({ submissionKey: key, items: [{ code: "CARE_EDU", amount: "2431" }] }));
    expect(other.status).toBe(409);
    expect(other.location).toBeNull();
    expect((other.body as { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["submission.key.reused"]);
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it("without a key, or with a malformed one, is a 400 with its own message, and nothing is stored", async () => {
    for (const key of [null, "", "short", "no spaces allowed in a key", "x".repeat(65), "<script>alert(1)</script>"]) {
      const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2440" }] });
      if (key === null) form.delete("submissionKey");
      else form.set("submissionKey", key);
      const before = await snapshotCounts(t.db);
      const res = await submit(form);
      expect({ key, status: res.status }).toEqual({ key, status: 400 });
      expect((res.body as { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["submission.key.invalid"]);
      expect(await snapshotCounts(t.db)).toEqual(before);
    }
  });
});

describe("保教费, 保育费 and 住宿费 are never the parents' choice", () => {
  it.each([
    ["保教费", "CARE_EDU"],
    ["保育费", "NURSERY"],
    ["住宿费", "BOARDING"],
  ])("%s ticked 家长自愿选择 is refused at its item, with the reason in Chinese, and nothing is stored", async (_name, code) => {
    const items = code === "CARE_EDU" ? [{ code, amount: "2380" }] : [{ code: "CARE_EDU", amount: "2380" }, { code, amount: "500" }];
    const form = filingForm({ items });
    const index = items.length - 1;
    form.set(`items[${index}].voluntary`, "on");
    const res = await expectRejected(form, `items[${index}].code`, "filing.item.voluntary.notOptIn");
    expect(translate("zh-CN", "filing.item.voluntary.notOptIn")).toBe("保教费、保育费和住宿费不能标为“家长自愿选择”：只有服务性收费和代收费由家长自愿选择");
    expect(fieldErrors(res)[`items[${index}].code`]).not.toContain("filing.item.bundled.notOptIn");
  });

  it("保教费 marked 与保教费合并收取 is refused too, both reasons told when both are ticked", async () => {
    const form = filingForm({ items: [{ code: "CARE_EDU", amount: "2380" }] });
    form.set("items[0].bundled", "on");
    await expectRejected(form, "items[0].code", "filing.item.bundled.notOptIn");
    form.set("items[0].voluntary", "on");
    const res = await expectRejected(form, "items[0].code", "filing.item.voluntary.notOptIn");
    expect(fieldErrors(res)["items[0].code"]).toEqual(["filing.item.voluntary.notOptIn", "filing.item.bundled.notOptIn"]);
  });
});
