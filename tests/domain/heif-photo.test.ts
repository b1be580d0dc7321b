/**
 * A HEIC photo told by its first bytes (heif-photo.ts), the one reading the complaint form (before posting) and evidence
 * staging (after) share: an iPhone's, another phone's, and files that are not one (AVIF is HEIF, but no HEVC).
 */
import { describe, expect, it } from "vitest";
import { heifPhotoNames, isHeifPhoto } from "~/domain/evidence/heif-photo";

/** An ftyp box: its size, "ftyp", the major brand, a minor version and the compatible brands. */
function ftyp(major: string, compatible: string[], padding = 100): Buffer<ArrayBuffer> {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.concat([Buffer.from([0, 0, 0, size]), Buffer.from(`ftyp${major}`), Buffer.alloc(4), Buffer.from(compatible.join(""))]);
  return Buffer.concat([box, Buffer.alloc(padding, 0x61)]);
}

describe("isHeifPhoto", () => {
  it("knows an iPhone's photo, a generic HEIF one and another phone's with HEVC among its brands", () => {
    expect(isHeifPhoto(ftyp("heic", ["mif1", "heic"]))).toBe(true);
    expect(isHeifPhoto(ftyp("mif1", ["mif1", "heic"]))).toBe(true);
    expect(isHeifPhoto(ftyp("MiHE", ["MiHE", "miaf", "heic"]))).toBe(true);
    expect(isHeifPhoto(ftyp("heix", []))).toBe(true);
  });

  it("does not take AVIF, a video, a JPEG or a few bytes for one", () => {
    expect(isHeifPhoto(ftyp("avif", ["avif", "mif1", "miaf"]))).toBe(false);
    expect(isHeifPhoto(ftyp("isom", ["isom", "iso2", "mp41"]))).toBe(false);
    expect(isHeifPhoto(Buffer.from("ffd8ffe000104a46494600", "hex"))).toBe(false);
    expect(isHeifPhoto(Buffer.from("\0\0\0\x18ftyp"))).toBe(false);
  });

  it("reads brands within the box only, not what follows it", () => {
    // "heic" in the bytes after a video's ftyp box is the video's data, not a brand.
    const video = Buffer.concat([ftyp("isom", ["isom"], 0), Buffer.from("heic"), Buffer.alloc(40)]);
    expect(isHeifPhoto(video)).toBe(false);
  });
});

describe("heifPhotoNames", () => {
  it("names the HEIC photos among the files chosen", async () => {
    const files = [new File([ftyp("heic", ["mif1", "heic"], 5000)], "IMG_0001.jpg"), new File([Buffer.from("%PDF-1.7\n")], "通知.pdf")];
    expect(await heifPhotoNames(files)).toEqual(["IMG_0001.jpg"]);
  });
});
