/**
 * A CSV file streamed as its rows are read, chunk by chunk (the case
 * queue's export, the open-data API's bulk files): never the whole file in
 * memory, and the next chunk is read only when the client has taken the one
 * before (a ReadableStream's pull). UTF-8 with a byte-order mark (Excel then
 * reads the Chinese right), CRLF line ends, papaparse per chunk; a cell that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is quoted
 * and escaped.
 */
import Papa from "papaparse";
import { logger } from "~/utils/logger.server";

export type CsvCell = string | number | boolean | null;

export interface CsvStreamHooks {
  /** Rows sent, chunk by chunk. */
  rows?(count: number): void;
  /** Once: the file was written whole (true), or broke off or was cancelled by the client (false). */
  done?(complete: boolean): Promise<void>;
}

const OPTIONS = { header: false, newline: "\r\n", escapeFormulae: true } as const;

export function csvStream<T>(header: readonly string[], chunks: AsyncGenerator<T[]>, cells: (row: T) => CsvCell[], hooks: CsvStreamHooks = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finished = false;
  const done = async (complete: boolean) => {
    if (finished) return;
    finished = true;
    await hooks.done?.(complete);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([[...header]], OPTIONS)}\r\n`));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          await done(true);
          controller.close();
          return;
        }
        hooks.rows?.(next.value.length);
        controller.enqueue(encoder.encode(`${Papa.unparse(next.value.map(cells), OPTIONS)}\r\n`));
      } catch (err) {
        await done(false);
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
      await done(false);
    },
  });
}

/**
 * The hooks of an officer's file of a list (CSV or XLSX): `record` writes its audit row once the file was sent whole or
 * broke off, with the rows sent; an audit row that cannot be written is logged (`what` names the file) and the file stands.
 */
export function auditedHooks(record: (rows: number, complete: boolean) => Promise<void>, log: { what: string; requestId?: string | null }): CsvStreamHooks {
  let rows = 0;
  return {
    rows: (n) => (rows += n),
    done: (complete) => record(rows, complete).catch((err) => logger.error({ err, requestId: log.requestId }, `${log.what}: audit row not written`)),
  };
}

/** A file streamed as a download named `fileName`, never cached (it is the officer's data). */
export function downloadResponse(body: ReadableStream<Uint8Array>, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
