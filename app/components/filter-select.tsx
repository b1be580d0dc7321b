import { useLang, useT } from "~/utils/i18n";

/**
 * One choice of a list's filters (a GET form, the URL its state): "any" first, then the values in words. The lists'
 * filter bars share it (the officers' kindergartens and guidance prices, the public search, the admin's users and regions).
 */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The query parameters a list could not read and left out (a bookmarked view from an older release, a hand-edited
 * URL), named above its filters: in words where the list has them, else as they are.
 */
export function IgnoredParams({ names, testId }: { names: readonly string[]; testId?: string }) {
  const t = useT();
  const lang = useLang();
  if (names.length === 0) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {t("query.ignored", { names: names.join(lang === "en" ? ", " : "、") })}
    </p>
  );
}
