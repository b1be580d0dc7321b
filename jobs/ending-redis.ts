/**
 * ioredis 5.11 never ends a connection that is disconnected while it waits to
 * reconnect (redis/ioredis#1247; the fix, #2169, is not released): no "end"
 * event, and commands in its offline queue never settle. BullMQ's Worker.close()
 * waits for that "end" on its blocking connection, and for a connection that
 * never became ready to become ready, so a worker closed while Redis is down
 * (or coming back) waited forever.
 *
 * This client ends such a connection the way ioredis itself ends one that never
 * connected ("wait"). BullMQ makes its blocking connections with duplicate(),
 * so duplicates are of this class too, and are kept so that endAll() can end
 * them when BullMQ's own close does not finish.
 */
import { Redis, type RedisOptions } from "ioredis";
import { closeHandler } from "ioredis/built/redis/event_handler.js";

export class EndingRedis extends Redis {
  private readonly duplicates = new Set<EndingRedis>();

  override disconnect(reconnect = false): void {
    const waitingToReconnect = !reconnect && this.status === "reconnecting";
    super.disconnect(reconnect);
    // super cleared the reconnect timer; with no socket left, no "close" event would ever come.
    if (waitingToReconnect && this.status === "reconnecting") closeHandler(this)();
  }

  override duplicate(override?: Partial<RedisOptions>): EndingRedis {
    const copy = new EndingRedis({ ...this.options, ...override });
    this.duplicates.add(copy);
    copy.once("end", () => this.duplicates.delete(copy));
    return copy;
  }

  /** Ends this connection and every live duplicate of it, whatever they are doing: their pending commands fail. */
  endAll(): void {
    for (const copy of this.duplicates) copy.endAll();
    this.disconnect();
  }
}
