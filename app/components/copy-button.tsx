/**
 * A button that copies a text (a page's address, a complaint's number and code) and says it did. Where the page
 * may not write the clipboard (plain http, an old browser) the text is shown selected, to copy by hand. Without
 * JavaScript it could do nothing, so it is not shown at all (the server's page has no button; the browser's,
 * once hydrated, adds it) and the text stays where it is on the page.
 */
import { useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";

export function CopyButton(props: { text: () => string; label: string; copiedLabel: string }) {
  const { text, label, copiedLabel } = props;
  const [state, setState] = useState<{ kind: "idle" } | { kind: "copied" } | { kind: "manual"; text: string }>({ kind: "idle" });
  const hydrated = useHydrated();
  const copy = () => {
    const value = text();
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (!clipboard) return setState({ kind: "manual", text: value });
    clipboard.writeText(value).then(
      () => setState({ kind: "copied" }),
      () => setState({ kind: "manual", text: value }),
    );
  };
  if (!hydrated) return null;
  return (
    <>
      <button type="button" className="link-button tap" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status">
        {state.kind === "copied" ? copiedLabel : null}
        {state.kind === "manual" ? <input readOnly value={state.text} aria-label={label} onFocus={(e) => e.currentTarget.select()} autoFocus /> : null}
      </span>
    </>
  );
}
