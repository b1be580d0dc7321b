/**
 * A parent's complaint in a real browser against the real server (demo data),
 * on a phone: from the kindergarten's public page to the form, a complaint
 * with a photo, the receipt with the tracking number and the access code;
 * later, the tracking page with the officer's reply (made through the
 * officer's action), and another's number refused. The kindergarten picker's
 * 您是不是要找 on a phone, with and without JavaScript. The officer's rejection and acceptance of a complaint on its page: checked by the
 * server before the officer is asked to confirm it, without the browser's dialog; a stale tab's step refused in words
 * at the page's top once its form is gone; a closing, which leaves no action, said saved at the page's top.
 * Screenshots go to tests/artifacts/complaint/ (git-ignored).
 */
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { handleComplaint } from "~/domain/complaints/complaint-handling.server";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { actorOf } from "../factories/domain";
import { fingerSized, heading, hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("complaint");
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const REPLY = "您好，已联系幼儿园核实九月保教费的收取情况，将在受理后组织调解。";

const withDb = <T>(fn: Parameters<typeof withServerDb<T>>[1]) => withServerDb(journey, fn);

describe("a parent's complaint in a browser", () => {
  it("files a complaint with a photo on a phone, keeps the number and code, and later reads the officer's reply", { timeout: 90_000 }, async () => {
    const kg = await withDb((db) => db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow());
    const phone = await journey.newPage(PHONE);
    await phone.goto(`/kindergartens/${kg.id}`);
    await hydrated(phone);
    // The header says which section the page belongs to.
    expect(await phone.getByRole("navigation", { name: "主导航" }).locator('a[aria-current="page"]').allTextContents()).toEqual(["查幼儿园收费"]);
    await Promise.all([phone.waitForURL(/\/complaints\/new\?kindergarten=/), phone.getByRole("link", { name: "投诉举报", exact: true }).click()]);
    await hydrated(phone);
    await heading(phone, "投诉举报");
    expect(await text(phone.getByTestId("chosen-kindergarten"))).toContain(kg.name_in_use);
    // A parent who filed before goes from here to the tracking page: a link alone on its line, tapped.
    await fingerSized(phone.getByRole("link", { name: "已经提交过？查询办理进度" }));

    // A typo is caught on the phone before anything is sent.
    const posts: string[] = [];
    phone.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await phone.getByRole("button", { name: "提交", exact: true }).click();
    await phone.locator(".field-error").first().waitFor();
    expect(posts).toEqual([]);

    await phone.locator('input[name="track"][value="complaint"]').check();
    await phone.locator('input[name="kind"][value="above_filed"]').check();
    await phone.getByLabel("收费项目", { exact: true }).fill("保教费");
    await phone.getByLabel("金额（元）", { exact: true }).fill("3200");
    await phone.getByLabel("计费方式", { exact: true }).selectOption("month");
    const paid = addDays(shanghaiDate(), -20);
    await phone.getByLabel("缴费日期（选填）", { exact: true }).fill(paid);
    await phone.getByLabel("您知道此事的日期", { exact: true }).fill(paid);
    await phone.getByLabel("事情经过", { exact: true }).fill("九月保教费收了3200元，幼儿园公示的是2800元，多收了400元。老师在家长群里通知缴费。请求退还多收部分。");
    expect(await text(phone.locator(".counter"))).toMatch(/^\d+ \/ 2000 字$/);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#e8d9b0" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 33/1 0/1" } })
      .toBuffer();
    await phone.locator('input[name="evidence"]').setInputFiles({ name: "收据.jpg", mimeType: "image/jpeg", buffer: photo });
    await phone.getByLabel("姓名", { exact: true }).fill("张女士");
    await phone.getByLabel("联系电话", { exact: true }).fill("138 0013 8000");
    await phone.getByLabel("联系地址", { exact: true }).fill("宁波市海曙区某路1号");
    const width = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client + 1);
    await journey.screenshot(phone, "form-filled");

    await phone.getByRole("button", { name: "提交", exact: true }).click();
    const trackingNo = await text(phone.getByTestId("tracking-no"));
    const accessCode = await text(phone.getByTestId("access-code"));
    // The receipt replaces the form the parent submitted at its bottom: its heading is read first and in view.
    await expect.poll(() => phone.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(trackingNo).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await phone.getByText("请现在就把受理编号和查询码抄下来").waitFor();
    expect(phone.url()).not.toContain(accessCode);
    // The tab (and a screen reader's name for the page) says what the heading says, not the form's 投诉举报.
    await expect.poll(() => phone.title()).toBe("已收到您的投诉 · 民办园收费监管平台");
    await journey.screenshot(phone, "receipt");
    // Following it from the receipt, the number is filled in; the code is typed (it never travels in an address).
    await Promise.all([phone.waitForURL(/\/complaints\/track\?no=/), phone.getByRole("link", { name: "查询办理进度" }).click()]);
    await expect.poll(() => phone.title()).toBe("查询办理进度 · 民办园收费监管平台");
    expect(await phone.getByLabel("受理编号", { exact: true }).inputValue()).toBe(trackingNo);
    expect(await phone.getByLabel("查询码", { exact: true }).inputValue()).toBe("");
    // Back on the form (a reload, a second look), this phone shows the receipt again, code included.
    await phone.goto(`/complaints/new?kindergarten=${kg.id}`);
    const recent = await text(phone.getByTestId("recent-receipts"));
    expect(recent).toContain(trackingNo);
    expect(recent).toContain(accessCode);

    // The photo was stored without its GPS position.
    const stored = await withDb((db) =>
      db
        .selectFrom("complaints")
        .innerJoin("complaint_evidence", "complaint_evidence.complaint_id", "complaints.id")
        .innerJoin("evidence_files", "evidence_files.id", "complaint_evidence.evidence_id")
        .select(["complaints.id", "evidence_files.media_type"])
        .where("complaints.tracking_no", "=", trackingNo)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.media_type).toBe("image/jpeg");

    // The district's market officer replies, through the officer's own action (the complaint stays to be accepted).
    const replied = await withDb(async (db) => {
      const complaint = await db.selectFrom("complaints").select(["region_code", "version"]).where("id", "=", stored.id).executeTakeFirstOrThrow();
      const officer = await db
        .selectFrom("users")
        .select("username")
        .where("role", "=", "officer")
        .where("agency", "=", "market")
        .where("region_code", "=", complaint.region_code)
        .executeTakeFirstOrThrow();
      return handleComplaint({ db, actor: await actorOf(db, officer.username), complaintId: stored.id, input: { intent: "reply", version: complaint.version, reply: REPLY } });
    });
    expect(replied.ok).toBe(true);

    // Later, on another visit: the tracking page with the number and code as written down (lower case, no hyphens).
    const later = await journey.newPage(PHONE);
    await later.goto("/");
    await hydrated(later);
    await Promise.all([later.waitForURL(/\/complaints\/track$/), later.getByRole("link", { name: "查询办理进度" }).first().click()]);
    await hydrated(later);
    await later.getByLabel("受理编号", { exact: true }).fill(trackingNo.toLowerCase());
    await later.getByLabel("查询码", { exact: true }).fill(accessCode.replace(/-/g, ""));
    await later.getByRole("button", { name: "查询", exact: true }).click();
    await later.getByTestId("complaint-status").waitFor();
    expect(await text(later.getByTestId("complaint-status"))).toBe("已收到，等待决定是否受理");
    expect(await text(later.getByTestId("complaint-deadline"))).toMatch(/^市场监管部门应在 \d{4}-\d{2}-\d{2} 前决定是否受理您的投诉/);
    await later.getByText(REPLY).waitFor();
    await fingerSized(later.locator("main").getByRole("link", { name: "我要投诉举报", exact: true }));
    expect(await later.locator(".complaint-view").innerText()).toContain("保教费：3,200.00 元（每月）");
    expect(await later.locator(".complaint-view").innerText()).toContain("附 1 项收费、1 个文件");
    expect(new URL(later.url()).search).toBe("");
    await journey.screenshot(later, "tracking");

    // Not accepted: the parent reads the ground in the law's words, not only the officer's text.
    const rejected = await withDb(async (db) => {
      const complaint = await db.selectFrom("complaints").select(["region_code", "version"]).where("id", "=", stored.id).executeTakeFirstOrThrow();
      const officer = await db.selectFrom("users").select("username").where("role", "=", "officer").where("agency", "=", "market").where("region_code", "=", complaint.region_code).executeTakeFirstOrThrow();
      return handleComplaint({ db, actor: await actorOf(db, officer.username), complaintId: stored.id, input: { intent: "reject", version: complaint.version, ground: "time_barred", reply: "已超过三年，不予受理。" } });
    });
    expect(rejected.ok).toBe(true);
    await later.getByRole("button", { name: "查询", exact: true }).click();
    await later.getByText("理由：自知道或应当知道权益受损之日起超过三年").waitFor();

    // Someone else's number with this code: one message, nothing of the complaint.
    await later.getByLabel("受理编号", { exact: true }).fill("0000-0000-0000");
    await later.getByLabel("查询码", { exact: true }).fill(accessCode);
    await later.getByRole("button", { name: "查询", exact: true }).click();
    await later.getByText("受理编号或查询码不正确").waitFor();
    expect(await later.locator(".complaint-view").count()).toBe(0);
    await journey.screenshot(later, "tracking-wrong");
    expect(journey.errors).toEqual([]);
  });

  it("offers in the kindergarten picker the names a character away from one that finds nothing, tapped as a hit is, with and without JavaScript", { timeout: 60_000 }, async () => {
    for (const javaScriptEnabled of [true, false]) {
      const phone = await journey.newPage({ ...PHONE, javaScriptEnabled });
      await phone.goto("/complaints/new");
      if (javaScriptEnabled) await hydrated(phone);
      await phone.getByLabel("幼儿园名称", { exact: true }).fill("春牙");
      await Promise.all([phone.waitForURL(/\/complaints\/new\?q=/), phone.getByRole("button", { name: "搜索", exact: true }).click()]);
      await phone.getByText("您是不是要找：").waitFor();
      const near = phone.getByTestId("complaint-kg-near").getByRole("link", { name: "选择：宁波市海曙区春芽幼儿园", exact: true });
      await fingerSized(near);
      if (javaScriptEnabled) await journey.screenshot(phone, "picker-near");
      await Promise.all([phone.waitForURL(/\/complaints\/new\?kindergarten=/), near.tap()]);
      expect(await text(phone.getByTestId("chosen-kindergarten")), `JavaScript ${javaScriptEnabled}`).toContain("宁波市海曙区春芽幼儿园");
      await phone.close();
    }
    expect(journey.errors).toEqual([]);
  });

  it("asks the officer to confirm a rejection only once the server has checked it, in the page, focused", { timeout: 60_000 }, async () => {
    // A demo complaint of 海曙区 waiting for the decision to accept it.
    const complaint = await withDb((db) =>
      db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").where("status", "=", "received").orderBy("id").executeTakeFirstOrThrow(),
    );
    const officer = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, "haishu.market");
    await officer.goto(`/officer/complaints/${complaint.id}`);
    await hydrated(officer);
    const asked = journey.dialogs.length;
    const reject = officer.getByTestId("action-reject");
    const confirm = officer.getByTestId("action-reject-confirm");
    await reject.getByLabel("不予受理理由（《办法》第十五条）").selectOption("not_samr_remit");
    await reject.getByLabel("答复内容（投诉举报人可在查询页面看到）").fill("否");
    // Too short a reply: refused before the officer is asked anything, focus on the marked field, read with its message.
    await reject.getByRole("button", { name: "不予受理", exact: true }).click();
    const reply = reject.getByLabel("答复内容（投诉举报人可在查询页面看到）");
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await reply.getAttribute("aria-invalid")).toBe("true");
    expect(await confirm.count()).toBe(0);
    expect(journey.dialogs.length).toBe(asked);

    // Complete, it is checked and then confirmed: the confirmation says what the complainant will read, and has the focus.
    const words = "您反映的事项不属于市场监管部门职责，请向教育部门反映。";
    await reply.fill(words);
    await reject.getByRole("button", { name: "不予受理", exact: true }).click();
    await confirm.waitFor();
    await expect.poll(() => confirm.locator("h4").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text(confirm.locator("h4"))).toBe("请确认：不予受理");
    expect(await text(confirm)).toContain("不属于市场监督管理部门职责范围");
    expect(await text(confirm)).toContain(words);
    expect(await text(officer.locator("h1"))).toContain("待处理");
    expect(journey.dialogs.length).toBe(asked);
    await journey.screenshot(officer, "officer-reject-confirm");
    await confirm.getByRole("button", { name: "确认不予受理" }).click();
    await officer.getByText("已保存：不予受理").waitFor();
    await officer.locator("h1").filter({ hasText: "不予受理" }).waitFor();
    expect(await confirm.count()).toBe(0);
    expect(journey.dialogs.length).toBe(asked);
    expect(await text(officer.getByTestId("complaint-timeline"))).toContain(words);
    expect(journey.errors).toEqual([]);
  });

  it("confirms an acceptance; a stale tab's rejection is refused at the page's top, focused, its form gone", { timeout: 60_000 }, async () => {
    // The demo's last complaint of 海曙区 waiting for the decision to accept it (the rejection above takes the first).
    const complaint = await withDb((db) =>
      db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").where("status", "=", "received").orderBy("id", "desc").executeTakeFirstOrThrow(),
    );
    const [first, second] = [await journey.newPage({ viewport: { width: 1280, height: 900 } }), await journey.newPage({ viewport: { width: 1280, height: 900 } })];
    for (const tab of [first, second]) {
      // Two windows of the officer's (each page its own browser context: each signs in).
      await signIn(tab, "haishu.market");
      await tab.goto(`/officer/complaints/${complaint.id}`);
      await hydrated(tab);
    }
    const asked = journey.dialogs.length;
    // The second tab accepts: checked, then confirmed.
    const accept = second.getByTestId("action-accept");
    await accept.getByRole("button", { name: "受理", exact: true }).click();
    const confirm = second.getByTestId("action-accept-confirm");
    await confirm.waitFor();
    expect(await text(confirm)).toContain("此件不能再不予受理");
    await confirm.getByRole("button", { name: "确认受理" }).click();
    await second.getByText("已保存：受理").waitFor();

    // The first tab, still showing the complaint as received, rejects it: its form goes, the reason stays on the page.
    const reject = first.getByTestId("action-reject");
    await reject.getByLabel("不予受理理由（《办法》第十五条）").selectOption("not_samr_remit");
    await reject.getByLabel("答复内容（投诉举报人可在查询页面看到）").fill("您反映的事项不属于市场监管部门职责。");
    await reject.getByRole("button", { name: "不予受理", exact: true }).click();
    const alert = first.getByTestId("step-refused");
    await alert.waitFor();
    expect(await text(alert)).toMatch(/^“不予受理”未执行。此件刚有新的变动/);
    await expect.poll(() => alert.evaluate((el) => el === document.activeElement)).toBe(true);
    await first.locator("h1").filter({ hasText: "已受理" }).waitFor();
    expect(await reject.count()).toBe(0);
    expect(journey.dialogs.length).toBe(asked);
    await journey.screenshot(first, "officer-stale-refused");
    expect(journey.errors).toEqual([]);
  });

  it("says a closing was saved at the page's top, focused, though no action is left to say it above", { timeout: 60_000 }, async () => {
    // A demo complaint of 海曙区 whose mediation has ended, the complainant told: only closing is left.
    const complaint = await withDb(async (db) => {
      const row = await db
        .selectFrom("complaints")
        .select("id")
        .where("region_code", "=", "330203")
        .where("track", "=", "complaint")
        .where("status", "=", "accepted")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      await db.updateTable("complaints").set({ status: "mediation_ended", mediation_ended_on: null }).where("id", "=", row.id).execute();
      return row;
    });
    const officer = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, "haishu.market");
    await officer.goto(`/officer/complaints/${complaint.id}`);
    await hydrated(officer);
    const close = officer.getByTestId("action-close");
    await close.getByRole("button", { name: "办结", exact: true }).click();
    const confirm = officer.getByTestId("action-close-confirm");
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "确认办结" }).click();
    const done = officer.getByTestId("step-done");
    await done.waitFor();
    expect(await text(done)).toBe("已保存：办结");
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    await officer.locator("h1").filter({ hasText: "已办结" }).waitFor();
    expect(await officer.getByTestId("complaint-actions").count()).toBe(0);
    await journey.screenshot(officer, "officer-closed-saved");
    expect(journey.errors).toEqual([]);
  });

  it("the queue's filter controls show the view's filters after a link to another view", { timeout: 60_000 }, async () => {
    const officer = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(officer, "haishu.market");
    await officer.goto(`/officer/complaints?track=report&kg=${encodeURIComponent("爱弥儿")}`);
    await hydrated(officer);
    const filters = officer.getByTestId("complaint-filters");
    expect([await filters.locator("select[name=track]").inputValue(), await filters.locator("input[name=kg]").inputValue()]).toEqual(["report", "爱弥儿"]);
    // The menu's link to the queue, read in the browser: the list is every complaint, and so must the controls say.
    await Promise.all([officer.waitForURL((url) => url.pathname === "/officer/complaints" && url.search === ""), officer.locator("header").getByRole("link", { name: "投诉举报", exact: true }).click()]);
    await officer.getByTestId("complaint-counts").filter({ hasNotText: /^$/ }).waitFor();
    await expect.poll(async () => [await filters.locator("select[name=track]").inputValue(), await filters.locator("input[name=kg]").inputValue()]).toEqual(["", ""]);
    expect(journey.errors).toEqual([]);
  });

  it("a submit refused leaves focus on the first field to correct, which is announced as wrong, with and without JavaScript", { timeout: 90_000 }, async () => {
    const kg = await withDb((db) => db.selectFrom("kindergartens").select("id").where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow());
    /** The focused control: its name, whether it is marked invalid, and what its description reads. */
    const focused = (page: Page) =>
      page.evaluate(() => {
        const active = document.activeElement;
        const ids = (active?.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
        return {
          name: active?.getAttribute("name") ?? active?.tagName ?? null,
          invalid: active?.getAttribute("aria-invalid") ?? null,
          says: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
        };
      });
    const fill = async (page: Page) => {
      await page.locator('input[name="track"][value="complaint"]').check();
      await page.locator('input[name="kind"][value="above_filed"]').check();
      await page.getByLabel("您知道此事的日期", { exact: true }).fill(addDays(shanghaiDate(), -3));
      await page.getByLabel("事情经过", { exact: true }).fill("九月保教费收了3200元，幼儿园公示的是2800元，多收了400元。");
      await page.getByLabel("姓名", { exact: true }).fill("张女士");
      // A digit short: not a phone number.
      await page.getByLabel("联系电话", { exact: true }).fill("1380013800");
      await page.getByLabel("联系地址", { exact: true }).fill("宁波市海曙区某路1号");
    };
    const addItem = async (page: Page) => {
      await page.getByLabel("收费项目", { exact: true }).fill("保教费");
      await page.getByLabel("金额（元）", { exact: true }).fill("3200");
    };
    const itemsFirst = { name: "items[0].name", invalid: "true", says: expect.stringContaining("请至少填写一项实际收取的费用") };
    const phoneNext = { name: "contactPhone", invalid: "true", says: expect.stringContaining("请填写有效的手机号或带区号的固定电话") };

    // With JavaScript, the form's own check: no charge listed (a message of the list, no field of its name), then the phone.
    const phone = await journey.newPage(PHONE);
    await phone.goto(`/complaints/new?kindergarten=${kg.id}`);
    await hydrated(phone);
    await fill(phone);
    const submit = phone.getByRole("button", { name: "提交", exact: true });
    await submit.tap();
    await expect.poll(() => focused(phone)).toEqual(itemsFirst);
    await addItem(phone);
    await submit.tap();
    await expect.poll(() => focused(phone)).toEqual(phoneNext);
    await journey.screenshot(phone, "refused-focus");

    // Without it, the server's answer: the page comes back focused on the same fields, marked the same way.
    const noJs = await journey.newPage({ ...PHONE, javaScriptEnabled: false });
    await noJs.goto(`/complaints/new?kindergarten=${kg.id}`);
    await fill(noJs);
    for (const [expected, before] of [
      [itemsFirst, null],
      [phoneNext, addItem],
    ] as const) {
      if (before) await before(noJs);
      await Promise.all([noJs.waitForResponse((r) => r.request().method() === "POST" && r.status() === 400), noJs.getByRole("button", { name: "提交", exact: true }).tap()]);
      await noJs.waitForLoadState();
      await expect.poll(() => focused(noJs)).toEqual(expected);
    }
    expect(journey.errors).toEqual([]);
  });

  it("checks on the phone as the server does: the narrative's count, a HEIC photo before posting, a refused file replaced", { timeout: 90_000 }, async () => {
    const kg = await withDb((db) => db.selectFrom("kindergartens").select("id").where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow());
    const phone = await journey.newPage(PHONE);
    const posts: string[] = [];
    phone.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await phone.goto(`/complaints/new?kindergarten=${kg.id}`);
    await hydrated(phone);
    await phone.locator('input[name="track"][value="report"]').check();
    await phone.locator('input[name="kind"][value="prohibited_item"]').check();
    await phone.getByLabel("收费项目", { exact: true }).fill("赞助费");
    await phone.getByLabel("金额（元）", { exact: true }).fill("2000");
    await phone.getByLabel("您知道此事的日期", { exact: true }).fill(addDays(shanghaiDate(), -3));
    await phone.getByLabel(/匿名举报/).check();
    // 2,000 characters with emoji and a last line break: the counter counts what the server will, the trimmed text.
    await phone.getByLabel("事情经过", { exact: true }).fill("多收了保教费四百元整" + "😡".repeat(1990) + "\n");
    expect(await text(phone.locator(".counter"))).toBe("2000 / 2000 字");

    // An iPhone's photo, whatever its name: said before anything is sent, in the server's words, and 提交 waits.
    const submit = phone.getByRole("button", { name: "提交", exact: true });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)]);
    const evidence = phone.locator('input[name="evidence"]');
    await evidence.setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: heic });
    await phone.getByText("“IMG_0001.jpg”是 HEIC 格式的照片（苹果手机的默认格式）", { exact: false }).waitFor();
    expect(await submit.isDisabled()).toBe(true);
    expect(posts).toEqual([]);
    // Why it waits, said beside it: a parent who scrolled down past the file to 提交 found a pale button, and nothing
    // said why a tap on it did nothing. The way up to the file goes with it.
    const held = phone.getByTestId("submit-held");
    expect(await text(held)).toBe("有文件不能上传：请先在上方换掉或去掉标出的文件，再提交。");
    expect(await held.getByRole("link", { name: "标出的文件" }).getAttribute("href")).toBe("#complaint-evidence");
    expect(await submit.getAttribute("aria-describedby")).toBe("complaint-submit-held");
    await journey.screenshot(phone, "heic-before-posting");

    // A file no browser can tell (an executable named .jpg) goes to the server, which refuses it; what was typed stays.
    const exe = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(2048, 7)]);
    await evidence.setInputFiles({ name: "收据.jpg", mimeType: "image/jpeg", buffer: exe });
    expect(await submit.isDisabled()).toBe(false);
    expect(await held.count()).toBe(0);
    await submit.tap();
    const refused = phone.locator("#complaint-evidence-error");
    await refused.getByText("“收据.jpg”不是 JPG、PNG 或 PDF 文件").waitFor();
    expect(await phone.getByLabel("事情经过", { exact: true }).inputValue()).toMatch(/^多收了保教费四百元整😡/);
    // Another file chosen: the server's word about the one it was sent goes (it stayed, and the field marked wrong).
    const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#e8d9b0" } }).jpeg().toBuffer();
    await evidence.setInputFiles({ name: "截图.jpg", mimeType: "image/jpeg", buffer: photo });
    await expect.poll(() => refused.count()).toBe(0);
    expect(await evidence.getAttribute("aria-invalid")).toBeNull();

    // Sent again: the 2,000 characters the counter allowed are taken.
    await submit.tap();
    expect(await text(phone.getByTestId("tracking-no"))).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(journey.errors).toEqual([]);
  });

  it("without JavaScript, a refused post keeps what was typed and asks for the files again", { timeout: 60_000 }, async () => {
    const kg = await withDb((db) => db.selectFrom("kindergartens").select("id").where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow());
    const noJs = await journey.newPage({ ...PHONE, javaScriptEnabled: false });
    await noJs.goto(`/complaints/new?kindergarten=${kg.id}`);
    await noJs.locator('input[name="track"][value="report"]').check();
    await noJs.locator('input[name="kind"][value="prohibited_item"]').check();
    await noJs.getByLabel("收费项目", { exact: true }).fill("赞助费");
    await noJs.getByLabel("金额（元）", { exact: true }).fill("2000");
    await noJs.getByLabel("您知道此事的日期", { exact: true }).fill(addDays(shanghaiDate(), 1));
    await noJs.getByLabel("事情经过", { exact: true }).fill("入园时要求交赞助费2000元，说不交就不能入园。");
    await noJs.getByLabel(/匿名举报/).check();
    const [post] = await Promise.all([
      noJs.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
      noJs.getByRole("button", { name: "提交", exact: true }).click(),
    ]);
    expect(post.status()).toBe(400);
    await noJs.waitForLoadState();
    expect(await text(noJs.locator(".field-error").first())).toBe("日期不能晚于今天");
    expect(await noJs.getByLabel("事情经过", { exact: true }).inputValue()).toBe("入园时要求交赞助费2000元，说不交就不能入园。");
    expect(await noJs.getByLabel("收费项目", { exact: true }).inputValue()).toBe("赞助费");
    await noJs.getByText("请重新选择文件").waitFor();
    await journey.screenshot(noJs, "no-js-refused");
  });
});
