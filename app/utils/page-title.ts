/**
 * Pages' <title>s in the reader's language: the root loader's language, read from a meta function's matches (meta
 * runs outside React, so the i18n hooks are not there). A tab, a bookmark and a screen reader tell pages apart by it.
 */
import type { MetaFunction } from "@remix-run/node";
import { useEffect } from "react";
import { translate, type Lang, type MessageKey } from "~/i18n";
import { useLang } from "~/utils/i18n";

/** The reader's language as the root loader found it. */
export function langOf(matches: ReadonlyArray<{ id: string; data: unknown }>): Lang {
  return (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "zh-CN";
}

/** "填报新学期收费标准 · 民办园收费监管平台": the page's words, then the portal's; first what the page is about, if given. */
export function titleIn(lang: Lang, key: MessageKey, subject?: string | null): string {
  return titleOf(lang, translate(lang, key), subject);
}

function titleOf(lang: Lang, words: string, subject?: string | null): string {
  return [subject, words, translate(lang, "app.title")].filter(Boolean).join(" · ");
}

/**
 * A page's title; `subject` names what this page is about from its loader's data (a kindergarten, a tracking
 * number), so that two tabs of the same page tell apart.
 */
export function pageTitle<Data = never>(key: MessageKey, subject?: (data: Data, lang: Lang) => string | null | undefined): MetaFunction {
  return ({ matches, data }) => {
    const lang = langOf(matches);
    return [{ title: titleIn(lang, key, data && subject ? subject(data as Data, lang) : null) }];
  };
}

/**
 * The title of a page an action answers with in place of its route's own, while it is shown: the complaint's receipt
 * (not a redirect: its access code is shown once) kept the form's title, 投诉举报, under its heading 已收到您的投诉.
 * Remix's meta reads the loaders' data, never the action's, so the page's words (`words`, as its heading says them)
 * are set here; the route's title comes back if the answer goes while the route stays, and a navigation's own title
 * is left alone. A browser without JavaScript keeps the route's title on the answer.
 */
export function useAnswerTitle(words: string): void {
  const lang = useLang();
  useEffect(() => {
    const before = document.title;
    const title = titleOf(lang, words);
    document.title = title;
    return () => {
      if (document.title === title) document.title = before;
    };
  }, [lang, words]);
}
