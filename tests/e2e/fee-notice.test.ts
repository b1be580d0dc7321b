/**
 * The printable fee notice in Chromium, printed as a browser prints it (print media, A4 from the page's @page): a
 * schedule of twelve items, the account, the complaints and the QR code on one sheet in Chinese and in English, with
 * no site navigation on it; on screen the site's header and the print button are there. Screenshots go to
 * tests/artifacts/e2e-notice/ (git-ignored).
 */
import type { Page } from "playwright-core";
import { ulid } from "ulid";
import { beforeAll, describe, expect, it } from "vitest";
import { hydrated, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("e2e-notice");
let path: string;

/** Items added to the demo schedule in force (four items) to make the dozen a notice is meant to hold. */
const MORE_ITEMS = [
  ["NURSERY", "nursery", "保育费（托班）", 120_000, "month", "nursery", 0],
  ["BOARDING", "boarding", "住宿费", 60_000, "month", "all", 0],
  ["SVC_AFTERCARE", "service", "课后延时服务费", 30_000, "month", "large", 1],
  ["AGY_INSURANCE", "agency", "幼儿意外伤害保险", 10_000, "year", "all", 1],
  ["AGY_CHECKUP", "agency", "幼儿体检费", 8_000, "year", "middle", 1],
  ["SVC_MEAL", "service", "伙食费", 2_500, "day", "nursery", 1],
  ["SVC_BUS", "service", "校车接送费", 42_000, "month", "large", 1],
  ["AGY_BEDDING", "agency", "床上用品", 28_000, "once", "small", 1],
] as const;

beforeAll(async () => {
  path = await withServerDb(journey, async (db) => {
    const user = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const id = user.kindergarten_id!;
    // The schedule in force, as the open data names it.
    const open = (await (await fetch(`${journey.server().baseUrl}/kindergartens/${id}/fees.json`)).json()) as { schedules: Array<{ schedule: string; version: number }> };
    const version = open.schedules.find((s) => s.schedule === "in_force")!.version;
    const filing = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", id).where("version", "=", version).executeTakeFirstOrThrow();
    const count = (await db.selectFrom("fee_items").select("id").where("filing_id", "=", filing.id).execute()).length;
    await db
      .insertInto("fee_items")
      .values(
        MORE_ITEMS.map(([code, category, name, amount, unit, age, voluntary], i) => ({
          id: ulid(),
          filing_id: filing.id,
          position: count + i + 1,
          code,
          category,
          name,
          amount_fen: amount,
          unit,
          age_band: age,
          description: "",
          voluntary,
          bundled: 0,
          cost_fen: category === "agency" ? amount : null,
        })),
      )
      .execute();
    return `/kindergartens/${id}/notice`;
  });
}, 90_000);

/** The page printed to PDF as the browser's Print would: the count of its sheets. */
async function printedSheets(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe("the printable fee notice", () => {
  it("prints twelve items, the account, the complaints and the code on one A4 sheet without the site's navigation", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(path);
    await hydrated(page);
    expect(await page.locator('[data-testid="notice-items"] tbody tr').count()).toBe(12);
    // On screen: the site around it, and a Print button once the page runs.
    expect(await page.locator(".site-header").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(true);
    await journey.screenshot(page, "notice-screen");

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    const qr = await page.getByTestId("notice-qr").boundingBox();
    // At least 4 cm wide on paper (96 px to the inch): a phone reads it from an arm's length.
    expect(qr!.width).toBeGreaterThanOrEqual((4 / 2.54) * 96);
    await journey.screenshot(page, "notice-print");
    expect(await printedSheets(page)).toBe(1);

    const english = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await english.context().addCookies([{ name: "lang", value: "ImVuIg%3D%3D", url: journey.server().baseUrl }]);
    await english.goto(path);
    expect(await english.getAttribute("html", "lang")).toBe("en");
    expect(await printedSheets(english)).toBe(1);
    await journey.screenshot(english, "notice-print-en");
    expect(journey.errors).toEqual([]);
  });
});
