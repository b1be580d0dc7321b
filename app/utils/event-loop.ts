/**
 * better-sqlite3 answers synchronously, so a loop of awaited queries never
 * gives Node's event loop a turn: a job working a backlog in the web
 * process (the embedded runner, a sweep catching up after days down) would
 * hold every request until it ends. A slicer gives the loop a turn once a
 * slice of work has run: `await slice()` after each unit of work.
 */
export const SLICE_MS = 25;

export function eventLoopSlicer(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
