/**
 * The scripts a page may run: its own files ('self') and the inline scripts Remix renders (the hydration context,
 * the route modules' imports, the scroll restoration, the single-fetch data stream), each carrying this response's
 * nonce. No 'unsafe-inline': markup that slipped past React's escaping cannot run a script, since it cannot know the
 * nonce of the response it is in.
 *
 * Every response gets a fresh nonce (`scriptNonces`), which helmet's policy names (`scriptSrcNonce`) and the load
 * context hands to entry.server.tsx (`renderNonceOf`). A page that is kept and served again
 * (shared-reads.server.ts) cannot carry the nonce of the reader it was made for: it is rendered with `KEPT_NONCE`,
 * this process's placeholder, and each answer made of it (the first one as it streams, every replay) has the
 * placeholder replaced by the answer's own nonce (`withNonce`, `NonceStream`). The placeholder has the nonce's length,
 * so the replacement never moves a byte (a Content-Length stays true, a kept page's positions are found once) and is
 * random per process, so that no content can name it: only what the page rendered as a nonce is replaced.
 */
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";

/** 18 random bytes: 24 base64 characters, no padding (CSP's nonce-source is base64). */
const NONCE_BYTES = 18;

/** Random bytes drawn a page at a time (one call into OpenSSL per 227 nonces, not one per response). */
const pool = Buffer.alloc(4096);
let drawn = pool.length;

const freshNonce = (): string => {
  if (drawn + NONCE_BYTES > pool.length) {
    crypto.randomFillSync(pool);
    drawn = 0;
  }
  drawn += NONCE_BYTES;
  return pool.toString("base64", drawn - NONCE_BYTES, drawn);
};

/**
 * What a kept page is rendered with instead of a nonce: never sent (every answer has it replaced). Base64 has none of
 * the characters React escapes in an attribute, so the page holds it byte for byte.
 */
export const KEPT_NONCE = freshNonce();
const KEPT_NONCE_BYTES = Buffer.from(KEPT_NONCE, "latin1");
/** Both are ASCII: one character, one byte. */
export const NONCE_LENGTH = KEPT_NONCE_BYTES.length;

interface NonceLocals {
  scriptNonce?: string;
  /** Set by shared-reads.server.ts for a page that will be kept: what it is rendered with. */
  renderNonce?: string;
}

const locals = (res: ServerResponse): NonceLocals => ((res as Response).locals ?? {}) as NonceLocals;

/** Express middleware, before helmet: this response's nonce. */
export function scriptNonces() {
  return (_req: Request, res: Response, next: NextFunction) => {
    (res.locals as NonceLocals).scriptNonce = freshNonce();
    next();
  };
}

/** This response's nonce (a fresh one for a response that did not pass `scriptNonces`, which has no page). */
export function scriptNonceOf(res: ServerResponse): string {
  const l = locals(res);
  return (l.scriptNonce ??= freshNonce());
}

/** helmet's script-src entry for this response. */
export function scriptSrcNonce(_req: IncomingMessage, res: ServerResponse): string {
  return `'nonce-${scriptNonceOf(res)}'`;
}

/** What entry.server.tsx renders the page's scripts with: the placeholder for a page that will be kept, else the nonce. */
export function renderNonceOf(res: Response): string {
  return locals(res).renderNonce ?? scriptNonceOf(res);
}

/** For shared-reads.server.ts: this response's page is made to be kept, rendered with the placeholder. */
export function renderWithKeptNonce(res: Response): void {
  locals(res).renderNonce = KEPT_NONCE;
}

/** The positions of the placeholder in a kept body: found once, when it is kept. */
export function keptNoncePositions(body: Buffer): number[] {
  const at: number[] = [];
  for (let i = body.indexOf(KEPT_NONCE_BYTES); i >= 0; i = body.indexOf(KEPT_NONCE_BYTES, i + NONCE_LENGTH)) at.push(i);
  return at;
}

/**
 * A kept body with `nonce` at `positions`: one copy of the body and a 24-byte copy per position (a page has four or
 * five). The kept body itself is never written to: other answers may be sending it.
 */
export function withNonce(body: Buffer, positions: readonly number[], nonce: string): Buffer {
  if (positions.length === 0) return body;
  const out = Buffer.allocUnsafe(body.length);
  body.copy(out);
  const bytes = Buffer.from(nonce, "latin1");
  for (const at of positions) bytes.copy(out, at);
  return out;
}

/**
 * The placeholder replaced by `nonce` in a body written in pieces. A piece ending with what may be the placeholder's
 * beginning keeps that end back for the next piece (React writes a page in whole flushes, so this is for safety, not
 * the usual case).
 */
export class NonceStream {
  private held: Buffer | null = null;
  constructor(private readonly nonce: string) {}

  /** What to send for `piece`; `last`: nothing follows, nothing is held back. */
  pass(piece: Buffer, last: boolean): Buffer {
    const all = this.held ? Buffer.concat([this.held, piece]) : piece;
    this.held = null;
    const positions = keptNoncePositions(all);
    // Only after the last whole placeholder: its own end may look like another one's beginning.
    const after = positions.length === 0 ? 0 : positions[positions.length - 1]! + NONCE_LENGTH;
    const keep = last ? 0 : heldBack(all, after);
    if (keep > 0) this.held = Buffer.from(all.subarray(all.length - keep));
    return withNonce(keep === 0 ? all : all.subarray(0, all.length - keep), positions, this.nonce);
  }
}

/** How many bytes at the end of `bytes`, none before `after`, are a proper beginning of the placeholder (0 when none). */
function heldBack(bytes: Buffer, after: number): number {
  const from = Math.max(after, bytes.length - (NONCE_LENGTH - 1));
  for (let i = bytes.indexOf(KEPT_NONCE_BYTES[0]!, from); i >= 0; i = bytes.indexOf(KEPT_NONCE_BYTES[0]!, i + 1)) {
    if (KEPT_NONCE_BYTES.subarray(0, bytes.length - i).equals(bytes.subarray(i))) return bytes.length - i;
  }
  return 0;
}
