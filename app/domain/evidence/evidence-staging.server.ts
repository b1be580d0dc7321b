/**
 * Evidence that arrives streamed (a parent's photos of receipts): each file
 * is written to a staging file as its bytes arrive, hashed on the way and cut
 * off at the size bound, so a request never sits in memory whole. Then:
 *
 * - its kind is read from its first bytes (file-type), never from its name;
 * - a photo is re-encoded (photo.server.ts: no EXIF, upright, at most 40
 *   megapixels decoded);
 * - only once the whole form is accepted is the staged file moved to the
 *   evidence store (`commitStaged`), before the transaction that records its
 *   row: a crash in between leaves an unreferenced blob, which the orphan
 *   sweep removes (evidence-sweep.server.ts), never a row without its file.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { addFieldError, message, type FieldErrors, type Message } from "~/domain/result";
import { cleanText } from "~/utils/clean-text";
import { evidenceKey, type EvidenceStore } from "./evidence-store.server";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES, type EvidenceMediaType } from "./evidence.schema";
import { isHeifPhoto } from "./heif-photo";
import { reencodePhotoFile } from "./photo.server";

/** file-type reads at most this much of the head. */
const SNIFF_BYTES = 4100;

export interface StagedEvidence {
  ok: true;
  path: string;
  name: string;
  mediaType: EvidenceMediaType;
  sha256: string;
  byteSize: number;
}
export type StagingOutcome = StagedEvidence | { ok: false; name: string; error: Message };

const isAccepted = (mime: string): mime is EvidenceMediaType => (EVIDENCE_MEDIA_TYPES as readonly string[]).includes(mime);

/** A cleaned file name, safe to store and show to officers. */
function cleanName(raw: string): string {
  return cleanText(raw).replace(/[\\/]/g, "_").slice(0, 100) || "evidence";
}

/** Streams one uploaded file into `stagingDir` and checks it (see the header). Never throws for the file's own faults. */
export async function stageEvidence(stagingDir: string, rawName: string, chunks: AsyncIterable<Uint8Array>): Promise<StagingOutcome> {
  const name = cleanName(rawName);
  await fs.mkdir(stagingDir, { recursive: true });
  const file = path.join(stagingDir, `${randomUUID()}.part`);
  const refuse = async (key: string, vars?: Message["vars"]): Promise<StagingOutcome> => {
    await fs.rm(file, { force: true });
    return { ok: false, name, error: message(key, vars) };
  };

  const out = createWriteStream(file);
  // A write error (disk full) must not be an unhandled 'error' event: it is kept and thrown below.
  let writeError: Error | null = null;
  out.on("error", (err) => (writeError ??= err));
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  let tooLarge = false;
  try {
    try {
      for await (const chunk of chunks) {
        if (writeError) throw writeError;
        size += chunk.byteLength;
        if (size > EVIDENCE_MAX_BYTES) tooLarge = true;
        if (tooLarge) continue; // read on (the parser needs the part consumed), keep nothing
        if (headBytes < SNIFF_BYTES) {
          head.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - headBytes)));
          headBytes += Math.min(chunk.byteLength, SNIFF_BYTES - headBytes);
        }
        if (!out.write(chunk)) await drained(out);
      }
    } finally {
      await new Promise<void>((resolve) => (out.destroyed ? resolve() : out.end(() => resolve())));
    }
    if (writeError) throw writeError;
  } catch (err) {
    // The request broke off (a body over its limit, a client gone) or the disk failed mid-file:
    // this file never reached the caller's list, so nobody else would delete it.
    await fs.rm(file, { force: true });
    throw err;
  }
  if (tooLarge) return refuse("evidence.tooLarge", { mb: EVIDENCE_MAX_BYTES / 1024 / 1024 });
  if (size === 0) return refuse("evidence.empty");
  const firstBytes = Buffer.concat(head);
  // A phone's HEIC photo (an iPhone's, sent from an app that does not convert it; the image library cannot decode HEVC)
  // is told apart: what to do about it is not what to do about a file that is no photo at all. The form's check reads
  // the same function before posting.
  if (isHeifPhoto(firstBytes)) return refuse("evidence.heic");
  const sniffed = await fileTypeFromBuffer(firstBytes);
  if (!sniffed || !isAccepted(sniffed.mime)) return refuse("evidence.type");

  let stored = file;
  if (sniffed.mime !== "application/pdf") {
    stored = path.join(stagingDir, `${randomUUID()}.part`);
    try {
      await reencodePhotoFile(file, stored, sniffed.mime);
    } catch {
      await fs.rm(stored, { force: true });
      return refuse("evidence.unreadable");
    } finally {
      if (stored !== file) await fs.rm(file, { force: true });
    }
  }
  const { sha256, byteSize } = await digestFile(stored);
  return { ok: true, path: stored, name, mediaType: sniffed.mime, sha256, byteSize };
}

/** Resolves when the stream wants more, or has failed (the loop then throws its error). */
function drained(out: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("error", done);
      resolve();
    };
    out.once("drain", done);
    out.once("error", done);
  });
}

async function digestFile(file: string): Promise<{ sha256: string; byteSize: number }> {
  const hash = createHash("sha256");
  let byteSize = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    byteSize += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest("hex"), byteSize };
}

/** Moves an accepted staged file into the store (before the transaction that records its row). */
export async function commitStaged(store: EvidenceStore, staged: StagedEvidence): Promise<void> {
  await store.putFile(evidenceKey(staged.sha256), staged.path);
  await fs.rm(staged.path, { force: true });
}

/**
 * The evidence field's messages of a form with files: each file refused while staged (its name in the message), and
 * the files beyond `max` that were not read.
 */
export function addEvidenceErrors(errors: FieldErrors, files: readonly StagingOutcome[], extraFiles: number, max: number): void {
  for (const file of files) if (!file.ok) addFieldError(errors, "evidence", message(`complaint.${file.error.key}`, { ...file.error.vars, name: file.name }));
  if (extraFiles > 0) addFieldError(errors, "evidence", message("complaint.evidence.tooMany", { max }));
}

/** Deletes a staged file (a refused form, or after commitStaged). */
export async function discardStaged(outcome: StagingOutcome): Promise<void> {
  if (outcome.ok) await fs.rm(outcome.path, { force: true });
}
