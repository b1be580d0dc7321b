/** A rule param's value as officers read it, and where an effective value comes from (default or a regional overlay). */
import type { ParamType } from "~/rules/params";
import { paramDisplay } from "~/domain/rules-config/param-input";
import { useT } from "~/utils/i18n";

export function ParamValue({ type, value }: { type: ParamType; value: unknown }) {
  const t = useT();
  if (type === "boolean" && typeof value === "boolean") return <>{t(`rulesConfig.bool.${value}`)}</>;
  return <span className="param-value">{paramDisplay(type, value)}</span>;
}

/** "国家默认", or "市 · 宁波市". */
export function SourceLabel({ source, regionName }: { source: string; regionName: string | null }) {
  const t = useT();
  const level = t(`rulesConfig.source.${source}`);
  return <>{source === "default" || !regionName ? level : `${level} · ${regionName}`}</>;
}

/** An effective parameter's cells, in the header order name, value, source, default. */
export function EffectiveParamCells(props: {
  param: { name: string; type: ParamType; value: unknown; defaultValue: unknown; source: string; sourceRegionName: string | null };
  /** Shown on hovering the name (the param's description). */
  title?: string;
}) {
  const t = useT();
  const p = props.param;
  return (
    <>
      <td data-label={t("rulesConfig.param.col.name")} title={props.title}>
        <code>{p.name}</code>
      </td>
      <td data-label={t("rulesConfig.param.col.value")}>
        <strong>
          <ParamValue type={p.type} value={p.value} />
        </strong>
      </td>
      <td data-label={t("rulesConfig.param.col.source")}>
        <SourceLabel source={p.source} regionName={p.sourceRegionName} />
      </td>
      <td data-label={t("rulesConfig.param.col.default")}>
        <ParamValue type={p.type} value={p.defaultValue} />
      </td>
    </>
  );
}
