/**
 * An iPhone's HEIC photo (HEIF), told by its first bytes. Client-safe: the forms with files read the head of each file
 * chosen and say what to do before anything is sent (app/components/checked-files.tsx); staging (evidence-staging.server.ts) refuses the same files with
 * the same message when they arrive without that check (no JavaScript, an old page). One reading for both, so the phone
 * and the server never disagree about a file.
 *
 * An ISO-BMFF file starts with its `ftyp` box: 4 bytes of size, "ftyp", the major brand, 4 bytes of minor version,
 * then compatible brands. A photo an iPhone takes is major brand `heic`; other phones and converters write `mif1`
 * (generic HEIF) with `heic` among the compatible brands. AVIF is HEIF too, but its major brand is `avif` and it
 * lists `mif1` as compatible, never an HEVC brand: it stays "not a JPG, PNG or PDF file".
 */

/**
 * What every form says of a HEIC photo, on the phone and from the server, with the file's `name`: what it is and what to
 * do (a screenshot, or JPG). The complaint form's words, which the answer forms (staged files, `complaint.evidence.*`)
 * and the fee account's certificate say too.
 */
export const HEIF_PHOTO_MESSAGE_KEY = "complaint.evidence.heic";

/** How much of a file's head is read: the ftyp box of any phone's photo fits (24–40 bytes). */
const HEIF_HEAD_BYTES = 64;

/** Major brands of HEIF images and sequences (file-type's list, which decided it before). */
const HEIF_MAJOR_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);
/** Compatible brands that say the image is HEVC-coded, whatever the major brand. */
const HEVC_BRANDS = new Set(["heic", "heix", "hevc", "hevx"]);

const brandAt = (head: Uint8Array, offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));

/** Whether a file starting with `head` is a HEIC / HEIF photo. */
export function isHeifPhoto(head: Uint8Array): boolean {
  if (head.length < 12 || brandAt(head, 4) !== "ftyp") return false;
  if (HEIF_MAJOR_BRANDS.has(brandAt(head, 8))) return true;
  // The box's own size bounds its brand list (and what was read bounds it again).
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  const end = Math.min(boxSize, head.length);
  for (let offset = 16; offset + 4 <= end; offset += 4) if (HEVC_BRANDS.has(brandAt(head, offset))) return true;
  return false;
}

/**
 * The names of the files chosen that are HEIC photos, each read by its first bytes only. A file the browser cannot read
 * (a photo still in the cloud) is not named: the server reads it when it is sent.
 */
export async function heifPhotoNames(files: readonly File[]): Promise<string[]> {
  const head = (file: File) =>
    file
      .slice(0, HEIF_HEAD_BYTES)
      .arrayBuffer()
      .then((bytes) => new Uint8Array(bytes))
      .catch(() => new Uint8Array(0));
  const heads = await Promise.all(files.map(head));
  return files.filter((_, i) => isHeifPhoto(heads[i]!)).map((file) => file.name);
}
