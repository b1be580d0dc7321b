/**
 * A rule's page lists its conditions in words, not the rule file's names (guidedPriceNature, in, amberBp): a value written in the rule file reads as the flag
 * explanations word it (natures by name, yes/no, a date kept whole on a line, another fact by its label), not as the
 * file's JSON ("[\"inclusive_private\",…]", "false", "{\"fact\":…}"); alternatives sit under "满足以下任一条件：",
 * numbered. Rendered by the built app.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { textOf, wholeDates } from "../setup/render-static";

const app = useBuiltApp();

/** The text of each condition value written in the rule file (a param's threshold has none), in order. */
async function conditionValues(path: string): Promise<{ html: string; values: string[] }> {
  const res = await app.get(path, "haishu.market");
  expect(res.status).toBe(200);
  const html = await res.text();
  const values = [...html.matchAll(/<span data-testid="condition-value">([\s\S]*?)<\/span><\/div><\/td>/g)].map((m) => m[1]);
  return { html, values };
}

describe("a rule's conditions on its page", () => {
  it("literal values read as words: natures by name, nothing as 未知, another fact by its label", async () => {
    const r12 = await conditionValues("/officer/rules/R12");
    const r06 = await conditionValues("/officer/rules/R06");
    const texts = [...r12.values, ...r06.values].map((v) => textOf(v).trim());
    expect(texts.join(" ")).not.toMatch(/["{}[\]]|_private|null|noticeLatestPublishedOn/);
    expect(texts).toEqual(expect.arrayContaining(["普惠性民办、非营利性民办、营利性民办", "未知", "最迟公示日期"]));
    // The condition, the fact and the operator read as words, not as the rule file's names.
    const table = textOf(r12.html.slice(r12.html.indexOf('data-testid="rule-conditions"'), r12.html.indexOf("</table>", r12.html.indexOf('data-testid="rule-conditions"'))));
    expect(table).toMatch(/办园性质 属于 普惠性民办、非营利性民办、营利性民办/);
    expect(table).not.toMatch(/kindergartenNature|oneOf|privateKindergarten|toleranceFen/);
  });

  it("a date written in the rule file is kept whole on a phone's line", async () => {
    const { values } = await conditionValues("/officer/rules/R12?version=2");
    expect(values.flatMap(wholeDates)).toContain("2025-08-07");
  });

  it("alternatives sit under 满足以下任一条件：, numbered (R04's two thresholds), in Chinese and English", async () => {
    const names = async (lang?: "en") => {
      const res = await app.get("/officer/rules/R04", "haishu.market", lang && (await commitLang(lang)).split(";")[0]);
      expect(res.status).toBe(200);
      const html = await res.text();
      const table = html.slice(html.indexOf('data-testid="rule-conditions"'));
      return [...table.slice(0, table.indexOf("</table>")).matchAll(/<td data-col="name"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    };
    expect(await names()).toEqual(["办园性质 为 营利性民办", "已有上一次备案 为 是", "满足以下任一条件：", "（1）最高涨幅 ≥ 黄色预警阈值", "（2）最高涨幅 ≥ 红色预警阈值"]);
    expect(await names("en")).toEqual([
      "Kindergarten type: For-profit private",
      "Has a previous filing: yes",
      "Any one of the following:",
      "(1) Largest increase ≥ Amber threshold",
      "(2) Largest increase ≥ Red threshold",
    ]);
  });
  it("a threshold read from a parameter names it by its words, not its identifier", async () => {
    const thresholds = async (lang?: "en") => {
      const res = await app.get("/officer/rules/R04", "haishu.market", lang && (await commitLang(lang)).split(";")[0]);
      const html = await res.text();
      const table = html.slice(html.indexOf('data-testid="rule-conditions"'));
      return [...table.slice(0, table.indexOf("</table>")).matchAll(/<td data-col="threshold"[^>]*>([\s\S]*?)<\/td>/g)]
        .map((m) => m[1].replace(/<[^>]+>/g, "").replace(/&quot;/g, '"'))
        .filter((cell) => cell !== "");
    };
    expect((await thresholds()).slice(-2)).toEqual(["参数“黄色预警阈值”", "参数“红色预警阈值”"]);
    expect((await thresholds("en")).slice(-2)).toEqual(['parameter "Amber threshold"', 'parameter "Red threshold"']);
  });
});

describe("every rule whose conditions are alternatives, on its page", () => {
  /** The rows of the conditions table: the name cell (a group's heading spans the row) and the fact cell. */
  const rows = async (ruleId: string, lang?: "en") => {
    const res = await app.get(`/officer/rules/${ruleId}`, "haishu.market", lang && (await commitLang(lang)).split(";")[0]);
    expect(res.status).toBe(200);
    const html = await res.text();
    const table = html.slice(html.indexOf('data-testid="rule-conditions"'));
    return [...table.slice(0, table.indexOf("</table>")).matchAll(/<tr data-depth="(\d)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
      depth: Number(m[1]),
      name: (m[2].match(/<td data-col="name"[^>]*>([\s\S]*?)<\/td>/)?.[1] ?? "").replace(/<[^>]+>/g, "").trim(),
      fact: textOf(m[2].match(/<td data-col="fact"[^>]*>([\s\S]*?)<\/td>/)?.[1] ?? "").trim(),
    }));
  };

  it("each group of alternatives under its heading, its members numbered one level in, in Chinese and English", async () => {
    for (const ruleId of ["A02", "C01", "C04", "C05", "R19", "R04", "R05", "R09", "R10", "R11", "R13", "R15"]) {
      for (const [lang, heading, lead] of [
        [undefined, "满足以下任一条件：", (n: number) => `（${n}）`],
        ["en", "Any one of the following:", (n: number) => `(${n}) `],
      ] as const) {
        const table = await rows(ruleId, lang);
        const headings = table.flatMap((r, i) => (r.name === heading ? [i] : []));
        expect(headings.length, `${ruleId} ${lang ?? "zh"}`).toBeGreaterThan(0);
        for (const at of headings) {
          const members = [];
          for (const r of table.slice(at + 1)) {
            if (r.depth <= table[at].depth) break;
            if (r.depth === table[at].depth + 1) members.push(r);
          }
          expect(members.length, `${ruleId} ${lang ?? "zh"}`).toBeGreaterThan(1);
          members.forEach((m, n) => expect(m.name.startsWith(lead(n + 1)), `${ruleId}: ${m.name}`).toBe(true));
        }
      }
    }
  });

  it("R09 names the account's name check by the approved name, as its title and message do, in English too", async () => {
    const en = await rows("R09", "en");
    expect(en.map((r) => r.name)).toEqual([
      "Any one of the following:",
      "(1) Kindergarten type is one of Inclusive private, Non-profit private",
      "(2) Kindergarten type: For-profit private",
      "Any one of the following:",
      "(1) Fee account on the effective date: not filed",
      "(2) Fee account on the effective date: filed, awaiting review",
      "(3) Account name matches the approved name: no",
    ]);
    expect(en.at(-1)?.fact).toBe("Account name matches the approved name");
    const zh = await rows("R09");
    expect(zh.at(-1)?.fact).toBe("账户户名与核准名称一致");
  });
});
