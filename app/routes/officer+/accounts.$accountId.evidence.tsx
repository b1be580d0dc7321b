import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountEvidence } from "~/domain/fee-accounts/fee-account.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { certificateResponse, getEvidenceStore } from "~/web/evidence.server";
import certificatePageStyles from "~/components/certificate-page.css";

/** A filing's evidence, opened in the browser (a PDF, or a photo on a page that fits it to the window), for officers whose district covers the kindergarten; anything else is 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  return certificateResponse(request, await accountEvidence(getDb(), getEvidenceStore(), actor, params.accountId ?? ""), certificatePageStyles);
}
