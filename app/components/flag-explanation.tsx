/**
 * Why a rule fired (or did not), in the reader's language and in words: title,
 * message, what to do where the rule has advice, the evidence (the items over
 * a cap, the old and new amounts …), each condition as a sentence with its
 * actual value ("最高涨幅：25.21%，达到黄色预警阈值 10%") and whether it was met
 * (alternatives numbered under "满足以下任一条件：", as the rule combines them),
 * the legal basis, and the rule version with the params it ran with (a long
 * list, R02's keywords, by its first few). Each date or month in these words
 * is kept whole on a phone's line (`datedWords`: a `CivilDate`), the words
 * reading as they did. Used by the operator's filing page
 * and pre-check and by the officer's case page; on a phone the tables become
 * cards whose key figures (result, item, increase, amount over) come first.
 *
 * The advice (`flag.advice.<ruleId>`, app/i18n/features/flags.ts) is written to
 * the kindergarten. Every page says whose it is (`audience`): the kindergarten
 * reads it as 怎么办; an officer reads the same words as what the portal tells
 * the kindergarten (平台给幼儿园的提示), so an answer can be weighed against it,
 * and never as the authority's own decision. A rule that did not fire has none.
 */
import { formatMessage } from "~/rules/explain";
import type { ConditionExplanation, RuleOutcome } from "~/rules/types";
import { isMessageKey } from "~/i18n";
import { legalBasisWords } from "~/i18n/legal-documents";
import { DataTable } from "~/components/data-table";
import { datedWords } from "~/components/instant";
import { SeverityBadge } from "~/components/severity-badge";
import type { FilingRemedy } from "~/domain/flags/filing-correction";
import { nextFilingAction } from "~/domain/fee-accounts/fee-account.schema";
import type { AccountStatus } from "~/db/schema";
import type { Lang } from "~/i18n";
import { conditionLines, formatFigure, formatParamBrief, paramLabel, ruleVersionLabel } from "~/utils/flag-words";
import { useLang, useRuleLang, useT } from "~/utils/i18n";

/** Evidence columns worth showing, in reading order; anything else stays in the stored explanation. */
const COLUMN_ORDER = [
  "name",
  // R15's spending rows ({ kind, amountFen }): the kind of spending leads, as the meal-fund form names it.
  "kind",
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
const KEY_COLUMNS = new Set(["label", "kind", "expectedFen", "shortBp", "name", "increaseBp", "capFen", "overCapFen", "markupFen", "shortfallFen", "keyword", "keywords", "overFen", "matchedKeywords", "complaintCount"]);

type Row = Record<string, unknown>;

/**
 * The evidence's single facts, as label key and value: the details' scalars
 * with a label, then the labelled fields of its objects, which read like
 * scalars (R09's account: account name, registered name …). A fact that a
 * rule names both on its own and inside such an object (A01's registered
 * name) is given once, and an object that is a row of a list shown as a
 * table (R11's worst shortfall) is left to that table.
 */
export function evidencePairs(details: Record<string, unknown>): Array<[string, unknown]> {
  const entries = Object.entries(details);
  const scalars = entries.filter(([key, value]) => isMessageKey(`evidence.${key}`) && (typeof value !== "object" || value === null));
  // An object that is a row of a list the evidence shows (R11's `worst`: the shortfall the message names, a row of
  // the shortfalls table) is in that table already, beside its item's name; its fields as pairs would say it twice.
  const { tables, pairs } = evidenceLists(details);
  const tabled = new Set([...tables, ...pairs].flatMap((list) => list.rows.map((row) => JSON.stringify(row))));
  const objects = entries.filter(
    ([, value]) => value !== null && typeof value === "object" && !Array.isArray(value) && !tabled.has(JSON.stringify(value)),
  ) as Array<[string, Row]>;
  const said = new Set<string>();
  return [...scalars, ...objects.flatMap(([, object]) => Object.entries(object).filter(([key]) => isMessageKey(`evidence.${key}`)))].filter(([key, value]) => {
    const fact = `${key}\u0000${JSON.stringify(value)}`;
    if (said.has(fact)) return false;
    said.add(fact);
    return true;
  });
}

export interface EvidenceList {
  key: string;
  rows: Row[];
  /** The columns shown, in reading order ("label": the row's own name in the reader's language). */
  columns: string[];
}

/**
 * The evidence's lists as the page shows them: tables, and lists that read as
 * one labelled pair. A row marked `current` is the filing being judged (R05's
 * increases in the window): its date is the evidence's own pair already, so it
 * is left out, and a list left empty is not shown. A list with a label of its
 * own whose rows show one column reads as that label and the column's values
 * (R05: "12 个月内此前的上调（执行日期） 2025-03-01"), not as a one-column table
 * repeating a heading the pairs already use.
 */
export function evidenceLists(details: Record<string, unknown>): { tables: EvidenceList[]; pairs: EvidenceList[] } {
  const tables: EvidenceList[] = [];
  const pairs: EvidenceList[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (!Array.isArray(value) || typeof value[0] !== "object" || value[0] === null) continue;
    const rows = (value as Row[]).filter((r) => r.current !== true);
    if (rows.length === 0) continue;
    // Rows that name themselves in both languages ("2026-10 保教费（请假缺勤）") lead with that name.
    const labelled = rows.every((r) => typeof r.zh === "string" && typeof r.en === "string");
    const columns = [...(labelled ? ["label"] : []), ...COLUMN_ORDER.filter((c) => rows.some((r) => c in r))];
    if (columns.length === 1 && columns[0] !== "label" && isMessageKey(`evidence.${key}`)) pairs.push({ key, rows, columns });
    else tables.push({ key, rows, columns });
  }
  return { tables, pairs };
}

/**
 * The filed items evidence may name, with the catalogue's English name (the filing's items, or the form's catalogue
 * on a pre-check). The evidence keeps the filed Chinese name (the record); an English reader is given the catalogue's
 * English name of the row's item code, or, for evidence stored without a code, of the one filed item of that name.
 */
export type EvidenceItems = ReadonlyArray<{ code: string; name: string; name_en: string }>;

/**
 * The column of an evidence row that names a filed item: `filedName` where the row has one (a complaint's finding,
 * whose `name` is the parent's own words for what was charged), else `name` (a filing's finding).
 */
const filedItemColumn = (row: Row): "name" | "filedName" => ("filedName" in row ? "filedName" : "name");

/**
 * An evidence row's value in `column` in the reader's language: the filed item's (Chinese) name unless the item is
 * identified, when the column names a filed item; anything else (a parent's words) as stored.
 */
export function evidenceItemName(row: Row, items: EvidenceItems | undefined, lang: Lang, column: "name" | "filedName" = "name"): unknown {
  const name = row[column];
  if (column !== filedItemColumn(row) || lang !== "en" || !items || typeof name !== "string") return name;
  const byCode = typeof row.code === "string" ? items.find((i) => i.code === row.code) : undefined;
  if (byCode) return byCode.name_en;
  if (typeof row.code === "string") return name;
  // Stored without a code: the filed item of that name, when its name says one catalogue item.
  const english = new Set(items.filter((i) => i.name === name).map((i) => i.name_en));
  return english.size === 1 ? [...english][0] : name;
}

function Evidence({ details, items }: { details: Record<string, unknown>; items?: EvidenceItems }) {
  const t = useT();
  const lang = useLang();
  const label = (key: string) => (isMessageKey(`evidence.${key}`) ? t(`evidence.${key}`) : key);
  const { tables, pairs: listPairs } = evidenceLists(details);
  const pairs = evidencePairs(details);
  if (tables.length === 0 && pairs.length === 0 && listPairs.length === 0) return null;
  return (
    <div className="evidence">
      {tables.map(({ key, rows, columns }) => {
        if (columns.length === 0) {
          return (
            <ul key={key}>
              {rows.map((row, i) => (
                <li key={i}>{datedWords(formatFigure(key, row, lang))}</li>
              ))}
            </ul>
          );
        }
        return (
          <DataTable
            key={key}
            testId={`evidence-${key}`}
            // A list with a label of its own says which items it lists (R13's two tables: not chosen, bundled).
            caption={isMessageKey(`evidence.${key}`) ? label(key) : t("evidence.title")}
            rows={rows}
            rowKey={(_, i) => String(i)}
            columns={columns.map((c) => ({
              id: c,
              header: label(c),
              numeric: /Fen$|Bp$/.test(c),
              key: KEY_COLUMNS.has(c),
              cell: (row: Row) =>
                datedWords(
                  c === "label" ? String(row[lang === "en" ? "en" : "zh"]) : formatFigure(c, c === "name" || c === "filedName" ? evidenceItemName(row, items, lang, c) : row[c], lang),
                ),
            }))}
          />
        );
      })}
      {pairs.length + listPairs.length > 0 ? (
        <dl>
          {pairs.map(([key, value]) => (
            <div key={key} className="pair">
              <dt>{label(key)}</dt>
              <dd>{datedWords(formatFigure(key, value, lang))}</dd>
            </div>
          ))}
          {listPairs.map(({ key, rows, columns: [column] }) => (
            <div key={key} className="pair">
              <dt>{label(key)}</dt>
              <dd>{datedWords(formatFigure(column, rows.map((r) => r[column]), lang))}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

function Conditions({ conditions, tree }: { conditions: ConditionExplanation[]; tree: RuleOutcome["conditionTree"] }) {
  const t = useT();
  const lang = useLang();
  // Each condition is one sentence with its actual value in it, then whether it held; alternatives sit under
  // "满足以下任一条件：", numbered, with the group's own result.
  return (
    <DataTable
      testId="flag-conditions"
      caption={t("flag.howDecided")}
      rows={conditionLines(conditions, tree, lang)}
      rowKey={(_, i) => String(i)}
      rowProps={(line) => ({ "data-result": line.result, "data-depth": String(line.depth) })}
      columns={[
        { id: "condition", header: t("flag.condition"), cell: (line) => datedWords(line.words) },
        { id: "result", header: t("flag.result"), key: true, cell: (line) => line.resultWords },
      ]}
    />
  );
}

/**
 * What the advice's `{correct}` says: a filed filing's remedy (the domain's filingRemedy), or, on the filing form's
 * pre-check, "precheck": nothing is filed yet, so the change is made in the form and checked again before filing.
 */
export type AdviceRemedy = FilingRemedy | "precheck";

/** Who reads the page: the kindergarten's own people, or an officer (the advice then reads as the kindergarten's). */
export type FlagAudience = "kindergarten" | "officer";

export function FlagExplanation({
  outcome,
  audience,
  remedy = "correct",
  items,
  advice = true,
  accountStatus,
}: {
  outcome: RuleOutcome;
  audience: FlagAudience;
  /**
   * Whether the advice is shown: false for a flag of a record the kindergarten has since acted on (a fee account
   * filing followed by a later one: its 重新备案 is done), whose finding stays on record without the call to action.
   */
  advice?: boolean;
  /**
   * What the advice tells the kindergarten to do with the filing the flag is about (`{correct}`: the domain's
   * filingRemedy): 更正本次备案 while its term is ahead, the next term's filing once it has begun. Pages of a filing
   * rule's flags pass what their domain read says; the pre-check passes "precheck" (nothing filed yet).
   */
  remedy?: AdviceRemedy;
  /** The filed items the evidence may name, for their English names (EvidenceItems). */
  items?: EvidenceItems;
  /**
   * The state of the fee-account filing an account flag is about, or for a filing flag the kindergarten's latest account
   * filing (null: none): the advice's `{fileAccount}` (A01, R09) is the button its account page then offers
   * (nextFilingAction: 重新备案 after a return, 备案新账户 after an approval or with none).
   */
  accountStatus?: AccountStatus | null;
}) {
  const t = useT();
  const lang = useLang();
  const text = useRuleLang();
  // The bases and the params are a list in the reader's language: "；" in Chinese, "; " in English.
  const listSeparator = lang === "en" ? "; " : "；";
  return (
    <article className={`flag ${outcome.severity ?? ""}`} data-rule={outcome.ruleId}>
      <h3>
        <SeverityBadge severity={outcome.severity} /> {outcome.ruleId} {outcome.title[text]}
      </h3>
      {/* The items the message names in the reader's language, as the evidence below names them. */}
      <p>{datedWords(formatMessage(outcome, text, (row) => evidenceItemName(row, items, lang)))}</p>
      {advice && outcome.fired && isMessageKey(`flag.advice.${outcome.ruleId}`) ? (
        <p className="flag-advice" data-testid="flag-advice" data-audience={audience}>
          <strong>{t(audience === "officer" ? "flag.adviceToKindergarten" : "flag.advice")}</strong>
          {lang === "en" ? ": " : "："}
          {t(`flag.advice.${outcome.ruleId}`, { correct: t(`flag.remedy.${remedy}`), fileAccount: t(`account.${nextFilingAction(accountStatus)}`) })}
        </p>
      ) : null}
      <Evidence details={outcome.details} items={items} />
      <Conditions conditions={outcome.conditions} tree={outcome.conditionTree} />
      <dl>
        <div className="pair">
          <dt>{t("flag.legalBasis")}</dt>
          <dd>{outcome.legalBasis.map((b) => legalBasisWords(b, lang)).join(listSeparator)}</dd>
        </div>
        <div className="pair">
          <dt>{ruleVersionLabel(outcome.ruleId, outcome.version, lang)}</dt>
          {/* The version's parameters as they stood; a rule with none says so (a lone dash read as something missing). */}
          <dd className="muted">
            {Object.keys(outcome.params).length === 0
              ? t("rulesConfig.kg.noParams")
              : datedWords(
                  Object.entries(outcome.params)
                    .map(([name, value]) => `${paramLabel(name, lang)} ${formatParamBrief(name, value, lang)}`)
                    .join(listSeparator),
                )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
