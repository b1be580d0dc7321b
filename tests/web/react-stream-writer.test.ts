/**
 * React's Node stream writer as patched (patches/react-dom+18.3.1.patch): a
 * flush is written as one string, so a page arrives whole, byte for byte what
 * the string renderer makes, and without the NUL bytes 18.3's 2 KB views left
 * in CJK text (facebook/react#24985). Both builds are checked: the production
 * one serves the portal, the development one renders in these tests.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Writable } from "node:stream";
import { createElement as h, type ReactElement } from "react";
import { describe, expect, it } from "vitest";

type StreamServer = typeof import("react-dom/server");

const require = createRequire(import.meta.url);
const cjs = path.join(path.dirname(require.resolve("react-dom/package.json")), "cjs");
const builds: Array<[string, StreamServer, StreamServer]> = [
  ["production", require(`${cjs}/react-dom-server.node.production.min.js`), require(`${cjs}/react-dom-server-legacy.node.production.min.js`)],
  ["development", require(`${cjs}/react-dom-server.node.development.js`), require(`${cjs}/react-dom-server-legacy.node.development.js`)],
];

/** 300 rows of mixed Chinese and ASCII: ~40 KB, so every 2 KB boundary of the old writer fell somewhere in a character. */
function queueTable(): ReactElement {
  const rows = Array.from({ length: 300 }, (_, i) => ({ id: `C${i}`, name: `宁波市海曙区阳光幼儿园第${i}分园`, note: `剩余 ${i % 15} 个工作日` }));
  return h(
    "table",
    { className: "queue" },
    h(
      "tbody",
      null,
      rows.map((row) => h("tr", { key: row.id }, h("td", null, h("a", { href: `/officer/cases/${row.id}` }, row.name)), h("td", null, row.note, "（", row.id, "）"))),
    ),
  );
}

function streamed(server: StreamServer, element: ReactElement): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const writes: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes.push(chunk);
        callback();
      },
      final(callback) {
        callback();
        resolve(writes);
      },
    });
    const { pipe } = server.renderToPipeableStream(element, { onAllReady: () => pipe(sink), onShellError: reject, onError: reject });
  });
}

describe.each(builds)("React's stream writer, %s build", (_name, stream, legacy) => {
  it("writes the page in one piece, as the string renderer makes it, with no NUL byte", async () => {
    const writes = await streamed(stream, queueTable());
    const page = Buffer.concat(writes);
    expect(page.length).toBeGreaterThan(30_000);
    expect(writes).toHaveLength(1);
    expect(page.includes(0)).toBe(false);
    expect(page.toString("utf8")).toBe(legacy.renderToString(queueTable()));
  });
});
