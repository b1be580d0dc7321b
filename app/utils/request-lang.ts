/**
 * The reader's language as the request chose it (the `lang` cookie), for a page rendered without the root's data: a
 * post its action refused (a form too large, a 403) is rendered in the root's error boundary, for which Remix runs no
 * loader. Given by app/entry.server.tsx from the request, and by app/entry.client.tsx from the <html lang> the server
 * wrote, so that hydration renders the same words. Not loader data: there is none on such a page.
 */
import { createContext } from "react";
import type { Lang } from "~/i18n";

export const RequestLang = createContext<Lang>("zh-CN");

/** The language a page's <html lang> names (what the server wrote it in). */
export const langOfDocument = (document: Document): Lang => (document.documentElement.lang === "en" ? "en" : "zh-CN");
