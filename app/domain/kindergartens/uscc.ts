/**
 * 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015).
 *
 * Pure and dependency-free: shared by the browser (form hints) and the server
 * (authoritative validation). Layout of the 18 characters:
 *   1     registration authority        (e.g. 1 机构编制, 5 民政, 9 市场监管)
 *   2     entity type                   (e.g. 12 事业单位, 52 民办非企业单位, 91 企业)
 *   3–8   GB/T 2260 division code of the registering authority (digits)
 *   9–17  organisation code (GB 11714), whose 9th character is its own check
 *   18    check character over positions 1–17
 *
 * Format follows python-stdnum's `cn.uscc` (and its published test vectors):
 * positions 1–8 must be digits, positions 9–18 must be in the 31-character
 * alphabet. The authority codes A / N / Y that GB 32100 also allows are
 * therefore rejected as "format"; no kindergarten registers under them.
 *
 * The embedded GB 11714 check is reported as a warning flag (`orgCodeCheckOk`),
 * never as a rejection: some legitimately issued codes are known to fail it.
 */
import type { KindergartenNature } from "~/db/schema";

/** The 31 characters of the code, in value order 0–30 (no I, O, Z, S, V). */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** 3^i mod 31 for positions 1–17. */
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** GB 11714 weights for the 8 body characters of an organisation code. */
const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

const USCC_FORMAT = /^[0-9]{8}[0-9A-HJ-NP-RTUW-Y]{10}$/;
const FIRST17_FORMAT = /^[0-9]{8}[0-9A-HJ-NP-RTUW-Y]{9}$/;
const ORG_BODY_FORMAT = /^[0-9A-Z]{8}$/;

export type UsccValidation =
  | { ok: true; orgCodeCheckOk: boolean }
  | { ok: false; reason: "format" | "checksum" };

/** Upper-cases and strips spaces and hyphens; use on user input before validating. */
export function normalizeUscc(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

/** The check character (position 18) for the first 17 characters. Throws on bad input. */
export function computeUsccCheckChar(first17: string): string {
  if (!FIRST17_FORMAT.test(first17)) {
    throw new RangeError(`USCC body must be 8 digits + 9 code characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * The GB 11714 check character for the 8-character body of an organisation
 * code (digits, letters A=10 … Z=35): C = 11 − (Σ mod 11); 10 → "X", 11 → "0".
 */
export function computeOrgCodeCheckChar(body8: string): string {
  if (!ORG_BODY_FORMAT.test(body8)) {
    throw new RangeError(`organisation code body must be 8 digits or capital letters, got "${body8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** Strict validation of an already-normalised code (see `normalizeUscc`). */
export function validateUscc(code: string): UsccValidation {
  if (typeof code !== "string" || !USCC_FORMAT.test(code)) return { ok: false, reason: "format" };
  if (computeUsccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: "checksum" };
  return { ok: true, orgCodeCheckOk: computeOrgCodeCheckChar(code.slice(8, 16)) === code[16] };
}

/**
 * The two leading characters expected for a kindergarten of this nature:
 * 91 企业 (for-profit company), 52 民办非企业单位 / 社会服务机构 (non-profit and
 * 普惠 private), 12 事业单位 (public). Prefix semantics are unverified policy
 * (no national rule ties the nature to the prefix): a mismatch is an amber flag, not a rejection.
 */
export function usccPrefixForNature(nature: KindergartenNature): "91" | "52" | "12" {
  switch (nature) {
    case "forprofit_private":
      return "91";
    case "nonprofit_private":
    case "inclusive_private":
      return "52";
    case "public":
      return "12";
  }
}
