/**
 * The number of every written notice but a penalty's (不予立案告知书, 检查结果告知书, 责令改正通知书, 责令退还多收费用通知书,
 * 案件移送告知书): drawn once, with the decision, from the deciding authority's own series of that kind of notice (its
 * region and agency, the kind, the year): 宁波海曙市监责退〔2026〕1号, 2号 …, 宁波海曙市监责改〔2026〕1号 …; kept, so the
 * notice printed again shows the same number; never the same number twice, also when decisions of one authority are
 * taken at the same moment (SQLite and Postgres); a decision that loses a race gives its number back; a decision taken
 * anew after a reopening is a new notice with the next number. A penalty keeps the number the officer recorded; a
 * decision taken before its kind had a series keeps the case-id number it was served with. Nothing of the party in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCaseNotice, NOTICE_KINDS, SERIAL_NOTICE_KINDS, serialNoticeNumber, shortPlaceName } from "~/domain/cases/case-notice";
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
const RECTIFICATION = { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate: BY_DATE };
const NO_CASE = { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "经核查未见违法" };
/** On a registered case. */
const INSPECTION_RESULT = { intent: "decide", kind: "no_violation", basis: "penalty-law-art57", note: "违法事实不能成立" };
const REFERRAL = { intent: "decide", kind: "referred", basis: "referral", authority: "宁波市海曙区教育局" };

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

  it("numbers every notice but a penalty's, each kind under its own short code (机关代字 then 文种代字)", () => {
    expect([...SERIAL_NOTICE_KINDS].sort()).toEqual(NOTICE_KINDS.filter((k) => k !== "penalty").sort());
    const numbers = SERIAL_NOTICE_KINDS.map((kind) => serialNoticeNumber({ place: ["宁波市", "海曙区"], agency: "market", kind, year: 2026, serial: 1 }));
    expect(Object.fromEntries(SERIAL_NOTICE_KINDS.map((kind, i) => [kind, numbers[i]]))).toEqual({
      no_case: "宁波海曙市监不立〔2026〕1号",
      inspection_result: "宁波海曙市监检告〔2026〕1号",
      rectification: "宁波海曙市监责改〔2026〕1号",
      refund: "宁波海曙市监责退〔2026〕1号",
      referral: "宁波海曙市监移〔2026〕1号",
    });
    // One authority's first notice of each kind: five different numbers.
    expect(new Set(numbers).size).toBe(SERIAL_NOTICE_KINDS.length);
  });
});

describe("a notice numbered from its authority's series", () => {
  let t: TestDb;
  let officer: Actor;
  let colleague: Actor;
  let cityOfficer: Actor;
  let jiangbei: Actor;
  let education: Actor;
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
    education = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education" });
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
  /** The last number given in 海曙's market supervision's series of `kind` notices of 2026 (0 before the first). */
  const lastNumber = async (kind: string) =>
    (
      await t.db
        .selectFrom("notice_number_series")
        .select("last_number")
        .where("issuer_region", "=", HAISHU)
        .where("issuer_agency", "=", "market")
        .where("notice_kind", "=", kind)
        .where("year", "=", 2026)
        .executeTakeFirst()
    )?.last_number ?? 0;

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

  it("draws every other notice's number from the authority's own series of its kind, each from 1, and prints it", async () => {
    const refunds = await lastNumber("refund");
    const decided: Array<[string, string]> = [];
    const decideNew = async (actor: Actor, input: Record<string, string>, registered = false) => {
      const id = await workedCase(actor);
      if (registered) ok(await decide(actor, id, { intent: "register" }));
      ok(await decide(actor, id, input));
      decided.push([id, (await numberOf(id))!]);
    };
    // 不予立案告知书: no violation, and a minor one corrected, both under 程序规定 Art. 20: one notice kind, one series.
    await decideNew(officer, NO_CASE);
    await decideNew(colleague, { intent: "decide", kind: "minor_corrected", basis: "procedure-art20", note: "当日已改正" });
    // 检查结果告知书: on a registered case the facts not established (Art. 57), or a first minor violation (Art. 33).
    await decideNew(officer, INSPECTION_RESULT, true);
    await decideNew(officer, { intent: "decide", kind: "minor_corrected", basis: "penalty-law-art33", note: "首次违法，已改正" });
    await decideNew(officer, RECTIFICATION);
    await decideNew(colleague, RECTIFICATION);
    await decideNew(officer, REFERRAL);
    // The district's education department is another authority: its own series.
    await decideNew(education, { intent: "decide", kind: "rectification_ordered", basis: "preschool-law-art79", byDate: BY_DATE });
    expect(decided.map(([, n]) => n)).toEqual([
      "宁波海曙市监不立〔2026〕1号",
      "宁波海曙市监不立〔2026〕2号",
      "宁波海曙市监检告〔2026〕1号",
      "宁波海曙市监检告〔2026〕2号",
      "宁波海曙市监责改〔2026〕1号",
      "宁波海曙市监责改〔2026〕2号",
      "宁波海曙市监移〔2026〕1号",
      "宁波海曙教责改〔2026〕1号",
    ]);
    // The orders to refund's series went on untouched.
    expect(await lastNumber("refund")).toBe(refunds);

    for (const [id, number] of decided) {
      // The notice, as both sides print it, in either language; the timeline event and the audit row keep it too.
      const reader = id === decided[7][0] ? education : officer;
      expect((await officerCaseNotice(t.db, reader, id, "zh-CN"))?.notice.number).toBe(number);
      expect((await officerCaseNotice(t.db, reader, id, "en"))?.translation?.number).toBe(number);
      expect((await kindergartenCaseNotice(t.db, operator, id, "zh-CN"))?.notice.number).toBe(number);
      const event = await t.db.selectFrom("case_events").select("payload").where("case_id", "=", id).where("kind", "=", "decided").executeTakeFirstOrThrow();
      expect(JSON.parse(event.payload)).toMatchObject({ noticeNo: number });
      const audit = await t.db.selectFrom("audit_log").select("detail").where("entity_id", "=", id).where("action", "=", "case.decide").executeTakeFirstOrThrow();
      expect(JSON.parse(audit.detail!)).toMatchObject({ noticeNo: number });
    }
  });

  it("draws nothing for a penalty, which keeps the document number the officer recorded", async () => {
    const id = await workedCase(officer);
    ok(await decide(officer, id, { intent: "register" }));
    ok(await decide(officer, id, { intent: "decide", kind: "penalty", basis: "price-penalty-art9", article: "art9", amount: "50000", documentNo: "甬海市监罚〔2026〕9号", decisionDate: DAY0 }));
    expect(await numberOf(id)).toBeUndefined();
    expect((await officerCaseNotice(t.db, officer, id, "zh-CN"))?.notice.number).toBe("甬海市监罚〔2026〕9号");
    expect(await t.db.selectFrom("notice_number_series").select("notice_kind").where("notice_kind", "=", "penalty").execute()).toEqual([]);
  });

  it("gives every decision its own number when one authority decides many at the same moment", async () => {
    const before = await lastNumber("refund");
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await workedCase(i % 2 === 0 ? officer : colleague));
    const versions = await Promise.all(ids.map(version));
    const results = await Promise.all(ids.map((caseId, i) => workCase({ db: t.db, actor: i % 2 === 0 ? officer : colleague, caseId, input: { ...REFUND, version: versions[i] }, now: T0 })));
    for (const r of results) ok(r);
    const serials = (await Promise.all(ids.map(numberOf))).map((n) => Number(/〔2026〕(\d+)号$/.exec(n ?? "")?.[1]));
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
  });

  it("keeps each kind's series whole when the authority decides notices of several kinds at the same moment", async () => {
    const kinds = [REFUND, RECTIFICATION, NO_CASE, REFERRAL] as const;
    const series = ["责退", "责改", "不立", "移"];
    const before = await Promise.all((["refund", "rectification", "no_case", "referral"] as const).map(lastNumber));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await workedCase(i % 2 === 0 ? officer : colleague));
    const versions = await Promise.all(ids.map(version));
    const results = await Promise.all(ids.map((caseId, i) => workCase({ db: t.db, actor: i % 2 === 0 ? officer : colleague, caseId, input: { ...kinds[i % 4], version: versions[i] }, now: T0 })));
    for (const r of results) ok(r);
    const numbers = await Promise.all(ids.map(numberOf));
    series.forEach((code, k) => {
      const serials = numbers.filter((_, i) => i % 4 === k).map((n) => Number(new RegExp(`^宁波海曙市监${code}〔2026〕(\\d+)号$`).exec(n ?? "")?.[1]));
      expect([...serials].sort((a, b) => a - b), code).toEqual([before[k] + 1, before[k] + 2, before[k] + 3]);
    });
  });

  it("gives the number back when the decision loses a race for its case, and a decision taken anew after a reopening the next one", async () => {
    const id = await workedCase(officer);
    const sent = { ...REFUND, version: await version(id) };
    const [a, b] = await Promise.all([workCase({ db: t.db, actor: officer, caseId: id, input: sent, now: T0 }), workCase({ db: t.db, actor: officer, caseId: id, input: sent, now: T0 })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const won = await numberOf(id);
    const series = () => lastNumber("refund");
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

  // The words each case-id number was printed with (not the series' codes: 不予立案, not 不立).
  it.each([
    ["an order to refund", REFUND, "责退"],
    ["an order to rectify", RECTIFICATION, "责改"],
    ["a notice that no case is opened", NO_CASE, "不予立案"],
    ["a notice of the inspection's result", INSPECTION_RESULT, "检查结果"],
    ["a notice of referral", REFERRAL, "移送"],
  ] as const)("keeps the number %s was served with before its series (none stored): the case's own", async (_, input, words) => {
    const id = await workedCase(officer);
    if (input === INSPECTION_RESULT) ok(await decide(officer, id, { intent: "register" }));
    ok(await decide(officer, id, input));
    // As a decision recorded before its kind had a series is stored: its detail without a drawn number.
    const row = await t.db.selectFrom("inspection_cases").select("decision_detail").where("id", "=", id).executeTakeFirstOrThrow();
    const { noticeNo: _drawn, ...detail } = JSON.parse(row.decision_detail!) as Record<string, unknown>;
    await t.db.updateTable("inspection_cases").set({ decision_detail: JSON.stringify(detail) }).where("id", "=", id).execute();
    expect((await officerCaseNotice(t.db, officer, id, "zh-CN"))?.notice.number).toBe(`${words}〔2026〕${id}号`);
    expect(buildCaseNotice((await noticeRecord(t.db, id))!, "en").number).toBe(`${words}〔2026〕${id}号`);
  });
});
