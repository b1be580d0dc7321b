/**
 * How often one client may file complaints and look them up, counted before
 * the form is read or the database asked (the client as the account check
 * keys it: its address, an IPv6 address by its /64):
 *
 * - intake, 5 complaints stored per hour by default
 *   (COMPLAINT_INTAKE_CLIENT_POINTS): a parent files one complaint, perhaps a
 *   second about another charge; five leave room for a family or a school
 *   gate behind one address, and stop a machine from flooding officers'
 *   queues. Taken once the form reads as a complaint, given back when it is
 *   refused: a form's own posts (adding a row without JavaScript) and its
 *   refusals do not use up a parent's complaints;
 * - every post of the complaint form, twelve per complaint allowed (60 an
 *   hour by default: intakePostPoints), counted first, before the form is
 *   read: what bounds a client's parsing and photo checking, far above what
 *   one parent's form needs;
 * - tracking, 20 look-ups per 10 minutes (COMPLAINT_TRACKING_CLIENT_POINTS):
 *   a parent mistypes the code a few times; 80-bit codes cannot be walked
 *   at this rate, and the limit keeps the look-up cheap to serve.
 *
 * Counters live in Redis when REDIS_URL is set (rate-limiters.server.ts).
 */
import { getEnv } from "~/utils/env.server";
import { clientThrottle, type ClientThrottle } from "./rate-limiters.server";

export const INTAKE_WINDOW_S = 60 * 60;
export const TRACKING_WINDOW_S = 10 * 60;
export const DEFAULT_INTAKE_POINTS = 5;
export const DEFAULT_TRACKING_POINTS = 20;
/** A form's posts per complaint: rows added and removed without JavaScript, refusals corrected, the complaint itself. */
export const INTAKE_POSTS_PER_COMPLAINT = 12;

export const intakePostPoints = () => INTAKE_POSTS_PER_COMPLAINT * (getEnv().COMPLAINT_INTAKE_CLIENT_POINTS ?? DEFAULT_INTAKE_POINTS);

export type { Allowance, ClientThrottle } from "./rate-limiters.server";

let intake: ClientThrottle | undefined;
let intakePosts: ClientThrottle | undefined;
let tracking: ClientThrottle | undefined;

export function complaintPostThrottle(): ClientThrottle {
  intakePosts ??= clientThrottle("complaint:posts", intakePostPoints(), INTAKE_WINDOW_S);
  return intakePosts;
}

export function complaintIntakeThrottle(): ClientThrottle {
  intake ??= clientThrottle("complaint:intake", getEnv().COMPLAINT_INTAKE_CLIENT_POINTS ?? DEFAULT_INTAKE_POINTS, INTAKE_WINDOW_S);
  return intake;
}

export function complaintTrackingThrottle(): ClientThrottle {
  tracking ??= clientThrottle("complaint:tracking", getEnv().COMPLAINT_TRACKING_CLIENT_POINTS ?? DEFAULT_TRACKING_POINTS, TRACKING_WINDOW_S);
  return tracking;
}
