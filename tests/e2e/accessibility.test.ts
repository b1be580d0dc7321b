/**
 * Every kind of page, checked by axe-core (WCAG 2.1 A and AA, and axe's best
 * practices) in a real browser, as each of the three users reads it: a parent
 * signed out and a kindergarten's bookkeeper on a phone's width and a desk's,
 * an officer and the administrator at a desk's. Government sites owe this to their readers
 * (GB/T 37668-2019 follows WCAG 2.0 AA); a parent using a screen reader on a
 * phone must be able to find a kindergarten, check its account and complain.
 *
 * Every page is also read for what its Content-Security-Policy refused (an inline style, a script without the nonce).
 *
 * Pages are also checked in the states a form leaves them in: refused without
 * JavaScript (the messages under their fields) and answered (the account
 * check's result). A new page is added to the lists below.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn, useBrowserJourney, withServerDb } from "../setup/e2e";
import { postGuidanceDraft } from "../setup/guidance-draft-post";

const journey = useBrowserJourney("accessibility");
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.0 and 2.1, levels A and AA (what GB/T 37668 asks), and axe's best practices (landmarks, headings). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/** A phone's and a desk's: parents and bookkeepers read on both. Officers work at desks: their pages at the desk's only. */
const WIDTHS = [390, 1280];
const DESK = [1280];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe's violations on the page as it stands, one line each: rule, what it asks, where (first three elements). */
async function violations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not govern: an inline
  // <script> tag (addScriptTag) would carry no nonce and be refused, as the policy means.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    TAGS,
  );
  return found.violations.map((v) => `${page.url()} ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * A page to check: its path, answered 200, or the status it must answer (the not-found page's 404). A page checked in
 * another state than the one meant (a 404 or 403 for a record the reader may open) would pass axe and check nothing.
 */
type Checked = string | { path: string; status: number };

/** Each path at each width, read by `username` (signed out when null); every violation, not just the first page's. */
async function checkPages(username: string | null, paths: readonly Checked[], widths: readonly number[] = WIDTHS): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths) {
    const page = await journey.newPage({ viewport: { width, height: 844 }, isMobile: width < 600 });
    // A style or script the page's Content-Security-Policy refuses is drawn or run without it: the browser says so here.
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy")) found.push(`${width}px ${page.url()} ${message.text()}`);
    });
    if (username) await signIn(page, username);
    for (const checked of paths) {
      const { path, status } = typeof checked === "string" ? { path: checked, status: 200 } : checked;
      const answer = await page.goto(path);
      expect(answer?.status(), `${username ?? "signed out"} ${width}px ${path}`).toBe(status);
      found.push(...(await violations(page)).map((v) => `${width}px ${v}`));
    }
    await page.context().close();
  }
  return found;
}

/** 海曙区 and the regions above it: what haishu.market reads the guidance prices and spot checks of. */
const HAISHU_CHAIN = ["330203", "330200", "330000"];

/**
 * Demo records to open: a kindergarten of the officer's district with a filing, an account, a case, a complaint …
 * Each one its reader may open, and each required: a record the demo lacks fails here, not by leaving its page out.
 */
async function demoIds() {
  return withServerDb(journey, async (db) => {
    const kg006 = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const filing = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kg006.kindergarten_id!).orderBy("id").executeTakeFirstOrThrow();
    const kgCase = await db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg006.kindergarten_id!).orderBy("id").executeTakeFirstOrThrow();
    const account = await db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg006.kindergarten_id!).orderBy("id").executeTakeFirstOrThrow();
    const complaint = await db.selectFrom("complaints").select("id").where("kindergarten_id", "=", kg006.kindergarten_id!).orderBy("id").executeTakeFirstOrThrow();
    // A rule of the rule files (R…): a case from complaints or a spot check names no rule page.
    const rule = await db.selectFrom("inspection_cases").select("rule_id").where("rule_id", "like", "R%").orderBy("id").executeTakeFirstOrThrow();
    const officer = await db.selectFrom("users").select("id").where("username", "=", "haishu.market").executeTakeFirstOrThrow();
    // kg005's refund order (海曙区): a decided case, with its written notice.
    const kg005 = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg005").executeTakeFirstOrThrow();
    // Required: without it the notice pages would go unchecked.
    const decided = await db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg005.kindergarten_id!).where("decision_kind", "=", "refund_ordered").executeTakeFirstOrThrow();
    // A published case (a draft's page is a 404 to the public), and 海曙's own or its city's and province's records.
    const publicCase = await db.selectFrom("public_cases").select("id").where("status", "=", "published").orderBy("id").executeTakeFirstOrThrow();
    const price = await db.selectFrom("guidance_prices").select(["region_code", "nature", "grade", "age_band", "category"]).where("region_code", "in", HAISHU_CHAIN).where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow();
    const draw = await db.selectFrom("spot_check_draws").select("id").where("region_code", "in", HAISHU_CHAIN).orderBy("id").executeTakeFirstOrThrow();
    return {
      officer: officer.id,
      kindergarten: kg006.kindergarten_id!,
      filing: filing.id,
      case: kgCase.id,
      account: account.id,
      complaint: complaint.id,
      rule: rule.rule_id,
      publicCase: publicCase.id,
      // One price's history, by its key as the guidance-price list links it.
      priceHistory: `/officer/guidance-prices/history?${new URLSearchParams({ region: price.region_code, nature: price.nature, grade: price.grade, ageBand: price.age_band, category: price.category })}`,
      draw: draw.id,
      decidedCase: decided.id,
    };
  });
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("a parent's pages, signed out, in Chinese and in English, have no violations", { timeout: 300_000 }, async () => {
    const ids = await demoIds();
    const kg = `/kindergartens/${ids.kindergarten}`;
    const paths = [
      "/",
      "/kindergartens",
      `/kindergartens?q=${encodeURIComponent("海曙")}`,
      kg,
      `${kg}/notice`,
      `${kg}/check-account`,
      "/complaints/new",
      `/complaints/new?kindergarten=${ids.kindergarten}`,
      "/complaints/track",
      "/cases",
      `/cases/${ids.publicCase}`,
      "/statistics",
      "/spot-checks",
      "/about",
      "/login",
      { path: "/no/such/page", status: 404 },
    ];
    expect(await checkPages(null, paths)).toEqual([]);

    const english = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await english.context().addCookies([{ name: "lang", value: "ImVuIg%3D%3D", url: journey.server().baseUrl }]);
    const found: string[] = [];
    for (const path of ["/", kg, `${kg}/notice`, "/complaints/new", "/statistics"]) {
      expect((await english.goto(path))?.status(), path).toBe(200);
      expect(await english.getAttribute("html", "lang"), path).toBe("en");
      found.push(...(await violations(english)));
    }
    expect(found).toEqual([]);
  });

  it("forms refused without JavaScript, and the account check's answer, have no violations", { timeout: 120_000 }, async () => {
    const ids = await demoIds();
    // The app's scripts are not loaded, so forms post as without JavaScript; the page can still run axe's.
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    const found: string[] = [];

    expect((await page.goto(`/complaints/new?kindergarten=${ids.kindergarten}`))?.status()).toBe(200);
    const [refused] = await Promise.all([page.waitForNavigation(), page.locator("form[method='post'] button[type='submit']").last().click()]);
    expect(refused?.status()).toBe(400);
    expect(await page.locator(".field-error").count()).toBeGreaterThan(0);
    found.push(...(await violations(page)));

    expect((await page.goto(`/kindergartens/${ids.kindergarten}/check-account`))?.status()).toBe(200);
    await page.getByLabel("收款账号").fill("1234 5678 9012");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "核验账户" }).click()]);
    await page.locator(".check-answer").waitFor();
    found.push(...(await violations(page)));

    expect((await page.goto("/login"))?.status()).toBe(200);
    await page.getByLabel("用户名").fill("kg006");
    await page.getByLabel("密码").fill("wrong password");
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "登录", exact: true }).click()]);
    found.push(...(await violations(page)));
    expect(found).toEqual([]);
  });

  it("an officer's pages have no violations", { timeout: 300_000 }, async () => {
    const ids = await demoIds();
    // The demo has no guidance-price batch: 海曙's education office drafts one, for its page.
    const editor = await journey.newPage();
    await signIn(editor, "haishu.edu");
    const batch = await postGuidanceDraft(editor, journey.server().baseUrl);
    await editor.context().close();
    const paths = [
      "/officer/cases",
      `/officer/cases?state=all&sort=due`,
      `/officer/cases/${ids.case}`,
      `/officer/cases/${ids.decidedCase}`,
      `/officer/cases/${ids.decidedCase}/notice`,
      "/officer/dashboard",
      "/officer/complaints",
      `/officer/complaints/${ids.complaint}`,
      "/officer/accounts",
      `/officer/accounts/${ids.account}`,
      "/officer/kindergartens",
      `/officer/kindergartens/${ids.kindergarten}`,
      "/officer/guidance-prices",
      ids.priceHistory,
      `/officer/guidance-prices/batches/${batch}`,
      "/officer/rules",
      `/officer/rules/${ids.rule}`,
      "/officer/changes",
      "/officer/publications",
      "/officer/spot-checks",
      `/officer/spot-checks/${ids.draw}`,
      "/officer/catalogue",
    ];
    expect(await checkPages("haishu.market", paths, DESK)).toEqual([]);
    expect(await checkPages("ningbo.lead", ["/officer/cases", "/officer/dashboard"], DESK)).toEqual([]);
    // The registry's forms, the guidance prices' and the regional parameters' forms and the meal-fund findings are the
    // education office's (market supervision is refused them: 403); drawing a spot check is a lead's.
    const education = [
      "/officer/kindergartens/new",
      `/officer/kindergartens/${ids.kindergarten}/edit`,
      "/officer/guidance-prices/new",
      "/officer/guidance-prices/import",
      "/officer/changes/parameters",
      "/officer/meal-funds",
      // …and so are their kindergartens' bookkeepers' accounts, the overview of the district's included.
      "/officer/operator-accounts",
      "/officer/operator-accounts?state=none",
    ];
    expect(await checkPages("haishu.edu", education, DESK)).toEqual([]);
    expect(await checkPages("haishu.lead", ["/officer/spot-checks/new"], DESK)).toEqual([]);
  });

  it("a kindergarten's and the administrator's pages have no violations", { timeout: 300_000 }, async () => {
    const ids = await demoIds();
    const operator = [
      "/kindergarten/fees",
      "/kindergarten/fees/new",
      `/kindergarten/fees/${ids.filing}`,
      "/kindergarten/account",
      "/kindergarten/account/new",
      "/kindergarten/cases",
      `/kindergarten/cases/${ids.case}`,
      "/kindergarten/complaints",
      "/kindergarten/meal-fund",
      "/kindergarten/meal-fund/new",
    ];
    expect(await checkPages("kg006", operator)).toEqual([]);
    // A decision's written notice, as the kindergarten it is served on reads it (kg006 has no decided case).
    expect(await checkPages("kg005", [`/kindergarten/cases/${ids.decidedCase}`, `/kindergarten/cases/${ids.decidedCase}/notice`])).toEqual([]);
    expect(await checkPages("admin", ["/admin/audit", "/admin/rules", "/admin/users", "/admin/users/new", `/admin/users/${ids.officer}`, "/admin/regions", "/admin/regions/load", "/account/password"], DESK)).toEqual([]);
  });
});
