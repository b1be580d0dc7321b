import type { LoaderFunctionArgs } from "@remix-run/node";
import { ownComplaintFile } from "~/domain/complaints/complaint-kindergarten.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { evidenceResponse, getEvidenceStore } from "~/web/evidence.server";

/** A file the kindergarten sent with its answer to a complaint, for its own operator; a parent's file or another kindergarten's complaint is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:own");
  return evidenceResponse(await ownComplaintFile(getDb(), getEvidenceStore(), actor, params.complaintId ?? "", params.evidenceId ?? ""));
}
