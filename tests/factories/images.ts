/** Small real images for evidence uploads, made with sharp (the same library that strips their metadata). */
import sharp from "sharp";

/** A 32×32 PNG. */
export function pngBytes(): Promise<Uint8Array> {
  return sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));
}

/** A 64×48 JPEG carrying EXIF with a GPS position and a camera name: what a phone photo of a receipt carries. */
export function jpegWithGps(): Promise<Uint8Array> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 240, g: 240, b: 230 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone X" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 33/1 0/1" },
    })
    .toBuffer()
    .then((b) => new Uint8Array(b));
}
