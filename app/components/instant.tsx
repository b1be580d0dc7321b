/** A moment in time, in Asia/Shanghai and the UI language; the same text on the server and in the browser. */
import type { ReactNode } from "react";
import { joinedTexts } from "~/components/interpolate";
import { isCivilDate } from "~/rules/dates";
import { instantParts } from "~/utils/instant";
import { useLang } from "~/utils/i18n";

/**
 * A moment as "2026年11月30日 09:05", its day and its time each kept whole on a line: a narrow column or a phone may
 * put the time under the day, never "2026年12" above "月5日".
 */
export function Instant({ value }: { value: string }) {
  const parts = instantParts(value, useLang());
  if (!parts) return <time dateTime={value}>{value}</time>;
  return (
    <time dateTime={value}>
      <span className="nowrap">{parts.day}</span> <span className="nowrap">{parts.time}</span>
    </time>
  );
}

/**
 * A civil date (2026-06-18) as it is written, kept whole on one line: a phone
 * otherwise breaks it after "2026-06-", and "18" alone on the next line reads
 * as something else. A month (2026-06: a refund's, the meal fund's) is kept
 * whole the same way; `dateTime` takes both.
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

/** A date or month written as a word of its own: 2026-06-18, 2026-06 (not a piece of 2026-06-18-01 or of 12026-06). */
const DATE_WORD = /\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b(?!-\d)/g;

/**
 * Text made of words and figures (a flag's evidence, its conditions, the params it ran with) with each of its
 * dates and months kept whole (`datedText`), the text reading as it did. For text whose dates are already in its
 * words; where a date is a value of its own, give it as `{ date }` instead.
 */
export function datedWords(text: string): ReactNode[] {
  const run: Array<string | { date: string }> = [];
  let from = 0;
  for (const match of text.matchAll(DATE_WORD)) {
    const word = match[0];
    const at = match.index ?? 0;
    // "2026-02-30" is no day, and "-2026-06" a piece of a longer code: both stay words.
    if ((word.length > 7 && !isCivilDate(word)) || text[at - 1] === "-") continue;
    run.push(text.slice(from, at), { date: word });
    from = at + word.length;
  }
  run.push(text.slice(from));
  return datedText(run.filter((piece) => piece !== ""));
}
