/**
 * better-sqlite3 answers synchronously, so a loop of awaited queries never
 * gives Node's event loop a turn: a job working a backlog in the web
 * process (the embedded runner, a sweep catching up after days down) would
 * hold every request until it ends. A slicer gives the loop a turn once a
 * slice of work has run: `await slice()` after each unit of work.
 *
 * 10 ms: while requests pile up, each turn of the loop is one slice of jobs and then the requests that
 * arrived, so the slice is added to their wait. Against 25 ms, complaint intake at 50 connections
 * (`npm run bench:complaints -- --only b`, four alternating pairs on 2026-12-02) accepted 15–30 % more and
 * its p99 fell by 30–65 ms (e.g. 535/s, p99 178 ms against 430/s, 206 ms); the triage those complaints
 * queued finished 2–3 s later after the 13-second burst. 5 ms was no better than 10.
 */
export const SLICE_MS = 10;

/** `beforeYield`: what a slice's work left to finish before others get the loop (e.g. one write for the slice's rows). */
export function eventLoopSlicer(sliceMs = SLICE_MS, beforeYield?: () => Promise<void>): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await beforeYield?.();
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
