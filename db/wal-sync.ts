/**
 * The WAL of a SQLite file flushed to disk in the background, every
 * WAL_SYNC_MS, from libuv's thread pool.
 *
 * Why: with `synchronous = NORMAL` in WAL mode (createDb) SQLite syncs the
 * WAL only when it checkpoints, so everything appended since the last
 * checkpoint (up to `wal_autocheckpoint`, 10,000 pages: 40 MB) was written
 * to the disk at that moment, inside the COMMIT that crossed the mark, on the
 * event loop: an fsync of 44–57 ms (strace, complaint intake at 50
 * connections), during which every request of the process waited. Synced
 * here as it grows, the checkpoint finds ~0.1 s of frames left to flush
 * (2.7 ms), and a power cut loses at most that much of what was committed
 * instead of everything since the last checkpoint. A sync never blocks the
 * event loop: it runs on the thread pool, one at a time.
 *
 * Safe beside SQLite's own handle: SQLite takes no POSIX locks on the -wal
 * file (they are on the database file and the -shm file), so opening and
 * closing a descriptor of it releases none of SQLite's; syncing frames early
 * only makes more of them durable (each frame carries a checksum, recovery
 * stops at the last whole commit either way). The file is opened again when
 * it is a new one (SQLite deletes the WAL when the last connection closes).
 */
import fs from "node:fs/promises";

export const WAL_SYNC_MS = 100;

export interface WalSync {
  /** Syncs done so far (a file found unchanged since the last one is not synced again). */
  readonly syncs: number;
  /** Stops the timer and waits for a sync in progress; closes the descriptor. */
  stop(): Promise<void>;
}

export function startWalSync(walPath: string, intervalMs = WAL_SYNC_MS): WalSync {
  let handle: fs.FileHandle | undefined;
  let handleIno = -1;
  /** Size and modification time at the last sync: an unchanged file is not synced again. */
  let synced = "";
  let inFlight: Promise<void> | undefined;
  let stopped = false;
  let syncs = 0;

  async function syncOnce(): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(walPath);
    } catch {
      return; // no WAL yet (nothing written since it was last deleted)
    }
    if (stopped) return;
    if (!handle || handleIno !== stat.ino) {
      await handle?.close();
      handle = await fs.open(walPath, "r");
      handleIno = stat.ino;
      synced = "";
    }
    const state = `${stat.size}/${stat.mtimeMs}`;
    if (state === synced) return;
    await handle.datasync();
    synced = state;
    syncs++;
  }

  const timer = setInterval(() => {
    if (inFlight || stopped) return;
    inFlight = syncOnce()
      // A failed sync leaves the WAL as SQLite's own checkpoint would find it: it syncs it then.
      .catch(() => undefined)
      .finally(() => {
        inFlight = undefined;
      });
  }, intervalMs);
  timer.unref();

  return {
    get syncs() {
      return syncs;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
      await handle?.close().catch(() => undefined);
      handle = undefined;
    },
  };
}
