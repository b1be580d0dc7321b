/**
 * A parent who uses no mouse (a keyboard, or a screen reader driving focus) finds a kindergarten and checks its fee
 * account before paying, by keys alone: Tab, Enter and typing. axe (accessibility.test.ts) reads one page as it
 * stands; this follows focus across the client-side navigations between pages, where a page load would have put
 * the reader at the new page's start (app/components/route-focus.tsx) and where an answer appears without one.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { heading, hydrated, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("keyboard-journey");

/** Where the keyboard is: the focused element's tag, id, accessible words and link address. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      text: (label ?? el?.textContent ?? "").replace(/\s+/g, " ").trim(),
      href: el?.getAttribute("href") ?? null,
    };
  });

/** Tab (forward) until `wanted` holds for the focused element, at most `max` presses: the path a keyboard user takes. */
async function tabUntil(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 40) {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (wanted(f)) return f;
    passed.push(`${f.tag}#${f.id} ${f.text.slice(0, 20)}`);
  }
  throw new Error(`${what} not reached in ${max} Tabs; passed: ${passed.join(" | ")}`);
}

/** A public kindergarten whose approved account is in force, with its name and number. */
async function kindergartenWithAccount() {
  return withServerDb(journey, (db) =>
    db
      .selectFrom("bank_accounts")
      .innerJoin("kindergartens", "kindergartens.id", "bank_accounts.kindergarten_id")
      .select(["kindergartens.id as id", "kindergartens.name_in_use as name", "bank_accounts.account_number as number"])
      .where("bank_accounts.status", "=", "approved")
      .where("bank_accounts.effective_to", "is", null)
      .where("kindergartens.status", "=", "active")
      .orderBy("kindergartens.id")
      .executeTakeFirstOrThrow(),
  );
}

describe("a parent by keyboard alone", () => {
  it("skips to the content, searches, opens a kindergarten and checks its account, focus at each new page's heading", { timeout: 90_000 }, async () => {
    const kg = await kindergartenWithAccount();
    const page = await journey.newPage({ viewport: { width: 1280, height: 844 } });
    await page.goto("/");
    await hydrated(page);

    // The first Tab reaches the skip link; Enter on it puts focus on the page's main region, past the header's links.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "跳到正文", href: "#main" });
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).id).toBe("main");
    // The next Tab is the page's first control: the search.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "input", id: "home-q" });

    // Searched: a new page, reached in the page. Focus is at its heading (a screen reader reads it), not lost.
    await page.keyboard.type(kg.name);
    await Promise.all([page.waitForURL((url) => url.pathname === "/kindergartens" && url.searchParams.get("q") === kg.name), page.keyboard.press("Enter")]);
    await heading(page, "查幼儿园收费");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1", text: "查幼儿园收费" });
    // Where a page load starts too: the heading is in view, not scrolled away.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // From the heading, on to the hit, and Enter opens it (a ListLink: root.tsx's click handler navigates in the page).
    await tabUntil(page, (f) => f.tag === "a" && f.href === `/kindergartens/${kg.id}`, "the search hit");
    await Promise.all([page.waitForURL((url) => url.pathname === `/kindergartens/${kg.id}`), page.keyboard.press("Enter")]);
    await heading(page, kg.name);
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1", text: kg.name });

    // The page's own shortcut to the check, a link to #check: the browser's, left alone (no focus pulled back).
    await tabUntil(page, (f) => f.tag === "a" && f.href === "#check", "the link to the account check");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.hash === "#check");
    expect(await focused(page)).not.toMatchObject({ tag: "h1" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "input", text: "收款账号" });

    // The answer appears without a navigation, in a region that was there before it: said by a screen reader.
    const region = page.getByTestId("account-check-answer");
    expect(await region.getAttribute("role")).toBe("status");
    expect(await region.getAttribute("aria-live")).toBe("polite");
    expect(await text(region)).toBe("");
    await page.keyboard.type(kg.number);
    await page.keyboard.press("Enter");
    await region.getByText(/可以缴费/).waitFor();
    expect(await text(region)).toMatch(new RegExp(`^您核验的账号：尾号${kg.number.slice(-4)}`));
    // Focus stayed in the field the parent typed in (the page did not move it), ready to check another number.
    expect(await focused(page)).toMatchObject({ tag: "input", text: "收款账号" });
    await journey.screenshot(page, "answered");

    // Another number, checked with the button: focus stays on the button (it was dropped to the page's start while the
    // button was disabled for the check on its way, and the next Tab began at the top of the page).
    await page.keyboard.press("Control+A");
    await page.keyboard.type("6222020000000000111");
    await tabUntil(page, (f) => f.tag === "button" && f.text === "核验账户", "the check's button", 5);
    await page.keyboard.press("Enter");
    await region.getByText(/不是本园备案的收费账户/).waitFor();
    expect(await focused(page)).toMatchObject({ tag: "button", text: "核验账户" });
    expect(journey.errors).toEqual([]);
  });
});
