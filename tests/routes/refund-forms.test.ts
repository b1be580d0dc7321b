/**
 * The refund rules on the browser's two forms, called as the server calls
 * them: the operator's fee-schedule form (POST /kindergarten/fees/new) starts
 * its 退费办法 section from the previous filing or the region's table, refuses
 * a bad tier with a Chinese message under that tier's field and every typed
 * value returned, and stores a good schedule on the filing; the parent's
 * complaint form (POST /complaints/new) refuses a bad month the same way,
 * stores a refund complaint's months, and C05 computes the refund due from
 * them.
 */
import crypto from "node:crypto";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triageComplaint } from "~/domain/complaints/complaint-triage.server";
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { refundScheduleInput } from "~/domain/filings/refund-rules.schema";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { translate } from "~/i18n";
import { loadRuleSet } from "~/rules/load/read-files";
import * as intakeRoute from "~/routes/_public+/complaints.new";
import * as feesNew from "~/routes/kindergarten+/fees.new";
import { shanghaiDate } from "~/utils/working-days";
import { setDb } from "~/web/db.server";
import { createKindergarten, HAISHU, insertCareFeeFiling } from "../factories/domain";
import { refundComplaintFields } from "../setup/complaint-post";
import { callRoute, sessionCookieFor, snapshotCounts, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let cookie: string;
let kg006Id: string;
const today = shanghaiDate();
const nextTerm = upcomingTerms(today)[0];

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  cookie = await sessionCookieFor(t.db, "kg006");
  kg006Id = (await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow()).kindergarten_id!;
});

afterAll(async () => {
  await t?.destroy();
});

type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> };

const zh = (key: string) => translate("zh-CN", key);

describe("the fee-schedule form's refund rules", () => {
  type Entry = { feeKind: string; case: string; method: string; tiers: Array<Record<string, string>> };
  const start = async () => {
    const res = await callRoute(feesNew.loader, "/kindergarten/fees/new", { cookie });
    expect(res.status).toBe(200);
    return (res.body as { refundStart: Entry[] }).refundStart;
  };
  const entry = (entries: Entry[], feeKind: string, refundCase: string) => entries.find((e) => e.feeKind === feeKind && e.case === refundCase);

  it("starts from the previous filing's rules, and from the region's table when that filing has none", async () => {
    const previous = await start();
    // Every fee kind and case, in one fixed order: the indexes a form without JavaScript posts back.
    expect(previous.map((e) => `${e.feeKind}.${e.case}`)).toEqual([
      "care_education.absence",
      "care_education.withdrawal",
      "boarding.absence",
      "boarding.withdrawal",
      "nursery.absence",
      "nursery.withdrawal",
      "meals.absence",
      "meals.withdrawal",
    ]);
    // The demo files the national default for every fee (db/demo-refund-rules.ts).
    expect(entry(previous, "boarding", "absence")?.method).toBe("per_30_days");

    const latest = await t.db.selectFrom("fee_filings").select(["id", "refund_schedule"]).where("kindergarten_id", "=", kg006Id).orderBy("version", "desc").executeTakeFirstOrThrow();
    await t.db.updateTable("fee_filings").set({ refund_schedule: null }).where("id", "=", latest.id).execute();
    try {
      const regional = await start();
      // Ningbo has no table of its own: R11's national default, for the fees the kindergarten charges.
      expect(entry(regional, "care_education", "absence")).toMatchObject({ method: "per_30_days", tiers: [] });
      expect(entry(regional, "meals", "absence")).toMatchObject({ method: "per_day" });
      // 保育费 is not in kg006's items: not filed unless the operator chooses a method.
      expect(entry(regional, "nursery", "absence")).toMatchObject({ method: "not_filed" });
    } finally {
      await t.db.updateTable("fee_filings").set({ refund_schedule: latest.refund_schedule }).where("id", "=", latest.id).execute();
    }
  });

  function filingForm(refund: Record<string, string>) {
    const form = new URLSearchParams({
      term: nextTerm,
      effectiveFrom: termBounds(nextTerm).start,
      publishedOn: today,
      kindergartenId: kg006Id,
      intent: "submit",
      submissionKey: ulid(),
      "items[0].code": "CARE_EDU",
      "items[0].amount": "2380",
      "items[0].unit": "month",
      "items[0].ageBand": "all",
      pricingBasis: "按办园成本核算确定",
      refundRules: "请假缺勤按出勤天数分档退费。",
    });
    for (const [name, value] of Object.entries(refund)) form.set(name, value);
    return form;
  }
  const submit = (form: URLSearchParams) => callRoute(feesNew.action, "/kindergarten/fees/new", { cookie, form });
  const tier = (e: number, j: number, when: string, boundKind: string, bound: string, refundPercent: string) => ({
    [`refundSchedule[${e}].tiers[${j}].when`]: when,
    [`refundSchedule[${e}].tiers[${j}].boundKind`]: boundKind,
    [`refundSchedule[${e}].tiers[${j}].bound`]: bound,
    [`refundSchedule[${e}].tiers[${j}].refundPercent`]: refundPercent,
  });
  const careTiers = (bound: string) => ({
    "refundSchedule[0].feeKind": "care_education",
    "refundSchedule[0].case": "absence",
    "refundSchedule[0].method": "tiers",
    ...tier(0, 0, "attended_at_most", "days", bound, "80"),
    ...tier(0, 1, "attended_at_most", "share", "50", "50"),
    // The spare row the form shows, left empty: no tier.
    ...tier(0, 2, "attended_at_most", "days", "", ""),
    "refundSchedule[1].feeKind": "care_education",
    "refundSchedule[1].case": "withdrawal",
    "refundSchedule[1].method": "per_30_days",
    // Typed under tiers, then the method changed: not checked, not filed.
    ...tier(1, 0, "attended_at_most", "days", "99", "80"),
    "refundSchedule[2].feeKind": "nursery",
    "refundSchedule[2].case": "absence",
    "refundSchedule[2].method": "not_filed",
    "refundSchedule[3].feeKind": "meals",
    "refundSchedule[3].case": "absence",
    "refundSchedule[3].method": "per_day",
  });

  it("a bound of 32 days is refused under that tier in Chinese, 31 is filed; nothing typed is lost", async () => {
    const before = await snapshotCounts(t.db);
    const bad = await submit(filingForm(careTiers("32")));
    expect(bad.status).toBe(400);
    expect(bad.location).toBeNull();
    const reply = (bad.body as { result: Reply }).result;
    expect(reply.error?.["refundSchedule[0].tiers[0].bound"]).toEqual(["refund.tier.bound.days"]);
    expect(zh("refund.tier.bound.days")).toMatch(/不能超过 31 天/);
    // Only that field: the spare row, the other method's tiers and the unfiled fee raise nothing.
    expect(Object.entries(reply.error ?? {}).filter(([, v]) => v && v.length > 0).map(([k]) => k)).toEqual(["refundSchedule[0].tiers[0].bound"]);
    const typed = reply.initialValue as { refundSchedule: Entry[]; items: unknown[] };
    expect(typed.refundSchedule[0].tiers[0]).toMatchObject({ bound: "32", refundPercent: "80" });
    expect(typed.refundSchedule[0].tiers[1]).toMatchObject({ boundKind: "share", bound: "50" });
    expect(typed.refundSchedule[3]).toMatchObject({ method: "per_day" });
    expect(typed.items[0]).toMatchObject({ code: "CARE_EDU", amount: "2380" });
    expect(await snapshotCounts(t.db)).toEqual(before);

    const good = await submit(filingForm(careTiers("31")));
    expect(good.status).toBe(302);
    const filingId = good.location!.match(/fees\/([^?]+)/)![1];
    const stored = await t.db.selectFrom("fee_filings").select("refund_schedule").where("id", "=", filingId).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.refund_schedule!)).toEqual([
      {
        feeKind: "care_education",
        case: "absence",
        scheme: {
          method: "tiers",
          tiers: [
            { when: "attended_at_most", days: 31, sharePercent: null, refundPercent: 80 },
            { when: "attended_at_most", days: null, sharePercent: 50, refundPercent: 50 },
          ],
        },
      },
      { feeKind: "care_education", case: "withdrawal", scheme: { method: "per_30_days" } },
      { feeKind: "meals", case: "absence", scheme: { method: "per_day" } },
    ]);
  });

  it("adds a tier with the form's button posted without JavaScript, storing nothing", async () => {
    const before = await snapshotCounts(t.db);
    const form = filingForm(careTiers("4"));
    form.set("__intent__", JSON.stringify({ type: "insert", payload: { name: "refundSchedule[0].tiers", defaultValue: { when: "attended_at_most", boundKind: "days", bound: "", refundPercent: "" } } }));
    const res = await submit(form);
    const typed = (res.body as { result: Reply }).result.initialValue as { refundSchedule: Entry[] };
    expect(typed.refundSchedule[0].tiers).toHaveLength(4);
    expect(typed.refundSchedule[0].tiers[0]).toMatchObject({ bound: "4", refundPercent: "80" });
    expect(await snapshotCounts(t.db)).toEqual(before);
    // A list that is not the form's (a ninth entry's tiers) is refused before parsing.
    form.set("__intent__", JSON.stringify({ type: "insert", payload: { name: "refundSchedule[8].tiers", defaultValue: {} } }));
    expect((await submit(form)).status).toBe(400);
  });

  it("tiers without a row, and a seventh tier, are refused with their messages", async () => {
    const none = await submit(filingForm({ "refundSchedule[0].feeKind": "meals", "refundSchedule[0].case": "absence", "refundSchedule[0].method": "tiers" }));
    expect(none.status).toBe(400);
    expect((none.body as { result: Reply }).result.error?.["refundSchedule[0].tiers"]).toEqual(["refund.tiers.required"]);
    const seven = Object.assign(
      { "refundSchedule[0].feeKind": "meals", "refundSchedule[0].case": "absence", "refundSchedule[0].method": "tiers" },
      ...Array.from({ length: 7 }, (_, j) => tier(0, j, "absent_at_least", "days", String(j + 1), "10")),
    );
    const tooMany = await submit(filingForm(seven));
    expect(tooMany.status).toBe(400);
    expect((tooMany.body as { result: Reply }).result.error?.["refundSchedule[0].tiers"]).toEqual(["refund.tiers.tooMany"]);
    // An eighth row is no list of this form: refused before parsing.
    const eight = await submit(filingForm({ ...seven, ...tier(0, 7, "absent_at_least", "days", "8", "10") }));
    expect(eight.status).toBe(400);
    expect((eight.body as { result?: unknown } | null)?.result).toBeUndefined();
  });
});

describe("the complaint form's refund months", () => {
  const rules = createRulesRuntime(loadRuleSet());
  let kindergartenId: string;

  beforeAll(async () => {
    // 保教费 1000 yuan a month from 2026-09-01, filed with tiers: attended ≤ 4 days → 80 %, ≤ half the working days → 50 %.
    kindergartenId = (await createKindergarten(t.db, { name: "宁波市海曙区退费测试幼儿园", region_code: HAISHU })).id;
    const filingId = await insertCareFeeFiling(t.db, kindergartenId, 100_000, { version: 1, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-07-01" });
    const schedule = refundScheduleInput.parse([
      {
        feeKind: "care_education",
        case: "absence",
        method: "tiers",
        tiers: [
          { when: "attended_at_most", boundKind: "days", bound: "4", refundPercent: "80" },
          { when: "attended_at_most", boundKind: "share", bound: "50", refundPercent: "50" },
        ],
      },
    ]);
    await t.db.updateTable("fee_filings").set({ refund_schedule: JSON.stringify(schedule) }).where("id", "=", filingId).execute();
  });

  const freshIp = () => {
    const b = crypto.randomBytes(3);
    return `10.${b[0]}.${b[1]}.${b[2]}`;
  };
  function complaintForm(over: Record<string, string>) {
    const form = new FormData();
    const fields = refundComplaintFields(kindergartenId, {
      paidOn: "2026-09-03",
      learnedOn: "2026-11-02",
      narrative: "十月孩子生病请假，只上了4天，幼儿园只退了700元。",
      "refundClaims[0].month": "2026-10",
      "refundClaims[0].feeKind": "care_education",
      "refundClaims[0].case": "absence",
      "refundClaims[0].daysAttended": "4",
      "refundClaims[0].paid": "1000",
      ...over,
    });
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  }
  const post = (form: FormData) => callRoute(intakeRoute.action, `/complaints/new?kindergarten=${kindergartenId}`, { form, clientIp: freshIp() });
  const receiptOf = (res: RouteOutcome) => (res.body as { receipt: { trackingNo: string } }).receipt;

  it("more refunded than paid is refused under that month in Chinese, with everything typed returned", async () => {
    const before = await snapshotCounts(t.db);
    const res = await post(complaintForm({ "refundClaims[0].refunded": "1000.01" }));
    expect(res.status).toBe(400);
    const reply = (res.body as { outcome: string; result: Reply }).result;
    expect(reply.error?.["refundClaims[0].refunded"]).toEqual(["complaint.refund.refunded.abovePaid"]);
    expect(zh("complaint.refund.refunded.abovePaid")).toMatch(/已退金额/);
    expect(reply.initialValue).toMatchObject({
      narrative: "十月孩子生病请假，只上了4天，幼儿园只退了700元。",
      refundClaims: [{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: "4", paid: "1000", refunded: "1000.01" }],
    });
    expect(await snapshotCounts(t.db)).toEqual(before);

    const wrong = await post(complaintForm({ "refundClaims[0].month": "十月", "refundClaims[0].daysAttended": "32", "refundClaims[0].refunded": "0" }));
    expect(wrong.status).toBe(400);
    const errors = (wrong.body as { result: Reply }).result.error ?? {};
    expect(errors["refundClaims[0].month"]).toEqual(["complaint.refund.month.invalid"]);
    expect(errors["refundClaims[0].daysAttended"]).toEqual(["complaint.refund.daysAttended.invalid"]);
  });

  it("a good month is stored with the complaint and C05 computes 800 yuan due, 100 short (October 2026: 18 working days)", async () => {
    const res = await post(complaintForm({ "refundClaims[0].refunded": "700" }));
    expect(res.status).toBe(200);
    const { trackingNo } = receiptOf(res);
    const stored = await t.db.selectFrom("complaints").select(["id", "refund_claims"]).where("tracking_no", "=", trackingNo).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.refund_claims!)).toEqual([{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 4, paidFen: 100_000, refundedFen: 70_000 }]);
    const items = await t.db.selectFrom("complaint_items").select("name").where("complaint_id", "=", stored.id).execute();
    expect(items).toEqual([]);

    await triageComplaint(t.db, rules, stored.id, new Date("2026-11-30T06:00:00Z"));
    const flag = await t.db.selectFrom("complaint_flags").select(["severity", "explanation"]).where("complaint_id", "=", stored.id).where("rule_id", "=", "C05").executeTakeFirstOrThrow();
    expect(flag.severity).toBe("amber");
    const months = (JSON.parse(flag.explanation) as { details: { months: unknown[] } }).details.months;
    expect(months).toEqual([expect.objectContaining({ workingDays: 18, daysAttended: 4, expectedFen: 80_000, refundedFen: 70_000, shortfallFen: 10_000, status: "short" })]);
  });

  it("adds a month with the form's button posted without JavaScript, storing nothing", async () => {
    const before = await snapshotCounts(t.db);
    const form = complaintForm({ "refundClaims[0].refunded": "700" });
    form.append("__intent__", JSON.stringify({ type: "insert", payload: { name: "refundClaims", defaultValue: { month: "", feeKind: "care_education", case: "absence", daysAttended: "", paid: "", refunded: "" } } }));
    const res = await post(form);
    expect(res.status).toBe(200);
    const typed = (res.body as { result: Reply }).result.initialValue as { refundClaims: unknown[] };
    expect(typed.refundClaims).toHaveLength(2);
    expect(typed.refundClaims[0]).toMatchObject({ month: "2026-10", paid: "1000", refunded: "700" });
    expect(await snapshotCounts(t.db)).toEqual(before);
  });

  it("another kind posts the form's empty month and keeps none", async () => {
    const res = await post(
      complaintForm({
        kind: "above_filed",
        "items[0].name": "保教费",
        "items[0].amount": "3200",
        "items[0].unit": "month",
        "refundClaims[0].month": "",
        "refundClaims[0].daysAttended": "",
        "refundClaims[0].paid": "",
        "refundClaims[0].refunded": "",
      }),
    );
    expect(res.status).toBe(200);
    const stored = await t.db.selectFrom("complaints").select("refund_claims").where("tracking_no", "=", receiptOf(res).trackingNo).executeTakeFirstOrThrow();
    expect(stored.refund_claims).toBeNull();
  });
});
