/**
 * The written notice of a decided case (文书), printable on A4, for the officers who may read the case: scoped as the
 * case page is (another district's case, an undecided or reopened one: 404; an operator: 403).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CaseNoticePage } from "~/components/case-notice";
import { officerCaseNotice } from "~/domain/cases/case-notice.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";

export const meta = pageTitle<{ notice: { title: string } }>("notice.pageTitle", (data) => data.notice.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const page = await officerCaseNotice(getDb(), actor, params.caseId ?? "", await getLang(request));
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function OfficerCaseNotice() {
  const { caseId, notice, translation } = useLoaderData<typeof loader>();
  const t = useT();
  return <CaseNoticePage notice={notice} translation={translation} back={{ to: `/officer/cases/${caseId}`, label: t("notice.back") }} />;
}
