/**
 * readStreamedForm (app/web/form.server.ts): a multipart form whose files
 * are handed to a taker chunk by chunk as the body arrives. What a parent's
 * complaint and a kindergarten's answer rely on: fields and files in order,
 * the limits (body, text field, field name, files), and on any refusal every
 * file already taken discarded, with no taker left waiting.
 */
import { describe, expect, it } from "vitest";
import { MAX_EXTRA_FILES, readStreamedForm, type StreamedFiles } from "~/web/form.server";

const BOUNDARY = "----portal-test-boundary";

type Part = { name: string; value: string | Uint8Array; filename?: string; type?: string };

function multipartBody(parts: Part[], { close = true } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    const type = part.type ?? (part.filename !== undefined ? "image/jpeg" : undefined);
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ""}\r\n`));
    chunks.push(Buffer.from(part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** A post streamed in 16 KB chunks, without Content-Length (as a chunked upload arrives). */
function post(body: Uint8Array): Request {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.subarray(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
  return new Request("http://portal.test/complaints/new", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

/** A taker keeping each file's bytes in memory, recording what was taken, discarded and broken off. */
function recordingTaker(options: { max?: number; failOn?: string } = {}) {
  const log = { taken: [] as string[], discarded: [] as string[], brokenOff: [] as string[] };
  const files: StreamedFiles<{ name: string; bytes: number }> = {
    field: "evidence",
    max: options.max ?? 3,
    async take(name, chunks) {
      let bytes = 0;
      try {
        for await (const chunk of chunks) bytes += chunk.byteLength;
      } catch (err) {
        log.brokenOff.push(name);
        throw err;
      }
      if (name === options.failOn) throw new Error("disk full");
      log.taken.push(name);
      return { name, bytes };
    },
    async discard(file) {
      log.discarded.push(file.name);
    },
  };
  return { files, log };
}

const photo = (kb: number) => new Uint8Array(kb * 1024).fill(0xab);

describe("a streamed multipart form", () => {
  it("hands the files over in order with their sizes, keeps the text, counts files beyond the limit and skips an empty file input", async () => {
    const { files, log } = recordingTaker({ max: 2 });
    const body = multipartBody([
      { name: "narrative", value: "收费不合理\r\n第二行" },
      { name: "evidence", filename: "a.jpg", value: photo(100) },
      { name: "evidence", filename: "", value: "" },
      { name: "evidence", filename: "b.jpg", value: photo(300) },
      { name: "evidence", filename: "c.jpg", value: photo(5) },
      // Typed as bytes but without a file name: text, as browsers send no such thing for a file.
      { name: "track", value: "complaint", type: "application/octet-stream" },
    ]);
    const read = await readStreamedForm(post(body), { maxBytes: 1024 * 1024, files });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.files).toEqual([
      { name: "a.jpg", bytes: 100 * 1024 },
      { name: "b.jpg", bytes: 300 * 1024 },
    ]);
    expect(read.extraFiles).toBe(1);
    expect([...read.form.entries()]).toEqual([
      ["narrative", "收费不合理\n第二行"], // cleaned as every text is (cleanText)
      ["track", "complaint"],
    ]);
    expect(log.discarded).toEqual([]);
  });

  // On a refusal a file is either discarded after it was taken or broken off while being read (its taker cleans up):
  // never both, never neither.
  const leftNothing = (log: { taken: string[]; discarded: string[]; brokenOff: string[] }, names: string[]) => {
    expect([...log.discarded, ...log.brokenOff].sort()).toEqual(names);
    expect(log.discarded.sort()).toEqual(log.taken.sort());
  };

  it("a body that grows past the limit mid-file is 413: the file being read is broken off and those taken are discarded", async () => {
    const { files, log } = recordingTaker();
    const body = multipartBody([
      { name: "evidence", filename: "a.jpg", value: photo(200) },
      { name: "evidence", filename: "b.jpg", value: photo(2000) },
    ]);
    const read = await readStreamedForm(post(body), { maxBytes: 1024 * 1024, files });
    expect(read).toMatchObject({ ok: false, refusal: { status: 413, reason: "too-large" } });
    expect(log.brokenOff).toContain("b.jpg");
    leftNothing(log, ["a.jpg", "b.jpg"]);
  });

  it("a file in another field is 400, and what was taken before it is discarded", async () => {
    const { files, log } = recordingTaker();
    const body = multipartBody([
      { name: "evidence", filename: "a.jpg", value: photo(1) },
      { name: "narrative", filename: "n.txt", value: "text as a file" },
      // In the same chunk as the refused part: the parser emits it, and nothing takes it.
      { name: "evidence", filename: "after.jpg", value: photo(1) },
    ]);
    const read = await readStreamedForm(post(body), { maxBytes: 1024 * 1024, files });
    expect(read).toMatchObject({ ok: false, refusal: { status: 400, reason: "unexpected-file" } });
    leftNothing(log, ["a.jpg"]);
  });

  it("a text field over 64 KB is 413 for that field", async () => {
    const { files, log } = recordingTaker();
    const body = multipartBody([
      { name: "evidence", filename: "a.jpg", value: photo(20) },
      { name: "narrative", value: "长".repeat(30_000) },
    ]);
    const read = await readStreamedForm(post(body), { maxBytes: 1024 * 1024, files });
    expect(read).toMatchObject({ ok: false, refusal: { status: 413, reason: "too-large", field: "narrative" } });
    leftNothing(log, ["a.jpg"]);
  });

  it("a body cut off before its closing boundary is 400, and the files taken are discarded", async () => {
    const { files, log } = recordingTaker();
    const body = multipartBody(
      [
        { name: "evidence", filename: "a.jpg", value: photo(20) },
        { name: "evidence", filename: "b.jpg", value: photo(20) },
      ],
      { close: false },
    );
    const read = await readStreamedForm(post(body.subarray(0, body.length - 1000)), { maxBytes: 1024 * 1024, files });
    expect(read).toMatchObject({ ok: false, refusal: { status: 400, reason: "malformed" } });
    expect(log.brokenOff).toContain("b.jpg");
    leftNothing(log, ["a.jpg", "b.jpg"]);
  });

  it("a file its taker could not keep (the disk failed) refuses the form and discards the others", async () => {
    const { files, log } = recordingTaker({ failOn: "b.jpg" });
    const body = multipartBody([
      { name: "evidence", filename: "a.jpg", value: photo(20) },
      { name: "evidence", filename: "b.jpg", value: photo(20) },
      { name: "evidence", filename: "c.jpg", value: photo(20) },
    ]);
    const read = await readStreamedForm(post(body), { maxBytes: 1024 * 1024, files });
    expect(read).toMatchObject({ ok: false, refusal: { status: 400, reason: "malformed" } });
    // b.jpg's taker failed on its own (nothing of it kept); c.jpg was broken off or never reached.
    expect(log.discarded).toEqual(["a.jpg"]);
    expect(log.taken).toEqual(["a.jpg"]);
  });

  it("more text parts than maxFields, or more parts than fields, files and MAX_EXTRA_FILES, are 400 at the first part past the bound, not once the whole body is parsed", async () => {
    for (const [part, expected] of [
      [{ name: "note", value: "" }, `More than 20 fields`],
      [{ name: "evidence", filename: "a.jpg", value: "" }, `More than ${20 + 3 + MAX_EXTRA_FILES} parts`],
    ] as const) {
      const { files, log } = recordingTaker();
      const body = multipartBody(Array.from({ length: 100_000 }, () => part));
      const counted = countedPost(body);
      const read = await readStreamedForm(counted.request, { maxBytes: 26 * 1024 * 1024, maxFields: 20, files });
      expect(read).toMatchObject({ ok: false, refusal: { status: 400, reason: "too-many-fields", detail: expected } });
      // A few chunks of the body were read, not the 5 MB of it (a hundred thousand parts, a second and more of CPU).
      expect(counted.read()).toBeLessThan(256 * 1024);
      // The files handed over (the first three of the empty photos) are each discarded or broken off: none is kept.
      expect(log.discarded.sort()).toEqual(log.taken.sort());
      expect(log.taken.length + log.brokenOff.length).toBe("filename" in part ? files.max : 0);
    }
  });
});

/** post(), telling how many bytes of the body the reader pulled. */
function countedPost(body: Uint8Array): { request: Request; read: () => number } {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      controller.enqueue(body.subarray(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
  const request = new Request("http://portal.test/complaints/new", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, read: () => offset };
}
