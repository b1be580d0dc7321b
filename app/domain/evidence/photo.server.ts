/**
 * A photo re-encoded before it is kept, whichever form it came with (a parent's receipt, a kindergarten's answer,
 * a bookkeeper's account certificate): sharp writes no metadata, so the EXIF block with GPS position, camera serial
 * and time goes (the pixels are turned upright first, so a phone photo still reads the right way); the decoder
 * refuses images of more than 40 megapixels, so a small file that inflates into gigabytes costs nothing.
 */
import os from "node:os";
import sharp from "sharp";
import type { EvidenceMediaType } from "./evidence.schema";

/** A decoded photo larger than this is refused: 40 MP is more than any phone camera gives. */
const MAX_PIXELS = 40_000_000;

/**
 * Photos re-encoded at once, each by one libvips thread. Left alone, sharp runs
 * as many pipelines as libuv has threads (4), each with a libvips thread per
 * core: under a burst of uploads (50 parents, two photos each) that is eight
 * threads holding decoded pixels and their own malloc arenas on a two-core
 * machine, ~50 MB more resident memory for no more throughput. One pipeline
 * per core keeps every core busy; the others wait for a slot, holding only
 * the path of their staged file.
 */
const REENCODE_SLOTS = Math.max(1, os.availableParallelism());
sharp.concurrency(1);
// Every upload is a file of its own: libvips' operation cache (50 MB by default) could never be hit again.
sharp.cache(false);
const reencodeQueue: Array<() => void> = [];
let reencodesRunning = 0;

async function inReencodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (reencodesRunning >= REENCODE_SLOTS) await new Promise<void>((resolve) => reencodeQueue.push(resolve));
  else reencodesRunning += 1;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter (the count stays), or is freed.
    const next = reencodeQueue.shift();
    if (next) next();
    else reencodesRunning -= 1;
  }
}

function reencoded(input: string | Uint8Array, mediaType: Exclude<EvidenceMediaType, "application/pdf">) {
  const image = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
  return mediaType === "image/png" ? image.png() : image.jpeg({ quality: 90 });
}

/** The photo in the file `input` re-encoded into the file `output`; throws when it cannot be decoded. */
export function reencodePhotoFile(input: string, output: string, mediaType: Exclude<EvidenceMediaType, "application/pdf">): Promise<void> {
  return inReencodeSlot(async () => {
    await reencoded(input, mediaType).toFile(output);
  });
}

/** The photo's bytes re-encoded; throws when they cannot be decoded. */
export function reencodePhotoBytes(input: Uint8Array, mediaType: Exclude<EvidenceMediaType, "application/pdf">): Promise<Uint8Array> {
  return inReencodeSlot(async () => new Uint8Array(await reencoded(input, mediaType).toBuffer()));
}
