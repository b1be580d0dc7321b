/** A moment in time, in Asia/Shanghai and the UI language; the same text on the server and in the browser. */
import { formatInstant } from "~/utils/instant";
import { useLang } from "~/utils/i18n";

export function Instant({ value }: { value: string }) {
  const lang = useLang();
  return <time dateTime={value}>{formatInstant(value, lang)}</time>;
}
