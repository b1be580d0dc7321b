/**
 * An inspection case worked in a real browser against the real server (demo
 * data): the district officer assigns it to herself and asks the kindergarten
 * to explain; the kindergarten's bookkeeper sees the notice on her home page
 * (on a phone) and answers with a refund; the officer orders a refund by a
 * date; the date passes without proof (the deadline sweep, run as its
 * schedule would, on a later day), and the case is back in the officer's hands.
 * Screenshots go to tests/artifacts/case-work/ (git-ignored).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import { insertCase } from "../factories/domain";
import { hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("case-work");
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const ANSWER = "本学期保教费上调部分未及时公示，已向 12 户家庭退还差额。";

/** The page's state once it reads `status` (the action's notice may render a moment before the revalidated page). */
async function statusIs(page: Page, status: string): Promise<void> {
  await page.getByTestId("case-status").filter({ hasText: new RegExp(`^${status}$`) }).waitFor();
}

const withDb = <T>(fn: Parameters<typeof withServerDb<T>>[1]) => withServerDb(journey, fn);

describe("an inspection case in a browser", () => {
  it("is assigned, notified, answered, decided with a refund order, and reopened when the order's date passes unproven", { timeout: 120_000 }, async () => {
    const today = shanghaiDate();
    // A rule's flag opened a case for kg006's kindergarten (海曙区) today.
    const caseId = await withDb(async (db) => {
      const operator = await db.selectFrom("users").select(["kindergarten_id", "region_code"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
      return insertCase(db, { kindergartenId: operator.kindergarten_id!, regionCode: operator.region_code!, severity: "red", dueDate: addDays(today, 21), ruleId: "R04", term: "2027-spring", openedAt: new Date().toISOString() });
    });

    const officer = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, "haishu.market");
    await officer.goto(`/officer/cases/${caseId}`);
    await hydrated(officer);
    await statusIs(officer, "待处理");
    const assign = officer.getByTestId("step-assign");
    await assign.getByLabel("承办人").selectOption({ label: "海曙区市场监督管理局" });
    await assign.getByRole("button", { name: "指派承办人" }).click();
    await officer.getByText("已完成：指派承办人").waitFor();
    await statusIs(officer, "处理中");
    expect(await text(officer.getByTestId("case-assignee"))).toBe("海曙区市场监督管理局");
    // The choice shows who has the case now (a second press must not silently give it back to someone else).
    expect(await assign.locator("select[name=assignee] option:checked").textContent()).toBe("海曙区市场监督管理局");
    // The timeline says who took the step.
    expect(await text(officer.locator("ol.timeline li").last())).toContain("海曙区市场监督管理局 · 指派承办人");

    const answerBy = workingDayOnOrAfter(addDays(today, 10));
    const notify = officer.getByTestId("step-notify");
    await notify.getByLabel("幼儿园答复期限").fill(answerBy);
    await notify.getByRole("button", { name: "通知幼儿园说明情况" }).click();
    await officer.getByText("已完成：通知幼儿园说明情况").waitFor();
    await statusIs(officer, "待幼儿园答复");
    expect(await text(officer.getByTestId("case-clocks"))).toContain(`幼儿园答复期限：${answerBy}`);
    await journey.screenshot(officer, "officer-notified");

    // The bookkeeper, on a phone: the notice is on her home page.
    const phone = await journey.newPage(PHONE);
    await signIn(phone, "kg006");
    const waiting = phone.getByTestId("cases-waiting");
    await waiting.waitFor();
    expect(await text(waiting)).toContain(`待说明情况（${answerBy} 前）`);
    await journey.screenshot(phone, "operator-home");
    await Promise.all([phone.waitForURL(new RegExp(`/kindergarten/cases/${caseId}$`)), waiting.locator("li a").first().click()]);
    await hydrated(phone);
    expect(await text(phone.getByTestId("case-answer-by"))).toBe(`请于 ${answerBy} 前答复`);
    await phone.getByLabel("情况说明", { exact: true }).fill(ANSWER);
    // A reload (or Back) before sending keeps the explanation typed, in this tab.
    await phone.reload();
    await hydrated(phone);
    expect(await phone.getByLabel("情况说明", { exact: true }).inputValue()).toBe(ANSWER);
    await phone.getByLabel("已退费总额（元，选填）").fill("2400");
    await phone.getByLabel("退费家庭数").fill("12");
    await phone.getByRole("button", { name: "提交答复", exact: true }).click();
    await phone.getByText("已提交，监管部门会尽快核实。").waitFor();
    await statusIs(phone, "幼儿园已答复");
    // Sent, it is forgotten: the next answer starts empty, after a reload too.
    await phone.reload();
    await hydrated(phone);
    expect(await phone.getByLabel("情况说明", { exact: true }).inputValue()).toBe("");
    // A second explanation begun on the same page (its URL still says it was sent) outlives a reload too.
    expect(phone.url()).toContain("answered=1");
    await phone.getByLabel("情况说明", { exact: true }).fill(`${ANSWER}（补充）`);
    await phone.reload();
    await hydrated(phone);
    expect(await phone.getByLabel("情况说明", { exact: true }).inputValue()).toBe(`${ANSWER}（补充）`);
    await phone.getByLabel("情况说明", { exact: true }).fill("");
    const width = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client + 1);
    await journey.screenshot(phone, "operator-answered");

    // The officer reads the answer and orders the refund of the rest by a date.
    await officer.reload();
    await hydrated(officer);
    await statusIs(officer, "幼儿园已答复");
    expect(await text(officer.getByTestId("case-answers"))).toContain(ANSWER);
    const byDate = workingDayOnOrAfter(addDays(today, 15));
    // A finding typed and then a reload: the text is still in its step, and only there.
    await officer.getByTestId("step-record_finding").getByLabel("说明", { exact: true }).fill("现场核查：九月保教费按新标准向在园幼儿收取。");
    await officer.reload();
    await hydrated(officer);
    expect(await officer.getByTestId("step-record_finding").getByLabel("说明", { exact: true }).inputValue()).toBe("现场核查：九月保教费按新标准向在园幼儿收取。");
    expect(await officer.getByTestId("step-decide").getByLabel("说明", { exact: true }).inputValue()).toBe("");
    const decide = officer.getByTestId("step-decide");
    // Before a kind is chosen every field is there (and without JavaScript); a refund order shows only its own.
    expect(await decide.getByLabel("处罚决定书文号").count()).toBe(1);
    // A penalty's fields follow its basis: 学前教育法 Art. 79 warns (the amount is the illegal gains confiscated, and
    // no price-law article); the price law fines, under an article of 价格违法行为行政处罚规定.
    await decide.getByLabel("决定类型").selectOption("penalty");
    await decide.getByLabel("法律依据").selectOption("preschool-law-art79");
    expect(await decide.getByLabel("没收违法所得（元，无违法所得的不填）").count()).toBe(1);
    expect(await decide.locator("select[name=article]").count()).toBe(0);
    await decide.getByLabel("法律依据").selectOption("price-penalty-art9");
    expect(await decide.getByLabel("罚款金额（元）").count()).toBe(1);
    expect(await decide.locator("select[name=article]").count()).toBe(1);
    await decide.getByLabel("决定类型").selectOption("refund_ordered");
    expect(await decide.getByLabel("处罚决定书文号").count()).toBe(0);
    expect(await decide.locator("select[name=basis] option").allTextContents()).not.toContain("《价格违法行为行政处罚规定》第九条");
    await decide.getByLabel("法律依据").selectOption({ label: "《价格违法行为行政处罚规定》第十六条（限期退还）" });
    // Sent without its date: the server refuses it before the officer is asked to confirm anything (a decision cannot
    // be taken back, but an incomplete one is not confirmed), and focus goes to the first marked field, read with its message.
    const asked = journey.dialogs.length;
    await decide.getByRole("button", { name: "作出处理决定" }).click();
    const byField = decide.getByLabel("整改／退费期限");
    await expect.poll(() => byField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await byField.getAttribute("aria-invalid")).toBe("true");
    expect(await officer.getByTestId("step-decide-confirm").count()).toBe(0);
    expect(journey.dialogs.length).toBe(asked);
    await byField.fill(byDate);
    await decide.getByLabel("退费总额（元）").fill("4800");
    await decide.getByLabel("涉及家庭数").fill("24");
    // Complete, it is checked and then confirmed: the confirmation says what would be recorded, and has the focus.
    await decide.getByRole("button", { name: "作出处理决定" }).click();
    const confirm = officer.getByTestId("step-decide-confirm");
    await confirm.waitFor();
    await expect.poll(() => confirm.locator("h4").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text(confirm)).toContain("责令限期退还多收费用");
    expect(await text(confirm)).toContain("4,800.00");
    await statusIs(officer, "幼儿园已答复");
    await journey.screenshot(officer, "officer-decision-confirm");
    await confirm.getByRole("button", { name: "确认作出处理决定" }).click();
    await officer.getByText("已完成：作出处理决定").waitFor();
    await statusIs(officer, "已作出处理决定");
    expect(journey.dialogs.length).toBe(asked);
    expect(await officer.getByTestId("step-decide-confirm").count()).toBe(0);
    expect(await text(officer.getByTestId("case-decision"))).toContain("责令限期退还多收费用");
    // The written notice carries the number drawn from the district's series, the same on every print.
    const noticeNo = /文书编号 (宁波海曙市监责退〔\d{4}〕\d+号)/.exec(await text(officer.getByTestId("case-decision")))?.[1];
    expect(noticeNo).toBeDefined();
    for (let print = 0; print < 2; print++) {
      await officer.goto(`/officer/cases/${caseId}/notice`);
      expect(await text(officer.locator(".notice-number").first())).toBe(noticeNo);
    }
    await officer.goto(`/officer/cases/${caseId}`);
    await hydrated(officer);
    // The timeline's decision entry keeps the number too (a decision taken anew after a reopening has its own).
    expect(await text(officer.locator("ol.timeline"))).toContain(`文书编号 ${noticeNo}`);
    await journey.screenshot(officer, "officer-decided");

    // The order's date passes without the kindergarten's proof: the scheduled sweep, on the day after.
    const swept = await withDb((db) => sweepCaseDeadlines(db, new Date(`${addDays(byDate, 1)}T02:00:00.000Z`)));
    expect(swept.reopened).toBeGreaterThanOrEqual(1);
    await officer.reload();
    await hydrated(officer);
    await statusIs(officer, "处理中");
    await officer.getByText("整改／退费期限届满未收到凭证，自动重新打开").waitFor();
    await officer.getByTestId("step-decide").waitFor();
    await journey.screenshot(officer, "officer-reopened");
    expect(journey.errors).toEqual([]);
  });

  it("keeps a refused decision's choices, with JavaScript and without; an answer sent again after Back is stored once", { timeout: 120_000 }, async () => {
    const today = shanghaiDate();
    const caseId = await withDb(async (db) => {
      const operator = await db.selectFrom("users").select(["kindergarten_id", "region_code"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
      const officer = await db.selectFrom("users").select("id").where("username", "=", "haishu.market").executeTakeFirstOrThrow();
      const id = await insertCase(db, { kindergartenId: operator.kindergarten_id!, regionCode: operator.region_code!, severity: "amber", dueDate: addDays(today, 21), ruleId: "R06", term: "2027-spring", openedAt: new Date().toISOString() });
      await db.updateTable("inspection_cases").set({ assigned_to: officer.id, assigned_at: new Date().toISOString(), status: "in_progress" }).where("id", "=", id).execute();
      return id;
    });
    const refuseAndRead = async (page: Page) => {
      const decide = page.getByTestId("step-decide");
      await decide.locator("select[name=kind]").selectOption("penalty");
      await decide.locator("select[name=basis]").selectOption("price-penalty-art9");
      await decide.locator("select[name=article]").selectOption("art13");
      await decide.locator("input[name=amount]").fill("abc");
      await decide.getByRole("button", { name: "作出处理决定" }).click();
      await decide.getByText("金额格式不正确（元，最多两位小数）").waitFor();
      // Every mistake in this one answer, the case's (no registration) beside the form's.
      await decide.getByText("作出行政处罚决定前须先立案").waitFor();
      return {
        kind: await decide.locator("select[name=kind]").inputValue(),
        basis: await decide.locator("select[name=basis]").inputValue(),
        article: await decide.locator("select[name=article]").inputValue(),
        amount: await decide.locator("input[name=amount]").inputValue(),
      };
    };
    const sent = { kind: "penalty", basis: "price-penalty-art9", article: "art13", amount: "abc" };
    const officer = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officer, "haishu.market");
    await officer.goto(`/officer/cases/${caseId}`);
    await hydrated(officer);
    expect(await refuseAndRead(officer)).toEqual(sent);
    // Without JavaScript the page comes back from the post itself: its selects, not only its text, as they were sent.
    const noScript = await journey.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false, storageState: await officer.context().storageState() });
    await noScript.goto(`/officer/cases/${caseId}`);
    expect(await refuseAndRead(noScript)).toEqual(sent);
    await journey.screenshot(noScript, "officer-refused-no-script");

    // The kindergarten, without JavaScript, is notified, answers, goes Back and sends the same answer again.
    await officer.reload();
    await hydrated(officer);
    await officer.getByTestId("step-notify").getByLabel("幼儿园答复期限").fill(workingDayOnOrAfter(addDays(today, 10)));
    await officer.getByTestId("step-notify").getByRole("button", { name: "通知幼儿园说明情况" }).click();
    await officer.getByText("已完成：通知幼儿园说明情况").waitFor();
    const signedIn = await journey.newPage(PHONE);
    await signIn(signedIn, "kg006");
    const phone = await journey.newPage({ ...PHONE, javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
    await phone.goto(`/kindergarten/cases/${caseId}`);
    const send = async (button: string) => {
      await phone.getByLabel("情况说明", { exact: true }).fill(ANSWER);
      await Promise.all([phone.waitForURL((url) => url.search !== ""), phone.getByRole("button", { name: button, exact: true }).click()]);
    };
    await send("提交答复");
    await phone.getByText("已提交，监管部门会尽快核实。").waitFor();
    await phone.goBack();
    expect(phone.url()).not.toContain("answered=1");
    // The page is read again (no-store): the case is answered, so its form is the supplement's.
    await send("提交补充说明");
    const notice = await text(phone.getByTestId("case-answer-repeat"));
    expect(notice).toMatch(/^该答复已于 .+ 提交，无需重复提交；本次未重复保存。$/);
    expect(await phone.getByTestId("case-answers").locator("li").count()).toBe(1);
    await journey.screenshot(phone, "operator-repeat-no-script");
    expect(journey.errors).toEqual([]);
  });

  it("checks the answer's files as they are chosen: a file too large and a HEIC photo are told beside the field and the held button, and nothing is posted", { timeout: 90_000 }, async () => {
    const today = shanghaiDate();
    const caseId = await withDb(async (db) => {
      const operator = await db.selectFrom("users").select(["kindergarten_id", "region_code"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
      const id = await insertCase(db, { kindergartenId: operator.kindergarten_id!, regionCode: operator.region_code!, severity: "amber", dueDate: addDays(today, 21), ruleId: "R06", term: "2027-spring", openedAt: new Date().toISOString(), status: "awaiting_answer" });
      await db.updateTable("inspection_cases").set({ notified_at: new Date().toISOString(), answer_due_on: workingDayOnOrAfter(addDays(today, 10)) }).where("id", "=", id).execute();
      return id;
    });
    const phone = await journey.newPage(PHONE);
    await signIn(phone, "kg006");
    await phone.goto(`/kindergarten/cases/${caseId}`);
    await hydrated(phone);
    const posts: string[] = [];
    phone.on("request", (r) => (r.method() === "POST" ? posts.push(r.url()) : 0));
    await phone.getByLabel("情况说明", { exact: true }).fill(ANSWER);
    const evidence = phone.getByLabel("凭证（选填）");
    const submit = phone.getByRole("button", { name: "提交答复", exact: true });
    // A bookkeeper's scan over the 5 MB limit: said before the upload, not after it.
    const scan = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024, 0x20)]);
    await evidence.setInputFiles([{ name: "退费凭证扫描件.pdf", mimeType: "application/pdf", buffer: scan }], { timeout: 30_000 });
    await phone.getByText("“退费凭证扫描件.pdf”超过 5 MB").waitFor();
    expect(await submit.isDisabled()).toBe(true);
    expect(await evidence.getAttribute("aria-invalid")).toBe("true");
    // An iPhone's HEIC photo, named .jpg: told by its first bytes, in the words the server would say.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)]);
    await evidence.setInputFiles({ name: "IMG_0002.jpg", mimeType: "image/jpeg", buffer: heic });
    await phone.getByText("“IMG_0002.jpg”是 HEIC 格式的照片（苹果手机的默认格式），平台无法打开", { exact: false }).waitFor();
    expect(await phone.getByText("“退费凭证扫描件.pdf”超过 5 MB").count()).toBe(0);
    expect(await submit.isDisabled()).toBe(true);
    // Why it waits, said beside it, as the parents' form says it: the file's message is a screen above on a phone, and
    // the pale button alone said nothing. The button is described by it; its link leads back up to the field.
    const held = phone.getByTestId("submit-held");
    expect(await text(held)).toBe("有文件不能上传：请先在上方换掉或去掉标出的文件，再提交。");
    expect(await submit.getAttribute("aria-describedby")).toBe(await held.getAttribute("id"));
    await journey.screenshot(phone, "answer-heic-before-posting");
    await submit.click({ force: true });
    expect(posts).toEqual([]);
    await held.getByRole("link", { name: "标出的文件" }).tap();
    await phone.waitForURL(/#case-evidence$/);
    await expect.poll(() => evidence.evaluate((input) => input.getBoundingClientRect().top)).toBeLessThan(844);
    expect(await evidence.evaluate((input) => input.getBoundingClientRect().bottom)).toBeGreaterThan(0);
    // A file the server takes: the message goes and the button is back.
    await evidence.setInputFiles({ name: "退费凭证.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await expect.poll(() => submit.isDisabled()).toBe(false);
    expect(await phone.getByText("HEIC 格式", { exact: false }).count()).toBe(0);
    expect(await held.count()).toBe(0);
    expect(await submit.getAttribute("aria-describedby")).toBeNull();
    expect(journey.errors).toEqual([]);
  });
});
