/**
 * Pages' titles (app/utils/page-title.ts): the page's words, then the portal's, in the reader's language; and every
 * page of a kindergarten's and an officer's sections has one, so that tabs, bookmarks and screen readers tell them apart.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate, type Lang, type MessageKey } from "~/i18n";
import { pageTitle } from "~/utils/page-title";

const meta = (lang: string) => pageTitle("fees.new")({ matches: [{ id: "root", data: { lang } }] } as never);

describe("pageTitle", () => {
  it("names the page, then the portal, in the root loader's language", () => {
    expect(meta("zh-CN")).toEqual([{ title: "填报新学期收费标准 · 民办园收费监管平台" }]);
    expect((meta("en") as Array<{ title: string }>)[0].title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("puts what the page is about first, from its loader's data, when it has one", () => {
    const meta = (lang: string, data: unknown) =>
      pageTitle<{ case: { name_in_use: string } }>("case.title", (d) => d.case.name_in_use)({ matches: [{ id: "root", data: { lang } }], data } as never);
    expect(meta("zh-CN", { case: { name_in_use: "春芽幼儿园" } })).toEqual([{ title: "春芽幼儿园 · 检查任务 · 民办园收费监管平台" }]);
    expect(meta("zh-CN", undefined)).toEqual([{ title: "检查任务 · 民办园收费监管平台" }]); // a 404 has no data
  });

  it("is exported by every page (the home page has the root's, the portal's name), never in words of one language", () => {
    const missing: string[] = [];
    const fixed: string[] = [];
    for (const section of ["kindergarten+", "officer+", "admin+", "_public+"]) {
      const dir = path.join("app/routes", section);
      for (const file of fs.readdirSync(dir)) {
        const source = fs.readFileSync(path.join(dir, file), "utf8");
        if (/export default function/.test(source) && !/export const meta/.test(source) && `${section}/${file}` !== "_public+/_index.tsx") missing.push(`${section}/${file}`);
        if (/title: [`"][^`"]*[\u4e00-\u9fff]/.test(source)) fixed.push(`${section}/${file}`);
      }
    }
    expect(missing).toEqual([]);
    expect(fixed).toEqual([]);
  });

  it("ends every page's title with the portal's name: each meta is made by pageTitle or titleIn", () => {
    // The complaint form, the tracking page and the account check's page wrote their own ("投诉举报 · 春芽幼儿园"): the
    // portal's name missing, and the subject after the page's words where every other page puts it first.
    const own: string[] = [];
    for (const section of ["kindergarten+", "officer+", "admin+", "_public+"]) {
      const dir = path.join("app/routes", section);
      for (const file of fs.readdirSync(dir)) {
        const source = fs.readFileSync(path.join(dir, file), "utf8");
        if (/export const meta/.test(source) && !/pageTitle|titleIn|export const meta = caseNoticeMeta/.test(source)) own.push(`${section}/${file}`);
      }
    }
    expect(own).toEqual([]);
  });

  it("uses only messages without variables as a page's words (what the page is about is its subject)", () => {
    const keys = new Set<string>();
    for (const section of ["kindergarten+", "officer+", "admin+", "_public+"]) {
      const dir = path.join("app/routes", section);
      for (const file of fs.readdirSync(dir)) {
        const source = fs.readFileSync(path.join(dir, file), "utf8");
        for (const m of source.matchAll(/(?:pageTitle(?:<[^(]*>)?\(|titleIn\(lang, )"([\w.]+)"/g)) keys.add(m[1]);
      }
    }
    expect(keys.size).toBeGreaterThan(30);
    const withVariables = [...keys].filter((key) => ["zh-CN", "en"].some((lang) => translate(lang as Lang, key as MessageKey).includes("{")));
    expect(withVariables).toEqual([]);
  });
});
