import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorBox } from "~/components/error-box";
import { confirmFirst } from "~/components/forms";
import { withdrawAccountFiling } from "~/domain/fee-accounts/fee-account.service.server";
import type { Message } from "~/domain/result";
import { AccountHistory } from "~/components/account-history";
import { lastFour, nextFilingAction } from "~/domain/fee-accounts/fee-account.schema";
import { operatorAccounts } from "~/domain/fee-accounts/fee-account.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { statusOf } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:own");
  const view = await operatorAccounts(getDb(), actor);
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

/** The one step this page takes: the operator withdraws the filing awaiting review. */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "file:account:own");
  const form = await readForm(request);
  const accountId = form.get("accountId");
  const result = await withdrawAccountFiling({ db: getDb(), actor, accountId: typeof accountId === "string" ? accountId : "", requestId: context?.requestId as string | undefined });
  if (!result.ok) return data<{ withdrawn: boolean; error: Message | null }>({ withdrawn: false, error: result.formErrors[0] ?? { key: "error.generic" } }, { status: statusOf(result.kind) });
  return { withdrawn: true, error: null };
}

export default function OperatorAccount() {
  const { kindergarten, accounts, hasPending, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const [search] = useSearchParams();
  const inForce = accounts.find((a) => a.inForce);
  const latest = accounts[0];
  return (
    <section className="panel">
      <h1>
        {t("account.title")} · {kindergarten.nameInUse}
      </h1>
      {/* After a withdrawal the address still says ?saved: the newer answer is the one that holds. */}
      {search.get("saved") && !answer?.withdrawn ? (
        <p className="notice" role="status">
          {t("account.saved")}
        </p>
      ) : null}
      <p className="muted">{t("account.intro")}</p>

      <h2>{t("account.inForce")}</h2>
      {inForce ? (
        <p data-testid="account-in-force">
          {t("account.publicPreview", { bank: inForce.bankName, branch: inForce.branchName, name: inForce.accountName, last4: lastFour(inForce.accountNumber) })}
        </p>
      ) : (
        <p data-testid="account-in-force">{accounts.length === 0 ? t("account.none") : t("account.noneInForce")}</p>
      )}

      {latest?.status === "returned" ? (
        <div className="form-error" role="alert" data-testid="account-returned">
          <strong>{t("account.status.returned")}</strong>{t("text.colon")}{t("account.returnReason")} — {latest.reviewNote}
        </div>
      ) : null}

      {answer?.withdrawn ? (
        <p className="notice" role="status">
          {t("account.withdrawn")}
        </p>
      ) : null}
      <ErrorBox messages={answer?.error ? [answer.error] : null} />
      {/* A form cannot sit in a <p> (the browser closes the paragraph first, and the page then fails to hydrate). */}
      {hasPending && latest?.status === "pending" ? (
        <Form
          method="post"
          data-testid="account-withdraw"
          onSubmit={confirmFirst(t("account.withdrawConfirm"))}
        >
          <p className="muted">
            {t("account.pendingNote")} {t("account.withdrawHint")}
          </p>
          <input type="hidden" name="accountId" value={latest.id} />
          <p className="actions">
            <button type="submit" className="secondary" disabled={busy}>
              {t("account.withdraw")}
            </button>
          </p>
        </Form>
      ) : hasPending ? (
        <p className="muted">{t("account.pendingNote")}</p>
      ) : (
        <p>
          <Link className="primary" to="/kindergarten/account/new">
            {t(`account.${nextFilingAction(latest?.status)}`)}
          </Link>
        </p>
      )}

      {accounts.length > 0 ? (
        <>
          <h2>{t("account.history")}</h2>
          <AccountHistory accounts={accounts} today={today} evidenceHref={(id) => `/kindergarten/account/${id}/evidence`} audience="kindergarten" />
        </>
      ) : null}
    </section>
  );
}
