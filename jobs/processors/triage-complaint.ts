/**
 * triage-complaint (topic complaint.received): the complaint rules run
 * against what the kindergarten filed for the date paid, and their findings
 * are stored with the complaint (replacing earlier ones: a retried job leaves
 * the same findings); a cluster of complaints opens or updates a case.
 */
import { UnrecoverableError } from "../unrecoverable";
import { triageComplaint } from "~/domain/complaints/complaint-triage.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const triageComplaintProcessor: Processor<JobContext, "complaint.received"> = async (ctx, payload) => {
  const triaged = await triageComplaint(ctx.db, ctx.rules, payload.complaintId, new Date());
  if (!triaged) throw new UnrecoverableError(`complaint ${payload.complaintId} not found`);
  ctx.logger.info(
    { complaintId: payload.complaintId, fired: triaged.fired, cases: triaged.cases.map((c) => ({ caseId: c.caseId, opened: c.opened, linked: c.linked.length })) },
    "complaint triaged",
  );
};
