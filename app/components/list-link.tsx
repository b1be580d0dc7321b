/**
 * Links for pages that draw many of them (search hits, queue rows, published
 * cases) and for the site's header, on every page: `<ListLink>` is a plain `<a>`, and one click handler for the whole
 * document (`useListLinkNavigation`, mounted once in root.tsx) turns a click
 * on it into a navigation inside the page, as Remix's `<Link>` does.
 *
 * Why not `<Link>` there: each one costs ~12 µs of server render (its hooks
 * resolve the href twice, keep prefetch state, compose five event handlers and
 * a click handler) against ~1 µs for this anchor (renderToString, measured),
 * and a queue page draws 50–100. The markup is `<Link>`'s: `data-discover` keeps Remix's route
 * discovery, which looks for that attribute. The click is `<Link>`'s too: a
 * primary click without modifier keys on a same-origin link without a target
 * or a download navigates in the page (replacing the entry when the URL is the
 * current one); anything else (a new tab, a download, another site) is left to
 * the browser, and without JavaScript it is an ordinary link.
 */
import { useNavigate } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";

/**
 * `to`: an absolute path of this site ("/kindergartens/…"), as `<Link to>` takes it; `current`: it is the page
 * shown (or the section it belongs to), said to screen readers and drawn so (aria-current). The attributes are
 * written out, not spread from the props: React's server renderer walks a props object made by a
 * spread (`{...props, href}`) several times slower (~5 µs an element), half of what the link saves.
 */
export function ListLink({ to, className, current, children }: { to: string; className?: string; current?: boolean; children: ReactNode }) {
  return (
    <a href={to} className={className} aria-current={current ? "page" : undefined} data-discover="true" data-list-link="">
      {children}
    </a>
  );
}

/** What decides a click: the event's button and keys, and the link's own attributes. */
type Click = Pick<MouseEvent, "defaultPrevented" | "button" | "metaKey" | "altKey" | "ctrlKey" | "shiftKey">;
type LinkAttributes = { href: string; target: string; download: boolean };

/** The path a click on a list link navigates to in the page, or null when the click is the browser's (see the header). */
export function inPagePath(click: Click, link: LinkAttributes, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.altKey || click.ctrlKey || click.shiftKey) return null;
  if ((link.target && link.target !== "_self") || link.download) return null;
  const url = new URL(link.href, origin);
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** Navigates in the page on a plain click of a `<ListLink>` (see the header). Once, in the root route. */
export function useListLinkNavigation(): void {
  const navigate = useNavigate();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const anchor = event.target instanceof Element ? event.target.closest("a[data-list-link]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const to = inPagePath(event, { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") }, window.location.origin);
      if (to === null) return;
      event.preventDefault();
      navigate(to, { replace: to === `${window.location.pathname}${window.location.search}${window.location.hash}` });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate]);
}
