/**
 * The registry import's pages on the demo data. Over the built app, as a browser without JavaScript posts them: the
 * upload answers with the preview page, whose confirmation form carries the file's text back (a hidden field) and
 * commits it; the template downloads. On the route itself: who is refused (a market officer, an operator: 403), and
 * uploads that are not a CSV file or too large, with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { ServerBuild } from "@remix-run/node";
import * as importRoute from "~/routes/officer+/kindergartens.import";
import * as templateRoute from "~/routes/officer+/kindergartens.template[.csv]";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { KINDERGARTEN_GRADES, NATURES, REGISTRY_COLUMNS, STATUSES } from "~/domain/registry/registry.schema";
import { translate } from "~/i18n";
import { recordAudit } from "~/domain/audit/audit.server";
import { commitLang } from "~/web/lang.server";
import { setDb } from "~/web/db.server";
import { importBuild } from "../setup/built-build";
import { callRoute, cookieHeaderFrom, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";
import { handMadeWorkbook, inlineRow, rowsOf, workbookOf } from "../factories/workbooks";

let t: TestDb;
let handle: (request: Request) => Promise<Response>;
const cookies: Record<string, string> = {};
const PATH = "/officer/kindergartens/import";

let serial = 0;
function uscc(): string {
  serial += 1;
  const first17 = `52330203MJC${String(serial).padStart(6, "0")}`;
  return first17 + computeUsccCheckChar(first17);
}

const csvOf = (rows: Array<Record<string, string>>) => [REGISTRY_COLUMNS.join(","), ...rows.map((r) => REGISTRY_COLUMNS.map((c) => r[c] ?? "").join(","))].join("\r\n") + "\r\n";
const newRow = (extra: Record<string, string> = {}) => ({
  uscc: uscc(),
  approved_name: `宁波市海曙区网页导入幼儿园${serial}`,
  nature: "inclusive_private",
  grade: "class1",
  region_code: "330203",
  // A quoted cell with a comma and a line break: the text must come back through the hidden field as it went.
  address: `"宁波市海曙区导入路 ${serial} 号,\n东门"`,
  ...extra,
});

function upload(content: string | Uint8Array, name = "名录.csv", type = "text/csv", key = ulid()): FormData {
  const form = new FormData();
  form.append("submissionKey", key);
  form.append("intent", "preview");
  form.append("file", new File([content as BlobPart], name, { type }));
  return form;
}
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const count = async () => Number((await t.db.selectFrom("kindergartens").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

/** A document post of a multipart form, signed in as haishu.edu. */
function post(form: FormData): Promise<Response> {
  return handle(new Request(`http://portal.test${PATH}`, { method: "POST", headers: { Cookie: cookies["haishu.edu"] }, body: form }));
}

const unescapeHtml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
/** The confirmation form's fields, read from the preview page as a browser would post them. */
function confirmationOf(html: string): FormData {
  const form = /<form[^>]*data-testid="confirm-import"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error("no confirmation form on the page");
  const fields = new FormData();
  for (const m of form[1].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)) fields.append(m[1], unescapeHtml(m[2]));
  const textarea = /<textarea name="csv"[^>]*>([\s\S]*?)<\/textarea>/.exec(form[1]);
  if (!textarea) throw new Error("no text in the confirmation form");
  // A browser sends a textarea's line breaks as CR LF.
  fields.append("csv", unescapeHtml(textarea[1]).replace(/\r?\n/g, "\r\n"));
  return fields;
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const who of ["haishu.edu", "haishu.market", "kg006"]) cookies[who] = await sessionCookieFor(t.db, who);
  const build: ServerBuild = await importBuild();
  const { createRequestHandler } = await import("@remix-run/node");
  handle = createRequestHandler(build, "production");
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the registry import's pages", () => {
  it("an education officer uploads, reads the preview, confirms from the page and is told what was imported", async () => {
    const demo = await t.db.selectFrom("kindergartens").selectAll().where("region_code", "=", "330203").orderBy("id").limit(1).executeTakeFirstOrThrow();
    const moved = { uscc: demo.uscc, approved_name: demo.approved_name, name_in_use: demo.name_in_use, nature: demo.nature, grade: demo.grade, region_code: "330203", address: "宁波市海曙区新址路 1 号", status: demo.status };
    const rows = [newRow(), newRow(), moved];
    const before = await count();

    const page = await post(upload(csvOf(rows)));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(/data-testid="count-new">2 所</);
    expect(html).toMatch(/data-testid="count-changed">1 所</);
    expect(html).toContain("宁波市海曙区新址路 1 号");
    expect(html).toContain("确认导入");
    expect(await count()).toBe(before);
    // The file's text once, in the confirmation's hidden field (an address is in the file only, not in the lists): a
    // page answered to a post without JavaScript carries no scripts and no copy of the action's data for them, where
    // it had the text a second time in that copy.
    expect(html.split("宁波市海曙区导入路 1 号").length - 1).toBe(1);
    expect(html).not.toContain("__remixContext");
    expect(html).not.toMatch(/<script[^>]*type="module"/);

    const confirmation = confirmationOf(html);
    expect(confirmation.get("intent")).toBe("commit");
    expect(confirmation.get("fileName")).toBe("名录.csv");
    const done = await post(confirmation);
    expect(done.status).toBe(302);
    const location = done.headers.get("Location")!;
    expect(location).toBe(`${PATH}?done=imported&new=2&changed=1&unchanged=0`);
    expect(await count()).toBe(before + 2);
    const first = await t.db.selectFrom("kindergartens").select(["address"]).where("uscc", "=", rows[0].uscc).executeTakeFirstOrThrow();
    expect(first.address).toBe("宁波市海曙区导入路 1 号,\n东门");
    expect((await t.db.selectFrom("kindergartens").select("address").where("id", "=", demo.id).executeTakeFirstOrThrow()).address).toBe("宁波市海曙区新址路 1 号");
    const reason = await t.db.selectFrom("audit_log").select("detail").where("entity_id", "=", demo.id).where("action", "=", "kindergarten.update").executeTakeFirstOrThrow();
    // The file is named on the entry apart, as data: no reason written in one language.
    const detail = JSON.parse(reason.detail);
    expect(detail).toMatchObject({ via: "import", fileName: "名录.csv" });
    expect(detail).not.toHaveProperty("reason");

    // The confirmation sent again (Back and confirm, a resend): answered with the first import's counts.
    const again = await post(confirmationOf(html));
    expect(again.headers.get("Location")).toBe(`${PATH}?done=replayed&new=2&changed=1&unchanged=0`);
    expect(await count()).toBe(before + 2);
    const landing = await handle(new Request(`http://portal.test${again.headers.get("Location")}`, { headers: { Cookie: cookies["haishu.edu"] } }));
    const landed = await landing.text();
    expect(landed).toContain("这次导入已经提交过：新登记 2 所，更新 1 所");
    // Any other page keeps its scripts.
    expect(landed).toContain("__remixContext");
  });

  it("the kindergarten's history says the change was imported from the file, in the reader's language, entries written before too", async () => {
    const [imported, older] = await t.db.selectFrom("kindergartens").select(["id", "uscc"]).where("region_code", "=", "330203").orderBy("id").limit(2).execute();
    const page = async (id: string, lang?: "en") => {
      const cookie = [cookies["haishu.edu"], lang ? cookieHeaderFrom(await commitLang(lang)) : null].filter(Boolean).join("; ");
      const res = await handle(new Request(`http://portal.test/officer/kindergartens/${id}`, { headers: { Cookie: cookie } }));
      expect(res.status).toBe(200);
      return /<table[^>]*data-testid="registry-history"[\s\S]*?<\/table>/.exec(await res.text())?.[0] ?? "";
    };
    // The first test's import moved this one; an entry as imports wrote them before, the file in an English reason.
    await recordAudit(t.db, {
      actorId: null,
      action: "kindergarten.update",
      entity: "kindergarten",
      entityId: older.id,
      detail: { uscc: older.uscc, via: "import", reason: "CSV import: 旧名录.csv", changes: { address: { from: "甲", to: "乙" }, regionCode: { from: "330205", to: "330203" } } },
    });
    // A region by its name (and its code), not its code alone.
    expect(await page(older.id)).toContain("江北区（330205） → 海曙区（330203）");
    expect(await page(older.id, "en")).toContain("江北区 (330205) → 海曙区 (330203)");
    for (const [id, file] of [[imported.id, "名录.csv"], [older.id, "旧名录.csv"]]) {
      const zh = await page(id);
      expect(zh).toContain(`导入文件：${file}`);
      expect(zh).not.toContain("CSV import");
      expect(await page(id, "en")).toContain(`Imported from ${file}`);
    }
  });

  it("with JavaScript (a fetch of the page's data) the preview's answer still carries the text for the confirmation", async () => {
    const rows = [newRow()];
    const address = /"([^,]+),/.exec(rows[0].address)![1];
    const res = await handle(new Request(`http://portal.test${PATH}.data`, { method: "POST", headers: { Cookie: cookies["haishu.edu"] }, body: upload(csvOf(rows)) }));
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain(address);
    expect(body).toContain(rows[0].uscc);
  });

  it("the page says what each grade code means (an officer reads 一级幼儿园 in the registry, not class1)", async () => {
    const html = await (await handle(new Request(`http://portal.test${PATH}`, { headers: { Cookie: cookies["haishu.edu"] } }))).text();
    for (const grade of KINDERGARTEN_GRADES) expect(html).toContain(`${grade}（${translate("zh-CN", `guidance.grade.${grade}`)}）`);
  });

  it("a coded value the file gets wrong is told as a file's mistake: the value found and the codes allowed, with their meanings", async () => {
    // The form's "请选择幼儿园等级" asks for a choice from a list the file has not got.
    const res = await callRoute(importRoute.action, PATH, {
      cookie: cookies["haishu.edu"],
      form: upload(csvOf([newRow({ grade: "一级", nature: "普惠", status: "open" })])),
    });
    const messages = (res.body as { preview: { rowErrors: Array<{ messages: Array<{ column: string; key: string; value?: string }> }> } }).preview.rowErrors[0].messages;
    const told = (column: string, lang: "zh-CN" | "en" = "zh-CN") => {
      const m = messages.find((x) => x.column === column)!;
      return translate(lang, m.key);
    };
    expect(messages.map((m) => [m.column, m.value])).toEqual([
      ["nature", "普惠"],
      ["grade", "一级"],
      ["status", "open"],
    ]);
    const listed = (codes: readonly string[], label: (code: string) => string, or: string) =>
      `${codes.slice(0, -1).map((c) => `${c}（${label(c)}）`).join("、")}${or}${codes.at(-1)}（${label(codes.at(-1)!)}）`;
    expect(told("grade")).toBe(`等级应为 ${listed(KINDERGARTEN_GRADES, (c) => translate("zh-CN", `guidance.grade.${c}`), "或 ")}`);
    expect(told("nature")).toBe(`办园性质应为 ${listed(NATURES, (c) => translate("zh-CN", `nature.${c}`), "或 ")}`);
    expect(told("status")).toContain(listed(STATUSES, (c) => translate("zh-CN", `rulesConfig.kg.status.${c}`), "或 "));
    for (const code of KINDERGARTEN_GRADES) expect(told("grade", "en")).toContain(`${code} (`);
    expect(told("grade", "en")).toMatch(/^Grade must be /);
  });

  it("a file with a refused row shows its line and no confirmation; nothing is written", async () => {
    const before = await count();
    const page = await post(upload(csvOf([newRow(), newRow({ region_code: "330205" })])));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("第 3 行");
    expect(html).toContain("该地区不在您的辖区内");
    expect(html).not.toContain('data-testid="confirm-import"');
    expect(await count()).toBe(before);
  });

  it("the template downloads with two example rows that a 海曙 officer's preview accepts", async () => {
    const template = await callRoute(templateRoute.loader, "/officer/kindergartens/template.csv", { cookie: cookies["haishu.edu"] });
    expect(template.status).toBe(200);
    expect(template.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const text = String(template.body);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(3);
    const preview = await callRoute(importRoute.action, PATH, { cookie: cookies["haishu.edu"], form: upload(text, "template.csv") });
    expect(preview.body).toMatchObject({ preview: { counts: { new: 2, changed: 0, unchanged: 0, refused: 0 } } });
    expect(await callRoute(templateRoute.loader, "/officer/kindergartens/template.csv", { cookie: cookies.kg006 })).toMatchObject({ status: 403 });
  });

  it("refuses a market officer and an operator (403), a file that is not CSV (400) and one over 4 MB (413); writes nothing", async () => {
    const before = await count();
    for (const who of ["haishu.market", "kg006"]) {
      expect((await callRoute(importRoute.loader, PATH, { cookie: cookies[who] })).status, who).toBe(403);
      expect((await callRoute(importRoute.action, PATH, { cookie: cookies[who], form: upload(csvOf([newRow()])) })).status, who).toBe(403);
    }
    const cookie = cookies["haishu.edu"];
    // Neither a CSV nor a workbook, whatever it is called.
    const pdf = await callRoute(importRoute.action, PATH, { cookie, form: upload("%PDF-1.7\n%\u00e2\u00e3\n", "名录.csv") });
    expect(pdf).toMatchObject({ status: 400, body: { fileErrors: [{ key: "xlsx.notTable" }] } });
    const none = await callRoute(importRoute.action, PATH, { cookie, form: new FormData() });
    expect(none).toMatchObject({ status: 400, body: { fileErrors: [{ key: "registry.import.noFile" }] } });
    const huge = csvOf([newRow()]) + "x".repeat(4 * 1024 * 1024);
    const big = await callRoute(importRoute.action, PATH, { cookie, form: upload(huge) });
    expect(big).toMatchObject({ status: 413, body: { fileErrors: [{ key: "registry.import.tooLarge", vars: { maxMb: 4 } }] } });
    // The confirmation's text is held to the same limit.
    const text = new FormData();
    text.append("submissionKey", ulid());
    text.append("intent", "commit");
    text.append("csv", huge);
    expect(await callRoute(importRoute.action, PATH, { cookie, form: text })).toMatchObject({ status: 413 });
    expect(await count()).toBe(before);
  });

  describe("an Excel workbook", () => {
    const get = (path: string, who = "haishu.edu", lang?: "en") =>
      (async () => handle(new Request(`http://portal.test${path}`, { headers: { Cookie: [cookies[who], lang ? cookieHeaderFrom(await commitLang(lang)) : null].filter(Boolean).join("; ") } })))();
    const exported = async () => {
      const res = await get("/officer/kindergartens/export.xlsx");
      expect(res.status).toBe(200);
      return new Uint8Array(await res.arrayBuffer());
    };

    it("the form offers CSV and Excel files, in both languages", async () => {
      const zh = await (await get(PATH)).text();
      expect(zh).toMatch(/<input id="csv-file" type="file" name="file" accept="\.csv,text\/csv,\.xlsx,application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet" required=""\/>/);
      expect(zh).toContain("CSV 或 Excel 文件（.csv、.xlsx）");
      expect(zh).toContain("Excel 工作簿（.xlsx，读取第一个工作表）");
      const en = await (await get(PATH, "haishu.edu", "en")).text();
      expect(en).toContain("CSV or Excel file (.csv, .xlsx)");
      expect(en).toContain("an Excel workbook (.xlsx, its first sheet is read)");
    });

    it("the registry's own workbook imports back changing nothing", async () => {
      const before = await t.db.selectFrom("kindergartens").selectAll().orderBy("id").execute();
      const inScope = before.filter((k) => k.region_code === "330203").length;
      const page = await post(upload(await exported(), "kindergarten-registry.xlsx", XLSX));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(new RegExp(`data-testid="count-unchanged">${inScope} 所<`));
      for (const kind of ["new", "changed", "refused"]) expect(html).toMatch(new RegExp(`data-testid="count-${kind}">0 所<`));
      expect(html).toContain("文件中的幼儿园与名录完全相同，无需导入。");
      expect(html).not.toContain('data-testid="confirm-import"');
      expect(await t.db.selectFrom("kindergartens").selectAll().orderBy("id").execute()).toEqual(before);
    });

    it("a workbook edited and saved in Excel imports its one changed row, confirmed from the page; the history names the workbook", async () => {
      const rows = await rowsOf(await exported());
      const uscc = String(rows[1][0]);
      rows[1][REGISTRY_COLUMNS.indexOf("address")] = "宁波市海曙区表格路 8 号";
      const page = await post(upload(await workbookOf(rows), "名录（修改）.xlsx", XLSX));
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toMatch(/data-testid="count-changed">1 所</);
      expect(html).toMatch(/data-testid="count-new">0 所</);
      expect(html).toContain("宁波市海曙区表格路 8 号");
      const confirmation = confirmationOf(html);
      expect(confirmation.get("fileName")).toBe("名录（修改）.xlsx");
      const done = await post(confirmation);
      expect(done.status).toBe(302);
      expect(done.headers.get("Location")).toBe(`${PATH}?done=imported&new=0&changed=1&unchanged=${rows.length - 2}`);
      const kg = await t.db.selectFrom("kindergartens").select(["id", "address"]).where("uscc", "=", uscc).executeTakeFirstOrThrow();
      expect(kg.address).toBe("宁波市海曙区表格路 8 号");
      const history = await (await get(`/officer/kindergartens/${kg.id}`)).text();
      expect(history).toContain("导入文件：名录（修改）.xlsx");
      expect(await (await get(`/officer/kindergartens/${kg.id}`, "haishu.edu", "en")).text()).toContain("Imported from 名录（修改）.xlsx");
    });

    it("is told by its bytes: a CSV named .xlsx reads as a CSV, a workbook named .csv as a workbook", async () => {
      const csvAsXlsx = await callRoute(importRoute.action, PATH, { cookie: cookies["haishu.edu"], form: upload(csvOf([newRow()]), "名录.xlsx", XLSX) });
      expect(csvAsXlsx).toMatchObject({ status: 200, body: { fileErrors: [], preview: { counts: { new: 1, refused: 0 } } } });
      const fresh = newRow({ address: "宁波市海曙区改名路 1 号" });
      const book = await workbookOf([[...REGISTRY_COLUMNS], REGISTRY_COLUMNS.map((c) => fresh[c as keyof typeof fresh] ?? "")]);
      const xlsxAsCsv = await callRoute(importRoute.action, PATH, { cookie: cookies["haishu.edu"], form: upload(book, "名录.csv", "text/csv") });
      expect(xlsxAsCsv).toMatchObject({ status: 200, body: { fileErrors: [], preview: { counts: { new: 1, refused: 0 }, newRows: [{ line: 2, uscc: fresh.uscc }] } } });
      // What the confirmation carries back is the sheet as CSV.
      expect((xlsxAsCsv.body as { csv: string }).csv.split("\n")[1]).toBe(REGISTRY_COLUMNS.map((c) => fresh[c as keyof typeof fresh] ?? "").join(","));
    });

    it("a workbook that does not read answers 400 with what is wrong, in the page's language; a USCC typed as a number is its row's mistake; nothing is written", async () => {
      const before = await count();
      const refusals: Array<[Uint8Array, string, string, string]> = [
        // A zip that is no workbook, named as one.
        [handMadeWorkbook("<sheetData/>").slice(0, 100), "xlsx.notWorkbook", "无法读取这个 Excel 文件", "This Excel file cannot be read"],
        // A zip bomb: 64 MB of spaces in the sheet, about 64 KB packed.
        [handMadeWorkbook(`<sheetData>${inlineRow(1, [...REGISTRY_COLUMNS])}</sheetData>${" ".repeat(64 * 1024 * 1024)}`), "xlsx.tooLarge", "工作簿解压后超过 24 MB", "unpacks to more than 24 MB"],
      ];
      for (const [bytes, key, zh, en] of refusals) {
        const started = performance.now();
        const res = await callRoute(importRoute.action, PATH, { cookie: cookies["haishu.edu"], form: upload(bytes, "名录.xlsx", XLSX) });
        expect(res, key).toMatchObject({ status: 400, body: { fileErrors: [{ key }], preview: null } });
        expect(performance.now() - started, key).toBeLessThan(2000);
        const page = await post(upload(bytes, "名录.xlsx", XLSX));
        expect(page.status).toBe(400);
        expect(await page.text()).toContain(zh);
        const english = await handle(
          new Request(`http://portal.test${PATH}`, { method: "POST", headers: { Cookie: `${cookies["haishu.edu"]}; ${cookieHeaderFrom(await commitLang("en"))}` }, body: upload(bytes, "名录.xlsx", XLSX) }),
        );
        expect(await english.text()).toContain(en);
      }
      const typed = newRow();
      const book = await workbookOf([[...REGISTRY_COLUMNS], REGISTRY_COLUMNS.map((c) => (c === "uscc" ? Number(typed.uscc.replace(/\D/g, "").padEnd(18, "0")) : (typed[c as keyof typeof typed] ?? ""))), [typed.uscc, typed.approved_name, "", "public", "class1", "330203", { formula: "\"宁波\"&\"路\"", result: "宁波路" }]]);
      const page = await post(upload(book, "名录.xlsx", XLSX));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("第 2 行");
      expect(html).toContain("后面的位数已经丢失，无法从文件中还原");
      expect(html).toContain("第 3 行");
      expect(html).toContain("单元格含公式");
      expect(html).not.toContain('data-testid="confirm-import"');
      expect(await count()).toBe(before);
    });
  });
});
