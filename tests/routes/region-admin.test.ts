/**
 * The division table's pages through the built app, as a browser without JavaScript uses them: the administrator
 * finds 海曙区 in the directory with its counts, previews a province of the vendored table (nothing written), confirms
 * it from the preview's hidden fields and is sent back with the counts; uploads a CSV, previews and confirms it the
 * same way; a bad CSV is refused with each line's reason in Chinese and no 载入 button, a stale confirmation with the
 * new preview, neither writing anything; the CSV's template downloads from the load page and, filled in, loads.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

const regionCount = async () => Number((await app.db().selectFrom("regions").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const auditCount = async () => (await app.db().selectFrom("audit_log").select("id").where("action", "=", "region.load").execute()).length;

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The confirmation form of a preview as the browser sends it: its hidden inputs (and the CSV's hidden textarea). */
function commitForm(html: string): FormData {
  const start = html.indexOf('data-testid="regions-commit"');
  expect(start, "the preview has a 载入 form").toBeGreaterThan(-1);
  const part = html.slice(start, html.indexOf("</form>", start));
  const form = new FormData();
  for (const m of part.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) form.append(m[1], decode(m[2]));
  const textarea = /<textarea name="csv"[^>]*>([\s\S]*?)<\/textarea>/.exec(part);
  if (textarea) form.append("csv", decode(textarea[1]).replace(/^\n/, ""));
  return form;
}

function upload(text: string, name = "regions.csv", type = "text/csv", province = ""): FormData {
  const form = new FormData();
  form.append("intent", "preview");
  form.append("source", "csv");
  form.append("province", province);
  form.append("file", new File([text], name, { type }));
  return form;
}

function national(province: string): FormData {
  const form = new FormData();
  form.append("intent", "preview");
  form.append("source", "national");
  form.append("province", province);
  return form;
}

describe("the administrator's division table", () => {
  it("lists the regions with where they are and the kindergartens and officers placed there, searched by name, linked from the header", async () => {
    const res = await app.get("/admin/regions?q=%E6%B5%B7%E6%9B%99", "admin");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/admin/regions"');
    expect(html).toContain("现有 1 个省级、1 个地级、5 个县级区划");
    const kindergartens = (await app.db().selectFrom("kindergartens").select("id").where("region_code", "=", "330203").execute()).length;
    const row = /<tr[^>]*data-code="330203"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(row).toContain("海曙区");
    expect(row).toContain("浙江省 › 宁波市");
    expect(row).toContain(`>${kindergartens}<`);
    expect(html).not.toContain('data-code="330205"');
    // A hand-edited query keeps the page: the bad parameter is named and left out.
    const bad = await app.get("/admin/regions?province=zz&after=1", "admin");
    expect(bad.status).toBe(200);
    // Named by the filter's label (the URL's keys meant nothing to a reader), the cursor as every list names it.
    expect(await bad.text()).toContain("以下查询参数无效，已忽略：省份、翻页位置");
  });

  it("previews a province of the vendored table without writing, loads it on confirmation and says what it did", async () => {
    const before = await regionCount();
    const preview = await app.post("/admin/regions/load", "admin", national("330000"));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("预览：regions-2023.json");
    expect(html).toContain("杭州市");
    expect(html).toContain("确认载入（新增 95，更名 0）");
    expect(await regionCount()).toBe(before);

    const done = await app.post("/admin/regions/load", "admin", commitForm(html));
    expect(done.status).toBe(302);
    const location = done.headers.get("Location")!;
    expect(location).toBe("/admin/regions/load?done=loaded&province=33&inserted=95&renamed=0&unchanged=7&absent=0");
    expect(await regionCount()).toBe(before + 95);
    const page = await (await app.get(location, "admin")).text();
    expect(page).toContain("已载入：新增 95 个，更名 0 个，未变 7 个。");
    expect(page).toContain('href="/admin/regions?province=330000"');

    const audit = await app.db().selectFrom("audit_log").innerJoin("users", "users.id", "audit_log.actor_id").select(["users.username", "audit_log.entity_id", "audit_log.detail"]).where("action", "=", "region.load").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ username: "admin", entity_id: "regions-2023.json" });
    expect(JSON.parse(audit.detail)).toMatchObject({ via: "admin", province: "33", inserted: 95 });

    // The same confirmation again: nothing to write, said so.
    const again = await app.post("/admin/regions/load", "admin", commitForm(html));
    expect(again.headers.get("Location")).toContain("inserted=0&renamed=0");
    expect(await (await app.get(again.headers.get("Location")!, "admin")).text()).toContain("行政区划表已与所选内容一致");
    expect(await auditCount()).toBe(1);
  });

  it("previews and loads a CSV of the command line's format, its text posted back from the preview", async () => {
    const text = "\uFEFFcode,name\r\n330203,海曙区\r\n330299,新设区\r\n330206,北仑新区\r\n";
    const preview = await app.post("/admin/regions/load", "admin", upload(text, "浙江新表.csv"));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("预览：浙江新表.csv");
    expect(html).toContain("新设区");
    expect(html).toMatch(/北仑区[\s\S]*北仑新区/);
    expect(await app.db().selectFrom("regions").select("code").where("code", "=", "330299").execute()).toEqual([]);

    const done = await app.post("/admin/regions/load", "admin", commitForm(html));
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toContain("inserted=1&renamed=1");
    expect(await app.db().selectFrom("regions").select(["code", "name", "parent_code"]).where("code", "in", ["330206", "330299"]).orderBy("code").execute()).toEqual([
      { code: "330206", name: "北仑新区", parent_code: "330200" },
      { code: "330299", name: "新设区", parent_code: "330200" },
    ]);
    const audit = await app.db().selectFrom("audit_log").select("entity_id").where("action", "=", "region.load").orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe("浙江新表.csv");
  });

  it("offers a template from the load page that, filled in, previews and loads: the template and the reader agree", async () => {
    const page = await (await app.get("/admin/regions/load", "admin")).text();
    expect(page).toContain('href="/admin/regions/template.csv"');
    expect(page).toContain("下载模板");
    const res = await app.get("/admin/regions/template.csv", "admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toContain("regions-template.csv");
    // The body's bytes: a BOM, so Excel opens it as UTF-8.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const template = new TextDecoder().decode(bytes);
    expect(template.split("\r\n").filter(Boolean)).toEqual(["code,name", "330000,浙江省", "330200,宁波市", "330203,海曙区"]);

    // As given, the examples are the demo's own regions: a preview with nothing to write.
    const unchanged = await app.post("/admin/regions/load", "admin", upload(template, "regions-template.csv"));
    expect(unchanged.status).toBe(200);
    const unchangedHtml = await unchanged.text();
    expect(unchangedHtml).toContain("预览：regions-template.csv");
    expect(unchangedHtml).not.toContain('data-testid="regions-commit"');

    // Filled in below the examples, as a spreadsheet saves it (the BOM kept, CRLF), it previews and loads.
    const filled = `\uFEFF${template}330297,模板新区\r\n`;
    const preview = await app.post("/admin/regions/load", "admin", upload(filled, "regions-template.csv"));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("模板新区");
    expect(html).toContain("确认载入（新增 1，更名 0）");
    const done = await app.post("/admin/regions/load", "admin", commitForm(html));
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toContain("inserted=1&renamed=0&unchanged=3");
    expect(await app.db().selectFrom("regions").select(["code", "name", "parent_code"]).where("code", "=", "330297").execute()).toEqual([{ code: "330297", name: "模板新区", parent_code: "330200" }]);
    // The administrator's only, as the load page.
    expect((await app.get("/admin/regions/template.csv", "haishu.lead")).status).toBe(403);
  });

  it("refuses a CSV with bad rows, each line's reason in Chinese, no 载入, nothing written", async () => {
    const before = { regions: await regionCount(), audits: await auditCount() };
    const text = "code,name\n440000,广东省\n440103,荔湾区\n33021,短码\n330212,\n";
    const res = await app.post("/admin/regions/load", "admin", upload(text));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("未载入任何区划");
    expect(html).toContain("共有 3 行有错误");
    expect(html).toContain("第 3 行");
    expect(html).toContain("code “440103”：上级区划 440100 既不在文件中，也不在数据库中");
    expect(html).toContain("第 4 行");
    expect(html).toContain("code “33021”：行政区划代码须为 6 位数字");
    expect(html).toContain("第 5 行");
    expect(html).toContain("名称不能为空");
    expect(html).not.toContain('data-testid="regions-commit"');
    // Posted as a confirmation anyway (a forged form): refused the same.
    const forged = new FormData();
    for (const [k, v] of Object.entries({ intent: "commit", source: "csv", fileName: "bad.csv", previewed: "0".repeat(64), csv: text })) forged.append(k, v);
    expect((await app.post("/admin/regions/load", "admin", forged)).status).toBe(400);
    // Not a table of code,name; not a CSV.
    expect(await (await app.post("/admin/regions/load", "admin", upload("代码,名称\n330000,浙江省\n"))).text()).toContain("未载入任何区划");
    expect((await app.post("/admin/regions/load", "admin", upload("code,name\n", "regions.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))).status).toBe(400);
    expect({ regions: await regionCount(), audits: await auditCount() }).toEqual(before);
  });

  it("refuses a confirmation made stale by another load, with the preview as the table now is, writing nothing", async () => {
    const preview = await (await app.post("/admin/regions/load", "admin", national("440000"))).text();
    // Someone loads 广州市 meanwhile.
    const city = await app.post("/admin/regions/load", "admin", upload("code,name\n440000,广东省\n440100,广州市\n"));
    await app.post("/admin/regions/load", "admin", commitForm(await city.text()));
    const before = { regions: await regionCount(), audits: await auditCount() };
    const stale = await app.post("/admin/regions/load", "admin", commitForm(preview));
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain("预览之后行政区划表已有变动");
    expect(html).toContain("重新预览：regions-2023.json");
    expect({ regions: await regionCount(), audits: await auditCount() }).toEqual(before);
    // Confirmed from the new preview, it loads.
    expect((await app.post("/admin/regions/load", "admin", commitForm(html))).status).toBe(302);
    expect(await regionCount()).toBeGreaterThan(before.regions);
  });
});
