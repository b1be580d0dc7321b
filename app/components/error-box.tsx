/** A form's refusal from the domain: its messages (i18n keys with variables), translated, in one alert. */
import { FormAlert, joinMessages } from "~/components/forms";
import { useLang, useT } from "~/utils/i18n";

export interface UiMessage {
  key: string;
  vars?: Record<string, string | number>;
}

export function ErrorBox({ messages }: { messages: UiMessage[] | undefined | null }) {
  const t = useT();
  const lang = useLang();
  if (!messages || messages.length === 0) return null;
  return <FormAlert message={joinMessages(messages.map((m) => t(m.key, m.vars)), lang)} />;
}
