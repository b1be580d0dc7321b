/**
 * Accepting an evidence file: the kind is read from the bytes (file-type's
 * magic numbers), so an executable renamed to .pdf, or a "PDF" whose first
 * bytes are not %PDF, is refused whatever its name or declared type; the
 * size is bounded before anything is stored; a photo is re-encoded
 * (photo.server.ts: its metadata dropped), as a streamed one is. Accepted bytes go to the
 * evidence store first (content-addressed), then the caller records the row
 * in its own transaction.
 */
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { message, type Message } from "~/domain/result";
import { cleanText } from "~/utils/clean-text";
import { newId } from "~/utils/ids";
import { evidenceKey, type EvidenceStore } from "./evidence-store.server";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MEDIA_TYPES, type EvidenceMediaType } from "./evidence.schema";
import { isHeifPhoto } from "./heif-photo";
import { reencodePhotoBytes } from "./photo.server";

/** An uploaded file as a route hands it over. */
export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

export interface CheckedEvidence {
  mediaType: EvidenceMediaType;
  sha256: string;
  name: string;
  bytes: Uint8Array;
}

const isAccepted = (mime: string): mime is EvidenceMediaType => (EVIDENCE_MEDIA_TYPES as readonly string[]).includes(mime);

/**
 * The file's kind and digest, or why it was refused: `evidence.required`, `evidence.empty` (with the file's name),
 * `evidence.tooLarge` (with the limit in MB), `evidence.heic` (a phone's HEIC photo, with the file's name), `evidence.type` or `evidence.unreadable` (a photo that does not decode). Reasons, not the words: each form says them in its
 * own (the fee-account form as `account.evidence.*`, about its bank certificate), as staged files' reasons are
 * said as `complaint.evidence.*` (addEvidenceErrors).
 */
export async function checkEvidence(upload: EvidenceUpload | null): Promise<{ ok: true; evidence: CheckedEvidence } | { ok: false; error: Message }> {
  // A browser sends a nameless empty part when no file was chosen; a chosen file with nothing in it is told apart.
  if (!upload || (upload.bytes.byteLength === 0 && upload.name === "")) return { ok: false, error: message("evidence.required") };
  if (upload.bytes.byteLength === 0) return { ok: false, error: message("evidence.empty", { name: cleanText(upload.name).slice(0, 100) }) };
  if (upload.bytes.byteLength > EVIDENCE_MAX_BYTES) {
    return { ok: false, error: message("evidence.tooLarge", { mb: EVIDENCE_MAX_BYTES / 1024 / 1024 }) };
  }
  const name = cleanText(upload.name).replace(/[\\/]/g, "_").slice(0, 100) || "evidence";
  // A phone's HEIC photo is told apart, as a staged file is (evidence-staging.server.ts): what to do about it differs.
  if (isHeifPhoto(upload.bytes)) return { ok: false, error: message("evidence.heic", { name }) };
  const sniffed = await fileTypeFromBuffer(upload.bytes);
  if (!sniffed || !isAccepted(sniffed.mime)) return { ok: false, error: message("evidence.type") };
  let bytes = upload.bytes;
  if (sniffed.mime !== "application/pdf") {
    // A phone photo of a certificate carries where and when it was taken, and on what: kept without it.
    try {
      bytes = await reencodePhotoBytes(upload.bytes, sniffed.mime);
    } catch {
      return { ok: false, error: message("evidence.unreadable") };
    }
  }
  return { ok: true, evidence: { mediaType: sniffed.mime, sha256: createHash("sha256").update(bytes).digest("hex"), name, bytes } };
}

/** Puts the bytes in the store (before the transaction: a rollback leaves an unreferenced blob, never a dangling row). */
export async function storeEvidenceBytes(store: EvidenceStore, evidence: CheckedEvidence): Promise<void> {
  await store.put(evidenceKey(evidence.sha256), evidence.bytes);
}

/** What an evidence_files row records of a checked file (buffered or staged). */
export interface EvidenceRecord {
  mediaType: EvidenceMediaType;
  sha256: string;
  name: string;
  byteSize: number;
}

/** The evidence_files row, in the caller's transaction; uploadedBy is null for the public (a parent's complaint). Returns its id. */
export async function recordEvidence(trx: Transaction<Database>, evidence: EvidenceRecord, uploadedBy: string | null, now: Date): Promise<string> {
  const id = newId();
  await trx
    .insertInto("evidence_files")
    .values({
      id,
      media_type: evidence.mediaType,
      byte_size: evidence.byteSize,
      sha256: evidence.sha256,
      storage_key: evidenceKey(evidence.sha256),
      original_name: evidence.name,
      uploaded_by: uploadedBy,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

/** An evidence file's bytes and how to serve them, or null. Callers check who may read it first. */
export async function readEvidence(db: DB, store: EvidenceStore, id: string) {
  const row = await db.selectFrom("evidence_files").select(["media_type", "storage_key", "original_name", "byte_size"]).where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const bytes = await store.get(row.storage_key);
  return bytes ? { mediaType: row.media_type, name: row.original_name, bytes } : null;
}
