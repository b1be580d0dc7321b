/**
 * Pages' titles (app/utils/page-title.ts): the page's words, then the portal's, in the reader's language; and every
 * page of a kindergarten's and an officer's sections has one, so that tabs, bookmarks and screen readers tell them apart.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageTitle } from "~/utils/page-title";

const meta = (lang: string) => pageTitle("fees.new")({ matches: [{ id: "root", data: { lang } }] } as never);

describe("pageTitle", () => {
  it("names the page, then the portal, in the root loader's language", () => {
    expect(meta("zh-CN")).toEqual([{ title: "填报新学期收费标准 · 民办园收费监管平台" }]);
    expect((meta("en") as Array<{ title: string }>)[0].title).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("is exported by every page of the kindergarten's, the officer's and the administrator's sections", () => {
    const missing: string[] = [];
    for (const section of ["kindergarten+", "officer+", "admin+"]) {
      const dir = path.join("app/routes", section);
      for (const file of fs.readdirSync(dir)) {
        const source = fs.readFileSync(path.join(dir, file), "utf8");
        if (/export default function/.test(source) && !/export const meta/.test(source)) missing.push(`${section}/${file}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
