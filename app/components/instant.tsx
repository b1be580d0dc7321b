/** A moment in time, in Asia/Shanghai and the UI language; the same text on the server and in the browser. */
import type { ReactNode } from "react";
import { joinedTexts } from "~/components/interpolate";
import { formatInstant } from "~/utils/instant";
import { useLang } from "~/utils/i18n";

export function Instant({ value }: { value: string }) {
  const lang = useLang();
  return <time dateTime={value}>{formatInstant(value, lang)}</time>;
}

/**
 * A civil date (2026-06-18) as it is written, kept whole on one line: a phone
 * otherwise breaks it after "2026-06-", and "18" alone on the next line reads
 * as something else.
 */
export function CivilDate({ value }: { value: string }) {
  return (
    <time dateTime={value} className="nowrap">
      {value}
    </time>
  );
}

/** Words and civil dates in a run of text: each `{ date }` is shown as a `CivilDate`. */
export type DatedText = ReadonlyArray<string | { date: string }>;

/** The run as nodes: its dates `CivilDate`s, the words between two dates one text (`joinedTexts`). */
export function datedText(run: DatedText): ReactNode[] {
  return joinedTexts(run.map((piece, i) => (typeof piece === "string" ? piece : <CivilDate key={i} value={piece.date} />)));
}

/** Runs joined into one, " · " between each two, as a line of facts reads. */
export function joinedRuns(runs: readonly DatedText[]): DatedText {
  return runs.flatMap((run, i) => (i > 0 ? [" · ", ...run] : run));
}
