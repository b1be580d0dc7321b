/**
 * The loader of a decided case's written notice (文书), shared by the officer's and the kindergarten's notice routes.
 * Each route checks its own permission first (`requireActor`) and names whose reading it is; the domain's reader for
 * that side then keeps to its scope (an officer: the cases of the region, as the case page; an operator: the own
 * kindergarten's), and a case out of it, undecided or reopened is 404, so ids reveal nothing.
 */
import { kindergartenCaseNotice, officerCaseNotice, type CaseNoticePage } from "~/domain/cases/case-notice.server";
import type { CaseNoticeReader } from "~/domain/cases/case-notice";
import type { Actor } from "~/domain/users/actor";
import { getDb } from "./db.server";
import { getLang } from "./lang.server";

const READERS: Record<CaseNoticeReader, typeof officerCaseNotice> = { officer: officerCaseNotice, kindergarten: kindergartenCaseNotice };

/** The notice page's data for an actor the route has let in, read as `reader`'s side may; 404 otherwise. */
export async function caseNoticeData(request: Request, actor: Actor, reader: CaseNoticeReader, caseId: string | undefined): Promise<CaseNoticePage> {
  const page = await READERS[reader](getDb(), actor, caseId ?? "", await getLang(request));
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}
