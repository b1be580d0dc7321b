/**
 * Streamed evidence: a photo's EXIF (GPS, camera) does not survive staging,
 * the kind is read from the bytes, the size bound holds while streaming, and
 * a refused file leaves nothing in the staging directory.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitStaged, discardStaged, stageEvidence } from "~/domain/evidence/evidence-staging.server";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { jpegWithGps, pngBytes } from "../factories/images";

let dir: string;
const staging = () => path.join(dir, ".staging");

async function* chunksOf(bytes: Uint8Array, size = 16 * 1024): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "evidence-staging-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("stageEvidence", () => {
  it("strips a phone photo's EXIF, GPS included, and stores the clean bytes under their own digest", async () => {
    const photo = await jpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const staged = await stageEvidence(staging(), "收据.jpg", chunksOf(photo));
    if (!staged.ok) throw new Error(staged.error.key);
    expect(staged.mediaType).toBe("image/jpeg");
    const store = localDirectoryStore(path.join(dir, "store"));
    await commitStaged(store, staged);
    const stored = await store.get(`${staged.sha256.slice(0, 2)}/${staged.sha256}`);
    expect(stored).not.toBeNull();
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored!.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect(meta.width).toBe(64);
    expect(await readdir(staging())).toEqual([]);
  });

  it("refuses by content: an executable named .jpg, an empty file, a file over the bound; nothing stays staged", async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(500).fill(7)]);
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(await pngBytes());
    const outcomes = [
      await stageEvidence(staging(), "photo.jpg", chunksOf(exe)),
      await stageEvidence(staging(), "empty.png", chunksOf(new Uint8Array(0))),
      await stageEvidence(staging(), "huge.png", chunksOf(big, 256 * 1024)),
    ];
    expect(outcomes.map((o) => (o.ok ? "ok" : o.error.key))).toEqual(["evidence.type", "evidence.empty", "evidence.tooLarge"]);
    expect(await readdir(staging())).toEqual([]);
  });

  it("refuses an image that does not decode, and keeps a PDF as sent", async () => {
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(300).fill(0)]);
    const bad = await stageEvidence(staging(), "broken.jpg", chunksOf(broken));
    expect(bad.ok ? "ok" : bad.error.key).toBe("evidence.unreadable");
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const staged = await stageEvidence(staging(), "notice.pdf", chunksOf(pdf));
    if (!staged.ok) throw new Error(staged.error.key);
    expect(staged.mediaType).toBe("application/pdf");
    expect(new Uint8Array(await readFile(staged.path))).toEqual(pdf);
    await discardStaged(staged);
    expect(await readdir(staging())).toEqual([]);
  });

  it("re-encodes a burst of photos a few at a time: every one is staged, and a photo that fails frees its slot", async () => {
    const photo = await jpegWithGps();
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(300).fill(0)]);
    const burst = await Promise.all([
      ...Array.from({ length: 4 }, () => stageEvidence(staging(), "broken.jpg", chunksOf(broken))),
      ...Array.from({ length: 8 }, (_, i) => stageEvidence(staging(), `收据${i}.jpg`, chunksOf(photo))),
    ]);
    expect(burst.map((o) => (o.ok ? "ok" : o.error.key))).toEqual([...new Array(4).fill("evidence.unreadable"), ...new Array(8).fill("ok")]);
    const after = await stageEvidence(staging(), "after.jpg", chunksOf(photo));
    expect(after.ok).toBe(true);
    await Promise.all([...burst, after].map(discardStaged));
    expect(await readdir(staging())).toEqual([]);
  });
});
