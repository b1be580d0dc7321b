/**
 * The written notice of a decision served on the kindergarten (文书), printable on A4: its own kindergarten's decided
 * cases only (another kindergarten's, an undecided or reopened case: 404; an officer: 403). The same notice the
 * officer prints; it names no complainant (case-notice.server.ts).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CaseNoticePage, caseNoticeMeta } from "~/components/case-notice";
import { requireActor } from "~/web/auth.server";
import { caseNoticeData } from "~/web/case-notice.server";

export const meta = caseNoticeMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:own");
  return caseNoticeData(request, actor, "kindergarten", params.caseId);
}

export default function KindergartenCaseNotice() {
  return <CaseNoticePage {...useLoaderData<typeof loader>()} reader="kindergarten" />;
}
