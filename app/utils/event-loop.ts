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
 *
 * The turn is given with a timer, not setImmediate, for where it puts the next slice in the loop's turn:
 * after the requests. A request read in the poll phase is answered in the check phase that follows (group
 * commit, db/group-commit.ts, starts its batch there), and a slice resumed by setImmediate ran in that same
 * check phase, queued before the batch: every waiting request's answer waited for the slice too. Resumed by a
 * timer, the slice runs at the start of the next turn, after the answers are written. Ten alternated pairs of
 * `--only b` runs (2026-12-02, late afternoon): 470 against 454 complaints/s on average (510 against 469 without one
 * outlier pair), p99 median 219 against 234 ms (≤ 200 ms in 3 of 10 runs against 0); the triage queued during
 * the burst drained 1–4 s later. The cost: a timer waits at least 1 ms, so a slicer working alone (no
 * requests) does 10 ms of work per ~11 ms.
 */
export const SLICE_MS = 10;

/** `beforeYield`: what a slice's work left to finish before others get the loop (e.g. one write for the slice's rows). */
export function eventLoopSlicer(sliceMs = SLICE_MS, beforeYield?: () => Promise<void>): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await beforeYield?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
}
