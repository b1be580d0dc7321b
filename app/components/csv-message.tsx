/** One message of a CSV import about a cell (column “value”: what is wrong) or a whole line or file. */
import type { Message } from "~/domain/result";
import { useT } from "~/utils/i18n";

export function CsvMessage({ message: m }: { message: Message & { column?: string; value?: string } }) {
  const t = useT();
  if (!m.column) return <>{t(m.key, m.vars)}</>;
  return <>{t("text.labelled", { label: `${m.column}${m.value !== undefined ? ` “${m.value}”` : ""}`, value: t(m.key, m.vars) })}</>;
}
