/**
 * A rule param's value as officers read it, where an effective value comes
 * from (default or a regional overlay), and the table columns that show both.
 */
import type { ParamType } from "~/rules/params";
import { isCivilDate } from "~/rules/dates";
import { paramDisplay } from "~/domain/rules-config/param-input";
import type { ReactNode } from "react";
import { spanRest, type Column } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { formatFigure, paramLabel } from "~/utils/flag-words";
import { isMessageKey, PARAM_NAME_PREFIX } from "~/i18n";
import { useLang, useRuleLang, useT } from "~/utils/i18n";

export function ParamValue({ type, value }: { type: ParamType; value: unknown }) {
  const shown = useParamText()(type, paramDisplay(type, value));
  return type === "boolean" && typeof value === "boolean" ? <>{shown}</> : <span className="param-value">{shown}</span>;
}

/**
 * A param value as text (paramDisplay; the loader may have made it) as the page shows it: "true"/"false" still
 * need translating, and a date is kept whole on a phone's line (CivilDate), as every civil date on the officers' pages.
 */
export function useParamText(): (type: string, text: string) => ReactNode {
  const t = useT();
  return (type, text) => {
    if (type === "boolean" && (text === "true" || text === "false")) return t(`rulesConfig.bool.${text}`);
    return type === "date" && isCivilDate(text) ? <CivilDate value={text} /> : text;
  };
}

/**
 * A parameter by its name in words (the same name a flag's explanation gives it) and then its identifier, which the
 * rules' descriptions and the regional settings refer to ("至少提前公示天数 minLeadDays"); a name with no words yet by
 * its identifier alone.
 */
export function ParamName({ name }: { name: string }) {
  const t = useT();
  const key = `${PARAM_NAME_PREFIX}${name}`;
  return isMessageKey(key) ? (
    <>
      {t(key)} <code className="muted">{name}</code>
    </>
  ) : (
    <code>{name}</code>
  );
}

/** "国家默认", or "市 · 宁波市". */
export function SourceLabel({ source, regionName }: { source: string; regionName: string | null }) {
  const t = useT();
  const level = t(`rulesConfig.source.${source}`);
  return <>{source === "default" || !regionName ? level : `${level} · ${regionName}`}</>;
}

interface EffectiveParam {
  name: string;
  type: ParamType;
  description: { zh: string; en: string };
  value: unknown;
  defaultValue: unknown;
  source: string;
  sourceRegionName: string | null;
}

/**
 * The columns of an effective parameter (name, value, source, default) for a
 * DataTable whose rows carry one. A row without a param shows `none` across them.
 * `readable`: for a page that only reads them (a kindergarten's), each param by
 * its description and its values in words (10 %, 12.00 元, 营利性民办); the rule's
 * own page keeps the values as they are entered.
 */
export function useEffectiveParamColumns<Row>(paramOf: (row: Row) => EffectiveParam | null, none?: ReactNode, readable = false): Column<Row>[] {
  const t = useT();
  const lang = useRuleLang();
  const uiLang = useLang();
  // A yes/no reads as the rule's own page says it, and a date is kept whole there (ParamValue); the rest in words.
  const shown = (p: EffectiveParam, value: unknown) =>
    readable && p.type !== "boolean" && p.type !== "date" ? (
      <span className="param-value">{formatFigure(p.name, value, uiLang)}</span>
    ) : (
      <ParamValue type={p.type} value={value} />
    );
  const withParam = (render: (p: EffectiveParam) => ReactNode) => (row: Row) => {
    const p = paramOf(row);
    return p ? render(p) : null;
  };
  return [
    {
      id: "param",
      header: t("rulesConfig.param.col.name"),
      title: (row) => paramOf(row)?.description[lang],
      cell: (row) => {
        const p = paramOf(row);
        if (!p) return spanRest(none);
        // A page that only reads them names each in words alone (param.*; its description is the cell's title): the
        // identifier is for the pages that set or cite them (ParamName).
        return readable ? paramLabel(p.name, uiLang) : <ParamName name={p.name} />;
      },
    },
    {
      id: "value",
      header: t("rulesConfig.param.col.value"),
      key: true,
      cell: withParam((p) => (
        <strong>{shown(p, p.value)}</strong>
      )),
    },
    {
      id: "source",
      header: t("rulesConfig.param.col.source"),
      cell: withParam((p) => <SourceLabel source={p.source} regionName={p.sourceRegionName} />),
    },
    {
      id: "default",
      header: t("rulesConfig.param.col.default"),
      cell: withParam((p) => shown(p, p.defaultValue)),
    },
  ];
}
