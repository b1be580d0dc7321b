/**
 * What a page load would have told a keyboard or screen-reader user, after a navigation inside the page.
 *
 * Remix navigates on the client (a `<Link>`, a `<ListLink>` through root.tsx's click handler, a `<Form>`) without
 * loading a document: nothing is read out, and focus stays on the link clicked, or falls to the body when the
 * link's page is gone, so the next Tab starts from the top of the document or from nowhere (WCAG 2.4.3 focus order,
 * 4.1.3 status messages; GB/T 37668-2019). Mounted once, in root.tsx's layout, after `<main>`:
 *
 * - A new page (another path, by a link, Back, or a form's redirect): focus moves to the page's `<h1>`, which a
 *   screen reader then reads (tabIndex -1 is added here, so no route has to), or to the element the address's
 *   `#hash` names, or to `<main>` where there is no heading, the page's title then said in the live region below.
 *   `preventScroll`: where the page is shown is ScrollRestoration's (top, the hash's element, or the position
 *   restored on Back), not the focus's.
 * - The same page with other query parameters (a search sent, a filter chosen, which submits as it changes, a
 *   pager's link): focus stays where the user is, and the page's title is said; focus moves as for a new page only
 *   if the element that had it is gone.
 * - A hash alone (the skip link, an in-page link): the browser's own (it focuses `<main>`, tabIndex -1 in root).
 * - A form posted and answered in place (no redirect to another path): the page's own (its alert, the message or
 *   the field it focuses). But where a status notice (`role="status"`: an officer's "已退回，园方将看到退回原因") came
 *   with the answer and focus is nowhere (the button pressed went with the form) or still on that button, the notice
 *   takes the focus, and is read: a live region inserted with its words is not reliably read out, and the page's
 *   reader would not know the post had done anything. The rule useFocusWhenShown (forms.tsx) applies to its messages.
 *
 * Only titles go into the live region, never a copy of the page's words (two of a text on the page, one hidden), and
 * they are taken out of it a while after (as react-aria's announcer does), so that someone reading the page line by
 * line does not come upon them, stale, at its end.
 */
import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/** The status notices in the page's main region now, by element: a notice is "new" when its element is. */
function statusNotices(main: HTMLElement): HTMLElement[] {
  return Array.from(main.querySelectorAll<HTMLElement>('[role="status"]'));
}

/** Make an element focusable by script only (tabIndex -1), unless it is focusable already. */
function focusable(target: HTMLElement): HTMLElement {
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  return target;
}

function elementOfHash(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null; // a malformed escape in the address
  }
}

export function RouteFocus() {
  const location = useLocation();
  const navigation = useNavigation();
  const region = useRef<HTMLDivElement>(null);
  const shown = useRef({ pathname: location.pathname, search: location.search });
  // Taken when a navigation starts: the notices already there, and whether it is a form's post.
  const before = useRef<{ notices: Set<HTMLElement>; posted: boolean } | null>(null);

  useEffect(() => {
    if (navigation.state !== "idle") {
      const main = document.getElementById("main");
      if (!before.current && main) before.current = { notices: new Set(statusNotices(main)), posted: false };
      if (before.current && navigation.formMethod && navigation.formMethod.toUpperCase() !== "GET") before.current.posted = true;
      return;
    }
    const previous = shown.current;
    const started = before.current;
    shown.current = { pathname: location.pathname, search: location.search };
    before.current = null;
    const newPage = previous.pathname !== location.pathname;
    const newQuery = !newPage && previous.search !== location.search && !started?.posted;
    if (!newPage && !newQuery && !started) return; // a hash alone, or nothing moved

    // After the page's own effects and the frame they focus in (useFocusWhenShown), so their focus is seen here.
    const frame = requestAnimationFrame(() => {
      const main = document.getElementById("main");
      if (!main) return;
      const active = document.activeElement;
      const focusLost = !active || active === document.body || !active.isConnected;
      if (newPage || (newQuery && focusLost)) {
        const target = elementOfHash(location.hash) ?? main.querySelector<HTMLElement>("h1") ?? main;
        focusable(target).focus({ preventScroll: true });
        if (target.tagName !== "H1") announce(region.current, document.title);
      } else if (newQuery) {
        announce(region.current, document.title);
      } else if (started?.posted && (focusLost || active instanceof HTMLButtonElement)) {
        const notice = statusNotices(main).find((n) => !started.notices.has(n) && (n.textContent ?? "").trim() !== "");
        if (notice) focusable(notice).focus(); // and scrolled into view if it is not
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname, location.search, location.hash, navigation.state, navigation.formMethod]);

  return <div ref={region} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="route-announcer" />;
}

/** How long words stay in the region after they are set: long enough for any screen reader to have taken them. */
const SAID_FOR_MS = 7_000;
let pending: ReturnType<typeof setTimeout>[] = [];

/** Emptied first, then filled: the same words as last time (the same search's title) are read again. */
function announce(region: HTMLElement | null, words: string): void {
  if (!region || !words) return;
  for (const timer of pending) clearTimeout(timer);
  region.textContent = "";
  pending = [
    setTimeout(() => {
      region.textContent = words;
    }, 50),
    setTimeout(() => {
      region.textContent = "";
    }, 50 + SAID_FOR_MS),
  ];
}
