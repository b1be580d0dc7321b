/**
 * Reading an uploaded CSV table into records by column name: the file-level
 * checks every import shares (UTF-8, BOM, NUL bytes, quoting, the header's
 * columns, a row's field count, the row limit) and the line numbers. A
 * record's line is where a spreadsheet shows it, the header being line 1, so
 * a quoted cell spanning two text lines still counts as one line. What a row
 * means is the importing feature's job; this module only turns cells into
 * trimmed strings, with the messages (csv.*) a person can act on. The table half,
 * `tableOfRows`, reads an Excel workbook's rows too (xlsx-table.server.ts).
 */
import Papa from "papaparse";
import { cleanText } from "~/utils/clean-text";
import type { Message } from "~/i18n";

export interface CsvRecord<C extends string> {
  /** 1-based, header = 1. */
  line: number;
  /** Trimmed cells by column; empty cells are absent, as an empty form field is. */
  values: Partial<Record<C, string>>;
  /**
   * The same cells as the file writes them (trimmed, not rewritten): what a message about a cell quotes, so a
   * person can find it in the file (a date column's value is read as YYYY-MM-DD, "2027/13/01" as "2027-13-01").
   */
  written: Partial<Record<C, string>>;
}

/** A message about one cell (its column, and what it holds when it holds something) or about the whole line. */
export type CsvCellMessage = Message & { column?: string; value?: string };

export interface CsvRowError {
  line: number;
  messages: CsvCellMessage[];
}

export type CsvTableResult<C extends string> =
  | { ok: true; records: CsvRecord<C>[]; rowErrors: CsvRowError[] }
  | { ok: false; fileErrors: Message[] };

export interface CsvTableSpec<C extends string> {
  /** Every column the header must have, in the template's order; the header may order them otherwise. */
  columns: readonly C[];
  /** Columns that may be left out of the header (their cells are then absent). */
  optional?: readonly C[];
  /** Columns holding dates: Excel in a Chinese locale writes 2026/9/1, read as 2026-09-01. */
  dateColumns?: readonly C[];
  /** Data rows at most (blank lines not counted). */
  maxRows: number;
}

function normaliseDate(value: string): string {
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : value;
}

/**
 * A file's bytes as the reader reads them: UTF-8 (null when they are not), the byte-order mark dropped. A page that
 * shows or sends back the file's text decodes it with this, once, and hands the text to the reader.
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decode(input: string | Uint8Array): string | null {
  return typeof input === "string" ? input : decodeCsv(input);
}

/** The caller bounds the input's size (an upload limit): the whole file is parsed before rows are counted. */
export function readCsvTable<C extends string>(input: string | Uint8Array, spec: CsvTableSpec<C>): CsvTableResult<C> {
  const decoded = decode(input);
  if (decoded === null) return { ok: false, fileErrors: [{ key: "csv.notUtf8" }] };
  const raw = decoded.replace(/^\uFEFF/, "");
  if (raw.includes("\u0000")) return { ok: false, fileErrors: [{ key: "csv.notText" }] };
  // Cells become stored text: the hygiene every form field gets (no controls, bidi or zero-width characters; NFC).
  const text = cleanText(raw);
  if (text.trim() === "") return { ok: false, fileErrors: [{ key: "csv.empty" }] };

  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ",", skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((e) => e.type === "Quotes");
  if (quoteErrors.length > 0) {
    const lines = [...new Set(quoteErrors.map((e) => (e.row ?? 0) + 1))].sort((a, b) => a - b);
    return { ok: false, fileErrors: [{ key: "csv.quotes", vars: { lines: lines.join(", ") } }] };
  }
  if (parsed.errors.length > 0) {
    return { ok: false, fileErrors: [{ key: "csv.malformed", vars: { detail: parsed.errors[0].message } }] };
  }

  return tableOfRows(parsed.data, spec);
}

/**
 * Rows of cells (the first the header; a row's line is its index + 1) as a table: the header's columns checked, each
 * row's cells trimmed and named by column, blank rows skipped, the row limit. `refused` holds, by line, what a reader
 * found wrong in a row's cells (a workbook's formula, say): such a row is told with those messages, not read.
 */
export function tableOfRows<C extends string>(rows: readonly string[][], spec: CsvTableSpec<C>, refused?: ReadonlyMap<number, CsvCellMessage[]>): CsvTableResult<C> {
  const [headerCells = [], ...body] = rows;
  const header = headerCells.map((c) => c.trim().toLowerCase());
  const known = new Set<string>(spec.columns);
  const optional = new Set<string>(spec.optional ?? []);
  const missing = spec.columns.filter((c) => !optional.has(c) && !header.includes(c));
  const unknown = header.filter((c) => !known.has(c));
  const repeated = header.filter((c, i) => c !== "" && header.indexOf(c) !== i);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const fileErrors: Message[] = [];
    if (missing.length > 0) fileErrors.push({ key: "csv.header.missing", vars: { columns: missing.join(", ") } });
    if (unknown.length > 0) fileErrors.push({ key: "csv.header.unknown", vars: { columns: unknown.map((c) => c || "\"\"").join(", ") } });
    if (repeated.length > 0) fileErrors.push({ key: "csv.header.repeated", vars: { columns: [...new Set(repeated)].join(", ") } });
    fileErrors.push({ key: "csv.header.expected", vars: { columns: spec.columns.join(",") } });
    return { ok: false, fileErrors };
  }

  const dates = new Set<string>(spec.dateColumns ?? []);
  const records: CsvRecord<C>[] = [];
  const rowErrors: CsvRowError[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    const problems = refused?.get(line);
    if (problems) {
      rowErrors.push({ line, messages: problems });
      return;
    }
    if (cells.every((c) => c.trim() === "")) return; // blank lines (and the final newline) are not rows
    if (cells.length !== header.length) {
      rowErrors.push({ line, messages: [{ key: "csv.fieldCount", vars: { expected: header.length, actual: cells.length } }] });
      return;
    }
    const values: Partial<Record<C, string>> = {};
    const written: Partial<Record<C, string>> = {};
    header.forEach((column, i) => {
      const cell = cells[i].trim();
      if (cell === "") return;
      values[column as C] = dates.has(column) ? normaliseDate(cell) : cell;
      written[column as C] = cell;
    });
    records.push({ line, values, written });
  });
  if (records.length + rowErrors.length === 0) return { ok: false, fileErrors: [{ key: "csv.noRows" }] };
  if (records.length + rowErrors.length > spec.maxRows) return { ok: false, fileErrors: [{ key: "csv.tooManyRows", vars: { max: spec.maxRows } }] };
  return { ok: true, records, rowErrors };
}

/** A downloadable template: a BOM so Excel opens it as UTF-8, the header and the example rows. */
export function csvTemplate<C extends string>(columns: readonly C[], examples: ReadonlyArray<Record<C, string>>): string {
  const rows = [columns as readonly string[], ...examples.map((r) => columns.map((c) => r[c]))];
  return `\uFEFF${Papa.unparse(rows as string[][], { newline: "\r\n" })}\r\n`;
}
