/**
 * A flag as the kindergarten's bookkeeper reads it (app/components/flag-explanation.tsx, rendered on the
 * server as the filing page renders it): the badge named by its colour, R05 for a for-profit kindergarten
 * without guidance-price words and with its 执行日期 once, each condition a sentence, R02's keywords in brief
 * with advice, and the English counts agreeing; R15's spending by kind, each amount beside its kind; the
 * English page's lists separated as English separates them; R03's advice as the kindergarten and as an officer read it,
 * and none for a rule that did not fire; R04's thresholds as the alternatives they are (满足以下任一条件：), in both
 * languages, and a flag stored without its rule's tree as the list it was; every rule with alternatives (filing, account,
 * complaint and meal-fund rules), each group's result naming the alternative that held and each condition that did not
 * hold saying what it asks for (R11's "填报了退费办法" alternative, R09's account status in English).
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderPageHtml } from "../setup/render-page";
import { FlagExplanation, type EvidenceItems, type FlagAudience, type AdviceRemedy } from "~/components/flag-explanation";
import type { AccountStatus } from "~/db/schema";
import type { Lang } from "~/i18n";
import type { RuleOutcome } from "~/rules/types";
import type { ComplaintFacts, MealFundFacts } from "~/rules/types";
import { outcomeFromStored, serializeExplanation } from "~/rules/explain";
import { account, agency, APPROVED_NAME, filing, guidance, item, outcomeOf, realEngine, realRuleSet, service } from "../rules/fixtures";

function render(outcome: RuleOutcome, lang: Lang, audience: FlagAudience = "kindergarten", more: { remedy?: AdviceRemedy; items?: EvidenceItems } = {}): string {
  return renderPageHtml(() => createElement(FlagExplanation, { outcome, audience, ...more }), {}, { lang });
}

/** The text of the page, tags as separators. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
const cells = (html: string, col: string) => [...html.matchAll(new RegExp(`<td[^>]*data-col="${col}"[^>]*>(.*?)</td>`, "g"))].map((m) => textOf(m[1]).trim());

describe("a flag's explanation", () => {
  it("R05 for a for-profit kindergarten: no guidance-price words, 执行日期 once, the month by name, sentences, 黄色预警", async () => {
    const o = await outcomeOf("R05", filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 110_000 })], previousItems: [item()] }));
    const html = render(o, "zh-CN");
    const text = textOf(html);
    expect(text).not.toMatch(/指导价/);
    expect(text.match(/执行日期/g)).toHaveLength(1);
    expect(text).toContain("执行月份 10月");
    expect(html).toMatch(/<span class="badge amber">黄色预警<\/span>/);
    expect(cells(html, "condition")).toEqual([
      "办园性质：营利性民办，属于适用的办园性质（普惠性民办、非营利性民办、营利性民办）",
      "本次上调了保教费、住宿费或保育费：是",
      // The two reasons R05 fires for are alternatives: the first not holding is no failure of the rule.
      "满足以下任一条件：",
      "（1）12 个月内上调次数：1，未超过 12 个月内允许的上调次数 1",
      "（2）执行月份：10月，不属于允许上调生效的月份（8月、9月）",
    ]);
    // The group says which alternative held: the month, not the count.
    expect(cells(html, "result")).toEqual(["符合", "符合", "符合（第 2 项）", "不符合", "符合"]);
    const en = textOf(render(o, "en"));
    expect(en).toContain("There is 1 increase in the 12 months");
    expect(en).toContain("Amber");
    expect(en).not.toMatch(/\(s\)|guided|guidance/i);
  });

  it("a rule version without parameters says so after its version, not a lone dash (A01 第3版 —)", async () => {
    const o = await outcomeOf("R05", filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 110_000 })], previousItems: [item()] }));
    const bare = { ...o, params: {} };
    // The pair the version heads: <dt>R05 第N版</dt><dd>…</dd>.
    const versionPair = (html: string) => textOf(html.match(/<dt>R05 [^<]*<\/dt>\s*(?:<!--[^>]*-->)?\s*<dd[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? "").trim();
    expect(versionPair(render(bare, "zh-CN"))).toBe("无可调参数");
    expect(versionPair(render(bare, "en"))).toBe("No tunable parameters");
    // A version with parameters still lists them.
    expect(versionPair(render(o, "zh-CN"))).toContain("允许上调生效的月份");
  });

  it("R13: two tables that say which items they list, conditions as sentences", async () => {
    const o = await outcomeOf("R13", filing("forprofit_private", { items: [item(), service({ voluntary: false, bundled: true })] }));
    const html = render(o, "zh-CN");
    expect(html).toContain("<caption>未由家长自愿选择的项目</caption>");
    expect(html).toContain("<caption>与保教费捆绑收取的项目</caption>");
    expect(html).toMatch(/<span class="badge red">红色预警<\/span>/);
    // The alternative that did not hold says what it asks for, then what this filing has.
    expect(cells(html, "condition")).toContain("（3）非自愿收费的预警级别为“红色预警”；实际：黄色预警");
    expect(textOf(html)).not.toMatch(/serviceItems|严重|提示/);
  });

  it("R02: the keyword that matched, what to do, and the rule's 57 keywords in brief", async () => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [item(), service({ name: "英语兴趣班" })] }));
    const keywords = o.params.keywords as string[];
    const text = textOf(render(o, "zh-CN"));
    expect(text).toContain("英语兴趣班 兴趣班");
    expect(text).toContain("怎么办");
    expect(text).toContain("请从收费标准中删除");
    expect(text).toContain(`禁止收费的关键词 ${keywords.slice(0, 3).join("、")} 等 ${keywords.length} 个`);
    // Keywords that neither matched nor are named by the advice are not printed.
    for (const keyword of ["跆拳道班", "珠心算", "第三方机构", "家长委员会"]) {
      expect(keywords).toContain(keyword);
      expect(text).not.toContain(keyword);
    }
    const en = textOf(render(o, "en"));
    expect(en).toContain("1 fee item has a prohibited keyword (兴趣班) in its name or description");
    expect(en).toContain(`and ${keywords.length - 3} more`);
  });

  it("R03's advice: 怎么办 to the kindergarten, the portal's words to it on an officer's page, none when it did not fire", async () => {
    const guidancePrices = [guidance()];
    const over = await outcomeOf("R03", filing("inclusive_private", { items: [item({ amountFen: 120_000 })], guidancePrices }));
    expect(over.fired).toBe(true);
    const advice = (html: string) => textOf(html.match(/<p class="flag-advice"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "").trim();
    expect(advice(render(over, "zh-CN"))).toMatch(/^怎么办\s*：\s*请把这些项目的金额降到“上限”以内.*“更正本次备案”.*超出部分应当退还家长/);
    expect(advice(render(over, "en"))).toMatch(/^What to do\s*:\s*Lower these items to within the “Cap”.*“Correct this filing”/);
    expect(advice(render(over, "zh-CN", "officer"))).toMatch(/^平台给幼儿园的提示\s*：\s*请把这些项目的金额降到/);
    expect(advice(render(over, "en", "officer"))).toMatch(/^What the portal tells the kindergarten\s*:\s*Lower these items/);
    const within = await outcomeOf("R03", filing("inclusive_private", { items: [item({ amountFen: 100_000 })], guidancePrices }));
    expect(within.fired).toBe(false);
    expect(render(within, "zh-CN")).not.toContain("flag-advice");
  });

  it("A01's advice names the button the account page then shows: 重新备案 after a return or a withdrawal, 备案新账户 after an approval", async () => {
    const [a01] = (
      await realEngine().evaluateAccount({
        kindergarten: { id: "kg", approvedName: APPROVED_NAME, nature: "nonprofit_private", regionCode: "330203" },
        evaluatedOn: "2026-11-30",
        account: account({ accountName: "阳光教育咨询有限公司" }),
        mismatchChecks: { windowDays: 30, count: 0, distinctAccounts: 0 },
      })
    ).filter((o) => o.ruleId === "A01");
    expect(a01.fired).toBe(true);
    const advice = (status: AccountStatus | undefined, lang: Lang = "zh-CN") =>
      textOf(renderPageHtml(() => createElement(FlagExplanation, { outcome: a01, audience: "kindergarten", accountStatus: status }), {}, { lang }).match(/<p class="flag-advice"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "");
    for (const status of ["returned", "withdrawn", "pending"] as const) {
      expect(advice(status), status).toContain("以核准名称开立账户，再点“重新备案”");
      expect(advice(status), status).not.toContain("备案新账户");
    }
    expect(advice("approved")).toContain("以核准名称开立账户，再点“备案新账户”");
    expect(advice("returned", "en")).toContain("first, then “File again”");
    expect(advice("approved", "en")).toContain("first, then “File a new account”");
  });

  it("R03's advice on a filing whose term has begun: the next term's filing and the notice, not 更正本次备案", async () => {
    const over = await outcomeOf("R03", filing("inclusive_private", { items: [item({ amountFen: 120_000 })], guidancePrices: [guidance()] }));
    const advice = (html: string) => textOf(html.match(/<p class="flag-advice"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "").trim();
    const zh = advice(render(over, "zh-CN", "kindergarten", { remedy: "nextTerm" }));
    expect(zh).toMatch(/^怎么办\s*：\s*请把这些项目的金额降到“上限”以内.*本学期已经开始，本次备案不能再更正.*“填报新学期收费标准”.*“提交情况说明”.*超出部分应当退还家长/);
    expect(zh).not.toContain("更正本次备案");
    const en = advice(render(over, "en", "officer", { remedy: "nextTerm" }));
    expect(en).toMatch(/^What the portal tells the kindergarten\s*:\s*Lower .*this term has begun.*“File next term's fee schedule”.*“Send an explanation”/);
    expect(en).not.toContain("Correct this filing");
    // A term ahead: the page's own button.
    expect(advice(render(over, "zh-CN", "kindergarten", { remedy: "correct" }))).toContain("改好后提交更正（备案页的“更正本次备案”）");
    // The filing form's pre-check: nothing filed yet, so the form is changed and checked again.
    const precheck = advice(render(over, "zh-CN", "kindergarten", { remedy: "precheck" }));
    expect(precheck).toContain("在本页表单中改好后再点“预检查（不提交）”，无误后点“提交备案”");
    expect(precheck).not.toContain("更正本次备案");
    expect(advice(render(over, "en", "kindergarten", { remedy: "precheck" }))).toContain("press “Pre-check (does not submit)” again");
  });

  it("the evidence's item in English by the catalogue's name of its code, or of the one filed item of its name; else as filed", async () => {
    const over = await outcomeOf("R03", filing("inclusive_private", { items: [item({ amountFen: 120_000 })], guidancePrices: [guidance()] }));
    const items: EvidenceItems = [{ code: "CARE_EDU", name: "保教费", name_en: "Care and education fee" }];
    expect(cells(render(over, "en", "kindergarten", { items }), "name")).toEqual(["Care and education fee"]);
    expect(cells(render(over, "zh-CN", "kindergarten", { items }), "name")).toEqual(["保教费"]);
    // No items to name it by: the filed name.
    expect(cells(render(over, "en"), "name")).toEqual(["保教费"]);
    // Stored without a code (an old explanation): the filed item of that name, when there is one catalogue item of it.
    const rows = over.details.overCapItems as Array<Record<string, unknown>>;
    const codeless = { ...over, details: { ...over.details, overCapItems: rows.map(({ code: _code, ...row }) => row) } };
    expect(cells(render(codeless, "en", "kindergarten", { items }), "name")).toEqual(["Care and education fee"]);
    const twoNames: EvidenceItems = [...items, { code: "CARE_EDU_X", name: "保教费", name_en: "Another fee" }];
    expect(cells(render(codeless, "en", "kindergarten", { items: twoNames }), "name")).toEqual(["保教费"]);
    // A code the filing has not: the filed name, never another item's.
    const otherCode = { ...over, details: { ...over.details, overCapItems: rows.map((row) => ({ ...row, code: "GONE" })) } };
    expect(cells(render(otherCode, "en", "kindergarten", { items }), "name")).toEqual(["保教费"]);
  });

  it("the message names a catalogue item in English as the evidence does; an item no catalogue entry names stays as filed", async () => {
    const raised = await outcomeOf("R05", filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 110_000 })], previousItems: [item()] }));
    const checkup = agency({ code: "AGY_CHECKUP", name: "体检费", amountFen: 12_000, costFen: 10_000 });
    const markedUp = await outcomeOf("R14", filing("forprofit_private", { items: [item(), checkup] }));
    const items: EvidenceItems = [
      { code: "CARE_EDU", name: "保教费", name_en: "Care and education fee" },
      { code: "AGY_CHECKUP", name: "体检费", name_en: "Health check fee" },
    ];
    const message = (o: RuleOutcome, lang: Lang, given?: EvidenceItems) => textOf(/<\/h3>\s*<p>([\s\S]*?)<\/p>/.exec(render(o, lang, "kindergarten", { items: given }))?.[1] ?? "").trim();
    // It read "This filing raises 保教费" above an evidence table saying "Care and education fee".
    expect(message(raised, "en", items)).toMatch(/^This filing raises Care and education fee\./);
    expect(cells(render(raised, "en", "kindergarten", { items }), "name")[0]).toBe("Care and education fee");
    expect(message(markedUp, "en", items)).toContain("(Health check fee)");
    // Chinese keeps the filed name; without the filing's items (or an item the filing has not) the filed name stands.
    expect(message(raised, "zh-CN", items)).toContain("保教费");
    expect(message(markedUp, "en")).toContain("(体检费)");
    expect(message(markedUp, "en", [items[0]])).toContain("(体检费)");
  });

  it("R15: the month's spending by kind, each amount beside its kind, under a caption that says what it lists", async () => {
    const facts: MealFundFacts = {
      kindergarten: { id: "kg", nature: "forprofit_private", regionCode: "330203" },
      month: "2026-10",
      evaluatedOn: "2026-12-05",
      account: {
        revision: 1,
        filedOn: "2026-12-05",
        incomeFen: 5_200_000,
        spending: [
          { kind: "food", amountFen: 4_500_000 },
          { kind: "fuel", amountFen: 120_000 },
          { kind: "utensils", amountFen: 30_000 },
          { kind: "other", amountFen: 0 },
        ],
        childCount: 120,
        mealDays: 21,
      },
      previousMonths: [],
    };
    const o = (await realEngine().evaluateMealFund(facts)).find((x) => x.ruleId === "R15")!;
    expect(o.fired).toBe(true);
    const html = render(o, "zh-CN");
    expect(html).toContain("<caption>当月伙食费支出（按类别）</caption>");
    expect(cells(html, "kind")).toEqual(["主副食品采购", "燃料", "炊事用品", "其他"]);
    expect(cells(html, "amountFen")).toEqual(["45,000.00 元", "1,200.00 元", "300.00 元", "0.00 元"]);
    const en = render(o, "en");
    expect(en).toContain("<caption>Spending of the month by kind</caption>");
    expect(cells(en, "kind")).toEqual(["Food purchases", "Fuel", "Kitchen supplies", "Other"]);
    // The params the rule ran with, in English, separated as English separates them (not by a Chinese "；").
    const enText = textOf(en);
    expect(enText).toContain("Due day of the next month 15; ");
    expect(enText).not.toContain("；");
  });

  it("R04: the thresholds as alternatives under 满足以下任一条件：, numbered and indented, in Chinese and English", async () => {
    const o = await outcomeOf("R04", filing("forprofit_private", { effectiveFrom: "2026-09-01", items: [item({ amountFen: 112_500 })], previousItems: [item()] }));
    const zh = render(o, "zh-CN");
    expect(cells(zh, "condition")).toEqual([
      "办园性质：营利性民办",
      "已有上一次备案：是",
      "满足以下任一条件：",
      "（1）最高涨幅：12.5%，达到黄色预警阈值 10%",
      "（2）最高涨幅：12.5%，未达到红色预警阈值 20%",
    ]);
    expect(cells(zh, "result")).toEqual(["符合", "符合", "符合（第 1 项）", "符合", "不符合"]);
    expect([...zh.matchAll(/<tr data-result="(\w+)" data-depth="(\d)"/g)].map((m) => `${m[2]}:${m[1]}`)).toEqual(["0:met", "0:met", "0:met", "1:met", "1:notMet"]);
    // The message names the thresholds as the conditions and params do (R04 v5).
    expect(textOf(zh)).toContain("（黄色预警阈值 10%，红色预警阈值 20%）");
    const en = render(o, "en");
    expect(cells(en, "condition")).toEqual([
      "Kindergarten type: For-profit private",
      "Has a previous filing: yes",
      "Any one of the following:",
      "(1) Largest increase: 12.5%, at or above 10% (amber threshold)",
      "(2) Largest increase: 12.5%, below 20% (red threshold)",
    ]);
    expect(textOf(en)).toContain("(amber threshold 10%, red threshold 20%)");
  });

  it("a flag stored under R04 v4 reads in v4's words; without its rule's tree its conditions are the list they were", async () => {
    const o = await outcomeOf("R04", filing("forprofit_private", { effectiveFrom: "2026-09-01", items: [item({ amountFen: 112_500 })], previousItems: [item()] }));
    const v4Message = {
      zh: "{increasedItems|count} 项收费较上次备案上涨 {amberBp|percent} 及以上，最高涨幅 {maxIncreaseBp|percent}（黄色提示阈值 {amberBp|percent}，红色预警阈值 {redBp|percent}）。",
      en: "{increasedItems|count} fee item(s) rose by {amberBp|percent} or more since the previous filing; the largest increase is {maxIncreaseBp|percent} (amber at {amberBp|percent}, red at {redBp|percent}).",
    };
    const stored = outcomeFromStored(
      { ruleId: "R04", version: 4, fired: true, severity: "amber", explanation: serializeExplanation(o) },
      { title: o.title, message: v4Message, legalBasis: o.legalBasis },
    );
    const html = render(stored, "zh-CN");
    expect(textOf(html)).toContain("（黄色提示阈值 10%，红色预警阈值 20%）");
    expect(textOf(html)).toContain("R04 第4版");
    expect(cells(html, "condition")).toEqual([
      "办园性质：营利性民办",
      "已有上一次备案：是",
      "最高涨幅：12.5%，达到黄色预警阈值 10%",
      "最高涨幅：12.5%，未达到红色预警阈值 20%",
    ]);
    // With its version's tree recorded (rule_texts.condition_tree), the same stored flag reads as the rule combines.
    const withTree = outcomeFromStored(
      { ruleId: "R04", version: 4, fired: true, severity: "amber", explanation: serializeExplanation(o) },
      { title: o.title, message: v4Message, legalBasis: o.legalBasis, conditionTree: o.conditionTree },
    );
    expect(cells(render(withTree, "zh-CN"), "condition")).toContain("满足以下任一条件：");
  });
});

/** A tree's groups of alternatives (any) and negations (not). */
const hasGroups = (tree: RuleOutcome["conditionTree"]): boolean =>
  tree !== undefined && typeof tree !== "string" && ("any" in tree || "not" in tree || tree.all.some(hasGroups));

/** One outcome of every rule whose conditions have alternatives, for each target, in the states worth reading. */
async function groupedOutcomes(): Promise<Array<{ label: string; outcome: RuleOutcome }>> {
  const engine = realEngine();
  const filings = {
    refundsFiled: filing("forprofit_private"),
    noRefundRules: filing("forprofit_private", { refundSchedule: null }),
    nonprofitNoAccount: filing("nonprofit_private", { account: null }),
    nameMismatch: filing("forprofit_private", { account: account({ accountName: "阳光教育咨询有限公司" }) }),
    pendingReview: filing("forprofit_private", {
      account: null,
      pendingAccount: { bankName: "中国工商银行", accountName: APPROVED_NAME, submittedOn: "2025-08-20", requestedFrom: "2025-09-01" },
    }),
    increase: filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 125_000 })], previousItems: [item()] }),
    serviceBundled: filing("forprofit_private", { items: [item(), service({ voluntary: false, bundled: true })], filing: { refundRules: "" } }),
  };
  const out: Array<{ label: string; outcome: RuleOutcome }> = [];
  for (const [label, facts] of Object.entries(filings)) for (const o of await engine.evaluateFiling(facts)) out.push({ label, outcome: o });
  const accountOutcomes = await engine.evaluateAccount({
    kindergarten: { id: "kg", approvedName: APPROVED_NAME, nature: "nonprofit_private", regionCode: "330203" },
    evaluatedOn: "2026-11-30",
    account: { ...account(), accountNumber: "39012001040012345" },
    mismatchChecks: { windowDays: 30, count: 4, distinctAccounts: 2 },
  });
  for (const o of accountOutcomes) out.push({ label: "mismatchChecks", outcome: o });
  const complaint = (kind: string, more: Partial<ComplaintFacts["complaint"]> = {}): ComplaintFacts => {
    const c: ComplaintFacts["complaint"] = {
      id: "c-this",
      track: "complaint",
      kind,
      receivedOn: "2026-11-30",
      paidOn: "2026-09-05",
      learnedOn: "2026-09-05",
      accountPaidInto: null,
      items: [{ name: "保教费", amountFen: 120_000, unit: "month" }],
      refundClaims: [],
      ...more,
    };
    return {
      kindergarten: { id: "kg", approvedName: APPROVED_NAME, nature: "forprofit_private", regionCode: "330203" },
      complaint: c,
      comparedOn: c.paidOn ?? c.receivedOn,
      schedule: { filingId: "f1", term: "2026-autumn", version: 2, effectiveFrom: "2026-09-01", items: [item()], refundSchedule: null },
      provincialRefundTable: realRuleSet().find((d) => d.id === "R11")!.params.refundTable.default as Record<string, string[]>,
      account: account(),
      prohibitedKeywords: [],
      relatedComplaints: [{ id: c.id, receivedOn: c.receivedOn, itemNames: c.items.map((i) => i.name), contactKey: "me" }],
    };
  };
  for (const facts of [complaint("above_filed"), complaint("other_account", { accountPaidInto: "6222020000000000000" }), complaint("refund")]) {
    for (const o of await engine.evaluateComplaint(facts)) out.push({ label: facts.complaint.kind, outcome: o });
  }
  const meal: MealFundFacts = {
    kindergarten: { id: "kg", nature: "inclusive_private", regionCode: "330203" },
    month: "2026-10",
    evaluatedOn: "2026-12-05",
    account: { revision: 1, filedOn: "2026-11-20", incomeFen: 1_000_000, spending: [{ kind: "food", amountFen: 990_000 }], childCount: 120, mealDays: 21 },
    previousMonths: [],
  };
  for (const o of await engine.evaluateMealFund(meal)) out.push({ label: "mealLate", outcome: o });
  return out.filter(({ outcome }) => hasGroups(outcome.conditionTree));
}

/** The rows of 规则如何判断: depth, words, result in words, result code. */
function conditionRows(html: string) {
  const table = html.slice(html.indexOf('data-testid="flag-conditions"'));
  return [...table.slice(0, table.indexOf("</table>")).matchAll(/<tr data-result="(\w+)" data-depth="(\d)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
    result: m[1],
    depth: Number(m[2]),
    words: cells(m[3], "condition")[0],
    says: cells(m[3], "result")[0],
  }));
}

describe("规则如何判断: groups of alternatives", () => {
  it("every rule whose conditions are alternatives: a heading per group naming the alternative that held, and each leaf saying what it asks for", async () => {
    const outcomes = await groupedOutcomes();
    // Every rule file with alternatives or a negation, as the files place it in force, is read here.
    const withGroups = new Set(realRuleSet().filter((d) => hasGroups(d.conditionTree)).map((d) => d.id));
    expect(new Set(outcomes.map(({ outcome }) => outcome.ruleId))).toEqual(withGroups);
    expect([...withGroups].sort()).toEqual(["A02", "C01", "C04", "C05", "R04", "R05", "R09", "R10", "R11", "R13", "R15", "R19"]);

    for (const { label, outcome } of outcomes) {
      for (const lang of ["zh-CN", "en"] as const) {
        const rows = conditionRows(render(outcome, lang));
        const where = `${outcome.ruleId} v${outcome.version} (${label}, ${lang})`;
        expect(rows.length, where).toBe(outcome.conditions.length + rows.filter((r, i) => rows[i + 1]?.depth > r.depth).length);
        for (const [i, row] of rows.entries()) {
          // The old result words said the row did or did not "match the rule", whatever the row was.
          expect(row.says, where).not.toMatch(/规则条件|the rule/);
          const members = rows.slice(i + 1).filter((r, j, rest) => r.depth === row.depth + 1 && rest.slice(0, j).every((x) => x.depth > row.depth));
          const isAnyHeading = row.words.endsWith(lang === "en" ? "Any one of the following:" : "满足以下任一条件：");
          if (isAnyHeading) {
            const held = members.flatMap((m, n) => (m.result === "met" ? [n + 1] : []));
            expect(row.result, where).toBe(held.length > 0 ? "met" : members.every((m) => m.result === "skipped") ? "skipped" : "notMet");
            if (held.length > 0) expect(row.says, where).toBe(lang === "en" ? `holds (no. ${held.join(", ")})` : `符合（第 ${held.join("、")} 项）`);
            members.forEach((m, n) => expect(m.words.startsWith(lang === "en" ? `(${n + 1}) ` : `（${n + 1}）`), where).toBe(true));
          } else if (members.length === 0) {
            expect(row.says, where).toBe(
              { met: lang === "en" ? "holds" : "符合", notMet: lang === "en" ? "does not hold" : "不符合", skipped: lang === "en" ? "not evaluated" : "未判断" }[row.result],
            );
          }
        }
        const text = rows.map((r) => r.words).join(" ");
        expect(text, where).not.toMatch(/\bnot not\b|不是不|不是未/);
      }
      // A yes/no or a value asked for that did not hold says what the condition asks for and what this case has.
      const asked = outcome.conditions.filter((c) => c.operator === "equal" && !c.result && !c.skipped && c.value !== null);
      for (const [lang, actual] of [["zh-CN", /；实际：/], ["en", /; actual: |\(the condition asks for /]] as const) {
        const said = conditionRows(render(outcome, lang)).filter((r) => actual.test(r.words));
        expect(said.length, `${outcome.ruleId} (${label}, ${lang})`).toBe(asked.length);
      }
    }
  });

  it("R11 with refund rules filed: the alternative 'not filed' reads as what it asks for, not as the filing's 是 failing", async () => {
    const o = await outcomeOf("R11", filing("forprofit_private"));
    expect(o.fired).toBe(false);
    const zh = conditionRows(render(o, "zh-CN")).map((r) => `${r.words} — ${r.says}`);
    expect(zh).toEqual([
      "满足以下任一条件： — 不符合",
      "（1）按收费项目填报了退费办法为“否”；实际：是 — 不符合",
      "（2）低于本地规定的收费项目和情形数：0，未超过 0 — 不符合",
    ]);
    const none = await outcomeOf("R11", filing("forprofit_private", { refundSchedule: null }));
    expect(conditionRows(render(none, "zh-CN")).map((r) => `${r.words} — ${r.says}`)).toEqual([
      "满足以下任一条件： — 符合（第 1 项）",
      "（1）按收费项目填报了退费办法：否 — 符合",
      "（2）低于本地规定的收费项目和情形数：0，未超过 0 — 不符合",
    ]);
    expect(conditionRows(render(o, "en")).map((r) => `${r.words} — ${r.says}`)).toEqual([
      "Any one of the following: — does not hold",
      "(1) Refund rules filed per fee: yes (the condition asks for no) — does not hold",
      "(2) Fees and cases below the local rules: 0, not more than 0 — does not hold",
    ]);
  });

  it("R09: which basis applied and which finding fired, in Chinese and English, with no “not not filed”", async () => {
    const mismatch = await outcomeOf("R09", filing("forprofit_private", { account: account({ accountName: "阳光教育咨询有限公司" }) }));
    expect(mismatch.severity).toBe("red");
    expect(conditionRows(render(mismatch, "zh-CN")).map((r) => `${r.words} — ${r.says}`)).toEqual([
      "满足以下任一条件： — 符合（第 2 项）",
      "（1）办园性质：营利性民办，不属于普惠性民办、非营利性民办 — 不符合",
      "（2）办园性质：营利性民办 — 符合",
      "满足以下任一条件： — 符合（第 3 项）",
      "（1）收费执行日的收费账户为“未备案”；实际：已备案（审核通过） — 不符合",
      "（2）收费执行日的收费账户为“已提交备案，尚在审核中”；实际：已备案（审核通过） — 不符合",
      "（3）账户户名与核准名称一致：否 — 符合",
    ]);
    expect(conditionRows(render(mismatch, "en")).map((r) => `${r.words} — ${r.says}`)).toEqual([
      "Any one of the following: — holds (no. 2)",
      "(1) Kindergarten type: For-profit private, not one of Inclusive private, Non-profit private — does not hold",
      "(2) Kindergarten type: For-profit private — holds",
      "Any one of the following: — holds (no. 3)",
      "(1) Fee account on the effective date is “not filed”; actual: filed (approved) — does not hold",
      "(2) Fee account on the effective date is “filed, awaiting review”; actual: filed (approved) — does not hold",
      "(3) Account name matches the approved name: no — holds",
    ]);
    const none = await outcomeOf("R09", filing("nonprofit_private", { account: null }));
    expect(conditionRows(render(none, "en")).map((r) => `${r.words} — ${r.says}`)).toEqual([
      "Any one of the following: — holds (no. 1)",
      "(1) Kindergarten type: Non-profit private, one of Inclusive private, Non-profit private — holds",
      "(2) Kindergarten type is “For-profit private”; actual: Non-profit private — does not hold",
      "Any one of the following: — holds (no. 1)",
      "(1) Fee account on the effective date: not filed — holds",
      "(2) Fee account on the effective date is “filed, awaiting review”; actual: not filed — does not hold",
      "(3) Account name matches the approved name: none (the condition asks for no) — does not hold",
    ]);
  });
});
