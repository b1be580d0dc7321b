/**
 * `<DataTable>` (app/components/data-table.tsx): on a phone each row is a card of label–value pairs, and a cell with
 * nothing in it is left out of the card (CSS `td:empty`). That needs the cell to be really empty in the markup.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "~/components/data-table";

type Row = { id: string; note: string; flags: string[] };

const table = (rows: Row[]) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, {
      rows,
      rowKey: (r) => r.id,
      columns: [
        { id: "note", header: "审核意见", cell: (r) => r.note },
        { id: "flags", header: "规则提示", cell: (r) => r.flags.map((f) => createElement("span", { key: f }, f)) },
      ],
    }),
  );

describe("DataTable", () => {
  it("leaves a cell empty when its value is an empty string or an empty list, so the phone card drops its label", () => {
    const html = table([{ id: "a", note: "", flags: [] }]);
    expect(html).toContain('<td data-col="note" data-label="审核意见"></td>');
    expect(html).toContain('<td data-col="flags" data-label="规则提示"></td>');
  });

  it("wraps a cell that has something", () => {
    const html = table([{ id: "b", note: "请更正", flags: ["A01"] }]);
    expect(html).toContain('<td data-col="note" data-label="审核意见"><div class="cell">请更正</div></td>');
    expect(html).toContain('<td data-col="flags" data-label="规则提示"><div class="cell"><span>A01</span></div></td>');
  });
});
