/**
 * What a form that redirects back did, said on the page it lands on: the `done` query parameter names it, `messages`
 * words it (an unknown name says nothing). Hidden while a post on the page answers in place (`hidden`), and once the
 * user edits or sends a posting form on the page again: "已保存" must not stay beside a second save the browser
 * refused (a required field emptied, checked in the browser, so no answer comes to hide it). A filter form (GET) does
 * not hide it. A new redirect (a new location) shows its own notice again.
 */
import { useLocation, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/utils/i18n";

/** Whether an event comes from, or is, a form that posts. */
function fromPostingForm(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  const form = target instanceof HTMLFormElement ? target : (target as Element & { form?: HTMLFormElement | null }).form ?? target.closest("form");
  return form?.method.toLowerCase() === "post";
}

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
  const { key } = useLocation();
  // The location at which the user went on to edit or send again: the notice is stale there.
  const [staleAt, setStaleAt] = useState<string | null>(null);
  useEffect(() => {
    const onEdit = (event: Event) => {
      if (fromPostingForm(event)) setStaleAt(key);
    };
    // Captured: "invalid" and "submit" do not bubble to the document otherwise ("submit" does, "invalid" never).
    const kinds = ["input", "change", "submit", "invalid"] as const;
    for (const kind of kinds) document.addEventListener(kind, onEdit, true);
    return () => {
      for (const kind of kinds) document.removeEventListener(kind, onEdit, true);
    };
  }, [key]);
  const done = params.get("done");
  if (hidden || staleAt === key || !done || !Object.hasOwn(messages, done)) return null;
  return (
    <p className="notice" role="status" data-testid="done-notice">
      {t(messages[done], vars)}
    </p>
  );
}
