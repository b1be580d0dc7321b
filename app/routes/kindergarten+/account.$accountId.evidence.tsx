import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountEvidence } from "~/domain/fee-accounts/fee-account.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { certificateResponse, getEvidenceStore } from "~/web/evidence.server";
import certificatePageStyles from "~/components/certificate-page.css";

/** The evidence of one of the operator's own filings, opened in the browser (a PDF, or a photo on a page that fits it to the window); anything else is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:own");
  return certificateResponse(request, await accountEvidence(getDb(), getEvidenceStore(), actor, params.accountId ?? ""), certificatePageStyles);
}
