/**
 * At a desk's width (1280 px) a form's fields are one height: a <select> beside a text input in the queue's filter
 * bar, the guidance-price drafting form's rows, the fee-schedule form, the administrator's account form (the selects
 * were 37 px beside 40 px inputs, so every row of the drafting form was ragged). A phone's fields are a finger's
 * height (tests/e2e/mobile-parent.test.ts); the public search box and the account check are larger on purpose and
 * are not in these forms. Measured in a real browser, as Chromium draws a <select> (it does not grow with the
 * inherited line-height an <input> grows with).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("desk-fields");
const DESK = { viewport: { width: 1280, height: 900 } };

/** The single-line fields in the page's main region (shown ones), each as "name: height". */
async function fieldHeights(page: Page): Promise<Array<{ field: string; tag: string; height: number }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('main input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]):not([type="file"]), main select'))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({
        field: el.getAttribute("name") ?? el.id,
        tag: el.tagName.toLowerCase(),
        // Hundredths: an input 40.4 px tall beside a select of 40 px is still a ragged row.
        height: Math.round(el.getBoundingClientRect().height * 100) / 100,
      })),
  );
}

/** Each page's fields (inputs and selects both present) are the same height as every other page's. */
async function oneHeight(username: string, paths: readonly string[], seen: Map<number, string[]>): Promise<void> {
  const page = await journey.newPage(DESK);
  await signIn(page, username);
  for (const path of paths) {
    const answer = await page.goto(path);
    expect(answer?.status(), `${username} ${path}`).toBe(200);
    await hydrated(page);
    const fields = await fieldHeights(page);
    expect(new Set(fields.map((f) => f.tag)), `${path} has both kinds of field`).toEqual(new Set(["input", "select"]));
    await journey.screenshot(page, path.slice(1).replaceAll("/", "-"));
    for (const f of fields) seen.set(f.height, [...(seen.get(f.height) ?? []), `${path} ${f.tag}[name=${f.field}]`]);
  }
  await page.context().close();
}

describe("a desk's form fields", () => {
  it("are one height, selects and text inputs alike, on the officers', the bookkeeper's and the administrator's forms", { timeout: 120_000 }, async () => {
    const seen = new Map<number, string[]>();
    await oneHeight("haishu.market", ["/officer/cases"], seen);
    await oneHeight("haishu.ndrc", ["/officer/guidance-prices/new"], seen);
    await oneHeight("kg006", ["/kindergarten/fees/new"], seen);
    await oneHeight("admin", ["/admin/users/new"], seen);
    const heights = [...seen.entries()].map(([height, where]) => `${height}px: ${where.length} fields, e.g. ${where.slice(0, 3).join(", ")}`);
    // One height: the 40 px the desk's buttons stand beside (a phone's are 44 px).
    expect(heights, "the field heights seen").toEqual([expect.stringMatching(/^40px: /)]);
    expect(journey.errors).toEqual([]);
  });
});
