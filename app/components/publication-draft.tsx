/**
 * The officer's side of a public case: its publication deadline, and the
 * editor of a free text with the personal-data gate running as the officer
 * types. The gate is the same module the server runs (client-safe), so what
 * the page highlights is what submission would refuse; each hit can be
 * masked in one click (张某某, 138****5678), or all at once.
 */
import { useMemo, useRef, useState } from "react";
import { maskHit, redact, scanPersonalData, type PersonalDataHit } from "~/domain/personal-data/personal-data-gate";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { useT } from "~/utils/i18n";

/** `withDate`: false where the date is already written beside it (the draft's page). */
/** `estimated`: the date's year has no holiday notice yet (estimated from the statutory holidays), as the case page's clocks say. */
export function PublicationDue(props: { daysLeft: number | null; dueOn: string; overdue: boolean; estimated: boolean; withDate?: boolean }) {
  const t = useT();
  if (props.daysLeft === null) return <>—</>;
  if (props.overdue) {
    return (
      <span className="badge red">
        <Interpolate id="publication.overdue" vars={{ date: <CivilDate value={props.dueOn} /> }} />
      </span>
    );
  }
  if (props.daysLeft === 0) return <span className="badge amber">{t("publication.dueToday")}</span>;
  return (
    <>
      <span className={props.daysLeft <= 5 ? "badge amber" : undefined}>
        {props.withDate === false ? (
          t("publication.daysLeft", { days: props.daysLeft })
        ) : (
          <>
            <CivilDate value={props.dueOn} />
            {` · ${t("publication.daysLeft", { days: props.daysLeft })}`}
          </>
        )}
      </span>
      {props.estimated ? <span className="muted"> {t("case.clock.estimated")}</span> : null}
    </>
  );
}

/** How much text either side of a hit the list shows. */
const CONTEXT = 12;

export function GatedTextarea(props: {
  name: string;
  label: string;
  defaultValue: string;
  maxLength: number;
  rows?: number;
  hint?: string;
  error?: string;
  readOnly?: boolean;
  /** Told whenever the text changes, typed or masked, so the page knows it has something unsaved. */
  onEdit?: () => void;
}) {
  const t = useT();
  const [value, setText] = useState(props.defaultValue);
  const setValue = (next: string) => {
    setText(next);
    props.onEdit?.();
  };
  const hits = useMemo(() => scanPersonalData(value), [value]);
  // A mask button goes with the hit it masked: focus stays in the text (not dropped to the page) for the next one.
  const box = useRef<HTMLTextAreaElement>(null);
  const masked = (next: string) => {
    setValue(next);
    box.current?.focus();
  };
  const maskOne = (hit: PersonalDataHit) => masked(value.slice(0, hit.start) + maskHit(hit) + value.slice(hit.end));
  const id = `field-${props.name}`;
  return (
    <div className="field" data-testid={`gated-${props.name}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? <p className="muted">{props.hint}</p> : null}
      <textarea
        ref={box}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        value={value}
        readOnly={props.readOnly}
        aria-invalid={hits.length > 0 || props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error ${id}-gate` : `${id}-gate`}
        onChange={(e) => setValue(e.target.value)}
      />
      {props.error ? (
        <p id={`${id}-error`} className="form-error">
          {props.error}
        </p>
      ) : null}
      <div id={`${id}-gate`} aria-live="polite">
        {hits.length === 0 ? null : (
          <>
            <p className="form-error">
              {t("publication.gate.found", { count: hits.length })}{" "}
              {props.readOnly ? null : (
                <button type="button" className="link-button" onClick={() => masked(redact(value, hits))}>
                  {t("publication.gate.maskAll")}
                </button>
              )}
            </p>
            <ul className="gate-hits" data-testid={`hits-${props.name}`}>
              {hits.map((hit) => (
                <li key={`${hit.start}-${hit.kind}`} data-kind={hit.kind}>
                  <span className="badge red">{t(`publication.kind.${hit.kind}`)}</span> {value.slice(Math.max(0, hit.start - CONTEXT), hit.start)}
                  <mark>{hit.text}</mark>
                  {value.slice(hit.end, hit.end + CONTEXT)}{" "}
                  {props.readOnly ? null : (
                    <button type="button" className="link-button" onClick={() => maskOne(hit)}>
                      {t("publication.gate.mask")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
