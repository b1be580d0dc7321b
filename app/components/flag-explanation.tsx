/**
 * Why a rule fired (or did not), in the reader's language: title, message,
 * the evidence (the items over a cap, the old and new amounts …), each
 * condition with the fact value and threshold, the legal basis and the rule
 * version the result was computed with. Values are formatted by the naming
 * conventions of the facts: *Fen is money, *Bp is basis points.
 */
import { formatMessage } from "~/rules/explain";
import type { RuleOutcome } from "~/rules/types";
import { isMessageKey } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";
import { SeverityBadge } from "~/components/severity-badge";

type Translate = ReturnType<typeof useT>;

const ENUM_PREFIX: Record<string, string> = {
  ageBand: "age",
  guidanceAgeBand: "age",
  category: "category",
  unit: "unit",
  nature: "nature",
  kindergartenNature: "nature",
};

/** Evidence columns worth showing, in reading order; anything else stays in the stored explanation. */
const COLUMN_ORDER = [
  "name",
  "ageBand",
  "unit",
  "oldFen",
  "newFen",
  "increaseFen",
  "increaseBp",
  "amountFen",
  "monthlyAmountFen",
  "basePriceFen",
  "maxFloatBp",
  "capFen",
  "overCapFen",
  "costFen",
  "markupFen",
  "publicCareFeeFen",
  "requiredDeductionFen",
  "waiverDeductionFen",
  "shortfallFen",
  "keyword",
  "keywords",
  "sourceDocument",
  "effectiveFrom",
];

function formatValue(key: string, value: unknown, t: Translate, lang: "zh" | "en"): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v, t, lang)).join("、");
  if (typeof value === "boolean") return t(value ? "evidence.yes" : "evidence.no");
  if (typeof value === "number" && /Fen$/.test(key)) return `${formatFen(value, lang === "en" ? "en" : "zh-CN")} ${lang === "en" ? "yuan" : "元"}`;
  if (typeof value === "number" && /Bp$/.test(key)) return `${(value / 100).toFixed(2)}%`;
  if (typeof value === "string" && ENUM_PREFIX[key] && isMessageKey(`${ENUM_PREFIX[key]}.${value}`)) {
    return t(`${ENUM_PREFIX[key]}.${value}`);
  }
  if (typeof value === "object") {
    const text = value as Record<string, unknown>;
    if (typeof text.zh === "string" && typeof text.en === "string") return String(text[lang]);
    return JSON.stringify(value);
  }
  return String(value);
}

const label = (t: Translate, key: string) => (isMessageKey(`evidence.${key}`) ? t(`evidence.${key}`) : key);

function Evidence({ details }: { details: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang() === "en" ? "en" : "zh";
  const blocks = Object.entries(details).filter(([, value]) => {
    if (Array.isArray(value)) return value.length > 0 && typeof value[0] === "object" && value[0] !== null;
    return false;
  }) as Array<[string, Array<Record<string, unknown>>]>;
  const scalars = Object.entries(details).filter(
    ([key, value]) => isMessageKey(`evidence.${key}`) && (typeof value !== "object" || value === null),
  );
  const objects = Object.entries(details).filter(
    ([, value]) => value !== null && typeof value === "object" && !Array.isArray(value),
  ) as Array<[string, Record<string, unknown>]>;
  if (blocks.length === 0 && scalars.length === 0 && objects.length === 0) return null;
  return (
    <div className="evidence">
      {blocks.map(([key, rows]) => {
        const columns = COLUMN_ORDER.filter((c) => rows.some((r) => c in r));
        if (columns.length === 0) {
          return (
            <ul key={key}>
              {rows.map((row, i) => (
                <li key={i}>{formatValue(key, row, t, lang)}</li>
              ))}
            </ul>
          );
        }
        return (
          <div className="table-wrap" key={key}>
            <table>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} className={/Fen$|Bp$/.test(c) ? "num" : undefined}>
                      {label(t, c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    {columns.map((c) => (
                      <td key={c} className={/Fen$|Bp$/.test(c) ? "num" : undefined}>
                        {formatValue(c, row[c], t, lang)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {scalars.length > 0 || objects.length > 0 ? (
        <dl>
          {scalars.map(([key, value]) => (
            <div key={key} className="pair">
              <dt>{label(t, key)}</dt>
              <dd>{formatValue(key, value, t, lang)}</dd>
            </div>
          ))}
          {objects.flatMap(([, object]) =>
            Object.entries(object)
              .filter(([key]) => isMessageKey(`evidence.${key}`))
              .map(([key, value]) => (
                <div key={key} className="pair">
                  <dt>{label(t, key)}</dt>
                  <dd>{formatValue(key, value, t, lang)}</dd>
                </div>
              )),
          )}
        </dl>
      ) : null}
    </div>
  );
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
      <Evidence details={outcome.details} />
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
                <td>{formatValue(c.fact, c.factResult, t, lang)}</td>
                <td>{formatValue(c.param ?? c.fact, c.value, t, lang)}</td>
                <td>{c.result ? t("flag.met") : t("flag.notMet")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl>
        <div className="pair">
          <dt>{t("flag.legalBasis")}</dt>
          <dd>{outcome.legalBasis.map((b) => [b.document, b.article].filter(Boolean).join(" ")).join("；")}</dd>
        </div>
        <div className="pair">
          <dt>{t("flag.ruleVersion", { id: outcome.ruleId, version: outcome.version })}</dt>
          <dd className="muted">
            {Object.entries(outcome.params)
              .map(([key, value]) => `${key} = ${formatValue(key, value, t, lang)}`)
              .join("；")}
          </dd>
        </div>
      </dl>
    </article>
  );
}
