import { listOf } from "~/i18n";
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

/** The keyset cursors, named alike on every list. */
const CURSOR_LABELS: Readonly<Record<string, string>> = { after: "query.param.after", before: "query.param.before" };

/**
 * The query parameters a list could not read and left out (a bookmarked view from an older release, a hand-edited
 * URL, a value the list does not know), named above its filters by the words of the filter (`labels`: each list's
 * parameter → the message its filter is labelled with); the page cursors (`after`, `before`) in the same words on every list; a parameter with no label as it is. The
 * one notice of every list that reads its filters with `readFilters` (app/web/query.server.ts): 200 with the rest of
 * the filters applied, never a 400 for a stale bookmark. `unknown`: parameters that are none of the list's filters
 * (`?status=` on a list filtered by `state`; `readFilters`' `unknown`, the case queue's `unknownParams`), named as
 * they are, in a sentence of their own. `outOfScope`: filters the list could read but that reach past the reader's
 * scope (a region outside the officer's, on the guidance prices and the bookkeepers' accounts overview), left out and
 * named by their labels in a sentence of their own, never widened. Not on the kept public pages (the search, 典型案例): their query is cut to
 * their parameters before they are read, so one page serves every URL that differs only in what it does not read.
 */
export function IgnoredParams({
  names,
  unknown = [],
  outOfScope = [],
  labels = {},
  testId,
}: {
  names: readonly string[];
  unknown?: readonly string[];
  outOfScope?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  testId?: string;
}) {
  const t = useT();
  const lang = useLang();
  if (names.length === 0 && unknown.length === 0 && outOfScope.length === 0) return null;
  const named: Readonly<Record<string, string>> = { ...CURSOR_LABELS, ...labels };
  const wordsOf = (list: readonly string[]) => list.map((name) => (Object.hasOwn(named, name) ? t(named[name]) : name));
  const words = wordsOf(names);
  const beyond = wordsOf(outOfScope);
  const sentences = [
    words.length > 0 ? t("query.ignored", { names: listOf(words, lang) }) : null,
    beyond.length > 0 ? t("query.outOfScope", { names: listOf(beyond, lang) }) : null,
    unknown.length > 0 ? t("query.unknown", { names: listOf(unknown.map((name) => (name === "…" ? name : `“${name}”`)), lang) }) : null,
  ].filter((sentence): sentence is string => sentence !== null);
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {sentences.join(lang === "en" ? ". " : "。")}
    </p>
  );
}
