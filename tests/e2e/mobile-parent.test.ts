/**
 * A worried parent on a phone (375 × 812, a finger, no mouse), in Chinese and in English, against the real server (demo
 * data): the home page, a kindergarten found by a fragment of its name and by its district, its public page, its
 * account checked right and wrong, its printable notice, a complaint filed (an anonymous report; a named complaint with
 * a photo), followed with its number and code, the published cases and one of them, and the statistics.
 *
 * On every page: nothing wider than the screen. Measured against the layout viewport (`documentElement.clientWidth`),
 * not `innerWidth`: a phone browser zooms out to show a page that is too wide, and `innerWidth` grows with the page, so
 * comparing with it never fails. What the parent taps to go on (the filled buttons, the links and buttons standing on
 * their own) is a finger's height. Screenshots go to tests/artifacts/mobile-parent/ (git-ignored).
 */
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { kindergartenWithAccountInForce } from "../factories/bank-accounts";
import { fingerSized, heading, hydrated, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("mobile-parent");
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The words a parent taps or reads, in each language. */
const WORDS = {
  zh: {
    search: "搜索",
    filters: "按地区、办园性质筛选",
    check: "核验账户",
    pay: /可以缴费/,
    stop: /不是本园备案的收费账户/,
    complain: "投诉举报",
    submit: "提交",
    trackIt: "查询办理进度",
    another: "再反映一件事",
    /** The receipt's title: zh files an anonymous report, en a named complaint. */
    receiptTitle: "已收到您的举报 · 民办园收费监管平台",
    lookUp: "查询",
    share: "复制链接",
    wrongCode: "受理编号或查询码不正确",
    noCode: "请填写查询码",
  },
  en: {
    search: "Search",
    filters: "Filter by region and type",
    check: "Check the account",
    pay: /you may pay/,
    stop: /This is not the kindergarten.s filed fee account/,
    complain: "Complain or report",
    submit: "Submit",
    trackIt: "Follow it",
    another: "Report something else",
    receiptTitle: "Your complaint was received · Kindergarten Fee Supervision Portal",
    lookUp: "Look up",
    share: "Copy link",
    wrongCode: "Tracking number or access code is wrong",
    noCode: "Enter the access code",
  },
} as const;
type Lang = keyof typeof WORDS;

/** Nothing wider than the phone's screen, and what sticks out named when something is. */
async function fitsTheScreen(page: Page, where: string): Promise<void> {
  const seen = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > width + 1) continue; // its parent sticks out already: name the outermost only
      out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> to ${Math.round(box.right)}px`);
    }
    return { width, scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth, out };
  });
  const what = `${where} (${page.url()}) is ${seen.scrollWidth}px wide on a ${seen.width}px screen: ${seen.out.join(", ")}`;
  expect(seen.scrollWidth, what).toBeLessThanOrEqual(seen.width);
  expect(seen.innerWidth, `${where}: the browser zoomed out to ${seen.innerWidth}px to show it all`).toBeLessThanOrEqual(seen.width);
}

/** Every field the parent types in or chooses from is a finger's height too (they were 40 px beside 44 px buttons). */
async function fieldsFingerSized(page: Page, where: string): Promise<void> {
  const short = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), main select, main textarea'))
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ field: el.getAttribute("name") ?? el.id, height: Math.round(el.getBoundingClientRect().height) }))
      .filter((f) => f.height < 44),
  );
  expect(short, `${where}: fields shorter than 44 px`).toEqual([]);
}

/**
 * A fee table's descriptions, short or wrapped, each read from the card's left edge under its label (beside the label,
 * a short one sat at the right edge and a wrapped one filled the line from the label on).
 */
async function descriptionsReadFromTheLeft(page: Page): Promise<void> {
  const offsets = await page.evaluate(() =>
    Array.from(document.querySelectorAll('td[data-col="description"] > .cell')).map((cell) => {
      const td = cell.parentElement!;
      return Math.round(cell.getBoundingClientRect().left - td.getBoundingClientRect().left - parseFloat(getComputedStyle(td).paddingLeft));
    }),
  );
  expect(offsets.length).toBeGreaterThan(1);
  expect(offsets, "each description's distance from its card's left edge").toEqual(offsets.map(() => 0));
}

async function inLanguage(page: Page, lang: Lang): Promise<void> {
  await page.goto("/");
  await hydrated(page);
  if (lang === "en") {
    await page.getByRole("button", { name: "English" }).tap();
    await page.getByRole("heading", { level: 1, name: "Look up a kindergarten's fees and fee account" }).waitFor();
  }
  expect(await page.getAttribute("html", "lang")).toBe(lang === "en" ? "en" : "zh-CN");
}

/** A JPEG a phone's camera might take, small. */
const photo = () => sharp({ create: { width: 800, height: 600, channels: 3, background: "#e8d9b0" } }).jpeg().toBuffer();

describe("a worried parent on a phone", () => {
  for (const lang of ["zh", "en"] as const) {
    const w = WORDS[lang];

    it(`[${lang}] finds a kindergarten, reads its fees, checks an account right and wrong and opens the printable notice`, { timeout: 90_000 }, async () => {
      const kg = await withServerDb(journey, async (db) => {
        const { id, number } = await kindergartenWithAccountInForce(db);
        const row = await db.selectFrom("kindergartens").select(["name_in_use", "region_code"]).where("id", "=", id).executeTakeFirstOrThrow();
        return { id, number, ...row };
      });
      const page = await journey.newPage(PHONE);
      await inLanguage(page, lang);
      await fitsTheScreen(page, "home");
      await journey.screenshot(page, `${lang}-home`);

      // By a fragment of its name, typed and tapped.
      const fragment = kg.name_in_use.slice(-5, -3);
      await page.locator("#home-q").tap();
      await page.locator("#home-q").fill(fragment);
      const search = page.getByRole("button", { name: w.search, exact: true });
      await fingerSized(search);
      await Promise.all([page.waitForURL(/\/kindergartens\?q=/), search.tap()]);
      const hits = page.getByTestId("search-results").getByRole("link");
      await hits.first().waitFor();
      expect(await hits.allTextContents()).toContain(kg.name_in_use);
      await fitsTheScreen(page, "search by name");

      // By its district, chosen level by level.
      await Promise.all([page.waitForURL(/filters=1/), page.getByRole("link", { name: w.filters }).tap()]);
      await hydrated(page);
      // The province and the city search at once (the level below is chosen from the answer); the district, with the button.
      for (const [id, code] of [
        ["#kg-province", kg.region_code.slice(0, 2) + "0000"],
        ["#kg-city", kg.region_code.slice(0, 4) + "00"],
      ] as const) {
        await page.locator(`${id}:not([disabled])`).selectOption(code);
        await page.waitForURL(new RegExp(`=${code}`));
      }
      await page.locator("#kg-district:not([disabled])").selectOption(kg.region_code);
      await Promise.all([page.waitForURL(new RegExp(`district=${kg.region_code}`)), page.getByRole("button", { name: w.search, exact: true }).tap()]);
      await page.getByTestId("search-results").getByRole("link", { name: kg.name_in_use }).waitFor();
      await fitsTheScreen(page, "search by district");
      await fieldsFingerSized(page, "search by district");
      await journey.screenshot(page, `${lang}-search-district`);

      // Its public page: fees, history, the account box, the check and the way to complain.
      await Promise.all([page.waitForURL(`**/kindergartens/${kg.id}`), page.getByTestId("search-results").getByRole("link", { name: kg.name_in_use }).tap()]);
      await hydrated(page);
      await heading(page, kg.name_in_use);
      await fitsTheScreen(page, "public page");
      await fingerSized(page.getByRole("link", { name: w.complain, exact: true }));
      await fieldsFingerSized(page, "public page");
      await descriptionsReadFromTheLeft(page);
      await journey.screenshot(page, `${lang}-public-page`);

      // The account check, by touch: the filed number as a bank card prints it, then another one.
      const check = page.locator("#check");
      const accountNumber = check.locator('input[name="accountNumber"]');
      expect(await accountNumber.getAttribute("inputmode")).toBe("numeric");
      expect(await accountNumber.getAttribute("autocomplete")).toBe("off");
      const button = check.getByRole("button", { name: w.check });
      await fingerSized(button);
      await accountNumber.tap();
      await accountNumber.fill(kg.number.replace(/(\d{4})(?=\d)/g, "$1 "));
      await button.tap();
      await check.locator(".check-answer.go").getByText(w.pay).waitFor();
      await fitsTheScreen(page, "account check, the filed account");
      await accountNumber.fill("6222020000000000111");
      await button.tap();
      await check.locator(".check-answer.stop").getByText(w.stop).first().waitFor();
      await fitsTheScreen(page, "account check, another account");
      await journey.screenshot(check, `${lang}-check-wrong`);

      // The printable notice, on the phone before it is printed: its fee table too (English amounts are the longest).
      await page.goto(`/kindergartens/${kg.id}/notice`);
      await hydrated(page);
      await page.getByTestId("notice-items").waitFor();
      await fitsTheScreen(page, "fee notice");
      await journey.screenshot(page, `${lang}-notice`);

      // A search with more than a page of answers: the way to the next page is a finger's height (it was a 19 px link).
      await page.goto(`/kindergartens?q=${encodeURIComponent("幼儿园")}`);
      await fingerSized(page.locator("main .pager a").last());
      expect(journey.errors).toEqual([]);
    });

    it(`[${lang}] files a complaint by touch, follows it with its number and code, and reads the cases and the statistics`, { timeout: 90_000 }, async () => {
      const kg = await withServerDb(journey, kindergartenWithAccountInForce);
      const page = await journey.newPage(PHONE);
      await inLanguage(page, lang);
      await page.goto(`/complaints/new?kindergarten=${kg.id}`);
      await hydrated(page);
      await fitsTheScreen(page, "complaint form");
      await fieldsFingerSized(page, "complaint form");
      // 换一所, beside the kindergarten chosen: a finger's height (a 19 px link in Chinese, 43 px wrapped in English).
      await fingerSized(page.getByTestId("chosen-kindergarten").getByRole("link"));

      // Chinese: an anonymous report. English: a named complaint with a photo. Every choice tapped on its label.
      const named = lang === "en";
      await page.locator(`label:has(input[name="track"][value="${named ? "complaint" : "report"}"])`).tap();
      await page.locator(`label:has(input[name="kind"][value="${named ? "above_filed" : "prohibited_item"}"])`).tap();
      await page.locator('input[name="items[0].name"]').fill(named ? "保教费" : "赞助费");
      await page.locator('input[name="items[0].amount"]').fill(named ? "3200" : "2000");
      await page.locator('input[name="learnedOn"]').fill("2026-11-20");
      if (named) {
        await page.locator('input[name="evidence"]').setInputFiles({ name: "receipt.jpg", mimeType: "image/jpeg", buffer: await photo() });
        await page.locator('input[name="contactName"]').fill("张女士");
        const phone = page.locator('input[name="contactPhone"]');
        expect(await phone.getAttribute("type")).toBe("tel");
        expect(await phone.getAttribute("autocomplete")).toBe("tel");
        await phone.fill("138 0013 8000");
        await page.locator('input[name="contactAddress"]').fill("宁波市海曙区某路1号");
      } else {
        await page.locator('label:has(input[name="anonymous"])').tap();
      }
      const submit = page.getByRole("button", { name: w.submit, exact: true });
      await fingerSized(submit);

      // The narrative typed last, too short, and 提交 tapped: the tap is not lost (leaving the field showed its message
      // above the button, which moved off the finger between the press and the release: nothing was sent, focus was left
      // on the button); the form is checked and focus goes to the narrative.
      const narrative = page.locator('textarea[name="narrative"]');
      await narrative.tap();
      await narrative.fill("太短");
      await submit.tap();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("narrative");
      await page.locator("#complaint-narrative-error").waitFor();
      await narrative.fill(named ? "九月保教费收了3200元，幼儿园公示的是2800元，请求退还多收部分。" : "入园时要求交赞助费2000元，说不交就不能入园。");
      await fitsTheScreen(page, "complaint form, filled");
      await submit.tap();

      // The receipt: focus on its heading, the number and code, the ways on a finger's size.
      const trackingNo = await text(page.getByTestId("tracking-no"));
      const accessCode = await text(page.getByTestId("access-code"));
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
      // Titled as headed, in the reader's language: the form's title stayed on the receipt.
      await expect.poll(() => page.title()).toBe(w.receiptTitle);
      await fitsTheScreen(page, "receipt");
      await fingerSized(page.getByRole("link", { name: w.trackIt }));
      await fingerSized(page.getByRole("link", { name: w.another }));
      await fingerSized(page.locator(".complaint-receipt button.link-button")); // copy the number and the code
      await journey.screenshot(page, `${lang}-receipt`);

      // Following it: a wrong code first (the message where focus is), then the right one.
      await Promise.all([page.waitForURL(/\/complaints\/track\?no=/), page.getByRole("link", { name: w.trackIt }).tap()]);
      await hydrated(page);
      const code = page.locator('input[name="accessCode"]');
      const lookUp = page.getByRole("button", { name: w.lookUp, exact: true });
      await fingerSized(lookUp);
      // 查询 with the code started and wiped: refused in the browser, and focus goes to the code's field. (Its message was
      // shown already, when the field was left: conform then left focus on the button.)
      await code.tap();
      await code.fill("A");
      await code.fill("");
      await lookUp.tap();
      await page.getByText(w.noCode).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("accessCode");
      await code.tap();
      await code.fill("AAAA-BBBB-CCCC-DDDD");
      await lookUp.tap();
      await page.getByText(w.wrongCode).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(w.wrongCode);
      // What to check, and the way to file anew, under the message.
      await fingerSized(page.getByTestId("track-not-found").getByRole("link"));
      await fieldsFingerSized(page, "tracking, wrong code");
      await fitsTheScreen(page, "tracking, wrong code");
      await journey.screenshot(page, `${lang}-tracking-wrong`);
      await code.fill(accessCode);
      await lookUp.tap();
      await page.getByRole("heading", { level: 2, name: new RegExp(trackingNo) }).waitFor();
      await fitsTheScreen(page, "tracking");
      await journey.screenshot(page, `${lang}-tracking`);

      // The published cases and one of them.
      await page.goto("/cases");
      await hydrated(page);
      await fitsTheScreen(page, "published cases");
      // The ways on under the list, each a finger's height (two 19 px links side by side before).
      await fingerSized(page.locator('main a[href^="/cases.atom"]'));
      await fingerSized(page.locator('main a[href="/spot-checks"]'));
      const first = page.locator('main a[href^="/cases/"]').first();
      await Promise.all([page.waitForURL(/\/cases\/[0-9A-Z]+$/), first.tap()]);
      await hydrated(page);
      await fitsTheScreen(page, "a published case");
      await fingerSized(page.getByRole("button", { name: w.share }));

      // The statistics of the kindergarten's city: a table wider than the phone scrolls within itself, its months kept.
      await page.goto("/statistics?province=330000&city=330200");
      await hydrated(page);
      await fitsTheScreen(page, "statistics");
      const table = page.getByTestId("statistics-table-decisions");
      const scroller = page.locator(".table-wrap").filter({ has: table });
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const edge = (await scroller.boundingBox())!.x;
      const month = (await table.locator("tbody th").first().boundingBox())!;
      expect(Math.abs(month.x - edge), `the month is at ${month.x}px, the table's edge at ${edge}px`).toBeLessThanOrEqual(1);
      await journey.screenshot(scroller, `${lang}-statistics-scrolled`);
      expect(journey.errors).toEqual([]);
    });
  }
});
