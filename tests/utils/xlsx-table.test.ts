/**
 * An uploaded table read as a CSV file or an Excel workbook by its bytes (app/utils/xlsx-table.server.ts): a workbook's
 * first sheet reads as the same CSV would (trimmed, cleaned, the row numbers Excel shows), and its sheet's CSV text
 * reads back to the same records; what a cell holds that is not its text is told per row; a file that is no workbook,
 * unpacks past its bound, has too many rows or too much text is refused, within bounded work.
 */
import { describe, expect, it } from "vitest";
import { readCsvTable } from "~/utils/csv-table.server";
import { readTableFile, type XlsxTableSpec } from "~/utils/xlsx-table.server";
import { handMadeWorkbook, inlineRow, workbookOf } from "../factories/workbooks";

const COLUMNS = ["uscc", "name", "region_code"] as const;
const SPEC: XlsxTableSpec<(typeof COLUMNS)[number]> = { columns: COLUMNS, maxRows: 100, textColumns: ["uscc"], maxXmlBytes: 1024 * 1024, maxTextBytes: 64 * 1024 };
const USCC = "52330203MJB0000013";

async function read(bytes: Uint8Array | string, spec = SPEC) {
  return readTableFile(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes, spec);
}

describe("an uploaded table", () => {
  it("reads a workbook's first sheet as the same CSV reads: trimmed, cleaned, on the rows Excel numbers, and its text reads back the same", async () => {
    // Row 3 left blank; a name with a comma, a line break, spaces around it and a zero-width space; a region code typed as a number.
    const bytes = await workbookOf(
      [["USCC ", "name", "region_code"], [USCC, "  海曙区,第一\n幼儿园\u200B ", 330203], [], ["52330203MJB0000021", { richText: [{ text: "江北" }, { text: "幼儿园" }] }, "330205"]],
      { other: [["uscc"], ["not read"]] },
    );
    const file = await read(bytes);
    expect(file.table).toEqual({
      ok: true,
      rowErrors: [],
      records: [
        { line: 2, values: { uscc: USCC, name: "海曙区,第一\n幼儿园", region_code: "330203" }, written: { uscc: USCC, name: "海曙区,第一\n幼儿园", region_code: "330203" } },
        { line: 4, values: { uscc: "52330203MJB0000021", name: "江北幼儿园", region_code: "330205" }, written: { uscc: "52330203MJB0000021", name: "江北幼儿园", region_code: "330205" } },
      ],
    });
    // What the confirmation posts back is a CSV that reads to the same records on the same lines.
    expect(readCsvTable(file.text!, SPEC)).toEqual(file.table);
  });

  it("tells the type by the bytes: a CSV stays a CSV whatever it is called, a workbook is read as one", async () => {
    const csv = await read(`uscc,name,region_code\r\n${USCC},甲,330203\r\n`);
    expect(csv.table).toMatchObject({ ok: true, records: [{ line: 2, values: { uscc: USCC } }] });
    expect(csv.text).toBe(`uscc,name,region_code\r\n${USCC},甲,330203\r\n`);
    const pdf = await read("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n");
    expect(pdf).toEqual({ text: null, table: { ok: false, fileErrors: [{ key: "xlsx.notTable" }] } });
    // Excel 97–2003 (.xls) and password-protected workbooks are compound files.
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await read(cfb)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.legacy" }] });
  });

  it("tells a formula, a date, an error value, a logical value and a number where a code belongs as the row's mistakes, by column", async () => {
    const bytes = await workbookOf([
      ["uscc", "name", "region_code"],
      [913302031234567890, "甲", "330203"],
      [USCC, { formula: "A1&\"x\"", result: "x" }, "330203"],
      [USCC, new Date(Date.UTC(2026, 8, 1)), true],
      [USCC, { error: "#N/A" }, 3.5],
    ]);
    const file = await read(bytes);
    expect(file.table).toEqual({
      ok: true,
      records: [],
      rowErrors: [
        { line: 2, messages: [{ key: "xlsx.numberIdentifier", vars: { shown: "9.13302E+17" }, column: "uscc" }] },
        { line: 3, messages: [{ key: "xlsx.formula", column: "name" }] },
        {
          line: 4,
          messages: [
            { key: "xlsx.date", vars: { shown: "2026-09-01" }, column: "name" },
            { key: "xlsx.boolean", vars: { shown: "TRUE" }, column: "region_code" },
          ],
        },
        {
          line: 5,
          messages: [
            { key: "xlsx.error", vars: { shown: "#N/A" }, column: "name" },
            { key: "xlsx.number", vars: { shown: "3.5" }, column: "region_code" },
          ],
        },
      ],
    });
  });

  it("refuses a zip that is no workbook, a damaged one and one whose cell references are not Excel's", async () => {
    expect((await read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.notWorkbook" }] });
    const good = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name", "region_code"])}${inlineRow(2, [USCC, "甲", "330203"])}</sheetData>`);
    expect((await read(good)).table).toMatchObject({ ok: true, records: [{ line: 2 }] });
    // Cut short: no central directory.
    expect((await read(good.slice(0, good.length - 30))).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.notWorkbook" }] });
    // A1 written with leading zeros (exceljs would keep each such reference in its process-wide cache).
    const padded = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name", "region_code"]).replace('r="A1"', 'r = "A0001"')}</sheetData>`);
    expect((await read(padded)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.notWorkbook" }] });
    const broken = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name", "region_code"])}<row r="2"><c r="A2"`);
    expect((await read(broken)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.notWorkbook" }] });
  });

  it("tells a header column the table has not got as a CSV's header is, a cell right of the table's columns, a row wider than its header", async () => {
    const header = inlineRow(1, ["uscc", "name", "region_code", "备注"]);
    expect((await read(handMadeWorkbook(`<sheetData>${header}${inlineRow(2, [USCC, "甲", "330203"])}</sheetData>`))).table).toEqual({
      ok: false,
      fileErrors: [
        { key: "csv.header.unknown", vars: { columns: "备注" } },
        { key: "csv.header.expected", vars: { columns: "uscc,name,region_code" } },
      ],
    });
    const noted = handMadeWorkbook(`<sheetData>${header}${inlineRow(2, [USCC, "甲", "330203", "新园"])}</sheetData>`);
    expect((await read(noted)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.outsideColumns", vars: { cell: "D2", last: "C" } }] });
    // A cell of a column the header left out (an optional one): the row is wider than its header.
    const narrow = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name"])}${inlineRow(2, [USCC, "甲", "330203"])}</sheetData>`);
    expect((await read(narrow, { ...SPEC, optional: ["region_code"] })).table).toEqual({
      ok: true,
      records: [],
      rowErrors: [{ line: 2, messages: [{ key: "csv.fieldCount", vars: { expected: 2, actual: 3 } }] }],
    });
    // Cells with a format and nothing in them are not read, however many.
    const formatted = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name", "region_code"])}<row r="2"><c r="A2" s="1"/><c r="XFD2" s="1"/></row>${inlineRow(3, [USCC, "甲", "330203"])}</sheetData>`);
    expect((await read(formatted)).table).toMatchObject({ ok: true, records: [{ line: 3 }] });
  });

  it("refuses a workbook that unpacks past its bound, whatever its parts declare, quickly", async () => {
    // 64 MB of spaces packs into about 64 KB.
    const padding = " ".repeat(64 * 1024 * 1024);
    for (const declaredSize of [undefined, 1000]) {
      const bomb = handMadeWorkbook(`<sheetData>${inlineRow(1, ["uscc", "name", "region_code"])}</sheetData>${padding}`, { sheetPart: { declaredSize } });
      expect(bomb.length).toBeLessThan(200 * 1024);
      const started = performance.now();
      expect((await read(bomb)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.tooLarge", vars: { maxMb: 1 } }] });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it("stops at the first row past the limit, at the text limit and at more shared strings than the rows can hold", async () => {
    const header = inlineRow(1, ["uscc", "name", "region_code"]);
    // Rows of one cell each: fewer cells than 100 rows may hold, more rows.
    const rows = Array.from({ length: 200 }, (_, i) => inlineRow(i + 2, [USCC])).join("");
    const many = handMadeWorkbook(`<sheetData>${header}${rows}</sheetData>`);
    expect((await read(many)).table).toEqual({ ok: false, fileErrors: [{ key: "csv.tooManyRows", vars: { max: 100 } }] });
    expect((await read(many, { ...SPEC, maxRows: 1000, maxTextBytes: 2 * 1024 })).table).toMatchObject({ ok: false, fileErrors: [{ key: "xlsx.tooMuchText" }] });
    // Blank rows are not rows, as blank lines are not in a CSV.
    // More shared strings than the rows allowed could use (a file made to be slow to read).
    const strings = handMadeWorkbook(`<sheetData>${header}</sheetData>`, { sharedStrings: "<si><t>x</t></si>".repeat(400) });
    expect((await read(strings)).table).toEqual({ ok: false, fileErrors: [{ key: "xlsx.tooManyStrings", vars: { max: 303 } }] });
    const sparse = handMadeWorkbook(`<sheetData>${header}${inlineRow(2, [USCC, "甲", "330203"])}${inlineRow(900, [USCC, "乙", "330203"])}</sheetData>`);
    expect((await read(sparse, { ...SPEC, maxRows: 2 })).table).toMatchObject({ ok: true, records: [{ line: 2 }, { line: 900 }] });
  });
});
