/**
 * QR codes drawn on the server as SVG (the npm package qrcode): the page carries a finished picture that prints
 * sharp at any size, and no script reaches the browser. Loaded on the first code drawn, as ECharts and ExcelJS are:
 * only the printable fee notice draws one, and a web process that never serves it carries none of it.
 */
type QRCodeModule = typeof import("qrcode");
let loading: Promise<QRCodeModule> | undefined;

function loadQRCode(): Promise<QRCodeModule> {
  loading ??= import("qrcode")
    // A CommonJS package: its functions are the default export under Node's ESM loader, and named ones under tsx.
    .then((module) => ((module as { default?: QRCodeModule }).default ?? module) as QRCodeModule)
    .catch((error: unknown) => {
      // A failed load is tried again by the next code, not kept as every code's answer.
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * How the notice's codes are drawn, one set of options for the page and for the tests that read a code back.
 * Level M (15 % of the code may be lost): a paper at a gate gets creased, faded and taped over at a corner; a
 * larger level would make the modules smaller at the same printed size. The quiet zone is the standard's four
 * modules, printed white, so that a notice on a coloured board still scans.
 */
export const QR_OPTIONS = { errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } } as const;

/** Drawn codes by their text: the notices of one kindergarten ask for the same code again and again. */
const drawn = new Map<string, string>();
const DRAWN_MAX = 500;

/** The SVG (`<svg …viewBox…>…</svg>`, no width or height: the page sizes it) of a QR code of `text`. */
export async function qrCodeSvg(text: string): Promise<string> {
  let svg = drawn.get(text);
  if (svg === undefined) {
    const qrcode = await loadQRCode();
    svg = await qrcode.toString(text, { type: "svg", ...QR_OPTIONS });
    if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
    drawn.set(text, svg);
  }
  return svg;
}
