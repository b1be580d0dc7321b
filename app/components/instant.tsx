/** A moment in time, in Asia/Shanghai and the UI language; the same text on the server and in the browser. */
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
