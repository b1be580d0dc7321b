/**
 * The written notice of a decision served on the kindergarten (文书), printable on A4: its own kindergarten's decided
 * cases only (another kindergarten's, an undecided or reopened case: 404; an officer: 403). The same notice the
 * officer prints; it names no complainant (case-notice.server.ts).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CaseNoticePage } from "~/components/case-notice";
import { kindergartenCaseNotice } from "~/domain/cases/case-notice.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";

export const meta = pageTitle<{ notice: { title: string } }>("notice.pageTitle", (data) => data.notice.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:own");
  const page = await kindergartenCaseNotice(getDb(), actor, params.caseId ?? "", await getLang(request));
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function KindergartenCaseNotice() {
  const { caseId, notice, translation } = useLoaderData<typeof loader>();
  const t = useT();
  return <CaseNoticePage notice={notice} translation={translation} back={{ to: `/kindergarten/cases/${caseId}`, label: t("notice.backKindergarten") }} />;
}
