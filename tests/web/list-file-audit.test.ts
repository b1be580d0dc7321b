/**
 * An officer's list file (CSV or XLSX, listFileResponse) is audited before its last byte reaches the client: a
 * client that has read the whole file finds its audit row written (an officer who downloads and then opens the
 * audit page sees it), however slow the audit write; a client that stops reading has the file audited as broken off.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { listFileResponse } from "~/web/list-file.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* chunks(count: number, size: number) {
  for (let c = 0; c < count; c++) yield Array.from({ length: size }, (_, i) => ({ n: c * size + i, uscc: "913302031234567890" }));
}

/** A file of `count` chunks whose audit write takes `auditMs`; what the audit recorded, as it stands when asked. */
const file = (format: ExportFormat, count: number, auditMs: number) => {
  const recorded: Array<{ rows: number; complete: boolean }> = [];
  const response = listFileResponse(format, {
    name: "test",
    sheet: "test",
    columns: [
      { header: "n", width: 8, cell: (r: { n: number }) => r.n },
      { header: "uscc", width: 20, cell: (r: { uscc: string }) => r.uscc },
    ],
    chunks: chunks(count, 100),
    record: async (rows, complete) => {
      await sleep(auditMs);
      recorded.push({ rows, complete });
    },
    what: "test file",
  });
  return { response, recorded };
};

describe("an officer's list file", () => {
  it("is audited, sent whole, before the client has read its end (CSV)", async () => {
    const { response, recorded } = file("csv", 3, 50);
    const text = await response.text();
    expect(text.trim().split("\r\n")).toHaveLength(301);
    expect(recorded).toEqual([{ rows: 300, complete: true }]);
  });

  it("is audited, sent whole, before the client has read its end (XLSX)", async () => {
    const { response, recorded } = file("xlsx", 3, 50);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets[0]!.rowCount).toBe(301);
    expect(recorded).toEqual([{ rows: 300, complete: true }]);
  });

  it.each(["csv", "xlsx"] as const)("is audited as broken off when the client stops reading (%s)", async (format) => {
    const { response, recorded } = file(format, 10_000, 0);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => recorded, { timeout: 5_000 }).toHaveLength(1);
    expect(recorded[0]!.complete).toBe(false);
    expect(recorded[0]!.rows).toBeLessThan(1_000_000);
  });
});
