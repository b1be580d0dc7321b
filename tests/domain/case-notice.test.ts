/**
 * The written notice of a case's decision (app/domain/cases/case-notice*.ts): for each kind of decision its title,
 * number, sections and signature, the challenge notice (reconsideration in 60 days, a lawsuit in 6 months) only where
 * the decision burdens the kindergarten; then on the demo data (SQLite and Postgres) the notices of the decisions the
 * demo recorded, built from what the case recorded: the deciding officer's agency and region, the kindergarten's
 * registry record, the flag's words, the penalty's recorded document number; a case from complaints naming no
 * complainant and not the officer's note; nothing for an undecided or reopened case, or another kindergarten's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCaseNotice, type CaseNotice, type CaseNoticeRecord } from "~/domain/cases/case-notice";
import { kindergartenCaseNotice, noticeRecord, officerCaseNotice } from "~/domain/cases/case-notice.server";
import { workCase } from "~/domain/cases/case-work.server";
import type { CaseStatus } from "~/db/schema";
import type { Actor } from "~/domain/users/actor";
import { formatMessage } from "~/rules/explain";
import { caseFlags } from "~/domain/cases/case.queries.server";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import { actorOf } from "../factories/domain";
import { createDemoDb, type TestDb } from "../setup/test-db";

/**
 * A rectification as stored before its kind had a series (no `noticeNo` in its detail): its notice keeps the case-id
 * number it was served with, in the words printed then (不予立案, 检查结果, 移送 …, not the series' codes).
 */
const RECORD: CaseNoticeRecord = {
  caseId: "01JCASE0000000000000000000",
  term: "2026-autumn",
  source: "rule",
  kind: "rectification_ordered",
  basis: "price-law-art39",
  decidedOn: "2026-11-20",
  detail: { byDate: "2026-12-21" },
  authority: { place: "宁波市海曙区", agency: "market" },
  kindergarten: { approvedName: "宁波市海曙区春芽幼儿园", uscc: "52330203MJ0000001X", address: "宁波市海曙区望春街道望春路218号" },
  facts: {
    flags: [
      {
        message: { zh: "保教费 5,200.00 元/月，超过政府指导价上限 4,800.00 元/月。", en: "Care and education fee 5,200.00 yuan a month, above the guidance cap of 4,800.00." },
        legalBasis: [
          { document: "《中华人民共和国价格法》", article: "第三十九条" },
          { document: "《价格违法行为行政处罚规定》", article: "第九条第（一）项" },
        ],
      },
    ],
  },
};

const zh = (record: Partial<CaseNoticeRecord>) => buildCaseNotice({ ...RECORD, ...record }, "zh-CN");
const sectionIds = (n: CaseNotice) => n.sections.map((s) => s.id);
const text = (n: CaseNotice) => [n.authority, n.title, n.number ?? "", ...n.recipient, ...n.sections.flatMap((s) => [s.heading, ...s.paragraphs]), n.date].join("\n");
const section = (n: CaseNotice, id: string) => n.sections.find((s) => s.id === id)?.paragraphs.join("\n") ?? "";

describe("the notice of each kind of decision", () => {
  it("prints the number the decision drew from its authority's series, in either language, for every kind but a penalty", () => {
    const drawn: Array<[Partial<CaseNoticeRecord>, string]> = [
      [{ kind: "no_violation", basis: "procedure-art20", detail: { noticeNo: "宁波海曙市监不立〔2026〕4号" } }, "不予立案告知书"],
      [{ kind: "no_violation", basis: "penalty-law-art57", detail: { noticeNo: "宁波海曙市监检告〔2026〕2号" } }, "检查结果告知书"],
      [{ detail: { byDate: "2026-12-21", noticeNo: "宁波海曙市监责改〔2026〕9号" } }, "责令改正通知书"],
      [{ kind: "referred", basis: "referral", detail: { authority: "宁波市江北区教育局", noticeNo: "宁波海曙市监移〔2026〕1号" } }, "案件移送告知书"],
    ];
    for (const [record, title] of drawn) {
      const n = zh(record);
      expect(n.title).toBe(title);
      expect(n.number).toBe(record.detail!.noticeNo);
      expect(buildCaseNotice({ ...RECORD, ...record }, "en").number).toBe(record.detail!.noticeNo);
    }
  });

  it("orders a rectification by its date, numbered from the case (decided before the series), with the flag's words and how to challenge it", () => {
    const n = zh({});
    expect(n.title).toBe("责令改正通知书");
    expect(n.number).toBe("责改〔2026〕01JCASE0000000000000000000号");
    expect(n.authority).toBe("宁波市海曙区市场监管部门");
    expect(n.recipient).toEqual(["当事人：宁波市海曙区春芽幼儿园", "统一社会信用代码：52330203MJ0000001X", "地址：宁波市海曙区望春街道望春路218号"]);
    expect(sectionIds(n)).toEqual(["facts", "basis", "decision", "remedies"]);
    expect(n.sections.map((s) => s.heading)).toEqual(["一、检查情况", "二、法律依据", "三、处理决定", "救济途径"]);
    expect(section(n, "facts")).toContain("保教费 5,200.00 元/月，超过政府指导价上限 4,800.00 元/月。");
    expect(section(n, "facts")).toContain("《中华人民共和国价格法》第三十九条、《价格违法行为行政处罚规定》第九条第（一）项");
    expect(section(n, "basis")).toBe("本决定依据《中华人民共和国价格法》第三十九条作出。");
    expect(section(n, "decision")).toContain("责令你单位于2026年12月21日前改正上述违法行为");
    expect(section(n, "remedies")).toContain("六十日内");
    expect(section(n, "remedies")).toContain("同级人民政府申请行政复议");
    expect(section(n, "remedies")).toContain("六个月内");
    expect(n.burdening).toBe(true);
    expect(n.date).toBe("2026年11月20日");
    expect(n.dateIso).toBe("2026-11-20");
  });

  it("orders a refund with its amount, families and date", () => {
    const n = zh({ kind: "refund_ordered", basis: "price-penalty-art16", detail: { byDate: "2026-12-21", amountFen: 8_640_000, families: 48 } });
    expect(n.title).toBe("责令退还多收费用通知书");
    expect(n.number).toBe("责退〔2026〕01JCASE0000000000000000000号");
    expect(section(n, "decision")).toContain("于2026年12月21日前将多收的费用共计人民币86,400.00元退还给48户缴费家庭");
    expect(sectionIds(n)).toContain("remedies");
  });

  it("summarises a fine under the recorded document number and its date, never a number of its own", () => {
    const n = zh({
      kind: "penalty",
      basis: "price-penalty-art9",
      detail: { sanction: "fine", amountFen: 5_000_000, article: "art9", documentNo: "甬江市监罚〔2026〕18号", decisionDate: "2026-11-18" },
    });
    expect(n.title).toBe("行政处罚决定书（摘要）");
    expect(n.number).toBe("甬江市监罚〔2026〕18号");
    expect(n.dateIso).toBe("2026-11-18");
    expect(sectionIds(n)).toEqual(["facts", "basis", "decision", "payment", "remedies"]);
    // The article named once, though the basis and the penalty article are the same text.
    expect(section(n, "basis")).toBe("本决定依据《价格违法行为行政处罚规定》第九条作出。");
    expect(section(n, "decision")).toContain("本机关于2026年11月18日作出甬江市监罚〔2026〕18号行政处罚决定");
    expect(section(n, "decision")).toContain("罚款人民币50,000.00元");
    expect(section(n, "payment")).toContain("十五日内");
    expect(section(n, "remedies")).toContain("行政处罚不停止执行");
    expect(text(n)).not.toContain("01JCASE");
  });

  it("summarises a warning under 学前教育法 with the gains confiscated, and one without, with no payment section", () => {
    const warning = zh({ kind: "penalty", basis: "preschool-law-art79", detail: { sanction: "warning", documentNo: "海教罚〔2026〕3号", decisionDate: "2026-11-18" } });
    expect(section(warning, "decision")).toContain("对你单位作出如下行政处罚：警告。");
    expect(sectionIds(warning)).toEqual(["facts", "basis", "decision", "remedies"]);
    const confiscated = zh({ kind: "penalty", basis: "preschool-law-art79", detail: { sanction: "warning", amountFen: 1_250_000, documentNo: "海教罚〔2026〕4号", decisionDate: "2026-11-18" } });
    expect(section(confiscated, "decision")).toContain("警告，没收违法所得人民币12,500.00元");
  });

  it("tells that no case is opened (程序规定 Art. 20), with no challenge notice, the flags as what prompted the check", () => {
    const n = zh({ kind: "no_violation", basis: "procedure-art20", detail: {} });
    expect(n.title).toBe("不予立案告知书");
    expect(n.number).toBe("不予立案〔2026〕01JCASE0000000000000000000号");
    expect(sectionIds(n)).toEqual(["facts", "basis", "decision"]);
    expect(section(n, "facts")).toContain("出现以下提示");
    expect(section(n, "facts")).not.toContain("涉及的规定");
    expect(section(n, "decision")).toBe("经核查，未发现你单位存在违法行为。依据《市场监督管理行政处罚程序规定》第二十条，本机关决定不予立案。");
    expect(n.burdening).toBe(false);
    expect(text(n)).not.toContain("行政复议");
  });

  it("tells a minor violation corrected: no case opened, or on a registered case no penalty (检查结果告知书)", () => {
    const noCase = zh({ kind: "minor_corrected", basis: "procedure-art20", detail: {} });
    expect(noCase.title).toBe("不予立案告知书");
    expect(section(noCase, "decision")).toContain("本机关决定不予立案");
    const noPenalty = zh({ kind: "minor_corrected", basis: "penalty-law-art33", detail: {} });
    expect(noPenalty.title).toBe("检查结果告知书");
    expect(noPenalty.number).toBe("检查结果〔2026〕01JCASE0000000000000000000号");
    expect(section(noPenalty, "decision")).toContain("依据《中华人民共和国行政处罚法》第三十三条第一款，本机关决定不予行政处罚");
    for (const n of [noCase, noPenalty]) expect(sectionIds(n)).not.toContain("remedies");
    const notEstablished = zh({ kind: "no_violation", basis: "penalty-law-art57", detail: {} });
    expect(notEstablished.title).toBe("检查结果告知书");
    expect(section(notEstablished, "decision")).toContain("违法事实不能成立");
  });

  it("tells a referral with the authority referred to, citing no article, with no challenge notice", () => {
    const n = zh({ kind: "referred", basis: "referral", detail: { authority: "宁波市江北区教育局" } });
    expect(n.title).toBe("案件移送告知书");
    expect(n.number).toBe("移送〔2026〕01JCASE0000000000000000000号");
    expect(sectionIds(n)).toEqual(["facts", "decision"]);
    expect(n.sections.map((s) => s.heading)).toEqual(["一、检查情况", "二、处理决定"]);
    expect(section(n, "decision")).toContain("移送宁波市江北区教育局依法处理");
    expect(n.burdening).toBe(false);
  });

  it("words a case from complaints by its item, and a spot check by its draw; leaves out an address the registry lacks", () => {
    const complaint = zh({ source: "complaint", facts: { flags: [], complaintItem: "空调费" }, kindergarten: { ...RECORD.kindergarten, address: null } });
    expect(section(complaint, "facts")).toBe("本机关收到关于你单位“空调费”收费的反映，依法对你单位2026年秋季学期的收费情况进行了核查。");
    expect(complaint.recipient).toHaveLength(2);
    const spot = zh({ source: "spot_check", facts: { flags: [] } });
    expect(section(spot, "facts")).toContain("双随机、一公开");
  });

  it("renders in English as a translation, the document number and the party's name as served", () => {
    const n = buildCaseNotice({ ...RECORD, kind: "refund_ordered", basis: "price-penalty-art16", detail: { byDate: "2026-12-21", amountFen: 100, families: 1 } }, "en");
    expect(n.title).toBe("Order to refund overcharged fees");
    expect(n.number).toBe("责退〔2026〕01JCASE0000000000000000000号");
    expect(n.authority).toBe("Market supervision department, 宁波市海曙区");
    expect(section(n, "facts")).toContain("above the guidance cap");
    expect(section(n, "decision")).toContain("refund by 2026-12-21 the overcharged fees, 1.00 yuan in total, to the 1 family who paid them");
    expect(section(n, "remedies")).toContain("within sixty days");
    expect(n.sections.map((s) => s.heading)[0]).toBe("1. What the inspection found");
  });

  it("names the provisions and the basis in English with the Chinese titles beside them (app/i18n/legal-documents.ts), the articles in English (legal-articles.ts)", () => {
    const n = buildCaseNotice(RECORD, "en");
    expect(section(n, "facts")).toContain(
      "Provisions concerned: Price Law of the PRC (《中华人民共和国价格法》) Art. 39, Provisions on Administrative Penalties for Price Violations (《价格违法行为行政处罚规定》) Art. 9 (1).",
    );
    expect(section(n, "basis")).toBe("This decision rests on Price Law of the PRC (《中华人民共和国价格法》), Art. 39.");
    // The Chinese notice cites as the rules do.
    expect(section(zh({}), "facts")).toContain("《中华人民共和国价格法》第三十九条、《价格违法行为行政处罚规定》第九条第（一）项");
  });
});

describe("the notices of the demo's decisions", () => {
  let t: TestDb;
  const USERS = ["haishu.market", "jiangbei.market", "kg006", "kg002", "kg005", "kg012"] as const;
  const actors = {} as Record<(typeof USERS)[number], Actor>;

  beforeAll(async () => {
    t = await createDemoDb();
    for (const name of USERS) actors[name] = await actorOf(t.db, name);
  }, 60_000);
  afterAll(async () => {
    await t?.destroy();
  });

  const caseOf = async (username: string, rule: string, status: CaseStatus[]) =>
    (
      await t.db
        .selectFrom("inspection_cases as c")
        .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
        .select(["c.id", "c.filing_id", "c.rule_id"])
        .where("u.username", "=", username)
        .where("c.rule_id", "=", rule)
        .where("c.status", "in", status)
        .orderBy("c.opened_at", "desc")
        .executeTakeFirstOrThrow()
    );

  it("a refund order: the deciding officer's authority, the registry's record, the flag's own words", async () => {
    const kase = await caseOf("kg005", "R04", ["decided"]);
    const page = await officerCaseNotice(t.db, actors["haishu.market"], kase.id, "zh-CN");
    expect(page).not.toBeNull();
    const n = page!.notice;
    expect(n.title).toBe("责令退还多收费用通知书");
    // Numbered from the deciding authority's series: the demo's first order to refund of 海曙's market supervision.
    expect(n.number).toBe(`宁波海曙市监责退〔${page!.notice.dateIso.slice(0, 4)}〕1号`);
    expect(n.authority).toBe("宁波市海曙区市场监管部门");
    const kg = await t.db.selectFrom("kindergartens").select(["approved_name", "uscc", "address"]).innerJoin("users", "users.kindergarten_id", "kindergartens.id").where("users.username", "=", "kg005").executeTakeFirstOrThrow();
    expect(n.recipient).toEqual([`当事人：${kg.approved_name}`, `统一社会信用代码：${kg.uscc}`, `地址：${kg.address}`]);
    const [flag] = await caseFlags(t.db, kase.filing_id, kase.rule_id);
    expect(section(n, "facts")).toContain(formatMessage(flag.outcome, "zh"));
    expect(section(n, "decision")).toContain("86,400.00元退还给48户缴费家庭");
    expect(sectionIds(n)).toContain("remedies");
    // The officer's internal note (按上调差额退还 48 户) is no part of what is served.
    expect(text(n)).not.toContain("按上调差额");
    expect(page!.translation).toBeNull();
    // The kindergarten is served the same notice; an English reader is given its translation beside it.
    const own = await kindergartenCaseNotice(t.db, actors.kg005, kase.id, "en");
    expect(own?.notice).toEqual(n);
    expect(own?.translation?.title).toBe("Order to refund overcharged fees");
  });

  it("a penalty: the recorded document number and decision date, another district's authority", async () => {
    const kase = await t.db.selectFrom("inspection_cases").select("id").where("decision_kind", "=", "penalty").executeTakeFirstOrThrow();
    const penalty = (await noticeRecord(t.db, kase.id))!;
    expect(penalty.kind).toBe("penalty");
    const n = buildCaseNotice(penalty, "zh-CN");
    expect(n.number).toBe("甬江市监罚〔2026〕18号");
    expect(n.authority).toBe("宁波市江北区市场监管部门");
    expect(section(n, "decision")).toContain("罚款人民币50,000.00元");
    expect(n.dateIso).toBe(penalty.detail.decisionDate);
    // Outside the reader's scope: nothing, as the case page.
    expect(await officerCaseNotice(t.db, actors["haishu.market"], penalty.caseId, "zh-CN")).toBeNull();
    expect(await kindergartenCaseNotice(t.db, actors.kg006, penalty.caseId, "zh-CN")).toBeNull();
    expect(await officerCaseNotice(t.db, actors["jiangbei.market"], penalty.caseId, "zh-CN")).not.toBeNull();
  });

  it("no violation and a referral: their titles, no challenge notice", async () => {
    const kinds = await t.db.selectFrom("inspection_cases").select(["id", "decision_kind"]).where("decision_kind", "in", ["no_violation", "referred", "minor_corrected"]).execute();
    const titles = new Map<string, string>();
    for (const k of kinds) {
      const record = await noticeRecord(t.db, k.id);
      const n = buildCaseNotice(record!, "zh-CN");
      titles.set(k.decision_kind!, n.title);
      expect(sectionIds(n), k.decision_kind!).not.toContain("remedies");
    }
    expect(Object.fromEntries(titles)).toEqual({ no_violation: "不予立案告知书", referred: "案件移送告知书", minor_corrected: "检查结果告知书" });
  });

  it("a case from complaints names the item, never a complainant, nor the note; not found undecided, reopened or another kindergarten's", async () => {
    const kase = await caseOf("kg006", "COMPLAINT", ["awaiting_answer", "answered", "in_progress"]);
    // Undecided: no notice yet.
    expect(await kindergartenCaseNotice(t.db, actors.kg006, kase.id, "zh-CN")).toBeNull();
    expect(await officerCaseNotice(t.db, actors["haishu.market"], kase.id, "zh-CN")).toBeNull();

    const today = shanghaiDate();
    const { version } = await t.db.selectFrom("inspection_cases").select("version").where("id", "=", kase.id).executeTakeFirstOrThrow();
    const decided = await workCase({
      db: t.db,
      actor: actors["haishu.market"],
      caseId: kase.id,
      input: { intent: "decide", version: String(version), kind: "rectification_ordered", basis: "price-law-art39", byDate: workingDayOnOrAfter(addDays(today, 20)), note: "举报人褚先生（13805740012）反映属实" },
    });
    expect(decided, JSON.stringify(decided)).toMatchObject({ ok: true });

    const page = await kindergartenCaseNotice(t.db, actors.kg006, kase.id, "en");
    expect(page).not.toBeNull();
    const served = JSON.stringify(page);
    expect(section(page!.notice, "facts")).toContain("空调费");
    const contacts = await t.db
      .selectFrom("complaints")
      .select(["contact_name", "contact_phone", "contact_address"])
      .where("case_id", "=", kase.id)
      .execute();
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) for (const value of [c.contact_name, c.contact_phone, c.contact_address]) if (value) expect(served).not.toContain(value);
    for (const words of ["褚", "卫女士", "13805740012", "13805740013", "举报人", "反映属实"]) expect(served).not.toContain(words);
    // The complaints themselves are not counted or named either.
    for (const id of await t.db.selectFrom("complaints").select("id").where("case_id", "=", kase.id).execute()) expect(served).not.toContain(id.id);
    expect(page!.notice.title).toBe("责令改正通知书");

    // Another kindergarten's operator: nothing.
    expect(await kindergartenCaseNotice(t.db, actors.kg002, kase.id, "zh-CN")).toBeNull();

    // Reopened, the decision is withdrawn: no notice.
    const after = await t.db.selectFrom("inspection_cases").select("version").where("id", "=", kase.id).executeTakeFirstOrThrow();
    const reopened = await workCase({ db: t.db, actor: actors["haishu.market"], caseId: kase.id, input: { intent: "reopen", version: String(after.version), reason: "复核" } });
    expect(reopened).toMatchObject({ ok: true });
    expect(await kindergartenCaseNotice(t.db, actors.kg006, kase.id, "zh-CN")).toBeNull();
  });
});
