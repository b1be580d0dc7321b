/**
 * Reading a guidance-price CSV into candidate rows. Owns the file-level
 * checks (UTF-8, BOM, quoting, header) and the line numbers: a record's line
 * is where a spreadsheet shows it, the header being line 1, so a quoted cell
 * spanning two text lines still counts as one line. Row validation is the
 * service's job; this module only turns cells into the schema's input.
 */
import Papa from "papaparse";
import { cleanText } from "~/utils/clean-text";
import { CSV_COLUMNS, CSV_EXAMPLE_ROWS, type CsvColumn } from "./guidance-price.schema";
import type { Message } from "~/domain/result";

export interface CsvRecord {
  /** 1-based, header = 1. */
  line: number;
  /** Trimmed cells by column; empty cells are absent, as an empty form field is. */
  values: Partial<Record<CsvColumn, string>>;
}

export type CsvReadResult =
  | { ok: true; records: CsvRecord[]; rowErrors: Array<{ line: number; messages: Array<Message & { column?: string }> }> }
  | { ok: false; fileErrors: Message[] };

/** Excel in a Chinese locale writes 2026/9/1; accept it and mean 2026-09-01. */
function normaliseDate(value: string): string {
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : value;
}

function decode(input: string | Uint8Array): string | null {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return null;
  }
}

export function readGuidanceCsv(input: string | Uint8Array, maxRows: number): CsvReadResult {
  const decoded = decode(input);
  if (decoded === null) return { ok: false, fileErrors: [{ key: "guidance.csv.notUtf8" }] };
  const raw = decoded.replace(/^\uFEFF/, "");
  if (raw.includes("\u0000")) return { ok: false, fileErrors: [{ key: "guidance.csv.notText" }] };
  // Cells become stored text: the hygiene every form field gets (no controls, bidi or zero-width characters; NFC).
  const text = cleanText(raw);
  if (text.trim() === "") return { ok: false, fileErrors: [{ key: "guidance.csv.empty" }] };

  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ",", skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((e) => e.type === "Quotes");
  if (quoteErrors.length > 0) {
    const lines = [...new Set(quoteErrors.map((e) => (e.row ?? 0) + 1))].sort((a, b) => a - b);
    return { ok: false, fileErrors: [{ key: "guidance.csv.quotes", vars: { lines: lines.join(", ") } }] };
  }
  if (parsed.errors.length > 0) {
    return { ok: false, fileErrors: [{ key: "guidance.csv.malformed", vars: { detail: parsed.errors[0].message } }] };
  }

  const [headerCells = [], ...body] = parsed.data;
  const header = headerCells.map((c) => c.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !known.has(c));
  const repeated = header.filter((c, i) => c !== "" && header.indexOf(c) !== i);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const fileErrors: Message[] = [];
    if (missing.length > 0) fileErrors.push({ key: "guidance.csv.header.missing", vars: { columns: missing.join(", ") } });
    if (unknown.length > 0) {
      fileErrors.push({ key: "guidance.csv.header.unknown", vars: { columns: unknown.map((c) => c || "\"\"").join(", ") } });
    }
    if (repeated.length > 0) fileErrors.push({ key: "guidance.csv.header.repeated", vars: { columns: [...new Set(repeated)].join(", ") } });
    fileErrors.push({ key: "guidance.csv.header.expected", vars: { columns: CSV_COLUMNS.join(",") } });
    return { ok: false, fileErrors };
  }

  const records: CsvRecord[] = [];
  const rowErrors: Array<{ line: number; messages: Array<Message & { column?: string }> }> = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === "")) return; // blank lines (and the final newline) are not rows
    if (cells.length !== header.length) {
      rowErrors.push({
        line,
        messages: [{ key: "guidance.csv.fieldCount", vars: { expected: header.length, actual: cells.length } }],
      });
      return;
    }
    const values: Partial<Record<CsvColumn, string>> = {};
    header.forEach((column, i) => {
      const raw = cells[i].trim();
      if (raw === "") return;
      values[column as CsvColumn] = column === "effective_from" || column === "effective_to" ? normaliseDate(raw) : raw;
    });
    records.push({ line, values });
  });
  if (records.length + rowErrors.length === 0) return { ok: false, fileErrors: [{ key: "guidance.csv.noRows" }] };
  if (records.length + rowErrors.length > maxRows) {
    return { ok: false, fileErrors: [{ key: "guidance.csv.tooManyRows", vars: { max: maxRows } }] };
  }
  return { ok: true, records, rowErrors };
}

/** The downloadable template: a BOM so Excel opens it as UTF-8, the header and the example rows. */
export function guidanceCsvTemplate(): string {
  const rows = [CSV_COLUMNS as readonly string[], ...CSV_EXAMPLE_ROWS.map((r) => CSV_COLUMNS.map((c) => r[c]))];
  return `\uFEFF${Papa.unparse(rows as string[][], { newline: "\r\n" })}\r\n`;
}
