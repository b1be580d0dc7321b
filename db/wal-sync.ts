/**
 * The WAL of a SQLite file flushed to disk off the event loop (libuv's
 * thread pool): every WAL_SYNC_MS while it grows, and on demand when an
 * answer is about to say that something was saved (`durable()`).
 *
 * Why: with `synchronous = NORMAL` in WAL mode (createDb) SQLite syncs the
 * WAL only when it checkpoints. So
 * - everything appended since the last checkpoint (up to `wal_autocheckpoint`,
 *   10,000 pages: 40 MB) went to the disk at that moment, inside the COMMIT
 *   that crossed the mark, on the event loop: an fsync of 44–57 ms (strace,
 *   complaint intake at 50 connections) during which every request of the
 *   process waited. Synced here as it grows, the checkpoint finds ~0.1 s of
 *   frames left to flush (~3 ms);
 * - a commit was on disk only at the next checkpoint: a power cut could lose
 *   a complaint whose receipt the parent already had. `durable()` resolves
 *   once a sync that began after the call has completed, so every commit made
 *   before it is on disk; the route wrapper (app/web/route-outcomes.server.ts)
 *   awaits it before an action's answer leaves. Waiting callers share one
 *   sync, and the event loop goes on serving meanwhile: SQLite's own
 *   `synchronous = FULL` would fsync inside every COMMIT, on the event loop.
 *
 * Safe beside SQLite's own handle: SQLite takes no POSIX locks on the -wal
 * file (they are on the database file and the -shm file), so opening and
 * closing a descriptor of it releases none of SQLite's; syncing frames early
 * only makes more of them durable (each frame carries a checksum, recovery
 * stops at the last whole commit either way); fdatasync flushes the file
 * whichever descriptor asks. The file is opened again when it is a new one
 * (SQLite deletes the WAL when the last connection closes).
 */
import fs from "node:fs/promises";

export const WAL_SYNC_MS = 100;

export interface WalSync {
  /** Syncs done so far. */
  readonly syncs: number;
  /** Resolves once everything committed before the call is on disk; rejects if the disk refused the sync. */
  durable(): Promise<void>;
  /** Stops the timer and waits for a sync in progress; closes the descriptor. */
  stop(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function startWalSync(walPath: string, intervalMs = WAL_SYNC_MS): WalSync {
  let handle: fs.FileHandle | undefined;
  let handleIno = -1;
  /**
   * Size and modification time seen before the last timed sync: an unchanged file is not synced again by the timer.
   * Only the timer skips: a modification time is coarse (a few ms), so a commit right after the stat could leave
   * both as they were, and `durable()` promises that commit too.
   */
  let synced = "";
  let inFlight: Promise<void> | undefined;
  /** Callers of durable() waiting for the next sync to begin (one in progress may have begun before they committed). */
  let waiting: Waiter[] = [];
  let stopped = false;
  let syncs = 0;
  /** A sync for the waiting callers is to begin on the loop's next turn. */
  let scheduled = false;

  async function syncOnce(always: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(walPath);
    } catch (error) {
      // No WAL: nothing was committed since SQLite checkpointed it whole and deleted it.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    if (!handle || handleIno !== stat.ino) {
      await handle?.close();
      handle = await fs.open(walPath, "r");
      handleIno = stat.ino;
      synced = "";
    }
    const state = `${stat.size}/${stat.mtimeMs}`;
    if (!always && state === synced) return;
    await handle.datasync();
    synced = state;
    syncs++;
  }

  function begin(): void {
    if (inFlight) return; // whoever waits now is served by the next sync, begun when this one ends
    const served = waiting;
    waiting = [];
    inFlight = syncOnce(served.length > 0)
      .then(
        () => served.forEach((w) => w.resolve()),
        (error) => served.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        inFlight = undefined;
        if (waiting.length > 0 && !stopped) begin();
      });
  }

  // A timed sync that fails leaves the WAL as SQLite's own checkpoint would find it: it syncs it then.
  const timer = setInterval(() => {
    if (!stopped) begin();
  }, intervalMs);
  timer.unref();

  return {
    get syncs() {
      return syncs;
    },
    durable() {
      if (stopped) return Promise.reject(new Error("WAL sync stopped: the database handle is closed"));
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        // Begun on the next turn, not at once: the answers of one group commit (db/group-commit.ts) ask in the
        // same turn, one after another, and share one sync instead of the first taking one alone.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            if (!stopped) begin();
          });
        }
      });
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
      const closed = new Error("WAL sync stopped: the database handle is closed");
      for (const w of waiting.splice(0)) w.reject(closed);
      await handle?.close().catch(() => undefined);
      handle = undefined;
    },
  };
}
