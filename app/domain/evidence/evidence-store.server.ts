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
import path from "node:path";

export interface EvidenceStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Stores a file from local disk (a staged upload) without reading it into memory. */
  putFile(key: string, sourcePath: string): Promise<void>;
  /** The bytes, or null when the key is unknown. */
  get(key: string): Promise<Buffer | null>;
  /** Removes a blob (the orphan sweep); an unknown key is no error. */
  delete(key: string): Promise<void>;
  /** Every blob with when it was written: the orphan sweep compares them with evidence_files. */
  list(): AsyncIterable<{ key: string; writtenAt: Date }>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}$/;

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
  };
}

/** The content address of some bytes: "ab/ab12…" (a two-character fan-out keeps directories small). */
export function evidenceKey(sha256: string): string {
  return `${sha256.slice(0, 2)}/${sha256}`;
}
