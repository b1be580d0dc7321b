import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountEvidence } from "~/domain/fee-accounts/fee-account.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { evidenceResponse, getEvidenceStore } from "~/web/evidence.server";

/** A filing's evidence, opened in the browser (a PDF or a photo), for officers whose district covers the kindergarten; anything else is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  return evidenceResponse(await accountEvidence(getDb(), getEvidenceStore(), actor, params.accountId ?? ""), { inline: true });
}
