/**
 * An uploaded table, a CSV file or an Excel workbook told by its bytes (`readTableFile`).
 *
 * A workbook (.xlsx) is read as the CSV reader reads a file: its first sheet's rows, the header in
 * row 1, each cell as text with the same hygiene and trimming, a record's line the row number Excel shows, through
 * the same table checks (csv-table.server.ts, `tableOfRows`). Besides the records it gives the sheet as CSV text, the
 * text a page sends back to be committed and the reader then reads as a CSV: the same rows on the same lines.
 *
 * A cell is read only when its text is what the sheet holds: a formula, a date, a number in an identifier's column
 * (Excel keeps 15 significant digits, so an 18-digit code typed as a number has lost its last ones), an error value
 * or a true/false is told as a mistake of that row, naming the column and what Excel shows. A whole number elsewhere
 * (a region code typed in) reads as its digits.
 *
 * Bounded work: the caller bounds the upload's bytes; the entries read (the workbook, its relations, shared strings,
 * styles and the first sheet) inflate to `maxXmlBytes` at most (zip-entries.server.ts), whatever their headers
 * declare; rows are read one at a time (exceljs's streaming sheet reader over the inflated XML, in chunks) and the
 * reading stops at the first data row past `maxRows`, and at `maxTextBytes` of CSV text. exceljs's whole-workbook
 * `load` is not used: it builds every cell, merged range and defined name before a row could be counted.
 */
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import Papa from "papaparse";
import type { Message } from "~/i18n";
import { cleanText } from "./clean-text";
import { decodeCsv, readCsvTable, tableOfRows, type CsvCellMessage, type CsvTableResult, type CsvTableSpec } from "./csv-table.server";
import { ZipRefusal, zipEntries } from "./zip-entries.server";

export interface XlsxTableSpec<C extends string> extends CsvTableSpec<C> {
  /** Columns of identifiers: a number there has lost digits and is told so. */
  textColumns?: readonly C[];
  /** What the entries read may inflate to. */
  maxXmlBytes: number;
  /** The sheet's CSV text at most (UTF-8 bytes): what the page may send back. */
  maxTextBytes: number;
}

/** An uploaded table: its rows, and the file as CSV text (a workbook's sheet written as one, LF line breaks). */
export type TableFile<C extends string> =
  /** `text`: what a confirmation posts back and a submission's claim holds. */
  | { text: string; table: CsvTableResult<C> }
  /** The file did not read. */
  | { text: null; table: { ok: false; fileErrors: Message[] } };

/** Excel's last row. */
const MAX_SHEET_ROW = 1_048_576;
/** Characters of XML handed to the parser at a time (rows come out as each chunk is parsed). */
const CHUNK = 64 * 1024;

/** A cell element's attributes. */
const CELL_START = /<c\b([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*(["'])(.*?)\1/;
/** A reference as Excel writes it: A1 to XFD1048576, no leading zeros. */
const CANONICAL_REFERENCE = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
/** A cell holding nothing (formatting only), and a row left without cells. */
const EMPTY_CELL = /<c\b[^>]*\/>/g;
const EMPTY_ROW = /<row\b[^>]*(?:\/>|>\s*<\/row>)/g;
const SHARED_STRING = /<si\b/g;

const columnNumber = (letters: string) => [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0);
const columnLetter = (n: number): string => (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** Cells a valid file can hold: every row allowed, as wide as the table. */
const cellsAllowed = (spec: XlsxTableSpec<string>) => (spec.maxRows + 1) * spec.columns.length;

/**
 * The sheet's XML as exceljs is given it, checked first. exceljs spends microseconds on every cell and row element, a
 * row's cells are an array as long as its last column (XFD: 16,384), and it keeps the references it decodes within
 * A1:CV100 in a process-wide cache keyed by their text ("A01", "A001", … would each stay there). So the cells holding
 * nothing (formatting) and the rows left without cells are dropped; then every reference must be as Excel writes it,
 * a cell below the header may not lie right of the table's columns (no valid header names that column), and there may
 * be no more cells than the rows allowed can hold. What exceljs reads is then no more than a valid file holds.
 */
function sheetToRead(xml: string, spec: XlsxTableSpec<string>): { xml: string } | { refused: Message } {
  const kept = xml.replace(EMPTY_CELL, "");
  const width = spec.columns.length;
  let cells = 0;
  for (const [, attributes] of kept.matchAll(CELL_START)) {
    const reference = REFERENCE.exec(attributes)?.[2];
    const canonical = reference === undefined ? null : CANONICAL_REFERENCE.exec(reference);
    if (!canonical) return { refused: { key: "xlsx.notWorkbook" } };
    // The header's own cells are checked as a CSV's header is: "备注" is told as a column the table has not got.
    if (canonical[2] !== "1" && columnNumber(canonical[1]) > width) return { refused: { key: "xlsx.outsideColumns", vars: { cell: reference!, last: columnLetter(width) } } };
    if ((cells += 1) > cellsAllowed(spec)) return { refused: { key: "csv.tooManyRows", vars: { max: spec.maxRows } } };
  }
  return { xml: kept.replace(EMPTY_ROW, "") };
}

/** More shared strings than a valid file's cells can use: a file made to be slow to read. */
function tooManyStrings(xml: string, spec: XlsxTableSpec<string>): boolean {
  let count = 0;
  SHARED_STRING.lastIndex = 0;
  while (SHARED_STRING.exec(xml)) if ((count += 1) > cellsAllowed(spec)) return true;
  return false;
}

/** What exceljs 4.4's streaming WorkbookReader does with a workbook's parts (pinned; not in its typings). */
interface BookReader {
  model?: { sheets?: Array<{ rId?: string }> };
  workbookRels?: Array<{ Id?: string; Target?: string; Type?: string }>;
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<{ value: AsyncIterable<ExcelJS.Row> }>;
}

function xmlStream(bytes: Buffer | string): Readable {
  const xml = typeof bytes === "string" ? bytes : bytes.toString("utf8");
  return Readable.from(
    (function* () {
      for (let i = 0; i < xml.length; i += CHUNK) yield xml.slice(i, i + CHUNK);
    })(),
  );
}

/** A relation's target as a zip entry name: relative to xl/, or absolute from the package's root. */
function partName(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

/** A number as Excel's General format shows it in a column of default width: 9.13302E+17, 330203. */
function shownNumber(n: number): string {
  return Math.abs(n) >= 1e11 ? n.toExponential(5).replace(/\.?0+e/, "e").toUpperCase() : String(n);
}

type CellText = { text: string } | { problem: Message };

/** A cell's value as text, or why it is not read; `identifier`: a number there has lost digits. */
function cellText(value: ExcelJS.CellValue, identifier: boolean): CellText {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number") {
    if (identifier) return { problem: { key: "xlsx.numberIdentifier", vars: { shown: shownNumber(value) } } };
    return Number.isSafeInteger(value) ? { text: String(value) } : { problem: { key: "xlsx.number", vars: { shown: shownNumber(value) } } };
  }
  if (typeof value === "boolean") return { problem: { key: "xlsx.boolean", vars: { shown: value ? "TRUE" : "FALSE" } } };
  if (value instanceof Date) return { problem: { key: "xlsx.date", vars: { shown: value.toISOString().slice(0, 10) } } };
  if ("formula" in value || "sharedFormula" in value) return { problem: { key: "xlsx.formula" } };
  if ("error" in value) return { problem: { key: "xlsx.error", vars: { shown: String(value.error) } } };
  if ("richText" in value) return { text: value.richText.map((r) => r.text ?? "").join("") };
  if ("text" in value && typeof value.text === "string") return { text: value.text };
  return { problem: { key: "xlsx.unreadableCell" } };
}

const refusal = (key: string, vars?: Message["vars"]): TableFile<never> => ({ text: null, table: { ok: false, fileErrors: [{ key, ...(vars ? { vars } : {}) }] } });

/**
 * An upload read as a table, CSV or Excel workbook told by its bytes (file-type), never by its name: a workbook named
 * .csv is read as a workbook, a CSV named .xlsx as a CSV. A string is a CSV's text (a confirmation's, posted back).
 */
export async function readTableFile<C extends string>(input: string | Uint8Array, spec: XlsxTableSpec<C>): Promise<TableFile<C>> {
  if (typeof input !== "string") {
    const sniffed = await fileTypeFromBuffer(input);
    if (sniffed?.ext === "xlsx") return readXlsxTable(input, spec);
    // A compound file: Excel 97–2003, or a workbook encrypted with a password.
    if (sniffed?.ext === "cfb") return refusal("xlsx.legacy");
    if (sniffed) return refusal(sniffed.ext === "zip" ? "xlsx.notWorkbook" : "xlsx.notTable");
  }
  const text = typeof input === "string" ? input : decodeCsv(input);
  return text === null ? refusal("csv.notUtf8") : { text, table: readCsvTable(text, spec) };
}

/** The caller bounds `bytes` (an upload limit); the rest is bounded here. */
async function readXlsxTable<C extends string>(bytes: Uint8Array, spec: XlsxTableSpec<C>): Promise<TableFile<C>> {
  const maxMb = Math.round(spec.maxXmlBytes / 1024 / 1024);
  try {
    const zip = zipEntries(bytes, spec.maxXmlBytes);
    const rels = zip.read("xl/_rels/workbook.xml.rels");
    const workbook = zip.read("xl/workbook.xml");
    if (!rels || !workbook) return refusal("xlsx.notWorkbook");
    // Loaded by the first workbook read, not at start (as the export loads it).
    const { default: Excel } = await import("exceljs");
    const book = new Excel.stream.xlsx.WorkbookReader(undefined as never, {
      worksheets: "emit",
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      entries: "ignore",
    }) as unknown as BookReader;
    await book._parseRels(xmlStream(rels));
    await book._parseWorkbook(xmlStream(workbook));
    const relation = (type: string) => book.workbookRels?.find((r) => r.Type?.endsWith(`/${type}`) && r.Target)?.Target;
    const firstSheet = book.workbookRels?.find((r) => r.Id === book.model?.sheets?.[0]?.rId)?.Target;
    const sheetXml = firstSheet ? zip.read(partName(firstSheet)) : undefined;
    if (!sheetXml) return refusal("xlsx.notWorkbook");
    const sharedStrings = relation("sharedStrings");
    const shared = sharedStrings ? zip.read(partName(sharedStrings)) : undefined;
    if (shared) {
      const strings = shared.toString("utf8");
      if (tooManyStrings(strings, spec)) return refusal("xlsx.tooManyStrings", { max: cellsAllowed(spec) });
      // Cached as they are read (the sheet's cells refer to them by index).
      for await (const _ of book._parseSharedStrings(xmlStream(strings)));
    }
    // The styles tell a date from a number.
    const styles = relation("styles");
    const styleXml = styles ? zip.read(partName(styles)) : undefined;
    if (styleXml) await book._parseStyles(xmlStream(styleXml));
    const checked = sheetToRead(sheetXml.toString("utf8"), spec);
    if ("refused" in checked) return refusal(checked.refused.key, checked.refused.vars);
    const emitted = book._parseWorksheet(xmlStream(checked.xml), "1").next();
    if (emitted.done) return refusal("xlsx.notWorkbook");
    const sheet = emitted.value.value;

    const identifiers = new Set<string>(spec.textColumns ?? []);
    const rows: string[][] = [];
    const refused = new Map<number, CsvCellMessage[]>();
    let header: string[] = [];
    let dataRows = 0;
    let textBytes = 0;
    for await (const row of sheet) {
      const number = Number.isInteger(row.number) ? row.number : rows.length + 1;
      if (number <= rows.length || number > MAX_SHEET_ROW) return refusal("xlsx.notWorkbook");
      while (rows.length < number - 1) rows.push([]);
      if (number === 1) {
        const cells: string[] = [];
        let readable = true;
        row.eachCell((cell, col) => {
          const read = cellText(cell.value, false);
          if ("text" in read) cells[col - 1] = cleanText(read.text);
          else readable = false;
        });
        if (!readable) return refusal("xlsx.header");
        const written = Array.from(cells, (c) => c ?? "");
        while (written.length > 0 && written[written.length - 1].trim() === "") written.pop();
        header = written.map((c) => c.trim().toLowerCase());
        // Wider than the columns, it names one that is none of them, or one twice: told now, so that no row is read
        // as wide as a header that reaches column XFD.
        if (header.length > spec.columns.length) {
          const wrong = tableOfRows([written], spec);
          if (!wrong.ok) return { text: null, table: wrong };
        }
        rows.push(written);
        textBytes += Buffer.byteLength(written.join(",")) + 1;
        continue;
      }
      // A row as wide as the header, as a CSV writes it; a cell beyond it is told as a CSV's extra field is.
      const cells = new Array<string>(header.length).fill("");
      const problems: CsvCellMessage[] = [];
      let widest = 0;
      row.eachCell((cell, col) => {
        const column = header[col - 1];
        if (column === undefined) {
          const value = cell.value;
          if (!(value === null || value === undefined || (typeof value === "string" && value.trim() === ""))) widest = col;
          return;
        }
        const read = cellText(cell.value, identifiers.has(column));
        if ("text" in read) cells[col - 1] = cleanText(read.text);
        else problems.push({ ...read.problem, ...(column ? { column } : {}) });
      });
      if (widest > 0) problems.push({ key: "csv.fieldCount", vars: { expected: header.length, actual: widest } });
      const blank = problems.length === 0 && cells.every((c) => c.trim() === "");
      if (problems.length > 0) refused.set(number, problems);
      if (!blank && (dataRows += 1) > spec.maxRows) return refusal("csv.tooManyRows", { max: spec.maxRows });
      rows.push(blank ? [] : cells);
      textBytes += blank ? 1 : Buffer.byteLength(cells.join(",")) + 1;
      if (textBytes > spec.maxTextBytes) return refusal("xlsx.tooMuchText", { maxMb: Math.round(spec.maxTextBytes / 1024 / 1024) });
    }
    if (rows.every((r) => r.length === 0)) return refusal("csv.empty");
    const table = tableOfRows(rows, spec, refused);
    if (!table.ok) return { text: null, table };
    const text = Papa.unparse(rows, { newline: "\n" });
    // The count above left out the quotes a cell may need.
    return Buffer.byteLength(text) > spec.maxTextBytes ? refusal("xlsx.tooMuchText", { maxMb: Math.round(spec.maxTextBytes / 1024 / 1024) }) : { text, table };
  } catch (err) {
    if (err instanceof ZipRefusal) return err.reason === "tooLarge" ? refusal("xlsx.tooLarge", { maxMb }) : refusal("xlsx.notWorkbook");
    // A part that is not the XML it should be (saxes or exceljs threw): the file is damaged, or not Excel's.
    return refusal("xlsx.notWorkbook");
  }
}
