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
 * - A form posted and answered in place (no redirect to another path): the page's own (its alert, or the message
 *   it focuses); only a status notice it shows anew is said here.
 *
 * In each case the status notices (`role="status"`) that appeared with the answer are said too ("已保存", a
 * redirect's `?saved` notice): a live region inserted with its text is not reliably read out, and one already on
 * the page (a fetcher's answer, a progress line) is read by the browser itself, so only new ones are said, and none
 * that holds the focus (a message a page focuses is read by the focus).
 */
import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/** The status notices in the page's main region now, by element: a notice is "new" when its element is. */
function statusNotices(main: HTMLElement): HTMLElement[] {
  return Array.from(main.querySelectorAll<HTMLElement>('[role="status"]'));
}

/** Make an element focusable by script only (tabIndex -1), unless it is focusable already, and focus it in place. */
function focusInPlace(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
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
      const said: string[] = [];
      if (newPage || (newQuery && focusLost)) {
        const target = elementOfHash(location.hash) ?? main.querySelector<HTMLElement>("h1") ?? main;
        focusInPlace(target);
        if (target.tagName !== "H1") said.push(document.title);
      } else if (newQuery) {
        said.push(document.title);
      }
      const focused = document.activeElement;
      for (const notice of statusNotices(main)) {
        if (started?.notices.has(notice) || (focused && notice.contains(focused))) continue;
        const words = (notice.textContent ?? "").replace(/\s+/g, " ").trim();
        if (words) said.push(words);
      }
      announce(region.current, said.join(" "));
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname, location.search, location.hash, navigation.state, navigation.formMethod]);

  return <div ref={region} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="route-announcer" />;
}

/** Emptied first, then filled: the same words as last time (the same search's title) are read again. */
function announce(region: HTMLElement | null, words: string): void {
  if (!region || !words) return;
  region.textContent = "";
  setTimeout(() => {
    region.textContent = words;
  }, 50);
}
