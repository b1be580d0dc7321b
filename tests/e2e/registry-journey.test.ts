/**
 * The kindergarten registry (名录) kept in a real browser against the real server (demo data): 海曙区's education
 * officer, at a desk, registers a kindergarten from the list, lands on its page with the notice, changes its nature
 * with a reason and sees the change on its registry history; then downloads the import's template and imports a CSV
 * of one new kindergarten and one change of the first, previewed (1 new, 1 changed) before it is confirmed. A parent,
 * signed out on a phone, then finds the imported kindergarten in the public search. The market office is refused the
 * registry's form. The demo's own registry story (DEMO_REGISTRY_CHANGE) is on its kindergarten's page. Screenshots
 * go to tests/artifacts/registry-journey/ (git-ignored).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { heading, hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("registry-journey");

const uscc = (first17: string) => first17 + computeUsccCheckChar(first17);
/** Registered from the form: a non-profit private kindergarten of 海曙区 (52: 民办非企业单位). */
const REGISTERED = { uscc: uscc("52330203MJE2E0017"), name: "宁波市海曙区青苗幼儿园", address: "宁波市海曙区青苗路 6 号" };
/** Registered by the import. */
const IMPORTED = { uscc: uscc("52330203MJE2E0025"), name: "宁波市海曙区晨曦幼儿园", nameInUse: "晨曦幼儿园" };

const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-journey-"));
afterAll(() => fs.rmSync(csvDir, { recursive: true, force: true }));

/** The history table's rows, each as its words. */
const historyRows = (page: Page) => page.getByTestId("registry-history").locator("tbody tr").evaluateAll((rows) => rows.map((r) => (r.textContent ?? "").replace(/\s+/g, " ").trim()));

describe("an education officer keeps the registry in a browser", () => {
  it("registers a kindergarten, changes its nature with a reason, imports a CSV after its preview, and a parent finds the import's kindergarten", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "haishu.edu");
    await page.locator("header.site-header").getByRole("link", { name: "幼儿园", exact: true }).click();
    await heading(page, "幼儿园");

    // Registering: the form's fields, the region preset (the officer's district is their only choice).
    await page.getByRole("link", { name: "登记幼儿园" }).click();
    await heading(page, "登记幼儿园");
    await hydrated(page);
    expect(await page.getByLabel("所在地区").inputValue()).toBe("330203");
    await page.getByLabel("统一社会信用代码").fill(REGISTERED.uscc);
    await page.getByLabel("核准名称").fill(REGISTERED.name);
    await page.getByLabel("办园性质").selectOption({ label: "非营利性民办" });
    await page.getByLabel("等级", { exact: true }).selectOption({ label: "二级幼儿园" });
    await page.getByLabel("地址").fill(REGISTERED.address);
    await journey.screenshot(page, "register-form");
    await Promise.all([page.waitForURL(/\/officer\/kindergartens\/[0-9A-Z]{26}\?done=registered$/), page.getByRole("button", { name: "登记", exact: true }).click()]);
    await heading(page, REGISTERED.name);
    expect(await text(page.getByTestId("done-notice"))).toBe("幼儿园已登记");
    expect(await text(page.locator("main"))).toContain(REGISTERED.uscc);
    const id = new URL(page.url()).pathname.split("/")[3]!;

    // Changing the record: the nature, with why; the page then tells the change on top of the registration.
    await page.getByRole("link", { name: "修改登记信息" }).click();
    await heading(page, "修改登记信息");
    await hydrated(page);
    await page.getByLabel("办园性质").selectOption({ label: "普惠性民办" });
    await page.getByLabel("变更原因").fill("经认定为普惠性民办幼儿园（海教〔2026〕31号）");
    await Promise.all([page.waitForURL(`**/officer/kindergartens/${id}?done=saved`), page.getByRole("button", { name: "保存修改" }).click()]);
    await heading(page, REGISTERED.name);
    expect(await text(page.getByTestId("done-notice"))).toBe("登记信息已保存");
    const afterEdit = await historyRows(page);
    expect(afterEdit).toHaveLength(2);
    expect(afterEdit[0]).toContain("变更");
    expect(afterEdit[0]).toContain("办园性质：非营利性民办 → 普惠性民办");
    expect(afterEdit[0]).toContain("经认定为普惠性民办幼儿园（海教〔2026〕31号）");
    expect(afterEdit[0]).toContain("表单");
    expect(afterEdit[1]).toContain("登记");
    await journey.screenshot(page, "history");

    // The import: its template downloads from the page's link, as a CSV of the columns.
    await page.goto("/officer/kindergartens");
    await heading(page, "幼儿园");
    await page.getByRole("link", { name: "导入名录" }).click();
    await heading(page, "导入幼儿园名录（CSV 或 Excel）");
    await hydrated(page);
    const templateLink = page.getByRole("link", { name: "下载模板" });
    const template = await page.request.get((await templateLink.getAttribute("href"))!);
    expect(template.status()).toBe(200);
    expect(template.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [download] = await Promise.all([page.waitForEvent("download"), templateLink.click()]);
    expect(download.suggestedFilename()).toBe("kindergarten-registry-template.csv");
    expect(fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe("uscc,approved_name,name_in_use,nature,grade,region_code,address,status");

    // One new kindergarten, and the first one moved to a new address (its nature as the form left it).
    const csv = path.join(csvDir, "haishu-registry.csv");
    fs.writeFileSync(
      csv,
      [
        "uscc,approved_name,name_in_use,nature,grade,region_code,address,status",
        `${IMPORTED.uscc},${IMPORTED.name},${IMPORTED.nameInUse},nonprofit_private,class1,330203,宁波市海曙区晨曦路 8 号,active`,
        `${REGISTERED.uscc},${REGISTERED.name},,inclusive_private,class2,330203,宁波市海曙区青苗路 16 号,active`,
        "",
      ].join("\r\n"),
    );
    await page.getByLabel("CSV 或 Excel 文件（.csv、.xlsx）").setInputFiles(csv);
    await page.getByRole("button", { name: "上传并预览" }).click();
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    expect(await text(preview.getByRole("heading", { level: 2 }).first())).toBe("预览：haishu-registry.csv");
    expect(await text(preview.getByTestId("count-new"))).toBe("1 所");
    expect(await text(preview.getByTestId("count-changed"))).toBe("1 所");
    expect(await text(preview.getByTestId("count-unchanged"))).toBe("0 所");
    expect(await text(preview.getByTestId("count-refused"))).toBe("0 所");
    expect(await text(preview)).toContain("地址：宁波市海曙区青苗路 6 号 → 宁波市海曙区青苗路 16 号");
    // The preview wrote nothing.
    const stored = () => withServerDb(journey, (db) => db.selectFrom("kindergartens").select(["uscc", "address"]).where("uscc", "in", [IMPORTED.uscc, REGISTERED.uscc]).orderBy("uscc").execute());
    expect(await stored()).toEqual([{ uscc: REGISTERED.uscc, address: REGISTERED.address }]);
    await journey.screenshot(page, "import-preview");

    await Promise.all([page.waitForURL(/\/officer\/kindergartens\/import\?done=imported&new=1&changed=1&unchanged=0$/), page.getByTestId("confirm-import").getByRole("button", { name: "确认导入" }).click()]);
    expect(await text(page.getByTestId("done-notice"))).toBe("已导入：新登记 1 所，更新 1 所，0 所与名录相同未修改。");
    expect(await stored()).toEqual([
      { uscc: REGISTERED.uscc, address: "宁波市海曙区青苗路 16 号" },
      { uscc: IMPORTED.uscc, address: "宁波市海曙区晨曦路 8 号" },
    ]);
    await journey.screenshot(page, "imported");

    // The import's change is on the first kindergarten's history, said to be the import's, with the file named.
    await page.goto(`/officer/kindergartens/${id}`);
    await heading(page, REGISTERED.name);
    const afterImport = await historyRows(page);
    expect(afterImport).toHaveLength(3);
    expect(afterImport[0]).toContain("地址：宁波市海曙区青苗路 6 号 → 宁波市海曙区青苗路 16 号");
    expect(afterImport[0]).toContain("导入文件：haishu-registry.csv");
    expect(afterImport[0]).toContain("名录导入");

    // A parent, signed out, on a phone: the imported kindergarten is in the public search under its name in use.
    const phone = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`/kindergartens?q=${encodeURIComponent("晨曦")}`);
    await hydrated(phone);
    await heading(phone, "查幼儿园收费");
    const hit = phone.getByTestId("search-results").getByRole("link", { name: IMPORTED.nameInUse });
    expect(await hit.count()).toBe(1);
    await journey.screenshot(phone, "parent-search");
    await hit.tap();
    await heading(phone, IMPORTED.nameInUse);
    expect(journey.errors).toEqual([]);
  });

  it("shows the demo's change of a name in use on the kindergarten's registry history", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "haishu.edu");
    await page.goto(`/officer/kindergartens?q=${encodeURIComponent("博雅")}`);
    await page.getByRole("link", { name: "宁波市海曙区博雅幼儿园" }).click();
    await heading(page, "宁波市海曙区博雅幼儿园");
    const rows = await historyRows(page);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("使用名称：宁波市海曙区博雅幼儿园 → 博雅启明幼儿园");
    expect(rows[0]).toContain("举办者申请变更使用名称");
    expect(rows[0]).toContain("海曙区教育局");
    expect(journey.errors).toEqual([]);
  });

  it("refuses the registry's form to a market-supervision officer", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "haishu.market");
    const answer = await page.goto("/officer/kindergartens/new");
    expect(answer?.status()).toBe(403);
    await heading(page, "出错了");
    expect(await text(page.locator("main"))).toContain("您没有权限执行此操作。");
    expect(await page.getByLabel("统一社会信用代码").count()).toBe(0);
    await journey.screenshot(page, "market-refused");
    expect(journey.errors).toEqual([]);
  });
});
