/**
 * How often one client may call the open-data API (/api/v1/…): 120 requests
 * a minute by default (OPEN_DATA_CLIENT_POINTS), every request counted, a
 * 304 or a bulk CSV file alike, before the query is read or the database
 * asked. Two a second leave a program room to walk every page of a list at
 * 100 items a page (150,000 kindergartens in under 13 minutes; the bulk CSV
 * gives them in one request), and stop one machine from crowding out the
 * parents' pages. The client is its address, an IPv6 address by its /64
 * (clientKey); counters live in Redis when REDIS_URL is set.
 */
import { getEnv } from "~/utils/env.server";
import { clientThrottle, type ClientThrottle } from "./rate-limiters.server";

export const OPEN_DATA_WINDOW_S = 60;
export const DEFAULT_OPEN_DATA_POINTS = 120;

let throttle: ClientThrottle | undefined;

export function openDataThrottle(): ClientThrottle {
  throttle ??= clientThrottle("open-data:client", getEnv().OPEN_DATA_CLIENT_POINTS ?? DEFAULT_OPEN_DATA_POINTS, OPEN_DATA_WINDOW_S);
  return throttle;
}
