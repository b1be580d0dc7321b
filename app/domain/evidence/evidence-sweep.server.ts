/**
 * The orphan sweep: evidence bytes that no row will ever reference.
 *
 * Every writer of evidence puts the bytes in the store first and records the
 * evidence_files row afterwards, in its own transaction (fee-account filing,
 * complaint intake: evidence-staging.server.ts). A crash, a refused
 * transaction or a twin post in between leaves a blob without a row, never a
 * row without its blob. This sweep removes such blobs once they are older
 * than a grace period (24 hours by default: far longer than any intake takes
 * from its write to its commit), and the staged uploads a request abandoned
 * (a process killed mid-upload) once they are an hour old.
 *
 * - Never a referenced blob: keys are checked against evidence_files in
 *   batches (`storage_key IN (…)`, indexed), and only a key no row names is
 *   removed.
 * - Never a fresh one: only blobs last written before the cut-off are
 *   considered, and the removal itself is conditional
 *   (`store.deleteIfWrittenBefore`): keys are content addresses, so an upload
 *   of the same bytes writes the key again; if it does so after the check, the
 *   blob is fresh and stays, and so does the row its upload then commits.
 * - Idempotent and safe to run from several processes at once: a second run
 *   finds nothing left to do; two sweeps racing over a blob remove it once.
 *
 * Scheduled by the job layer (jobs/); it reads no environment itself.
 */
import type { Dirent } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { DB } from "~/db/client";
import type { EvidenceStore } from "./evidence-store.server";

/** A blob no row references is removed once it is this old. */
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
/** A staged upload, or a store's leftover temporary file, is abandoned once it is this old. */
export const STAGING_GRACE_MS = 60 * 60 * 1000;
/** Keys looked up per query. */
export const SWEEP_BATCH = 500;
/** What stageEvidence names a staged upload: `<randomUUID()>.part`. Nothing else in the folder is touched. */
const STAGED_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.part$/;

export interface OrphanSweepOptions {
  /**
   * Where streamed uploads are staged: the folder given to stageEvidence, or the root whose
   * per-process folders are (one level down); null or omitted: not swept.
   */
  stagingDir?: string | null;
  now?: Date;
  /** Default ORPHAN_GRACE_MS (24 h). */
  graceMs?: number;
  /** Default STAGING_GRACE_MS (1 h). */
  stagingGraceMs?: number;
  /** Keys per IN list, default SWEEP_BATCH. */
  batchSize?: number;
}

export interface OrphanSweepResult {
  /** Blobs listed in the store. */
  blobs: number;
  /** Blobs last written within the grace period: not considered. */
  fresh: number;
  /** Old enough, and named by an evidence_files row: kept. */
  referenced: number;
  /** Old enough, named by no row, and removed. */
  removed: number;
  /** Named by no row, but not removed after all: written again since it was listed (or removed by a sweep running beside this one). */
  spared: number;
  /** Staged uploads older than the staging grace, removed. */
  stagingRemoved: number;
  /** Temporary files of interrupted store writes, removed. */
  leftoversRemoved: number;
}

export async function removeOrphanEvidence(db: DB, store: EvidenceStore, options: OrphanSweepOptions = {}): Promise<OrphanSweepResult> {
  const now = options.now ?? new Date();
  const graceMs = options.graceMs ?? ORPHAN_GRACE_MS;
  const stagingGraceMs = options.stagingGraceMs ?? STAGING_GRACE_MS;
  const batchSize = options.batchSize ?? SWEEP_BATCH;
  if (!(graceMs >= 0) || !(stagingGraceMs >= 0)) throw new Error("removeOrphanEvidence: grace periods must be ≥ 0");
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error("removeOrphanEvidence: batchSize must be a positive integer");
  const cutoff = new Date(now.getTime() - graceMs);
  const result: OrphanSweepResult = { blobs: 0, fresh: 0, referenced: 0, removed: 0, spared: 0, stagingRemoved: 0, leftoversRemoved: 0 };

  const settle = async (keys: string[]) => {
    const rows = await db.selectFrom("evidence_files").select("storage_key").distinct().where("storage_key", "in", keys).execute();
    const named = new Set(rows.map((r) => r.storage_key));
    for (const key of keys) {
      if (named.has(key)) result.referenced += 1;
      else if (await store.deleteIfWrittenBefore(key, cutoff)) result.removed += 1;
      else result.spared += 1;
    }
  };
  let batch: string[] = [];
  for await (const blob of store.list()) {
    result.blobs += 1;
    if (blob.writtenAt.getTime() >= cutoff.getTime()) {
      result.fresh += 1;
      continue;
    }
    batch.push(blob.key);
    if (batch.length >= batchSize) {
      await settle(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await settle(batch);

  const stagingCutoff = new Date(now.getTime() - stagingGraceMs);
  result.leftoversRemoved = await store.removeLeftovers(stagingCutoff);
  if (options.stagingDir) result.stagingRemoved = await removeAbandonedStaging(options.stagingDir, stagingCutoff);
  return result;
}

/**
 * Staged uploads (stageEvidence's `<uuid>.part`) last written before `cutoff`, in `dir` and in its
 * folders one level down (a web process stages in a folder of its own, named by its pid, under one
 * root: the root may be given). Nothing else is touched.
 */
async function removeAbandonedStaging(dir: string, cutoff: Date, depth = 1): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  }
  let removed = 0;
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) {
      removed += await removeAbandonedStaging(file, cutoff, depth - 1);
      continue;
    }
    if (!entry.isFile() || !STAGED_FILE.test(entry.name)) continue;
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile() || stat.mtime.getTime() >= cutoff.getTime()) continue;
    await fs.rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
