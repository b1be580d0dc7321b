/**
 * An officer reads the parameters the rules apply to one kindergarten in words: each by its name (param.*), percentages,
 * amounts and natures as such (10%, 0.00 元, 营利性民办), not as the codes the rule's own page edits (amberBp 1000).
 * A date is kept whole on a phone's line. Rendered by the built app, as a browser receives it.
 */
import { describe, expect, it } from "vitest";
import { translate } from "~/i18n";
import { useBuiltApp } from "../setup/built-app";
import { wholeDates } from "../setup/render-static";

const app = useBuiltApp();

/** Each parameter's row (its markup), by the parameter's name. */
async function paramRows(): Promise<Map<string, string>> {
  const kindergarten = await app.db().selectFrom("kindergartens").select("id").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
  const res = await app.get(`/officer/kindergartens/${kindergarten.id}`, "haishu.market");
  expect(res.status).toBe(200);
  const html = await res.text();
  const rows = new Map<string, string>();
  for (const m of html.matchAll(/<tr[^>]*data-param="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) rows.set(m[1], m[2]);
  return rows;
}

/** The text of each row, tags as separators. */
const texts = (rows: Map<string, string>) => new Map([...rows].map(([name, html]) => [name, html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()]));

describe("a kindergarten's rule parameters on the officer's page", () => {
  it("read in words: names first, percentages, amounts and natures as such", async () => {
    const rows = texts(await paramRows());
    expect(rows.size).toBeGreaterThan(0);
    const bp = [...rows].find(([name]) => name.endsWith("Bp"));
    expect(bp?.[1]).toMatch(/\d(?:\.\d+)?\s?%/);
    const fen = [...rows].find(([name]) => name.endsWith("Fen"));
    expect(fen?.[1]).toMatch(/\d\.\d{2}\s?元/);
    const natures = rows.get("natures");
    if (natures) expect(natures).toMatch(/民办|公办/);
    // Each row leads with the parameter's name in words (param.*), and its identifier is not shown (26th session:
    // the description then the code read as "… keywords" in the Chinese page; the rule's page shows the code).
    const markup = await paramRows();
    for (const [name, text] of rows) {
      const cell = markup.get(name)?.match(/<td[^>]*data-col="param"[^>]*>([\s\S]*?)<\/td>/)?.[1];
      expect(cell?.replace(/<[^>]+>/g, "").trim(), name).toBe(translate("zh-CN", `param.${name}`));
      expect(text, text).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("a date as it is, kept whole on a phone's line: R12's first day of the waiver, its value and its default", async () => {
    const row = (await paramRows()).get("fromDate") ?? "";
    expect(wholeDates(row)).toEqual(["2025-09-01", "2025-09-01"]);
  });
});
