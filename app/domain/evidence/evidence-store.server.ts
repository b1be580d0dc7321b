/**
 * Where evidence bytes live: one small interface, so a deployment can put them
 * elsewhere without touching the features that accept them. The default is a
 * local directory; several web processes share it by mounting the same volume
 * (README, "Evidence files"). Keys are content addresses (sha256), so writing
 * the same file twice is harmless and a file written by a transaction that
 * then rolled back is an unreferenced blob, never a wrong one.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getEnv } from "~/utils/env.server";

export interface EvidenceStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Stores a file from local disk (a staged upload) without reading it into memory. */
  putFile(key: string, sourcePath: string): Promise<void>;
  /** The bytes, or null when the key is unknown. */
  get(key: string): Promise<Buffer | null>;
  /** Removes a blob; an unknown key is no error. */
  delete(key: string): Promise<void>;
  /**
   * Removes the blob only if its last write was before `cutoff`, atomically with
   * respect to a write of the same key (the orphan sweep: content-addressed keys
   * are written again by every upload of the same bytes, and such a write, being
   * fresh, must win). True when it removed the blob.
   */
  deleteIfWrittenBefore(key: string, cutoff: Date): Promise<boolean>;
  /**
   * Every blob with when it was last written: the orphan sweep compares them with
   * evidence_files. Blobs may be removed while the listing goes on.
   */
  list(): AsyncIterable<{ key: string; writtenAt: Date }>;
  /**
   * Cleans up after interrupted writes and sweeps older than `cutoff`: a temporary
   * file of a put that crashed before its rename is removed; a blob a sweep had
   * moved aside when it stopped is put back if its key is empty. Returns how many
   * files were removed.
   */
  removeLeftovers(cutoff: Date): Promise<number>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}$/;
const LEFTOVER = /^([0-9a-f]{64})\.[0-9a-f-]{36}\.(tmp|sweep)$/;

export function localDirectoryStore(root: string): EvidenceStore {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not an evidence key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a reader never sees half a file, and a crash leaves only a temporary file.
      const tmp = `${file}.${randomUUID()}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
    },
    async putFile(key, sourcePath) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${randomUUID()}.tmp`;
      await fs.copyFile(sourcePath, tmp);
      await fs.rename(tmp, file);
    },
    async get(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
    async deleteIfWrittenBefore(key, cutoff) {
      const file = fileOf(key);
      // Moved aside first (rename is atomic): a put of the same key then either landed before the
      // move (the moved file is fresh: put back) or lands after it (the moved file is the old one).
      const aside = `${file}.${randomUUID()}.sweep`;
      try {
        await fs.rename(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw err;
      }
      // Gone meanwhile: another sweep's clean-up put it back (removeLeftovers), so it is not ours to remove.
      const stat = await fs.stat(aside).catch(() => null);
      if (!stat) return false;
      if (stat.mtime.getTime() >= cutoff.getTime()) {
        // Written again meanwhile: the same bytes (the key is their digest), so putting it back is right
        // even over a newer write that landed since the move.
        await fs.rename(aside, file).catch(ignoreMissing);
        return false;
      }
      await fs.rm(aside, { force: true });
      return true;
    },
    async *list() {
      let fanOut: string[];
      try {
        fanOut = await fs.readdir(root);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
        throw err;
      }
      for (const dir of fanOut.filter((d) => /^[0-9a-f]{2}$/.test(d)).sort()) {
        for (const name of (await fs.readdir(path.join(root, dir))).sort()) {
          const key = `${dir}/${name}`;
          if (!KEY.test(key)) continue; // a temporary file of a write in progress
          const stat = await fs.stat(path.join(root, key)).catch(() => null);
          if (stat) yield { key, writtenAt: stat.mtime };
        }
      }
    },
    async removeLeftovers(cutoff) {
      let removed = 0;
      let fanOut: string[];
      try {
        fanOut = await fs.readdir(root);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
        throw err;
      }
      for (const dir of fanOut.filter((d) => /^[0-9a-f]{2}$/.test(d))) {
        for (const name of await fs.readdir(path.join(root, dir))) {
          // put's and putFile's `<digest>.<uuid>.tmp`, deleteIfWrittenBefore's `<digest>.<uuid>.sweep`
          const leftover = LEFTOVER.exec(name);
          if (!leftover) continue;
          const file = path.join(root, dir, name);
          const blob = path.join(root, dir, leftover[1]);
          if (leftover[2] === "sweep" && !(await fs.stat(blob).catch(() => null))) {
            // A blob moved aside by a sweep that stopped (or is still deciding) while its key is
            // empty: put it back whatever its age, so a crash never turns a referenced blob into a
            // missing one; a later sweep decides again.
            await fs.rename(file, blob).catch(ignoreMissing);
            continue;
          }
          const stat = await fs.stat(file).catch(() => null);
          if (!stat || stat.mtime.getTime() >= cutoff.getTime()) continue;
          await fs.rm(file, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== "ENOENT") throw err;
}

/** The content address of some bytes: "ab/ab12…" (a two-character fan-out keeps directories small). */
export function evidenceKey(sha256: string): string {
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/** Where the deployment keeps evidence (EVIDENCE_DIR, default ./data/evidence): every web process and worker mounts the same volume there. */
export function evidenceDirectory(): string {
  return path.resolve(getEnv().EVIDENCE_DIR ?? "./data/evidence");
}

/** Where processes stage uploads, each in a folder of its own named by its pid: local disk, never the shared volume. */
export function stagingRoot(): string {
  return path.join(os.tmpdir(), "portal-evidence-staging");
}
