/**
 * What officers read about a kindergarten's fee account beside its filings:
 * parents' mismatching checks (counts only: no parent is identified) and the
 * kindergarten-wide account flags with their explanations: A02, and A01 when the account in force no longer bears the
 * approved name (a registry rename evaluates the account rules again). Officers' pages only (the audience of the flags).
 */
import type { AccountStatus } from "~/db/schema";
import { FlagExplanation } from "~/components/flag-explanation";
import { Instant } from "~/components/instant";
import type { RuleOutcome } from "~/rules/types";
import { useLang, useT } from "~/utils/i18n";

export function AccountChecksSummary(props: {
  mismatches: { windowDays: number; count: number; distinctAccounts: number; last4s: readonly string[]; total: number; lastAt: string | null };
  flags: readonly RuleOutcome[];
  /** The kindergarten's latest account filing's state (null: none): A01's advice names the account page's button by it. */
  accountStatus: AccountStatus | null;
}) {
  const t = useT();
  const lang = useLang();
  const { mismatches: m } = props;
  return (
    <div data-testid="account-checks">
      <h3>{t("account.mismatches.title")}</h3>
      {m.total === 0 ? (
        <p>{t("account.mismatches.none")}</p>
      ) : (
        <ul>
          <li>{t("account.mismatches.window", { days: m.windowDays, count: m.count, distinct: m.distinctAccounts })}</li>
          {m.last4s.length > 0 ? (
            // The numbers parents checked, by their last four digits as every other account message names a number
            // (all a mismatch keeps of one), most checked first; more numbers than shown end in "…".
            <li data-testid="account-mismatch-last4s">
              {t("account.mismatches.last4s", { last4s: `${m.last4s.join(lang === "en" ? ", " : "、")}${m.distinctAccounts > m.last4s.length ? "…" : ""}` })}
            </li>
          ) : null}
          <li>
            {t("account.mismatches.total", { n: m.total })}
            {m.lastAt ? (
              <>
                {" · "}
                {t("account.mismatches.last")}
                <Instant value={m.lastAt} />
              </>
            ) : null}
          </li>
        </ul>
      )}
      {props.flags.map((f) => (
        <FlagExplanation key={f.ruleId} outcome={f} audience="officer" accountStatus={props.accountStatus} />
      ))}
    </div>
  );
}
