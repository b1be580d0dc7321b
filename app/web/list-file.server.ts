/**
 * An officer's file of a list in the format asked for (the case queue's, the account review queue's, the complaint
 * queue's, the registry's, the bookkeepers' accounts overview's `export.csv` and `export.xlsx`): one set of columns for both, the rows streamed chunk by chunk (csvStream,
 * xlsxStream), the audit row (where the list is audited) written once the file was sent whole or broke off (auditedHooks), sent as a download.
 */
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { auditedHooks, csvStream, downloadResponse, type CsvCell } from "./csv-stream.server";
import { xlsxStream } from "./xlsx-stream.server";

const TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A column of the file: its header, its width in the workbook (characters), and the cell of a row. */
export interface ListColumn<T> {
  header: string;
  width: number;
  cell: (row: T) => CsvCell;
}

export interface ListFile<T> {
  /** The file's name without its extension. */
  name: string;
  /** The workbook's sheet. */
  sheet: string;
  columns: readonly ListColumn<T>[];
  chunks: AsyncGenerator<T[]>;
  /** The audit row, with the rows sent and whether the file was sent whole; none for a file that is not audited (the registry's). */
  record?: (rows: number, complete: boolean) => Promise<void>;
  /** Names the file in the log. */
  what: string;
  requestId?: string | null;
}

export function listFileResponse<T>(format: ExportFormat, file: ListFile<T>): Response {
  const log = { what: file.what, requestId: file.requestId };
  const hooks = file.record ? auditedHooks(file.record, log) : {};
  const cells = (row: T) => file.columns.map((c) => c.cell(row));
  const body =
    format === "csv" ? csvStream(file.columns.map((c) => c.header), file.chunks, cells, hooks) : xlsxStream(file.sheet, file.columns, file.chunks, cells, hooks, log);
  return downloadResponse(body, TYPES[format], `${file.name}.${format}`);
}
