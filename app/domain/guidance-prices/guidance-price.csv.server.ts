/**
 * Reading a guidance-price CSV into candidate rows: the shared table reader
 * (app/utils/csv-table.server.ts) with this import's columns. Row validation
 * is the service's job; this module only turns cells into the schema's input.
 */
import { csvTemplate, readCsvTable, type CsvTableResult } from "~/utils/csv-table.server";
import { CSV_COLUMNS, CSV_EXAMPLE_ROWS, type CsvColumn } from "./guidance-price.schema";

export function readGuidanceCsv(input: string | Uint8Array, maxRows: number): CsvTableResult<CsvColumn> {
  return readCsvTable(input, { columns: CSV_COLUMNS, dateColumns: ["effective_from", "effective_to"], maxRows });
}

export function guidanceCsvTemplate(): string {
  return csvTemplate(CSV_COLUMNS, CSV_EXAMPLE_ROWS);
}
