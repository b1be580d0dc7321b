/**
 * The entries of an uploaded zip file (an Excel workbook), inflated within a budget. A zip of a few megabytes can
 * inflate to gigabytes, and its sizes are declared by whoever made it: each entry is inflated by node:zlib with the
 * budget left as its output limit, so no entry ever takes more, whatever its header says. Entries are found through
 * the central directory only, and an entry named twice is refused: a reader walking the local headers instead would
 * be shown other data than the one checked here.
 *
 * No ZIP64, encryption or methods other than stored and deflate: a workbook of a few megabytes needs none of them.
 */
import { inflateRawSync } from "node:zlib";

/** Why a zip cannot be read: it is not one (or a damaged one), or inflating it would pass the budget. */
export class ZipRefusal extends Error {
  constructor(readonly reason: "broken" | "tooLarge") {
    super(`zip ${reason}`);
  }
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntries {
  /** The entry's bytes, or undefined when there is none by that name; throws ZipRefusal. */
  read(name: string): Buffer | undefined;
}

/** Opens `bytes` as a zip whose entries, all those read together, inflate to `maxBytes` at most; throws ZipRefusal. */
export function zipEntries(bytes: Uint8Array, maxBytes: number): ZipEntries {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = () => new ZipRefusal("broken");
  const u16 = (at: number) => (at + 2 <= buf.length ? buf.readUInt16LE(at) : Number.NaN);
  const u32 = (at: number) => (at + 4 <= buf.length ? buf.readUInt32LE(at) : Number.NaN);

  // The end-of-directory record is the last 22 bytes, before a comment of up to 64 KB.
  let end = -1;
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken();
  const count = u16(end + 10);
  const directoryOffset = u32(end + 16);
  // 0xFFFF / 0xFFFFFFFF there mean ZIP64.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset >= buf.length) throw broken();

  const entries = new Map<string, Entry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) throw broken();
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > buf.length) throw broken();
    const name = buf.toString("utf8", at + 46, nameEnd);
    // Bit 0: encrypted.
    if (flags & 1 || entries.has(name)) throw broken();
    entries.set(name, { method: u16(at + 10), compressedSize: u32(at + 20), size: u32(at + 24), localOffset: u32(at + 42) });
    at = nameEnd + u16(at + 30) + u16(at + 32);
  }

  let left = maxBytes;
  return {
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const { method, compressedSize, size, localOffset } = entry;
      if (u32(localOffset) !== LOCAL_HEADER) throw broken();
      const start = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
      if (!(start + compressedSize <= buf.length)) throw broken();
      // The declared size alone may already say it is too much; it is not trusted to say the opposite.
      if (size > left) throw new ZipRefusal("tooLarge");
      const data = buf.subarray(start, start + compressedSize);
      let out: Buffer;
      if (method === 0) out = data;
      else if (method === 8) {
        try {
          out = inflateRawSync(data, { maxOutputLength: Math.max(left, 1) });
        } catch (err) {
          throw new ZipRefusal((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "tooLarge" : "broken");
        }
      } else throw broken();
      if (out.length > left) throw new ZipRefusal("tooLarge");
      left -= out.length;
      return out;
    },
  };
}
