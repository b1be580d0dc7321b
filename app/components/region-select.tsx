/**
 * One level of the public pages' region chooser (province → city →
 * district): a labelled select with "any" first, disabled while the level
 * above is not chosen. A value no longer among the options shows as "any".
 */
import { useSubmit } from "@remix-run/react";
import { useEffect, type ChangeEvent } from "react";
import { useT } from "~/utils/i18n";

/** The chooser whose change submitted the search: the new page's form is a new element, and focus goes back to it. */
let changed: HTMLSelectElement | null = null;

/**
 * A level's change submits the search at once (the levels below it are chosen from the answer); the keyboard or
 * screen-reader user stays on the chooser they changed instead of being dropped at the top of the page.
 */
export function useRegionCascade() {
  const submit = useSubmit();
  return (e: ChangeEvent<HTMLSelectElement>) => {
    changed = e.currentTarget;
    submit(e.currentTarget.form);
  };
}

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
  useEffect(() => {
    // Rendered again while the search runs, the changed element itself is still there: only its successor is focused.
    const now = document.getElementById(id);
    if (!changed || changed.id !== id || now === changed) return;
    changed = null;
    now?.focus();
  });
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
