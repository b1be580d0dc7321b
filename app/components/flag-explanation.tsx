/**
 * Why a rule fired (or did not), in the reader's language and in words: title,
 * message, the evidence (the items over a cap, the old and new amounts …),
 * each condition as a sentence ("最高涨幅 ≥ 黄色提示阈值 10%") with the actual
 * value and whether it was met, the legal basis, and the rule version with the
 * params it ran with. Used by the operator's filing page and pre-check and by
 * the officer's case page; on a phone the tables become cards whose key
 * figures (threshold, actual value, result, increase) come first.
 */
import { formatMessage } from "~/rules/explain";
import type { ConditionExplanation, RuleOutcome } from "~/rules/types";
import { isMessageKey } from "~/i18n";
import { DataTable } from "~/components/data-table";
import { SeverityBadge } from "~/components/severity-badge";
import { describeCondition, formatFigure, paramLabel, ruleVersionLabel } from "~/utils/flag-words";
import { useLang, useRuleLang, useT } from "~/utils/i18n";

/** Evidence columns worth showing, in reading order; anything else stays in the stored explanation. */
const COLUMN_ORDER = [
  "name",
  "filedName",
  "ageBand",
  "unit",
  "oldFen",
  "newFen",
  "increaseFen",
  "increaseBp",
  "chargedFen",
  "amountFen",
  "overFen",
  "filedUnits",
  // R03 and C01: an amount and its unit → the factor → the monthly amount compared (C01: the filed side too).
  "conversion",
  "monthlyAmountFen",
  "filedUnit",
  "filedConversion",
  "filedMonthlyFen",
  "basePriceFen",
  "maxFloatBp",
  "capFen",
  "overCapFen",
  "costFen",
  "markupFen",
  "publicCareFeeFen",
  "requiredDeductionFen",
  "waiverDeductionFen",
  // Refunds (R11's shortfalls, C05's months): the month's working days and attendance, the rules, then the amounts.
  "month",
  "workingDays",
  "daysAttended",
  "rulesFrom",
  "scheme",
  "filed",
  "filedBp",
  "provincial",
  "provincialBp",
  "refundBp",
  "paidFen",
  "expectedFen",
  "refundedFen",
  "shortfallFen",
  "shortBp",
  "status",
  "keyword",
  "keywords",
  "matchedKeywords",
  "voluntary",
  "bundled",
  "complaintCount",
  "firstReceivedOn",
  "lastReceivedOn",
  "sourceDocument",
  "effectiveFrom",
];

/** The item, and the figures a reader checks the finding by: led with, in bold, on a phone. */
const KEY_COLUMNS = new Set(["label", "expectedFen", "shortBp", "name", "increaseBp", "capFen", "overCapFen", "markupFen", "shortfallFen", "keyword", "keywords", "overFen", "matchedKeywords", "complaintCount"]);

type Row = Record<string, unknown>;

/**
 * The evidence's single facts, as label key and value: the details' scalars
 * with a label, then the labelled fields of its objects, which read like
 * scalars (R09's account: account name, registered name …). A fact that a
 * rule names both on its own and inside such an object (A01's registered
 * name) is given once.
 */
export function evidencePairs(details: Record<string, unknown>): Array<[string, unknown]> {
  const entries = Object.entries(details);
  const scalars = entries.filter(([key, value]) => isMessageKey(`evidence.${key}`) && (typeof value !== "object" || value === null));
  const objects = entries.filter(([, value]) => value !== null && typeof value === "object" && !Array.isArray(value)) as Array<[string, Row]>;
  const said = new Set<string>();
  return [...scalars, ...objects.flatMap(([, object]) => Object.entries(object).filter(([key]) => isMessageKey(`evidence.${key}`)))].filter(([key, value]) => {
    const fact = `${key}\u0000${JSON.stringify(value)}`;
    if (said.has(fact)) return false;
    said.add(fact);
    return true;
  });
}

function Evidence({ details }: { details: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang();
  const label = (key: string) => (isMessageKey(`evidence.${key}`) ? t(`evidence.${key}`) : key);
  const entries = Object.entries(details);
  const lists = entries.filter(([, value]) => Array.isArray(value) && typeof value[0] === "object" && value[0] !== null) as Array<
    [string, Row[]]
  >;
  const pairs = evidencePairs(details);
  if (lists.length === 0 && pairs.length === 0) return null;
  return (
    <div className="evidence">
      {lists.map(([key, rows]) => {
        // Rows that name themselves in both languages ("2026-10 保教费（请假缺勤）") lead with that name.
        const labelled = rows.every((r) => typeof r.zh === "string" && typeof r.en === "string");
        const columns = [...(labelled ? ["label"] : []), ...COLUMN_ORDER.filter((c) => rows.some((r) => c in r))];
        if (columns.length === 0) {
          return (
            <ul key={key}>
              {rows.map((row, i) => (
                <li key={i}>{formatFigure(key, row, lang)}</li>
              ))}
            </ul>
          );
        }
        return (
          <DataTable
            key={key}
            testId={`evidence-${key}`}
            caption={t("evidence.title")}
            rows={rows}
            rowKey={(_, i) => String(i)}
            columns={columns.map((c) => ({
              id: c,
              header: label(c),
              numeric: /Fen$|Bp$/.test(c),
              key: KEY_COLUMNS.has(c),
              cell: (row: Row) => (c === "label" ? String(row[lang === "en" ? "en" : "zh"]) : formatFigure(c, row[c], lang)),
            }))}
          />
        );
      })}
      {pairs.length > 0 ? (
        <dl>
          {pairs.map(([key, value]) => (
            <div key={key} className="pair">
              <dt>{label(key)}</dt>
              <dd>{formatFigure(key, value, lang)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

function Conditions({ conditions }: { conditions: ConditionExplanation[] }) {
  const t = useT();
  const lang = useLang();
  const rows = conditions.map((c) => describeCondition(c, lang));
  return (
    <DataTable
      testId="flag-conditions"
      caption={t("flag.howDecided")}
      rows={rows}
      rowKey={(_, i) => String(i)}
      rowProps={(w) => ({ "data-result": w.result })}
      columns={[
        {
          id: "condition",
          header: t("flag.condition"),
          cell: (w) => (
            <>
              {w.subject} {w.operator} {w.reference ? `${w.reference} ` : ""}
              <strong>{w.threshold}</strong>
            </>
          ),
        },
        { id: "actual", header: t("flag.factValue"), key: true, numeric: true, cell: (w) => w.actual },
        { id: "result", header: t("flag.result"), key: true, cell: (w) => t(`flag.${w.result}`) },
      ]}
    />
  );
}

export function FlagExplanation({ outcome }: { outcome: RuleOutcome }) {
  const t = useT();
  const lang = useLang();
  const text = useRuleLang();
  return (
    <article className={`flag ${outcome.severity ?? ""}`} data-rule={outcome.ruleId}>
      <h3>
        <SeverityBadge severity={outcome.severity} /> {outcome.ruleId} {outcome.title[text]}
      </h3>
      <p>{formatMessage(outcome, text)}</p>
      <Evidence details={outcome.details} />
      <Conditions conditions={outcome.conditions} />
      <dl>
        <div className="pair">
          <dt>{t("flag.legalBasis")}</dt>
          <dd>{outcome.legalBasis.map((b) => [b.document, b.article].filter(Boolean).join(" ")).join("；")}</dd>
        </div>
        <div className="pair">
          <dt>{ruleVersionLabel(outcome.ruleId, outcome.version, lang)}</dt>
          <dd className="muted">
            {Object.entries(outcome.params)
              .map(([name, value]) => `${paramLabel(name, lang)} ${formatFigure(name, value, lang)}`)
              .join("；") || "—"}
          </dd>
        </div>
      </dl>
    </article>
  );
}
