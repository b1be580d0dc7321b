import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseFile } from "~/domain/cases/case-work.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { evidenceResponse, getEvidenceStore } from "~/web/evidence.server";

/** A file of a case (the kindergarten's answer, an officer's finding), for officers who may read the case; anything else is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  return evidenceResponse(await caseFile(getDb(), getEvidenceStore(), actor, params.caseId ?? "", params.evidenceId ?? ""));
}
