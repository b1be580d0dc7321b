/**
 * A message with variables travels as one string through channels that carry only strings (zod's and conform's
 * field errors) in encodeMessage's form ("key|{json vars}"), which translate() reads back. Written by hand, the form
 * is a second copy of that encoding: every such message is built with encodeMessage, the one place that writes it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENCODER = "app/i18n/index.ts";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(rel) : /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("messages with variables", () => {
  it("are encoded by encodeMessage, never as a hand-written `key|${JSON.stringify(vars)}`", () => {
    const handWritten = sourceFiles("app")
      .filter((file) => file !== ENCODER)
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), "utf8")
          .split("\n")
          .flatMap((line, i) => (/\|\$\{JSON\.stringify\(/.test(line) ? [`${file}:${i + 1}`] : [])),
      );
    expect(handWritten).toEqual([]);
  });
});
