/**
 * An Excel workbook streamed as its rows are read, chunk by chunk (the officers' list files: the case queue's, the
 * account review queue's, the complaint queue's): exceljs's streaming WorkbookWriter into a PassThrough that is the
 * response body, no shared strings, no styles, each row committed as it is added, the writer waiting while the client
 * has not read what was sent. One sheet, its header row frozen.
 *
 * A string is written as a text cell, so what the domain reads as text stays text: a USCC ("913302031234567890"), an
 * account's last four digits ("0123"), a tracking number keep every digit, as a CSV opened in Excel does not (it reads
 * them as numbers: 9.13E+17, 123). Only a number (an amount) is a number cell. A text cell is never a formula.
 */
import { once } from "node:events";
import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type ExcelJS from "exceljs";
import { logger } from "~/utils/logger.server";
import type { CsvCell, CsvStreamHooks } from "./csv-stream.server";

/** A column of the sheet: its header and its width in characters. */
export interface SheetColumn {
  header: string;
  width: number;
}

/** Where exceljs 4.4's streaming worksheet writes its XML: the zip entry's stream(s) it pipes into. */
interface SheetInternals {
  stream?: { pipes?: Array<{ _writableState?: { needDrain?: boolean } } & NodeJS.EventEmitter> };
}

/**
 * exceljs's streaming writer passes a sheet's XML on to the zip without backpressure (its buffer
 * writes into the zip entry's stream and never waits for it), so rows added faster than zlib
 * compresses them piled up there: 160,000 rows held 115 MB and the web process passed 340 MB.
 * After each chunk of rows this waits until the entry's stream has taken what it was given.
 * It reads exceljs internals (pinned 4.4.0); `npm run bench:cases` (x) measures the memory.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  for (const entry of (sheet as unknown as SheetInternals).stream?.pipes ?? []) {
    if (entry._writableState?.needDrain) await Promise.race([once(entry, "drain"), once(entry, "close"), once(entry, "error")]);
  }
}

/** The workbook of `chunks` on a sheet named `sheetName`; `log.what` names the file when it breaks off. */
export function xlsxStream<T>(
  sheetName: string,
  columns: readonly SheetColumn[],
  chunks: AsyncGenerator<T[]>,
  cells: (row: T) => CsvCell[],
  hooks: CsvStreamHooks,
  log: { what: string; requestId?: string | null },
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // The workbook writes into `zip`, which passes it on to `out` but does not end it: `out` ends only once the audit
  // row is written (as the CSV closes only then), so a client that has the whole file finds it audited.
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  void (async () => {
    let complete = false;
    try {
      // Loaded by the first XLSX export, not at start: exceljs holds ~8 MB of heap in every process that loads it.
      const { default: ExcelJS } = await import("exceljs");
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: false, useSharedStrings: false, zip: { zlib: { level: 1 } } });
      const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
      sheet.addRow(columns.map((c) => c.header)).commit();
      for await (const chunk of chunks) {
        if (out.destroyed) break;
        for (const row of chunk) sheet.addRow(cells(row)).commit();
        hooks.rows?.(chunk.length);
        await zipCaughtUp(sheet);
        // The client has not read what was sent: wait, rather than hold the rest in memory.
        if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
      }
      if (!out.destroyed) {
        sheet.commit();
        await workbook.commit();
        await finished(zip);
        complete = true;
      }
    } catch (err) {
      logger.error({ err, requestId: log.requestId }, `${log.what}: the XLSX broke off`);
      out.destroy(err as Error);
    } finally {
      await hooks.done?.(complete);
      if (complete) out.end();
    }
  })();
  return createReadableStreamFromReadable(out);
}
