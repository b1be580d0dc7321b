/**
 * The number of an order to refund (责令退还多收费用通知书): drawn once, with the decision, from the deciding
 * authority's own series (its region and agency, the kind of notice, the year): 宁波海曙市监责退〔2026〕1号, 2号 …; kept,
 * so the notice printed again shows the same number; never the same number twice, also when decisions of one
 * authority are taken at the same moment (SQLite and Postgres); a decision that loses a race gives its number back;
 * a decision taken anew after a reopening is a new notice with the next number. Nothing of the party in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCaseNotice, serialNoticeNumber, shortPlaceName } from "~/domain/cases/case-notice";
import { kindergartenCaseNotice, noticeRecord, officerCaseNotice } from "~/domain/cases/case-notice.server";
import { workCase } from "~/domain/cases/case-work.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { workingDayOnOrAfter } from "~/utils/working-days";
import { atNoon } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const DAY0 = "2026-09-22";
const T0 = atNoon(DAY0);
const BY_DATE = workingDayOnOrAfter(addDays(DAY0, 30));
const REFUND = { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: BY_DATE, amount: "1200", families: "3" };

describe("a notice's number as an authority writes it", () => {
  it("shortens a place's name by its administrative suffix, never below two characters", () => {
    expect(["海曙区", "宁波市", "浙江省", "浦东新区", "宁夏回族自治区", "恩施土家族苗族自治州", "新疆维吾尔自治区", "城区", "大兴安岭地区"].map(shortPlaceName)).toEqual([
      "海曙",
      "宁波",
      "浙江",
      "浦东",
      "宁夏",
      "恩施",
      "新疆",
      "城区",
      "大兴安岭",
    ]);
  });

  it("is the authority's code, the kind, the year in 〔〕 and the number without leading zeros (GB/T 9704 7.2.4)", () => {
    expect(serialNoticeNumber({ place: ["宁波市", "海曙区"], agency: "market", kind: "refund", year: 2026, serial: 7 })).toBe("宁波海曙市监责退〔2026〕7号");
    expect(serialNoticeNumber({ place: ["宁波市"], agency: "education", kind: "refund", year: 2027, serial: 12 })).toBe("宁波教责退〔2027〕12号");
  });
});

describe("an order to refund numbered from its authority's series", () => {
  let t: TestDb;
  let officer: Actor;
  let colleague: Actor;
  let cityOfficer: Actor;
  let jiangbei: Actor;
  let operator: Actor;
  let kg: { id: string; region_code: string };
  let jiangbeiKg: { id: string; region_code: string };

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    kg = await createKindergarten(t.db, { name: "海曙春芽幼儿园", region_code: HAISHU });
    jiangbeiKg = await createKindergarten(t.db, { name: "江北晨星幼儿园", region_code: JIANGBEI });
    officer = await createActor(t.db, "officer", { regionCode: HAISHU });
    colleague = await createActor(t.db, "officer", { regionCode: HAISHU });
    cityOfficer = await createActor(t.db, "officer", { regionCode: NINGBO });
    jiangbei = await createActor(t.db, "officer", { regionCode: JIANGBEI });
    operator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  /** A case of the kindergarten being worked by `assignee`. */
  const workedCase = (assignee: Actor, kindergarten = kg) =>
    insertCase(t.db, { kindergartenId: kindergarten.id, regionCode: kindergarten.region_code, severity: "red", dueDate: addDays(DAY0, 21), status: "in_progress", assignedTo: assignee.id, openedAt: T0.toISOString() });
  const version = async (id: string) => String((await t.db.selectFrom("inspection_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version);
  const decide = async (actor: Actor, caseId: string, input: Record<string, string> = REFUND, now = T0) =>
    workCase({ db: t.db, actor, caseId, input: { version: await version(caseId), ...input }, now });
  const numberOf = async (caseId: string) => (await noticeRecord(t.db, caseId))?.detail.noticeNo;
  const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });

  it("draws 1, 2, 3 for one authority's orders of a year, prints the same number again, and keeps it with the decision", async () => {
    const ids = [await workedCase(officer), await workedCase(officer), await workedCase(colleague)];
    for (const id of ids) ok(await decide(id === ids[2] ? colleague : officer, id));
    // Two officers of one district are one authority: one series.
    expect(await Promise.all(ids.map(numberOf))).toEqual(["宁波海曙市监责退〔2026〕1号", "宁波海曙市监责退〔2026〕2号", "宁波海曙市监责退〔2026〕3号"]);

    const first = await officerCaseNotice(t.db, officer, ids[0], "zh-CN");
    expect(first?.notice.number).toBe("宁波海曙市监责退〔2026〕1号");
    // Printed again, by the officer and by the kindergarten, in either language: the same number.
    expect((await officerCaseNotice(t.db, officer, ids[0], "en"))?.translation?.number).toBe("宁波海曙市监责退〔2026〕1号");
    expect((await kindergartenCaseNotice(t.db, operator, ids[0], "zh-CN"))?.notice.number).toBe("宁波海曙市监责退〔2026〕1号");
    expect(JSON.stringify(first?.notice)).not.toContain(ids[0]);
    // On the decision's timeline event and its audit row.
    const event = await t.db.selectFrom("case_events").select("payload").where("case_id", "=", ids[1]).where("kind", "=", "decided").executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toMatchObject({ noticeNo: "宁波海曙市监责退〔2026〕2号" });
    const audit = await t.db.selectFrom("audit_log").select("detail").where("entity_id", "=", ids[1]).where("action", "=", "case.decide").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toMatchObject({ noticeNo: "宁波海曙市监责退〔2026〕2号" });
  });

  it("keeps each authority's own series: another district, the city, and a new year starting again at 1", async () => {
    const other = await workedCase(jiangbei, jiangbeiKg);
    ok(await decide(jiangbei, other));
    expect(await numberOf(other)).toBe("宁波江北市监责退〔2026〕1号");
    const city = await workedCase(cityOfficer);
    ok(await decide(cityOfficer, city));
    expect(await numberOf(city)).toBe("宁波市监责退〔2026〕1号");

    const nextYear = atNoon("2027-01-05");
    const later = await workedCase(officer);
    ok(await decide(officer, later, { ...REFUND, byDate: workingDayOnOrAfter(addDays("2027-01-05", 30)) }, nextYear));
    expect(await numberOf(later)).toBe("宁波海曙市监责退〔2027〕1号");
  });

  it("draws no number for the other notices, which keep the case's own", async () => {
    const id = await workedCase(officer);
    ok(await decide(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate: BY_DATE }));
    expect(await numberOf(id)).toBeUndefined();
    expect(buildCaseNotice((await noticeRecord(t.db, id))!, "zh-CN").number).toBe(`责改〔2026〕${id}号`);
  });

  it("gives every decision its own number when one authority decides many at the same moment", async () => {
    const before = await t.db.selectFrom("notice_number_series").select("last_number").where("issuer_region", "=", HAISHU).where("year", "=", 2026).executeTakeFirstOrThrow();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await workedCase(i % 2 === 0 ? officer : colleague));
    const versions = await Promise.all(ids.map(version));
    const results = await Promise.all(ids.map((caseId, i) => workCase({ db: t.db, actor: i % 2 === 0 ? officer : colleague, caseId, input: { ...REFUND, version: versions[i] }, now: T0 })));
    for (const r of results) ok(r);
    const serials = (await Promise.all(ids.map(numberOf))).map((n) => Number(/〔2026〕(\d+)号$/.exec(n ?? "")?.[1]));
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => before.last_number + 1 + i));
  });

  it("gives the number back when the decision loses a race for its case, and a decision taken anew after a reopening the next one", async () => {
    const id = await workedCase(officer);
    const sent = { ...REFUND, version: await version(id) };
    const [a, b] = await Promise.all([workCase({ db: t.db, actor: officer, caseId: id, input: sent, now: T0 }), workCase({ db: t.db, actor: officer, caseId: id, input: sent, now: T0 })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const won = await numberOf(id);
    const series = async () =>
      (await t.db.selectFrom("notice_number_series").select("last_number").where("issuer_region", "=", HAISHU).where("issuer_agency", "=", "market").where("year", "=", 2026).executeTakeFirstOrThrow()).last_number;
    expect(won).toBe(`宁波海曙市监责退〔2026〕${await series()}号`);

    ok(await decide(officer, id, { intent: "reopen", reason: "复核" }));
    expect(await noticeRecord(t.db, id)).toBeNull();
    ok(await decide(officer, id));
    const again = await numberOf(id);
    expect(again).toBe(`宁波海曙市监责退〔2026〕${await series()}号`);
    expect(again).not.toBe(won);
    // The first notice's number stays on the timeline with the decision it was served with.
    const decided = await t.db.selectFrom("case_events").select("payload").where("case_id", "=", id).where("kind", "=", "decided").orderBy("created_at").orderBy("id").execute();
    expect(decided.map((e) => JSON.parse(e.payload).noticeNo)).toEqual([won, again]);
  });

  it("keeps the number an order to refund was served with before the series (none stored): the case's own", async () => {
    const id = await workedCase(officer);
    ok(await decide(officer, id));
    // As a decision recorded before this change is stored: its detail without a drawn number.
    const row = await t.db.selectFrom("inspection_cases").select("decision_detail").where("id", "=", id).executeTakeFirstOrThrow();
    const { noticeNo: _drawn, ...detail } = JSON.parse(row.decision_detail!) as Record<string, unknown>;
    await t.db.updateTable("inspection_cases").set({ decision_detail: JSON.stringify(detail) }).where("id", "=", id).execute();
    expect((await officerCaseNotice(t.db, officer, id, "zh-CN"))?.notice.number).toBe(`责退〔2026〕${id}号`);
  });
});
