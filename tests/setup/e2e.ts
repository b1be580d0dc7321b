/**
 * The browser journeys' common ground: one real server (demo data) and one
 * Chromium per test file, pages that collect every uncaught exception and
 * console error (the app should produce none), numbered screenshots under
 * tests/artifacts/<dir>/ (git-ignored), and the few page helpers every
 * journey needs (hydration, headings, signing in and out).
 *
 * Call useBrowserJourney() at the top of a test file: it registers the
 * beforeAll/afterAll that start and stop the server and the browser.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "./browser";
import { createDb } from "~/db/client";
import { requireBuild, startServer, type TestServer } from "./server";

export const PASSWORD = "demo1234";

export interface BrowserJourney {
  server(): TestServer;
  /** A fresh browser context (own cookies), zh-CN in Asia/Shanghai unless `options` say otherwise. */
  newPage(options?: Parameters<Browser["newContext"]>[0]): Promise<Page>;
  /** A whole page, or one element of it. */
  screenshot(target: Page | Locator, name: string): Promise<void>;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  /** The confirmations the pages asked for (each accepted), in order. */
  dialogs: string[];
}

export interface BrowserJourneyOptions {
  /** The server's environment beyond startServer's (e.g. `DEMO_DATA: "0"`). */
  env?: Record<string, string>;
  /**
   * Run before the server starts, on the folder its database will be in (`databaseUrl`): to prepare the database as
   * a deployment does (the command line's migrations, regions, first account) instead of the demo data.
   */
  prepare?: (dir: string, databaseUrl: string) => Promise<void>;
}

export function useBrowserJourney(artifactsDir: string, options: BrowserJourneyOptions = {}): BrowserJourney {
  const artifacts = fileURLToPath(new URL(`../artifacts/${artifactsDir}/`, import.meta.url));
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  let shot = 0;

  beforeAll(async () => {
    requireBuild();
    fs.mkdirSync(artifacts, { recursive: true });
    for (const f of fs.readdirSync(artifacts)) if (f.endsWith(".png")) fs.rmSync(path.join(artifacts, f));
    // allSettled, not all: if one fails, afterAll must still stop the other (a server child would outlive the run).
    const start = async () => {
      if (!options.prepare) return startServer({ timeoutMs: 60_000, env: options.env });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
      try {
        await options.prepare(dir, path.join(dir, "portal.db"));
      } catch (err) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw err;
      }
      return startServer({ timeoutMs: 60_000, env: options.env, dir });
    };
    const [started, launched] = await Promise.allSettled([start(), launchChromium()]);
    if (started.status === "fulfilled") server = started.value;
    if (launched.status === "fulfilled") browser = launched.value;
    for (const result of [started, launched]) if (result.status === "rejected") throw result.reason;
  }, options.prepare ? 180_000 : 90_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
  }, 30_000);

  return {
    server: () => server!,
    errors,
    dialogs,
    async newPage(options = {}) {
      const context = await browser!.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", baseURL: server!.baseUrl, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.setDefaultNavigationTimeout(15_000);
      page.on("pageerror", (err) => errors.push(`pageerror on ${page.url()}: ${err.message}`));
      // A step that cannot be undone asks the browser first (confirmFirst: a publication's approval, a draft's discard…):
      // accepted, and kept for the test to read. (The case and complaint pages' steps ask none: the server checks them first.)
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.accept();
      });
      page.on("console", (msg) => {
        // Refused documents (404, 400, 429) are expected in some steps; the browser logs each as a failed resource.
        if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) errors.push(`console.error on ${page.url()}: ${msg.text()}`);
      });
      return page;
    },
    async screenshot(target, name) {
      shot += 1;
      const file = path.join(artifacts, `${String(shot).padStart(2, "0")}-${name}.png`);
      // A screenshot is the journey's record, not a check: a full page on a machine busy with the other test files has
      // taken over the page's 10 s default (the case journey's, once in a CI run), so it has time of its own.
      const timeout = 30_000;
      await ("goto" in target ? target.screenshot({ path: file, fullPage: true, timeout }) : target.screenshot({ path: file, timeout }));
    },
  };
}

/** Wait until React has hydrated the page, so client-side validation and intents work. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return !!main && Object.keys(main).some((k) => k.startsWith("__reactFiber"));
  });
}

/** Wait for the page's h1 to read `name` (client-side navigations update the URL a tick before the page). */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("heading", { level: 1, name, exact: typeof name === "string" ? true : undefined }).waitFor();
}

export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** At least the 44 px a finger needs (Apple's HIG; WCAG 2.5.5): what a parent taps on a phone. */
export async function fingerSized(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box, `${await target.textContent()} is not shown`).not.toBeNull();
  expect(box!.height, `"${await text(target)}" is ${box!.height}px tall`).toBeGreaterThanOrEqual(44);
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto("/login");
  await hydrated(page);
  await heading(page, "登录");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), page.getByRole("button", { name: "登录", exact: true }).click()]);
  await hydrated(page);
}

export async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname === "/"), page.getByRole("button", { name: "退出登录" }).click()]);
  // The URL changes a tick before the revalidated root renders: wait for the signed-out header.
  await page.getByRole("link", { name: "登录", exact: true }).first().waitFor();
  expect(await page.getByRole("button", { name: "退出登录" }).count()).toBe(0);
}

/** Work on the journey's server database (its own connection, closed after): what happened outside the browser. */
export async function withServerDb<T>(journey: BrowserJourney, fn: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(journey.server().databaseUrl);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}
