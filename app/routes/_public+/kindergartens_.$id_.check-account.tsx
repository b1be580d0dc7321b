/**
 * POST /kindergartens/<id>/check-account: "先核验，再缴费" (form fields
 * accountNumber, accountName). Public, and rate-limited per client and per
 * kindergarten before the body is read or the database asked. The kindergarten
 * page posts here with a fetcher; without JavaScript the post renders this
 * page with the answer and the fields as typed, and a GET renders the form
 * alone.
 *
 * Named with trailing underscores so it nests under neither the public
 * kindergarten list nor the kindergarten page (neither has an <Outlet/>).
 */
import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AccountCheckForm, notAfterAccountCheck, typedFields, type AccountCheckReply } from "~/components/account-check";
import { findPublicKindergarten } from "~/domain/disclosure/disclosure.queries.server";
import { isKindergartenIdShape } from "~/domain/disclosure/disclosure.schema";
import { checkAccount } from "~/domain/account-checks/account-check.service.server";
import { useT } from "~/utils/i18n";
import { accountCheckThrottle } from "~/web/account-check-throttle.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData, throwFailure } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { pageTitle } from "~/utils/page-title";

/** Two short fields: a larger body or more fields is no check of ours. */
const FORM_LIMITS = { maxBytes: 4 * 1024, maxFields: 20 };

const notFound = () => new Response("Not found", { status: 404 });

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findPublicKindergarten(getDb(), params.id ?? "");
  if (!found) throw notFound();
  return { kindergarten: { id: found.id, name: found.name_in_use } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const kindergartenId = params.id ?? "";
  if (!isKindergartenIdShape(kindergartenId)) throw notFound();
  // Counted first, whatever the post holds: a refused check costs no parsing and no query.
  const allowance = await accountCheckThrottle().take(context?.clientIp ?? "unknown", kindergartenId);
  if (!allowance.allowed) {
    const reply: AccountCheckReply = { outcome: "limited", scope: allowance.scope, retryAfterSeconds: allowance.retryAfterSeconds };
    return data(reply, { status: 429, headers: { "Retry-After": String(allowance.retryAfterSeconds) } });
  }
  const form = await readForm(request, FORM_LIMITS);
  const result = await checkAccount(getDb(), { kindergartenId, accountNumber: form.get("accountNumber"), accountName: form.get("accountName") }, new Date());
  // What was typed goes back with the answer, to the one who typed it: without JavaScript the page is rendered anew and
  // its form shows it again (next to its field message, or above the answer about it).
  const typed = typedFields(form.get("accountNumber"), form.get("accountName"));
  if (!result.ok) {
    if (result.kind !== "invalid") throwFailure(result);
    return failureData<AccountCheckReply>(result, { outcome: "invalid", fieldErrors: conformErrors(result).fieldErrors, typed });
  }
  const reply: AccountCheckReply = { outcome: "answered", answer: result.answer, typed };
  return reply;
}

/** A limited check's Retry-After reaches the HTTP answer of a document post and a `.data` post alike (see login.tsx). */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export const shouldRevalidate = notAfterAccountCheck;

export const meta = pageTitle<{ kindergarten: { name: string } }>("accountCheck.title", (page) => page.kindergarten.name);

export default function AccountCheckPage() {
  const { kindergarten } = useLoaderData<typeof loader>();
  const reply = useActionData<AccountCheckReply>();
  const t = useT();
  return (
    <section className="panel account-check-page">
      <p>
        <Link className="tap" to={`/kindergartens/${encodeURIComponent(kindergarten.id)}`}>
          ← {t("accountCheck.back")}
        </Link>
      </p>
      <h1>{t("accountCheck.title")}</h1>
      <p>{t("accountCheck.forKindergarten", { name: kindergarten.name })}</p>
      <p className="muted">{t("accountCheck.intro")}</p>
      <AccountCheckForm kindergartenId={kindergarten.id} serverReply={reply} />
    </section>
  );
}
