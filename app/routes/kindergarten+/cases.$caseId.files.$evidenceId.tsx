import type { LoaderFunctionArgs } from "@remix-run/node";
import { ownCaseFile } from "~/domain/cases/case-kindergarten.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { evidenceResponse, getEvidenceStore } from "~/web/evidence.server";

/** A file the kindergarten sent with its answer or proof, for its own operator; anything else (an officer's file, another kindergarten's case) is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:own");
  return evidenceResponse(await ownCaseFile(getDb(), getEvidenceStore(), actor, params.caseId ?? "", params.evidenceId ?? ""));
}
