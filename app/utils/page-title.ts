/**
 * Pages' <title>s in the reader's language: the root loader's language, read from a meta function's matches (meta
 * runs outside React, so the i18n hooks are not there). A tab, a bookmark and a screen reader tell pages apart by it.
 */
import type { MetaFunction } from "@remix-run/node";
import { translate, type Lang, type MessageKey } from "~/i18n";

/** The reader's language as the root loader found it. */
export function langOf(matches: ReadonlyArray<{ id: string; data: unknown }>): Lang {
  return (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "zh-CN";
}

/** "填报新学期收费标准 · 民办园收费监管平台": the page's words, then the portal's; first what the page is about, if given. */
export function titleIn(lang: Lang, key: MessageKey, subject?: string | null): string {
  return [subject, translate(lang, key), translate(lang, "app.title")].filter(Boolean).join(" · ");
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
