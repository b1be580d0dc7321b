/**
 * The written notice of a decided case (文书), printable on A4, for the officers who may read the case: scoped as the
 * case page is (another district's case, an undecided or reopened one: 404; an operator: 403).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CaseNoticePage, caseNoticeMeta } from "~/components/case-notice";
import { requireActor } from "~/web/auth.server";
import { caseNoticeData } from "~/web/case-notice.server";

export const meta = caseNoticeMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  return caseNoticeData(request, actor, "officer", params.caseId);
}

export default function OfficerCaseNotice() {
  return <CaseNoticePage {...useLoaderData<typeof loader>()} reader="officer" />;
}
