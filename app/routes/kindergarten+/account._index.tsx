import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AccountHistory } from "~/components/account-history";
import { lastFour } from "~/domain/fee-accounts/fee-account.schema";
import { operatorAccounts } from "~/domain/fee-accounts/fee-account.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";


export const meta = pageTitle("account.title");
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:own");
  const view = await operatorAccounts(getDb(), actor);
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

export default function OperatorAccount() {
  const { kindergarten, accounts, hasPending, today } = useLoaderData<typeof loader>();
  const t = useT();
  const [search] = useSearchParams();
  const inForce = accounts.find((a) => a.inForce);
  const latest = accounts[0];
  return (
    <section className="panel">
      <h1>
        {t("account.title")} · {kindergarten.nameInUse}
      </h1>
      {search.get("saved") ? (
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

      <p>
        {hasPending ? (
          <span className="muted">{t("account.pendingNote")}</span>
        ) : (
          <Link className="primary" to="/kindergarten/account/new">
            {latest?.status === "returned" ? t("account.fileAgain") : t("account.fileNew")}
          </Link>
        )}
      </p>

      {accounts.length > 0 ? (
        <>
          <h2>{t("account.history")}</h2>
          <AccountHistory accounts={accounts} today={today} evidenceHref={(id) => `/kindergarten/account/${id}/evidence`} />
        </>
      ) : null}
    </section>
  );
}
