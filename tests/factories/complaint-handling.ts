/**
 * Complaints for the handling tests, received through the real intake
 * (submitComplaint) at a chosen instant, optionally with a PDF evidence file
 * staged and stored as the intake route would.
 */
import os from "node:os";
import path from "node:path";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { ComplaintTrack } from "~/db/schema";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { stageEvidence } from "~/domain/evidence/evidence-staging.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { handleComplaint } from "~/domain/complaints/complaint-handling.server";
import type { Actor } from "~/domain/users/actor";
import { shanghaiDate } from "~/utils/working-days";

/** A store for intakes without files: touching it is a test bug. */
export const noFilesStore: EvidenceStore = {
  put: () => Promise.reject(new Error("no evidence expected")),
  putFile: () => Promise.reject(new Error("no evidence expected")),
  get: () => Promise.resolve(null),
  delete: () => Promise.resolve(),
  deleteIfWrittenBefore: () => Promise.resolve(false),
  async *list() {},
  removeLeftovers: () => Promise.resolve(0),
};

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");

/** Shanghai noon of a civil date, as an instant. */
export const atNoon = (date: string) => new Date(`${date}T04:00:00.000Z`);

export interface FileComplaintOptions {
  kindergartenId: string;
  track?: ComplaintTrack;
  anonymous?: boolean;
  now?: Date;
  /** A PDF stored as evidence through this store. */
  evidence?: { store: EvidenceStore; name?: string };
  narrative?: string;
  /** The fee item complained about (保教费 unless told). */
  itemName?: string;
  /** The complainant's contact (王女士, 13800138000, 宁波市海曙区某路1号 unless told). */
  contact?: { name: string; phone: string; address: string };
}

export async function fileComplaint(db: DB, opts: FileComplaintOptions): Promise<{ complaintId: string; trackingNo: string; accessCode: string }> {
  const now = opts.now ?? new Date();
  const track = opts.track ?? "complaint";
  const anonymous = track === "report" && (opts.anonymous ?? false);
  const files = opts.evidence
    ? [
        await stageEvidence(path.join(os.tmpdir(), `complaint-staging-${process.pid}`), opts.evidence.name ?? "收据.pdf", (async function* () {
          yield new Uint8Array(PDF);
        })()),
      ]
    : [];
  const today = shanghaiDate(now);
  const result = await submitComplaint({
    db,
    store: opts.evidence?.store ?? noFilesStore,
    input: {
      kindergartenId: opts.kindergartenId,
      track,
      kind: "above_filed",
      items: [{ name: opts.itemName ?? "保教费", amount: "3200", unit: "month" }],
      paidOn: today,
      learnedOn: today,
      narrative: opts.narrative ?? "九月收取保教费每月3200元，高于公示的2800元。",
      anonymous: anonymous ? "on" : undefined,
      contactName: anonymous ? undefined : (opts.contact?.name ?? "王女士"),
      contactPhone: anonymous ? undefined : (opts.contact?.phone ?? "13800138000"),
      contactAddress: anonymous ? undefined : (opts.contact?.address ?? "宁波市海曙区某路1号"),
      shareContact: undefined,
      publishConsent: undefined,
    },
    files,
    extraFiles: 0,
    intakeKey: ulid(),
    honeypot: "",
    now,
  });
  if (!result.ok) throw new Error(`intake refused: ${JSON.stringify(result)}`);
  return { complaintId: result.complaintId, trackingNo: result.trackingNo, accessCode: result.accessCode! };
}

/** The stored row. */
export function complaintRow(db: DB, id: string) {
  return db.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** handleComplaint with the row's current version, or a failure that says why not. */
export async function act(db: DB, actor: Actor, complaintId: string, input: Record<string, string>, now?: Date) {
  const row = await complaintRow(db, complaintId);
  return handleComplaint({ db, actor, complaintId, input: { version: String(row.version), ...input }, now });
}
