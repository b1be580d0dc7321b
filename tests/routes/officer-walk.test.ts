/**
 * What the walk-through of the officers' and the administrator's pages found (eighteenth session), rendered by the
 * built app as a browser receives them: a rule parameter is named in words, not by its identifier alone.
 */
import { describe, expect, it } from "vitest";
import { isMessageKey } from "~/i18n";
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
    expect([...names].filter((name) => !isMessageKey(`rulesConfig.paramName.${name}`))).toEqual([]);
  });

  it("the regional parameter form labels each field in Chinese, the identifier after it", async () => {
    const html = await page("/officer/changes/parameters?region=330203&rule=R06", "haishu.ndrc");
    const label = html.match(/<label for="param-minLeadDays">([\s\S]*?)<\/label>/)?.[1] ?? "";
    expect(label).toContain("公示最少提前天数");
    expect(label).toContain("minLeadDays");
  });

  it("the list of regional settings names the city's R07 setting in words", async () => {
    const html = await page("/officer/changes/parameters", "admin");
    expect(/新标准只适用于新入园幼儿(?:<!-- -->)? <code class="muted">newEntrantsOnly<\/code>/.test(html)).toBe(true);
  });

  it("a rule's page names its parameters in the reader's language", async () => {
    expect(await page("/officer/rules/R06", "haishu.market")).toContain("公示最少提前天数");
    expect(await page("/officer/rules/R06", "haishu.market", (await commitLang("en")).split(";")[0])).toContain("Minimum notice (days)");
  });
});
