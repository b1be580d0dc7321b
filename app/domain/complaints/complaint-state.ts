/** A stored complaint row as the legal clock reads it (complaint-clock.ts). Client-safe. */
import type { Complaint } from "~/db/schema";
import type { ClockState } from "./complaint-clock";

export function clockStateOf(
  row: Pick<
    Complaint,
    "track" | "status" | "anonymous" | "clock_from" | "verification_extended" | "accepted_on" | "decided_on" | "mediation_ended_on" | "last_reply_on"
  >,
): ClockState {
  return {
    track: row.track,
    status: row.status,
    anonymous: row.anonymous === 1,
    clockFrom: row.clock_from,
    verificationExtended: row.verification_extended === 1,
    acceptedOn: row.accepted_on,
    decidedOn: row.decided_on,
    mediationEndedOn: row.mediation_ended_on,
    lastReplyOn: row.last_reply_on,
  };
}
