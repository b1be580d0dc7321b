/**
 * A kindergarten's fee-account filings as a table: state (pending, returned,
 * in force, ended, takes effect later), bank, name, number, CNAPS code, dates, the
 * review note and the flags of the account rules. Shown to the operator (their
 * own filings) and to officers (the kindergarten and review pages).
 *
 * A filing's flags are explained under the table, each filing's under a heading naming it (state, bank, last four
 * digits, when filed) that its badge in the table links to: a returned or withdrawn filing keeps its flags, and the
 * same rule on two filings would otherwise read as two unexplained red flags beside an account in force without any.
 * Only the newest filing's flags carry their advice (A01's 撤回此次备案 / 重新备案): a filing followed by another has
 * had it acted on, and a returned filing's 重新备案 beside the refiling awaiting review read as still to be done.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DataTable } from "~/components/data-table";
import { FlagExplanation, type FlagAudience } from "~/components/flag-explanation";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { SeverityBadge } from "~/components/severity-badge";
import type { RuleOutcome } from "~/rules/types";
import { approvalStart } from "~/domain/fee-accounts/account-approval";
import { lastFour } from "~/domain/fee-accounts/fee-account.schema";
import { useT } from "~/utils/i18n";
import type { AccountStatus } from "~/db/schema";

/** What the table shows of a filing (the shape fee-account queries give). */
interface Row {
  id: string;
  status: AccountStatus;
  bankName: string;
  branchName: string;
  accountName: string;
  accountNumber: string;
  cnapsCode: string | null;
  filedAt: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reviewNote: string;
  evidenceId: string | null;
  inForce: boolean;
  flags: RuleOutcome[];
}

/** The state in words: approved accounts by their dates. */
export function accountStateKey(a: Pick<Row, "status" | "inForce" | "effectiveFrom">, today: string) {
  if (a.status !== "approved") return `account.status.${a.status}` as const;
  if (a.inForce) return "account.status.inForce" as const;
  return a.effectiveFrom > today ? ("account.status.upcoming" as const) : ("account.status.ended" as const);
}

/**
 * A filing's dates. A filing awaiting review whose requested day has passed will not start on it: approval starts it
 * on the day of approval (approvalStart, as reviewAccount does), so the day it asked for is not shown as its start.
 */
export function AccountPeriod({ status, from, to, today }: { status: AccountStatus; from: string; to: string | null; today: string }) {
  const days = { from: <CivilDate value={from} />, to: to ? <CivilDate value={to} /> : null };
  if (status === "pending" && approvalStart(from, today) !== from) return <Interpolate id="account.periodLapsed" vars={days} />;
  return <Interpolate id={to ? "account.periodClosed" : "account.period"} vars={days} />;
}

export function AccountHistory(props: {
  accounts: readonly Row[];
  today: string;
  evidenceHref: (accountId: string) => string;
  detailHref?: (accountId: string) => string;
  /** Whose page it is: the flags' advice speaks to the kindergarten, and an officer reads it as such. */
  audience: FlagAudience;
  /** A filing whose flags the page explains above the table (the review page's own filing): its badge links there. */
  explainedAbove?: string;
}) {
  const t = useT();
  const { today } = props;
  const latestId = props.accounts[0]?.id;
  return (
    <>
      <DataTable
        testId="account-history"
        rows={props.accounts}
        rowKey={(a) => a.id}
        rowProps={(a) => ({ "data-status": a.status })}
        columns={[
          {
            id: "state",
            header: t("account.status"),
            key: true,
            cell: (a) => (props.detailHref ? <Link to={props.detailHref(a.id)}>{t(accountStateKey(a, today))}</Link> : t(accountStateKey(a, today))),
          },
          { id: "bank", header: t("account.bankName"), cell: (a) => `${a.bankName} ${a.branchName}` },
          { id: "name", header: t("account.accountName"), cell: (a) => a.accountName },
          { id: "number", header: t("account.accountNumber"), cell: (a) => <span className="mono">{a.accountNumber}</span> },
          { id: "cnaps", header: t("account.cnapsCode"), cell: (a) => (a.cnapsCode ? <span className="mono">{a.cnapsCode}</span> : "—") },
          { id: "period", header: t("account.effectiveFrom"), cell: (a) => <AccountPeriod status={a.status} from={a.effectiveFrom} to={a.effectiveTo} today={today} /> },
          { id: "filed", header: t("account.filedAt"), cell: (a) => <Instant value={a.filedAt} /> },
          { id: "note", header: t("account.reviewNote"), cell: (a) => a.reviewNote || "—" },
          {
            id: "flags",
            header: t("account.flags"),
            cell: (a) =>
              a.flags.length > 0 ? (
                <a href={`#${accountFlagsId(a.id)}`}>
                  {a.flags.map((f) => (
                    <SeverityBadge key={f.ruleId} severity={f.severity} />
                  ))}
                </a>
              ) : (
                "—"
              ),
          },
          {
            id: "evidence",
            header: t("account.evidenceColumn"),
            cell: (a) => (a.evidenceId ? <CertificateLink href={props.evidenceHref(a.id)}>{t("account.evidenceLink")}</CertificateLink> : "—"),
          },
        ]}
      />
      {props.accounts
        .filter((a) => a.flags.length > 0 && a.id !== props.explainedAbove)
        .map((a) => {
          // The newest filing (the list is newest first) is the only one whose advice can still be acted on: a later
          // filing is what the advice asks for (重新备案 after a return or a withdrawal, 备案新账户), so an earlier
          // filing's flags stay on record without it.
          const superseded = a.id !== latestId;
          return (
            <section key={a.id} id={accountFlagsId(a.id)} className="account-flags" data-testid="account-flags" data-superseded={superseded ? "" : undefined}>
              <h3>
                <Interpolate
                  id="account.flagsOf"
                  vars={{ state: t(accountStateKey(a, today)), bank: `${a.bankName} ${a.branchName}`, last4: lastFour(a.accountNumber), filedAt: <Instant value={a.filedAt} /> }}
                />
              </h3>
              {superseded ? <p className="muted">{t("account.flagsSuperseded")}</p> : null}
              {a.flags.map((f) => (
                <FlagExplanation key={f.ruleId} outcome={f} audience={props.audience} advice={!superseded} accountStatus={a.status} />
              ))}
            </section>
          );
        })}
    </>
  );
}

/** The anchor of a filing's flags, which its badges in the table link to. */
export const accountFlagsId = (accountId: string) => `account-flags-${accountId}`;

/**
 * A filing's certificate, which the browser opens in place (a PDF or a photo): in a tab of its own, so that the page
 * it is read beside stays as it was (an officer's review note typed and not yet sent, the bookkeeper's list).
 */
export function CertificateLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
    </a>
  );
}
