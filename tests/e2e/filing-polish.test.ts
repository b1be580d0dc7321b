/**
 * kg003's bookkeeper reads its flagged 2026 autumn filing (R03, a term begun) and its fee-account history in a real
 * browser, on a phone (390 × 844) and a desktop (1366 × 900), in Chinese and in English: the advice names what the
 * page offers on a term begun (填报新学期收费标准, the notice's 提交情况说明), never 更正本次备案; the rules checked are
 * named by their titles; the English evidence names the item by its catalogue name; the account table's empty cells
 * read "—"; nothing overflows the phone's width. Screenshots go to tests/artifacts/filing-polish/ (git-ignored).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoFilingCaseOf } from "../factories/demo-cases";
import { heading, hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("filing-polish");

async function fitsTheScreen(page: Page, where: string): Promise<void> {
  const seen = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(seen.scroll, `${where}: ${seen.scroll}px wide on a ${seen.client}px screen`).toBeLessThanOrEqual(seen.client + 1);
}

describe("a bookkeeper's flagged filing of a term begun, and its account history", () => {
  it("reads what it can do, the rules by name, English item names and — in empty cells, on a phone and a desktop", { timeout: 180_000 }, async () => {
    const { filingId } = await withServerDb(journey, (db) => demoFilingCaseOf(db, "kg003", "R03"));
    for (const viewport of [
      { width: 390, height: 844, phone: true },
      { width: 1366, height: 900, phone: false },
    ]) {
      const page = await journey.newPage({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.phone, hasTouch: viewport.phone });
      await signIn(page, "kg003");
      const size = viewport.phone ? "phone" : "desktop";

      await page.goto(`/kindergarten/fees/${filingId}`);
      await hydrated(page);
      await heading(page, /^备案详情 /);
      const advice = await text(page.locator('[data-rule="R03"] [data-testid="flag-advice"]'));
      expect(advice).toContain("“填报新学期收费标准”");
      expect(advice).toContain("“提交情况说明”");
      expect(advice).not.toContain("更正本次备案");
      expect(await page.getByTestId("filing-correction").count()).toBe(0);
      const rules = await text(page.getByTestId("checked-rules"));
      expect(rules).toMatch(/^本次核查适用 \d+ 条规则：.*（第\d+版）/);
      expect(rules).not.toMatch(/R\d\d/);
      await fitsTheScreen(page, `the filing page, ${size}, zh`);
      await journey.screenshot(page, `${size}-filing-zh`);

      await page.goto("/kindergarten/account");
      await hydrated(page);
      const history = page.getByTestId("account-history");
      const notes = await history.locator('td[data-col="note"]').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((n) => n.trim() !== "")).toBe(true);
      expect(await history.locator('td[data-col="flags"]').allTextContents()).toContain("—");
      // On a phone the card shows the empty value under its label, as a table cell it is a dash too.
      await expect.poll(() => history.locator('td[data-col="note"]').first().isVisible()).toBe(true);
      await fitsTheScreen(page, `the account page, ${size}, zh`);
      await journey.screenshot(page, `${size}-account-zh`);

      // English, from the header's switch.
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("button", { name: "中文" }).waitFor();
      await page.goto(`/kindergarten/fees/${filingId}`);
      await hydrated(page);
      const en = await text(page.locator('[data-rule="R03"] [data-testid="flag-advice"]'));
      expect(en).toContain("“File next term's fee schedule”");
      expect(en).not.toContain("Correct this filing");
      expect(await text(page.locator('[data-testid="evidence-overCapItems"] td[data-col="name"]').first())).toBe("Care and education fee");
      expect(await text(page.getByTestId("checked-rules"))).toMatch(/^Checked against \d+ rules: .* \(v\d+\)/);
      await fitsTheScreen(page, `the filing page, ${size}, en`);
      await journey.screenshot(page, `${size}-filing-en`);
      await page.goto("/kindergarten/account");
      await hydrated(page);
      await fitsTheScreen(page, `the account page, ${size}, en`);
      // Back to Chinese for the next viewport's sign-in (the language is the browser context's cookie: a new page has its own).
      await page.close();
    }
    expect(journey.errors).toEqual([]);
  });
});
