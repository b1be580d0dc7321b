/**
 * What a form that redirects back did, said on the page it lands on: the `done` query parameter names it, `messages`
 * words it (an unknown name says nothing). Hidden while a post on the page answers in place (`hidden`).
 */
import { useSearchParams } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/i18n";

export function DoneNotice({
  messages,
  hidden,
  vars,
}: {
  messages: Readonly<Record<string, MessageKey>>;
  hidden?: boolean;
  /** What the message names (the account it was done to …). */
  vars?: Record<string, string>;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get("done");
  if (hidden || !done || !Object.hasOwn(messages, done)) return null;
  return (
    <p className="notice" role="status" data-testid="done-notice">
      {t(messages[done], vars)}
    </p>
  );
}
