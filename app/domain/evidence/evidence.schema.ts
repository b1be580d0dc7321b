/** Evidence files: what is accepted. Client-safe (forms show the limits). */

/** The largest evidence file: a scanned certificate or a phone photo of it fits comfortably. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/** Accepted kinds, decided by the bytes (magic numbers), never by the file name or the browser's word. */
export const EVIDENCE_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** What the file input offers (a hint for the picker; the server checks the content). */
export const EVIDENCE_ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
