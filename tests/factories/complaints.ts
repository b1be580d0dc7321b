/**
 * Complaints for tests, received through the domain's own intake
 * (submitComplaint: the complaint, its items, its first event and its
 * "complaint.received" outbox row in one transaction), without evidence
 * files. `receivedAt` sets the instant of receipt (the intake's clock).
 */
import os from "node:os";
import path from "node:path";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { ComplaintKind, ComplaintTrack, FeeUnit } from "~/db/schema";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";

export interface ComplaintOverrides {
  track?: ComplaintTrack;
  kind?: ComplaintKind;
  /** Items charged: name, yuan as typed ("1200.00"), unit. */
  items?: { name: string; amount: string; unit?: FeeUnit }[];
  paidOn?: string | null;
  learnedOn?: string;
  accountPaidInto?: string;
  /** 投诉 need a phone; a report is anonymous unless a phone is given. */
  phone?: string | null;
  receivedAt?: Date;
  narrative?: string;
  /** The separate, off-by-default consent to publish the narrative anonymised. */
  publishConsent?: boolean;
  /** A refund complaint's months, as the form sends them (yuan as typed). */
  refundClaims?: { month: string; feeKind: string; case: string; daysAttended: string; paid: string; refunded: string }[];
}

const store = localDirectoryStore(path.join(os.tmpdir(), "complaint-factory-evidence"));

/** A complaint received by the intake; returns its id and outbox row. */
export async function fileComplaint(db: DB, kindergartenId: string, o: ComplaintOverrides = {}): Promise<{ complaintId: string; outboxId: string }> {
  const track = o.track ?? "complaint";
  const phone = o.phone === undefined ? (track === "complaint" ? "13800138000" : null) : o.phone;
  const anonymous = track === "report" && phone === null;
  const receivedAt = o.receivedAt ?? new Date("2026-11-30T02:00:00Z");
  const input = {
    kindergartenId,
    track,
    kind: o.kind ?? "above_filed",
    items: (o.items ?? [{ name: "保教费", amount: "1200.00" }]).map((i) => ({ name: i.name, amount: i.amount, unit: i.unit ?? "month" })),
    paidOn: o.paidOn === null ? "" : (o.paidOn ?? "2026-11-02"),
    learnedOn: o.learnedOn ?? "2026-11-02",
    accountPaidInto: o.accountPaidInto ?? "",
    narrative: o.narrative ?? "幼儿园收取的费用与公示的不一致，请核查。",
    anonymous: anonymous ? "on" : "",
    contactName: anonymous ? "" : "张女士",
    contactPhone: phone ?? "",
    contactAddress: anonymous ? "" : "宁波市海曙区某路2号",
    shareContact: "",
    publishConsent: o.publishConsent ? "on" : "",
    ...(o.refundClaims ? { refundClaims: o.refundClaims } : {}),
  };
  const result = await submitComplaint({ db, store, input, files: [], extraFiles: 0, intakeKey: ulid(), honeypot: "", now: receivedAt });
  if (!result.ok) throw new Error(`complaint refused: ${JSON.stringify(result)}`);
  const outbox = await db
    .selectFrom("outbox")
    .select("id")
    .where("topic", "=", "complaint.received")
    .where("payload", "like", `%${result.complaintId}%`)
    .executeTakeFirstOrThrow();
  return { complaintId: result.complaintId, outboxId: outbox.id };
}
