/**
 * The fee account in a real browser against the real server (demo data):
 * the operator of kg006 (海曙区, a filing returned earlier) reads why it was
 * returned, tries an executable as evidence (refused under the field, nothing
 * stored), files again with a PNG; an education officer of another district
 * cannot open the filing; the district's education officer returns it with a
 * reason, the operator reads the reason and files again, the officer approves,
 * and the operator finds the new account in force and the old one ended, on
 * a phone too. Without JavaScript, a certificate too large comes back under
 * its field with the fields as typed and a word that the file must be chosen
 * again. A fee filing's page says where its version stands, as the list does.
 * Screenshots go to tests/artifacts/e2e-account/.
 */
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { createDb } from "~/db/client";
import { heading, hydrated, PASSWORD, signIn, signOut, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("e2e-account");

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2048, 0x90)]);

async function fileAccount(page: Page, number: string, evidence: { name: string; buffer: Buffer }): Promise<void> {
  await page.goto("/kindergarten/account/new");
  await hydrated(page);
  await page.getByLabel("开户银行").fill("中国建设银行");
  await page.getByLabel("开户网点（支行）").fill("宁波海曙支行");
  await page.getByLabel("账号").fill(number);
  // The field's hint is read with it (aria-describedby), not only shown under it.
  expect(await page.getByLabel("账号").getAttribute("aria-describedby")).toContain(await page.getByText("对公结算账户账号，8–30 位数字").getAttribute("id"));
  await page.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: evidence.name, mimeType: "application/pdf", buffer: evidence.buffer });
  await page.getByRole("button", { name: "提交备案" }).click();
}

async function pendingFilingId(page: Page, kindergartenName: string): Promise<string> {
  await page.goto("/officer/accounts?status=pending");
  await heading(page, "收费账户备案审核");
  const link = page.getByTestId("account-queue").getByRole("link", { name: kindergartenName });
  const href = (await link.getAttribute("href")) ?? "";
  return href.split("/").pop()!;
}

describe("fee account: file, review, return, file again, approve", () => {
  it("takes an operator's filing through review to the account in force", { timeout: 120_000 }, async () => {
    const db = createDb(journey.server().databaseUrl);
    const operator = await journey.newPage();
    await signIn(operator, "kg006");
    await operator.goto("/kindergarten/account");
    await heading(operator, /^收费账户备案 · /);
    const kindergartenName = (await text(operator.getByRole("heading", { level: 1 }))).split(" · ")[1]!;
    expect(await text(operator.getByTestId("account-returned"))).toContain("账户名称与幼儿园登记名称不一致");
    await journey.screenshot(operator, "operator-returned");

    // An executable named .pdf: refused by content, under the file field; nothing stored.
    const before = await db.selectFrom("bank_accounts").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    await fileAccount(operator, "3315 0198 3601 0000 7788", { name: "开户许可证.pdf", buffer: EXE });
    await operator.getByText("只接受 PDF、JPG 或 PNG 文件（按文件内容判断）").waitFor();
    const after = await db.selectFrom("bank_accounts").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    await journey.screenshot(operator, "operator-exe-refused");
    // Another file chosen: the server's word about the refused one goes (it stayed until the next post).
    await operator.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: "开户许可证.png", mimeType: "image/png", buffer: PNG });
    await expect.poll(() => operator.getByText("只接受 PDF、JPG 或 PNG 文件（按文件内容判断）").count()).toBe(0);
    expect(await operator.getByLabel("开户许可证或银行开户证明").getAttribute("aria-invalid")).toBeNull();
    expect(await operator.getByRole("button", { name: "提交备案" }).isDisabled()).toBe(false);

    // Found on a walk (2026-12-06): an iPhone's HEIC photo of the certificate was "only PDF, JPG or PNG", once posted.
    // Now said before posting, in the complaint form's words (what it is, what to do), and the button held back.
    const posts: string[] = [];
    const countPost = (r: { method: () => string; url: () => string }) => (r.method() === "POST" ? posts.push(r.url()) : 0);
    operator.on("request", countPost);
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)]);
    await operator.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: "IMG_0001.HEIC", mimeType: "image/heic", buffer: heic });
    await operator.getByText("“IMG_0001.HEIC”是 HEIC 格式的照片（苹果手机的默认格式），平台无法打开").waitFor();
    const submit = operator.getByRole("button", { name: "提交备案" });
    expect(await submit.isDisabled()).toBe(true);
    // Why it waits, said beside the pale button in the parents' form's words, with the way back up to the certificate.
    const held = operator.getByTestId("submit-held");
    expect(await text(held)).toBe("有文件不能上传：请先在上方换掉或去掉标出的文件，再提交。");
    expect(await held.getByRole("link", { name: "标出的文件" }).getAttribute("href")).toBe("#account-evidence");
    expect(await submit.getAttribute("aria-describedby")).toBe(await held.getAttribute("id"));
    await journey.screenshot(operator, "operator-heic-held");
    expect(posts).toEqual([]);
    operator.off("request", countPost);
    await operator.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: "开户许可证.png", mimeType: "image/png", buffer: PNG });
    await expect.poll(() => held.count()).toBe(0);
    expect(await submit.getAttribute("aria-describedby")).toBeNull();

    await fileAccount(operator, "3315 0198 3601 0000 7788", { name: "开户许可证.png", buffer: PNG });
    await operator.waitForURL(/\/kindergarten\/account\?saved=1/);
    await operator.getByText("账户备案已提交，等待辖区教育部门审核。").waitFor();
    expect(await operator.getByRole("link", { name: /备案新账户|重新备案/ }).count()).toBe(0);

    // Another district's education officer: the filing does not exist for them.
    const jiangbei = await journey.newPage();
    await signIn(jiangbei, "jiangbei.edu");
    const queueIds = await jiangbei.goto("/officer/accounts?status=pending").then(() => jiangbei.getByTestId("account-queue").textContent());
    expect(queueIds).not.toContain(kindergartenName);
    const officer = await journey.newPage();
    await signIn(officer, "haishu.edu");
    const filingId = await pendingFilingId(officer, kindergartenName);
    const foreign = await jiangbei.goto(`/officer/accounts/${filingId}`);
    expect(foreign?.status()).toBe(404);
    await journey.screenshot(jiangbei, "jiangbei-404");

    // The district's education officer returns it: the reason is required, then shown to the operator.
    await officer.goto(`/officer/accounts/${filingId}`);
    await hydrated(officer);
    await journey.screenshot(officer, "officer-review");
    await officer.getByRole("button", { name: "退回" }).click();
    await officer.getByText("退回时请填写原因（至少 2 个字），园方将看到它").waitFor();
    await officer.getByLabel(/退回原因/).fill("开户证明不清晰，请上传银行盖章的开户证明。");
    await officer.getByRole("button", { name: "退回" }).click();
    await officer.getByText("已退回，园方将看到退回原因。").waitFor();
    // The form pressed went with the answer: its notice holds the focus (a screen reader reads it; route-focus.tsx).
    await expect.poll(() => officer.evaluate(() => document.activeElement?.textContent?.trim())).toBe("已退回，园方将看到退回原因。");

    await operator.goto("/kindergarten/account");
    expect(await text(operator.getByTestId("account-returned"))).toContain("开户证明不清晰");
    // A certificate photographed upright, taller than the window.
    const upright = await sharp({ create: { width: 900, height: 1800, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();
    await fileAccount(operator, "3315 0198 3601 0000 7788", { name: "开户证明-盖章.png", buffer: upright });
    await operator.waitForURL(/saved=1/);

    const again = await pendingFilingId(officer, kindergartenName);
    await officer.goto(`/officer/accounts/${again}`);
    await hydrated(officer);
    // The photo opens in a tab of its own, centred and fitted to the window (the browser's own image page, whose
    // inline styles the policies block, pinned it to the top left at the window's height).
    const [certificate] = await Promise.all([officer.context().waitForEvent("page"), officer.getByRole("link", { name: "开户证明-盖章.png" }).first().click()]);
    await certificate.waitForLoadState("load");
    const laidOut = await certificate.evaluate(() => {
      const box = document.querySelector("img")!.getBoundingClientRect();
      return { left: box.left, right: innerWidth - box.right, top: box.top, bottom: innerHeight - box.bottom, ratio: box.width / box.height };
    });
    expect(Math.abs(laidOut.left - laidOut.right)).toBeLessThanOrEqual(1);
    expect(Math.abs(laidOut.top - laidOut.bottom)).toBeLessThanOrEqual(1);
    expect(Math.min(laidOut.left, laidOut.top, laidOut.right, laidOut.bottom)).toBeGreaterThanOrEqual(0);
    expect(laidOut.ratio).toBeCloseTo(0.5, 2);
    await journey.screenshot(certificate, "officer-certificate");
    // A click shows it at its own size (scrolled from its top left), another fits it again.
    const height = () => certificate.evaluate(() => document.querySelector("img")!.getBoundingClientRect().height);
    await certificate.locator("img").click();
    await expect.poll(height).toBe(1800);
    await certificate.locator("img").click();
    await expect.poll(height).toBeLessThanOrEqual(await certificate.evaluate(() => innerHeight));
    await certificate.close();
    await officer.getByRole("button", { name: "审核通过" }).click();
    await officer.getByText(/^已审核通过，自 \d{4}-\d{2}-\d{2} 起生效。$/).waitFor();
    await expect.poll(() => officer.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
    await journey.screenshot(officer, "officer-approved");

    // The operator on a phone: the new account in force (public preview: last four digits), the old one's history kept.
    const phone = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, "kg006");
    await phone.goto("/kindergarten/account");
    const inForce = await text(phone.getByTestId("account-in-force"));
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const newFrom = (await db.selectFrom("bank_accounts").select("effective_from").where("id", "=", again).executeTakeFirstOrThrow()).effective_from;
    if (newFrom <= today) expect(inForce).toMatch(/尾号\s*7788/);
    const states = await phone.getByTestId("account-history").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-status")));
    expect(states.filter((s) => s === "approved").length).toBeGreaterThanOrEqual(2);
    expect(states.filter((s) => s === "returned").length).toBe(2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await journey.screenshot(phone, "phone-operator-history");
    await signOut(phone);
    await db.destroy();
    expect(journey.errors).toEqual([]);
  });

  it("without JavaScript, a certificate too large is told under its field, the fields as typed, the file asked for again", { timeout: 60_000 }, async () => {
    const db = createDb(journey.server().databaseUrl);
    const page = await journey.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto("/login");
    await page.getByLabel("用户名").fill("kg002");
    await page.getByLabel("密码").fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), page.getByRole("button", { name: "登录", exact: true }).click()]);
    await page.goto("/kindergarten/account/new");
    const typed = { 开户银行: "宁波银行", "开户网点（支行）": "海曙支行", 账号: "5101 0123 4567 8901", 生效日期: "2027-02-01" };
    for (const [label, value] of Object.entries(typed)) await page.getByLabel(label).fill(value);
    // A phone's photo of the certificate: 8 MB, over the 5 MB limit.
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(8 * 1024 * 1024, 1)]);
    // 8 MB handed to the browser over its protocol: more than the page's 10 s check timeout when the cores are shared.
    await page.getByLabel("开户许可证或银行开户证明").setInputFiles({ name: "开户许可证.jpg", mimeType: "image/jpeg", buffer: photo }, { timeout: 30_000 });
    const before = await db.selectFrom("bank_accounts").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    // And 8 MB posted.
    const [answer] = await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.getByRole("button", { name: "提交备案" }).click({ timeout: 30_000 })]);
    expect(answer?.status()).toBe(400);
    await page.getByText("文件不能超过 5 MB").waitFor();
    await page.getByText("提交未成功，已选的文件没有保留：请重新选择开户许可证或银行开户证明文件。其他已填写的内容仍在表中。").waitFor();
    for (const [label, value] of Object.entries(typed)) expect(await page.getByLabel(label).inputValue(), label).toBe(value);
    const after = await db.selectFrom("bank_accounts").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    await journey.screenshot(page, "phone-nojs-certificate-too-large");
    await db.destroy();
  });

  it("a fee filing's page says where its version stands, as the operator's list says it", { timeout: 60_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "kg002");
    await page.goto("/kindergarten/fees");
    await heading(page, /^收费备案 · /);
    const row = page.getByTestId("filings").locator("tbody tr").last();
    const listed = await text(row.locator('[data-col="standing"]'));
    expect(listed).toMatch(/^已由第 \d+ 版替代（\d{4}-\d{2}-\d{2} 起）$/);
    await row.getByRole("link").click();
    await heading(page, /^备案详情 第 1 版/);
    expect(await text(page.getByTestId("filing-standing"))).toBe(`执行情况：${listed}`);
    await journey.screenshot(page, "fee-filing-standing");
    expect(journey.errors).toEqual([]);
  });
});
