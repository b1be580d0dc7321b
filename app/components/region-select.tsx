/**
 * One level of the public pages' region chooser (province → city →
 * district): a labelled select with "any" first, disabled while the level
 * above is not chosen. A value no longer among the options shows as "any".
 */
import type { ChangeEvent } from "react";
import { useT } from "~/utils/i18n";

export function RegionSelect(props: {
  /** The select's id is `${idPrefix}-${name}`. */
  idPrefix: string;
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ code: string; name: string }>;
  /** The label of the empty choice; default "不限" (disclosure.search.any). */
  anyLabel?: string;
  onChange?: (e: ChangeEvent<HTMLSelectElement>) => void;
}) {
  const t = useT();
  const id = `${props.idPrefix}-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.options.some((o) => o.code === props.value) ? props.value : ""} onChange={props.onChange} disabled={props.options.length === 0}>
        <option value="">{props.anyLabel ?? t("disclosure.search.any")}</option>
        {props.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
