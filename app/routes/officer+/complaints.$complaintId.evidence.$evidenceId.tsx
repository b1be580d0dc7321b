import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintEvidence } from "~/domain/complaints/complaint-queue.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { evidenceResponse, getEvidenceStore } from "~/web/evidence.server";

/** A complaint's evidence file, for officers who may read the complaint; anything else is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:region", "read:complaint:any");
  return evidenceResponse(await complaintEvidence(getDb(), getEvidenceStore(), actor, params.complaintId ?? "", params.evidenceId ?? ""));
}
