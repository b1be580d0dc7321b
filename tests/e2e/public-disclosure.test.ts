/**
 * The public disclosure against the real server (server.ts on a fresh
 * SQLite file with demo data), signed out: over HTTP, the rendered page, its
 * JSON and CSV never hold a filed account number whole, only its last four
 * digits; and in a browser on a phone, a parent goes from the home page to a
 * kindergarten's page in two taps (search, the result) with nothing wider
 * than the screen.
 *
 * Needs `npx remix build` (npm test runs it). Screenshots go to
 * tests/artifacts/e2e-public/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { send } from "../hostile/http";
import { launchChromium } from "../setup/browser";
import { requireBuild, startServer, type TestServer } from "../setup/server";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/e2e-public/", import.meta.url));

let server: TestServer | undefined;
let browser: Browser | undefined;
let db: DB;
let kindergarten: { id: string; name_in_use: string };
let accountNumbers: string[];

beforeAll(async () => {
  requireBuild();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const [started, launched] = await Promise.allSettled([startServer({ timeoutMs: 60_000 }), launchChromium()]);
  if (started.status === "fulfilled") server = started.value;
  if (launched.status === "fulfilled") browser = launched.value;
  for (const result of [started, launched]) if (result.status === "rejected") throw result.reason;
  db = createDb(server!.databaseUrl);
  // The demo seed writes kindergartens directly; the search index is brought up to date after it.
  await indexKindergartensForSearch(db);
  const user = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  kindergarten = await db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "=", user.kindergarten_id!).executeTakeFirstOrThrow();
  accountNumbers = (await db.selectFrom("bank_accounts").select("account_number").execute()).map((a) => a.account_number);
}, 90_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await db?.destroy();
  await server?.stop();
}, 30_000);

describe("over HTTP, signed out", () => {
  it("shows the account's last four digits and never a whole number, in the page, its JSON and its CSV", async () => {
    const filed = await db
      .selectFrom("bank_accounts")
      .select("account_number")
      .where("kindergarten_id", "=", kindergarten.id)
      .where("status", "=", "approved")
      .where("effective_to", "is", null)
      .executeTakeFirstOrThrow();
    const base = `/kindergartens/${kindergarten.id}`;
    const [html, json, csv] = await Promise.all([base, `${base}/fees.json`, `${base}/fees.csv`].map((p) => send(server!.baseUrl, { method: "GET", path: p })));
    for (const answer of [html, json, csv]) {
      expect(answer.status).toBe(200);
      for (const number of accountNumbers) expect(answer.body).not.toContain(number);
    }
    expect(html.body).toContain(`尾号 ${filed.account_number.slice(-4)}`);
    expect(json.headers["cache-control"]).toBe("public, max-age=300");
    expect(csv.headers["content-disposition"]).toBe(`attachment; filename="kindergarten-${kindergarten.id}-fees.csv"`);
  });

  it("answers the search with links to the pages it found", async () => {
    const piece = [...kindergarten.name_in_use].slice(0, 4).join("");
    const answer = await send(server!.baseUrl, { method: "GET", path: `/kindergartens?q=${encodeURIComponent(piece)}` });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`href="/kindergartens/${kindergarten.id}"`);
  });
});

describe("in a phone's browser", () => {
  async function phonePage(): Promise<Page> {
    const context = await browser!.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", baseURL: server!.baseUrl, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** React has hydrated the page: taps go to its handlers, not the bare HTML. */
  async function hydrated(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const main = document.querySelector("main");
      return !!main && Object.keys(main).some((k) => k.startsWith("__reactFiber"));
    });
  }

  async function fitsTheScreen(page: Page): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth + 1);
  }

  it("takes a parent from the home page to a kindergarten's fees and account in two taps", async () => {
    const page = await phonePage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    page.on("console", (msg) => (msg.type() === "error" ? errors.push(msg.text()) : undefined));
    await page.goto("/");
    await hydrated(page);
    const box = page.getByRole("searchbox", { name: "幼儿园名称" });
    await box.fill([...kindergarten.name_in_use].slice(0, 4).join(""));
    await fitsTheScreen(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "01-home.png"), fullPage: true });

    await page.getByRole("button", { name: "搜索" }).tap();
    await page.waitForURL(/\/kindergartens\?q=/).catch((err) => {
      throw new Error(`${err.message}; page errors: ${errors.join(" | ")}`);
    });
    await fitsTheScreen(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "02-results.png"), fullPage: true });

    await page.getByRole("link", { name: kindergarten.name_in_use }).tap();
    await page.waitForURL(new RegExp(`/kindergartens/${kindergarten.id}$`));
    await page.getByRole("heading", { name: "收费账户" }).waitFor();
    await expect(page.getByTestId("account-last4").textContent()).resolves.toMatch(/^尾号 \d{4}$/);
    await fitsTheScreen(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "03-kindergarten.png"), fullPage: true });
    await page.context().close();
  });
});
