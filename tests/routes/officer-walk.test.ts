/**
 * What the walk-through of the officers' and the administrator's pages found (eighteenth session), rendered by the
 * built app as a browser receives them: a rule parameter is named in words, not by its identifier alone (and a
 * refused value's message by its words only, as the field's label names it, 23rd session); activating
 * a guidance-price batch says from which day its prices apply, not "at once".
 */
import { describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { isMessageKey } from "~/i18n";
import { actorOf, guidanceRow } from "../factories/domain";
import { loadRuleSet } from "~/rules/load/read-files";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

async function page(path: string, username: string, cookie?: string): Promise<string> {
  const res = await app.get(path, username, cookie);
  expect(res.status).toBe(200);
  return res.text();
}

describe("a rule parameter is named in words", () => {
  it("every parameter of every rule file has its words (a new one would show its identifier alone)", () => {
    const names = new Set(loadRuleSet().flatMap((d) => Object.keys(d.params ?? {})));
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((name) => !isMessageKey(`param.${name}`))).toEqual([]);
  });

  it("the regional parameter form labels each field in Chinese, the identifier after it", async () => {
    const html = await page("/officer/changes/parameters?region=330203&rule=R06", "haishu.ndrc");
    const label = html.match(/<label for="param-minLeadDays">([\s\S]*?)<\/label>/)?.[1] ?? "";
    expect(label).toContain("至少提前公示天数");
    expect(label).toContain("minLeadDays");
  });

  it("the form names a threshold as the flag it causes does (允许上调生效的月份, not a second name)", async () => {
    const html = await page("/officer/changes/parameters?region=330203&rule=R05", "haishu.ndrc");
    const label = html.match(/<label for="param-allowedMonths">([\s\S]*?)<\/label>/)?.[1] ?? "";
    // tests/web/flag-explanation-render.test.ts: R05's flag says 不属于允许上调生效的月份（8月、9月）.
    expect(label).toContain("允许上调生效的月份");
    expect(label).toContain("allowedMonths");
  });

  it("the list of regional settings names the city's R07 setting in words", async () => {
    const html = await page("/officer/changes/parameters", "admin");
    expect(/新标准只适用于新入园幼儿(?:<!-- -->)? <code class="muted">newEntrantsOnly<\/code>/.test(html)).toBe(true);
  });

  /** The error under a parameter's field, in the page a refused post (no JavaScript) is answered with. */
  const fieldError = (html: string, name: string) => html.match(new RegExp(`<p id="param-${name}-error" class="field-error">([\\s\\S]*?)</p>`))?.[1] ?? "";
  const draft = (regionCode: string, ruleId: string, params: Record<string, string>) => {
    const form: Record<string, string> = { regionCode, ruleId, note: "试行", submissionKey: ulid() };
    for (const [name, value] of Object.entries(params)) form[`params.${name}`] = value;
    return form;
  };

  it("the form's error names the parameter as its label does, not by its identifier (an officer, in Chinese)", async () => {
    const res = await app.post("/officer/changes/parameters?region=330203&rule=R06", "haishu.ndrc", draft("330203", "R06", { minLeadDays: "六十" }));
    expect(res.status).toBe(400);
    expect(fieldError(await res.text(), "minLeadDays")).toBe("“至少提前公示天数”应为整数。");
    const below = await app.post("/officer/changes/parameters?region=330203&rule=R06", "haishu.ndrc", draft("330203", "R06", { minLeadDays: "-5" }));
    expect(below.status).toBe(400);
    expect(fieldError(await below.text(), "minLeadDays")).toBe("“至少提前公示天数”不能小于 0（填写的是 -5）。");
    // Two fields at once, each by its own name.
    const two = await app.post("/officer/changes/parameters?region=330203&rule=R04", "haishu.ndrc", draft("330203", "R04", { amberBp: "一成", redBp: "两成" }));
    expect(two.status).toBe(400);
    const html = await two.text();
    expect(fieldError(html, "amberBp")).toBe("“黄色预警阈值”应为整数。");
    expect(fieldError(html, "redBp")).toBe("“红色预警阈值”应为整数。");
  });

  it("the administrator's form says it in English too", async () => {
    const en = (await commitLang("en")).split(";")[0];
    const res = await app.post("/officer/changes/parameters?region=330200&rule=R04", "admin", draft("330200", "R04", { amberBp: "ten percent" }), en);
    expect(res.status).toBe(400);
    const error = fieldError(await res.text(), "amberBp");
    expect(error).toBe("&quot;Amber threshold&quot; must be an integer.");
    expect(error).not.toContain("amberBp");
  });

  it("a rule's page names its parameters in the reader's language", async () => {
    expect(await page("/officer/rules/R06", "haishu.market")).toContain("至少提前公示天数");
    expect(await page("/officer/rules/R06", "haishu.market", (await commitLang("en")).split(";")[0])).toContain("Minimum days of notice");
  });
});

describe("activating a guidance-price batch", () => {
  async function draft(days: string[]): Promise<string> {
    const created = await createGuidanceDraft({
      submissionKey: ulid(),
      db: app.db(),
      actor: await actorOf(app.db(), "haishu.ndrc"),
      input: {
        rows: days.map((effective_from, i) => guidanceRow({ grade: ["class1", "class2"][i]!, effective_from, source_document: "海发改〔2026〕42号" })),
      },
    });
    if (!created.ok) throw new Error(`draft rejected: ${JSON.stringify(created)}`);
    return created.batchId;
  }

  const hint = (html: string) => html.match(/<p data-testid="activate-hint">([\s\S]*?)<\/p>/)?.[1] ?? "";

  it("says from which day a future batch's prices apply, not that they apply at once", async () => {
    const text = hint(await page(`/officer/changes/guidance/${await draft(["2027-03-01"])}`, "haishu.ndrc"));
    expect(text).toContain("本批次价格自 2027-03-01 起执行");
    expect(text).not.toContain("立即生效");
  });

  it("gives the first and the last day when its rows apply from different days", async () => {
    const text = hint(await page(`/officer/changes/guidance/${await draft(["2027-03-01", "2026-09-01"])}`, "haishu.ndrc"));
    expect(text).toContain("（2026-09-01 至 2027-03-01）");
  });
});

describe("an officer's page of a kindergarten", () => {
  it("leads to the filing's items and history (the kindergarten's public page), not to a dead end", async () => {
    const kg = await app.db().selectFrom("kindergartens").select("id").where("approved_name", "=", "宁波市海曙区博雅幼儿园").executeTakeFirstOrThrow();
    const html = await page(`/officer/kindergartens/${kg.id}`, "haishu.edu");
    const link = html.match(/<a[^>]*data-testid="public-page"[^>]*>[^<]*<\/a>/)?.[0] ?? "";
    expect(link).toContain(`href="/kindergartens/${kg.id}"`);
    expect(link).toContain("查看公示的收费标准和历次备案");
  });

  const boya = () => app.db().selectFrom("kindergartens").select("id").where("approved_name", "=", "宁波市海曙区博雅幼儿园").executeTakeFirstOrThrow();

  it("names each rule parameter in words only: no parameter's identifier in the Chinese page's text (26th session)", async () => {
    const html = await page(`/officer/kindergartens/${(await boya()).id}`, "haishu.edu");
    // The text a reader sees: no scripts (the loader's data), no tags (their attributes name params for the tests).
    const text = html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ");
    const names = [...new Set(loadRuleSet().flatMap((d) => Object.keys(d.params ?? {})))];
    expect(names).toEqual(expect.arrayContaining(["keywords", "toleranceFen"]));
    expect(names.filter((name) => new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
    // The same rows, by their names in words.
    const params = html.slice(html.indexOf('data-testid="kindergarten-params"'));
    expect(params).toContain("禁止收费的关键词");
    expect(params).toMatch(/data-param="toleranceFen"/);
  });

  it("shows the account's history and the parents' checks before the rules' parameters (26th session)", async () => {
    const html = await page(`/officer/kindergartens/${(await boya()).id}`, "haishu.edu");
    const at = (id: string) => html.indexOf(`data-testid="${id}"`);
    expect(at("kindergarten-account")).toBeGreaterThan(0);
    expect(at("account-checks")).toBeGreaterThan(at("kindergarten-account"));
    expect(at("kindergarten-params")).toBeGreaterThan(at("account-checks"));
  });
});
