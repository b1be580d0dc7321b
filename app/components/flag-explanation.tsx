/**
 * Why a rule fired (or did not), in the reader's language: title, message,
 * each condition with the fact value and threshold, the legal basis and the
 * rule version the result was computed with.
 */
import { formatMessage } from "../../rules/explain";
import type { RuleOutcome } from "../../rules/types";
import { useLang, useT } from "../utils/i18n";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function SeverityBadge({ severity }: { severity: string | null }) {
  const t = useT();
  if (!severity) return <span className="badge ok">{t("fees.noFlags")}</span>;
  return <span className={`badge ${severity}`}>{t(`severity.${severity}`)}</span>;
}

export function FlagExplanation({ outcome }: { outcome: RuleOutcome }) {
  const t = useT();
  const lang = useLang() === "en" ? "en" : "zh";
  return (
    <article className={`flag ${outcome.severity ?? ""}`} data-rule={outcome.ruleId}>
      <h3>
        <SeverityBadge severity={outcome.severity} /> {outcome.ruleId} {outcome.title[lang]}
      </h3>
      <p>{formatMessage(outcome, lang)}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("flag.condition")}</th>
              <th>{t("flag.factValue")}</th>
              <th>{t("flag.threshold")}</th>
              <th>{t("flag.result")}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.conditions.map((c, i) => (
              <tr key={`${c.name}-${i}`}>
                <td>
                  {c.name} <span className="muted">({c.fact} {c.operator})</span>
                </td>
                <td>{show(c.factResult)}</td>
                <td>{show(c.value)}</td>
                <td>{c.result ? t("flag.met") : t("flag.notMet")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl>
        <dt>{t("flag.legalBasis")}</dt>
        <dd>
          {outcome.legalBasis.map((b) => [b.document, b.article].filter(Boolean).join(" ")).join("；")}
        </dd>
        <dt>{t("flag.ruleVersion", { id: outcome.ruleId, version: outcome.version })}</dt>
        <dd className="muted">{JSON.stringify(outcome.params)}</dd>
      </dl>
    </article>
  );
}
