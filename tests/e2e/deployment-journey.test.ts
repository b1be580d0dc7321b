/**
 * A province deploys the portal on an EMPTY database and reaches a working state, in a real browser against the real
 * server, following README's "Running in production" step by step: the command line (as child processes, the way a
 * user types it: `npm run db:migrate`, `npm run regions:load -- --province 33`, `npm run user:create -- … --generate-password`),
 * then the server without demo data; the administrator signs in with the generated temporary password and must set
 * their own; an import naming a kindergarten not registered yet is refused with what to do; the officers are opened
 * from a CSV at /admin/users/import; 海曙's education officer (temporary password → their own) finds the empty
 * dashboard, queue and review list saying so, and registers a kindergarten; its bookkeeper is opened by
 * `npm run --silent user:import` (its standard output a CSV of the temporary passwords); the bookkeeper, told of no
 * overdue month, files the fee account with its PDF certificate; the education officer approves it; the bookkeeper
 * files the term's fee schedule (保教费: the national categories come with the schema); and a parent, signed out, on a
 * phone, finds the kindergarten in the public search, its fees and the masked account on its page, and checks the
 * account. Public pages of the empty portal (home, search, statistics, published cases) and the market officer's
 * empty complaints queue say what they hold. Screenshots go to tests/artifacts/deployment-journey/ (git-ignored).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { heading, hydrated, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);
const TEMPORARY = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/;

/** What README's commands printed, kept for the first test to read. */
const cli: Record<string, { stdout: string; stderr: string }> = {};
let databaseUrl = "";
let workDir = "";

/** `npm run <args>` as README tells it, against the journey's database, as production runs it. */
async function npmRun(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl };
  delete env.REDIS_URL;
  return run("npm", ["run", ...args], { cwd: ROOT, env, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 });
}

const journey = useBrowserJourney("deployment-journey", {
  env: { DEMO_DATA: "0" },
  async prepare(dir, url) {
    workDir = dir;
    databaseUrl = url;
    cli.migrate = await npmRun(["db:migrate"]);
    cli.regions = await npmRun(["regions:load", "--", "--province", "33"]);
    cli.admin = await npmRun(["user:create", "--", "--username", "admin", "--display-name", "系统管理员", "--role", "admin", "--generate-password"]);
  },
});

const uscc = (first17: string) => first17 + computeUsccCheckChar(first17);
/** A 普惠性民办 kindergarten of 海曙区 (52: 民办非企业单位). */
const KG = { uscc: uscc("52330203MJDEP7001"), name: "宁波市海曙区启航幼儿园", address: "宁波市海曙区启航路 8 号" };
const ACCOUNT_NUMBER = "33150198360100004321";
/** A one-page PDF: the bank's account-opening certificate. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const desk = () => journey.newPage({ viewport: { width: 1280, height: 900 } });
const phone = () => journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Signs in with a temporary password, is sent to set one's own, sets it: the first sign-in of every account. */
async function firstSignIn(page: Page, username: string, temporary: string, own: string): Promise<void> {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(temporary);
  await Promise.all([page.waitForURL((url) => url.pathname === "/account/password"), page.getByRole("button", { name: "登录", exact: true }).click()]);
  await heading(page, "修改密码");
  await hydrated(page);
  expect(await text(page.locator("main"))).toContain("您正在使用临时密码");
  await page.getByLabel("当前密码").fill(temporary);
  await page.getByLabel("新密码", { exact: true }).fill(own);
  await page.getByLabel("再次输入新密码").fill(own);
  await Promise.all([page.waitForURL(/\/account\/password\?changed=1$/), page.getByRole("button", { name: "修改密码" }).click()]);
  await page.getByText("密码已修改。").waitFor();
  await page.getByRole("link", { name: "继续使用" }).click();
  await page.waitForURL((url) => url.pathname !== "/account/password");
  await hydrated(page);
}

/** Uploads a CSV at /admin/users/import and waits for its preview. */
async function previewImport(page: Page, file: string, lines: string[]): Promise<void> {
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  await page.goto("/admin/users/import");
  await heading(page, "批量导入账户");
  await hydrated(page);
  await page.getByLabel(/CSV 文件/).setInputFiles(file);
  await page.getByRole("button", { name: "上传并预览" }).click();
  await page.getByTestId("user-import-preview").waitFor();
}

const passwords: Record<string, string> = {};
const admin: { page?: Page } = {};
const education: { page?: Page } = {};
const operator: { page?: Page } = {};
let kindergartenId = "";

describe("a province deploys the portal from an empty database", () => {
  it("the command line migrates, loads the province's regions and opens the first administrator with a temporary password", () => {
    expect(cli.migrate.stdout).toContain("Migration applied: 2026-12-05T0300_national_fee_categories");
    expect(cli.regions.stdout).toMatch(/新增 \d+ \/ inserted \d+/);
    expect(cli.admin.stdout).toContain("Created admin (admin)");
    const temporary = cli.admin.stdout.match(TEMPORARY)?.[0];
    expect(temporary, cli.admin.stdout).toBeDefined();
    passwords.admin = temporary!;
  });

  it("an empty portal says what it holds, to a parent on a phone", { timeout: 60_000 }, async () => {
    const page = await phone();
    await page.goto("/");
    await hydrated(page);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await journey.screenshot(page, "empty-home");
    await page.goto(`/kindergartens?q=${encodeURIComponent("幼儿园")}`);
    await heading(page, "查幼儿园收费");
    expect(await text(page.locator("main"))).toContain("没有找到符合条件的幼儿园。");
    await journey.screenshot(page, "empty-search");
    expect((await page.goto("/statistics"))?.status()).toBe(200);
    await heading(page, "收费监管公开统计");
    expect((await page.goto("/cases"))?.status()).toBe(200);
    expect(await text(page.locator("main"))).toContain("暂无符合条件的案例。");
    expect(journey.errors).toEqual([]);
  });

  it("the administrator sets their own password, is told operators wait for the registry, and opens the officers from a CSV", { timeout: 90_000 }, async () => {
    const page = (admin.page = await desk());
    // Not containing the username, which a new password may not (user-admin's rule).
    await firstSignIn(page, "admin", passwords.admin!, "province-root-pw-2026");

    // The catalogue holds the national categories: what a bookkeeper files from.
    await page.goto("/officer/catalogue");
    await heading(page, "收费项目目录");
    const catalogue = await text(page.locator("main"));
    for (const name of ["保教费", "住宿费", "保育费（托班）"]) expect(catalogue).toContain(name);

    // The template's columns; an operator's row before its kindergarten is registered: refused, saying what to do.
    const template = await page.request.get("/admin/users/import/template.csv");
    expect((await template.text()).replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe("username,display_name,role,kindergarten_uscc,agency,region_code,lead");
    const header = "username,display_name,role,kindergarten_uscc,agency,region_code,lead";
    const officers = ["haishu.edu,海曙区教育局,officer,,education,330203,否", "haishu.market,海曙区市场监督管理局,officer,,market,330203,否"];
    await previewImport(page, path.join(workDir, "accounts.csv"), [header, ...officers, `kg.qihang,启航幼儿园收费管理员,operator,${KG.uscc},,,`]);
    const refused = await text(page.getByTestId("user-import-preview"));
    expect(refused).toContain("其中 1 行有错误");
    expect(refused).toContain(`kindergarten_uscc “${KG.uscc}”：未找到该幼儿园`);
    expect(refused).toContain("新幼儿园须先由教育部门在幼儿园名录中登记，再开设收费管理员账户");
    expect(await page.getByTestId("user-import-commit").count()).toBe(0);
    await journey.screenshot(page, "import-operator-before-registry");

    // The officers first.
    await previewImport(page, path.join(workDir, "officers.csv"), [header, ...officers]);
    expect(await text(page.getByTestId("user-import-preview"))).toContain("全部可以导入，将开设 2 个账户");
    await page.getByTestId("user-import-commit").getByRole("button", { name: "导入 2 个账户" }).click();
    await page.getByTestId("users-imported").waitFor();
    for (const row of await page.getByTestId("users-imported-list").locator("tbody tr").all()) {
      const username = await text(row.locator("code").first());
      passwords[username] = await text(row.locator("code.temporary-password"));
    }
    expect(Object.keys(passwords).sort()).toEqual(["admin", "haishu.edu", "haishu.market"]);
    for (const p of Object.values(passwords)) expect(p).toMatch(TEMPORARY);
    await journey.screenshot(page, "officers-imported");
    expect(journey.errors).toEqual([]);
  });

  it("the education officer finds empty pages that say so, and registers the district's kindergarten", { timeout: 90_000 }, async () => {
    const page = (education.page = await desk());
    await firstSignIn(page, "haishu.edu", passwords["haishu.edu"]!, "haishu-edu-own-2026");

    await page.goto("/officer/dashboard");
    await heading(page, "检查任务工作概况");
    expect(await text(page.locator("main"))).toMatch(/未结案任务\s*0/);
    await journey.screenshot(page, "empty-dashboard");
    await page.goto("/officer/cases");
    await heading(page, "检查任务队列");
    expect(await text(page.locator("main"))).toContain("当前没有待处理的检查任务。");
    await page.goto("/officer/accounts");
    await heading(page, "收费账户备案审核");
    expect(await text(page.locator("main"))).toContain("没有记录。");
    await page.goto("/officer/kindergartens");
    await heading(page, "幼儿园");
    expect(await text(page.locator("main"))).toContain("没有符合条件的幼儿园。");

    await page.getByRole("link", { name: "登记幼儿园" }).click();
    await heading(page, "登记幼儿园");
    await hydrated(page);
    expect(await page.getByLabel("所在地区").inputValue()).toBe("330203");
    await page.getByLabel("统一社会信用代码").fill(KG.uscc);
    await page.getByLabel("核准名称").fill(KG.name);
    await page.getByLabel("办园性质").selectOption({ label: "普惠性民办" });
    await page.getByLabel("等级", { exact: true }).selectOption({ label: "二级幼儿园" });
    await page.getByLabel("地址").fill(KG.address);
    await Promise.all([page.waitForURL(/\/officer\/kindergartens\/[0-9A-Z]{26}\?done=registered$/), page.getByRole("button", { name: "登记", exact: true }).click()]);
    await heading(page, KG.name);
    kindergartenId = new URL(page.url()).pathname.split("/")[3]!;
    await journey.screenshot(page, "registered");
    expect(journey.errors).toEqual([]);
  });

  it("the bookkeeper's account is opened from the command line, its standard output a CSV of the temporary password", { timeout: 90_000 }, async () => {
    const file = path.join(workDir, "operators.csv");
    fs.writeFileSync(file, `username,display_name,role,kindergarten_uscc\r\nkg.qihang,启航幼儿园收费管理员,operator,${KG.uscc}\r\n`);
    // README: `npm run --silent user:import -- accounts.csv > temporary-passwords.csv`: the file is the CSV alone.
    const { stdout } = await npmRun(["--silent", "user:import", "--", file]);
    const lines = stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("username,temporary_password");
    expect(lines).toHaveLength(2);
    const [username, temporary] = lines[1]!.split(",");
    expect(username).toBe("kg.qihang");
    expect(temporary).toMatch(TEMPORARY);
    passwords["kg.qihang"] = temporary!;
    const stored = await withServerDb(journey, (db) => db.selectFrom("users").select(["role", "kindergarten_id"]).where("username", "=", "kg.qihang").executeTakeFirstOrThrow());
    expect(stored).toEqual({ role: "operator", kindergarten_id: kindergartenId });
  });

  it("the bookkeeper, told of no overdue month, files the fee account with its PDF; the education officer approves it", { timeout: 90_000 }, async () => {
    const page = (operator.page = await desk());
    await firstSignIn(page, "kg.qihang", passwords["kg.qihang"]!, "qihang-own-pass-2026");
    await page.goto("/kindergarten/fees");
    await heading(page, `收费备案 · ${KG.name}`);
    // Registered today: no month of the meal fund was its to publish yet.
    const todo = await text(page.locator("main"));
    expect(todo).not.toContain("已过填报期限仍未填报");
    expect(todo).toContain("尚未备案收费账户");
    await journey.screenshot(page, "operator-first-page");

    await page.goto("/kindergarten/account/new");
    await hydrated(page);
    await page.getByLabel("开户银行").fill("中国建设银行");
    await page.getByLabel("开户网点（支行）").fill("宁波海曙支行");
    expect(await page.getByLabel("账户名称").inputValue()).toBe(KG.name);
    await page.getByLabel("账号").fill(ACCOUNT_NUMBER.replace(/(\d{4})(?=\d)/g, "$1 "));
    await page.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: "开户许可证.pdf", mimeType: "application/pdf", buffer: PDF });
    await Promise.all([page.waitForURL(/\/kindergarten\/account\?saved=1$/), page.getByRole("button", { name: "提交备案" }).click()]);
    await page.getByText("账户备案已提交，等待辖区教育部门审核。").waitFor();

    const officer = education.page!;
    await officer.goto("/officer/accounts?status=pending");
    await heading(officer, "收费账户备案审核");
    await officer.getByTestId("account-queue").getByRole("link", { name: KG.name }).click();
    await heading(officer, `审核账户备案 · ${KG.name}`);
    await hydrated(officer);
    expect(await text(officer.locator("main"))).toContain("开户许可证.pdf");
    await journey.screenshot(officer, "account-review");
    await officer.getByRole("button", { name: "审核通过" }).click();
    await officer.getByText(/^已审核通过，自 \d{4}-\d{2}-\d{2} 起生效。$/).waitFor();
    expect(journey.errors).toEqual([]);
  });

  it("the bookkeeper files the term's fee schedule, and the rules find nothing wrong", { timeout: 90_000 }, async () => {
    const page = operator.page!;
    await page.goto("/kindergarten/fees/new");
    await heading(page, `填报新学期收费标准 · ${KG.name}`);
    await hydrated(page);
    const item = page.getByRole("group", { name: "项目 1" });
    const offered = await item.getByLabel("项目", { exact: true }).locator("option").allTextContents();
    expect(offered).toEqual(expect.arrayContaining(["保教费", "住宿费", "保育费（托班）"]));
    await item.getByLabel("项目", { exact: true }).selectOption({ label: "保教费" });
    await item.getByLabel("金额（元）").fill("1800");
    await item.getByLabel("计费单位").selectOption("month");
    await page.getByLabel("收费依据").fill("海曙区发展和改革局、教育局核定");
    await page.getByLabel("退费办法", { exact: true }).fill("按未出勤天数退还保教费");
    await page.getByLabel("投诉渠道").fill("12315；海曙区教育局 0574-87000000");
    await journey.screenshot(page, "fee-schedule-form");
    await Promise.all([page.waitForURL(/\/kindergarten\/fees\/[0-9A-Z]{26}\?saved=1$/), page.getByRole("button", { name: "提交备案" }).click()]);
    await heading(page, /^备案详情 第 1 版 · /);
    await page.getByTestId("evaluation-pending").waitFor({ state: "detached", timeout: 20_000 });
    expect(await page.locator("[data-rule]").count()).toBe(0);
    expect(await text(page.locator("main"))).toContain("未发现问题");
    await journey.screenshot(page, "fee-schedule-filed");
    expect(journey.errors).toEqual([]);
  });

  it("a parent on a phone finds the kindergarten, its fees and the masked account, and checks the account", { timeout: 90_000 }, async () => {
    const page = await phone();
    await page.goto(`/kindergartens?q=${encodeURIComponent("启航")}`);
    await hydrated(page);
    await heading(page, "查幼儿园收费");
    const hit = page.getByTestId("search-results").getByRole("link", { name: KG.name });
    expect(await hit.count()).toBe(1);
    await journey.screenshot(page, "parent-search");
    await hit.tap();
    await heading(page, KG.name);
    await hydrated(page);
    const main = await text(page.locator("main"));
    expect(main).toContain("下一学期收费标准");
    // Every fee is for all classes: the table has no age column (a fee of one class only would bring it back, 不限 for the rest).
    expect(main).toMatch(/保教费\s*每月 1,800\.00 元/);
    expect(await text(page.getByTestId("account-last4"))).toBe(`尾号 ${ACCOUNT_NUMBER.slice(-4)}`);
    expect(main).not.toContain(ACCOUNT_NUMBER);
    expect(main).toContain("中国建设银行");
    await journey.screenshot(page, "parent-kindergarten");

    await page.getByLabel("收款账号").fill(ACCOUNT_NUMBER);
    await page.getByRole("button", { name: "核验账户" }).tap();
    await page.locator(".check-answer").waitFor();
    expect(await text(page.locator(".check-answer"))).toContain("是本园备案的收费账户");
    await journey.screenshot(page, "parent-check");
    expect(journey.errors).toEqual([]);
  });

  it("the market officer's first sign-in: an empty complaints queue that says so", { timeout: 60_000 }, async () => {
    const page = await desk();
    await firstSignIn(page, "haishu.market", passwords["haishu.market"]!, "haishu-market-own-2026");
    await page.goto("/officer/complaints");
    await heading(page, "投诉举报");
    expect(await text(page.locator("main"))).toContain("没有符合条件的投诉举报");
    await journey.screenshot(page, "market-empty-complaints");
    expect(journey.errors).toEqual([]);
  });
});
