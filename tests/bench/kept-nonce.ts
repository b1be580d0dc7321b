/**
 * What the script nonce costs a kept page's answer, in process (no HTTP): `npx tsx tests/bench/kept-nonce.ts`.
 * A kept page the size of a published case (14 KB) and of a city's statistics (31 KB), with the five nonces a
 * page with a data stream has; per answer: the fresh nonce (`crypto.randomBytes` each time, or drawn from a pool), the kept body with it put in
 * (`withNonce`: one copy), against the alternative of joining the body's pieces and the nonce (`Buffer.concat`);
 * once per page kept: finding the placeholder (`keptNoncePositions`); on the answer that makes it: the stream's
 * replacement (`NonceStream`, one pass over the page written in 2 KB pieces).
 */
import crypto from "node:crypto";
import { KEPT_NONCE, keptNoncePositions, NonceStream, withNonce } from "~/web/script-nonce.server";

function page(bytes: number): Buffer {
  const script = `<script nonce="${KEPT_NONCE}">window.__remixContext = {};</script>`;
  const filler = "<tr><td>宁波市海曙区示例幼儿园</td><td>2026年秋季学期</td><td>保教费 1,280 元/月</td></tr>\n";
  let html = "<!DOCTYPE html><html><head></head><body><main><table>";
  while (Buffer.byteLength(html) < bytes - 5 * script.length) html += filler;
  html += "</table></main>";
  for (let i = 0; i < 5; i++) html += script;
  return Buffer.from(`${html}</body></html>`);
}

/** The best of 20 batches (a shared machine's other work only ever adds), and the median, per call. */
function time(label: string, runs: number, work: () => unknown): void {
  for (let i = 0; i < 2_000; i++) work();
  const batches: number[] = [];
  for (let b = 0; b < 20; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs / 20; i++) work();
    batches.push(Number(process.hrtime.bigint() - start) / (runs / 20));
  }
  batches.sort((a, b) => a - b);
  const us = (ns: number) => (ns / 1000).toFixed(2).padStart(7);
  console.log(`${label.padEnd(60)} best ${us(batches[0]!)} µs, median ${us(batches[10]!)} µs`);
}

const RUNS = 50_000;
time("a nonce from randomBytes(18) each time", RUNS, () => crypto.randomBytes(18).toString("base64"));
const pool = Buffer.alloc(4096);
let drawn = pool.length;
time("a nonce from a pool of 4 KB (script-nonce.server.ts)", RUNS, () => {
  if (drawn + 18 > pool.length) {
    crypto.randomFillSync(pool);
    drawn = 0;
  }
  drawn += 18;
  return pool.toString("base64", drawn - 18, drawn);
});
for (const size of [14_000, 31_000]) {
  const body = page(size);
  const at = keptNoncePositions(body);
  if (at.length !== 5) throw new Error(`expected 5 placeholders, found ${at.length}`);
  const nonce = crypto.randomBytes(18).toString("base64");
  const kb = `${Math.round(body.length / 1024)} KB`;
  time(`${kb}: find the placeholders (once per page kept)`, RUNS, () => keptNoncePositions(body));
  time(`${kb}: withNonce (per answer: copy + 5 nonce copies)`, RUNS, () => withNonce(body, at, nonce));
  const nonceBytes = Buffer.from(nonce);
  time(`${kb}: alternative, Buffer.concat of pieces and nonces`, RUNS, () => {
    const parts: Buffer[] = [];
    let from = 0;
    for (const p of at) {
      parts.push(body.subarray(from, p), nonceBytes);
      from = p + nonceBytes.length;
    }
    parts.push(body.subarray(from));
    return Buffer.concat(parts);
  });
  time(`${kb}: the copy alone (Buffer.from(body))`, RUNS, () => Buffer.from(body));
  const pieces: Buffer[] = [];
  for (let i = 0; i < body.length; i += 2048) pieces.push(body.subarray(i, i + 2048));
  time(`${kb}: NonceStream over 2 KB pieces (the answer that makes it)`, RUNS / 10, () => {
    const s = new NonceStream(nonce);
    for (let i = 0; i < pieces.length; i++) s.pass(pieces[i]!, i === pieces.length - 1);
  });
}
