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

/** "填报新学期收费标准 · 民办园收费监管平台": the page's words, then the portal's. */
export function pageTitle(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const lang = langOf(matches);
    return [{ title: `${translate(lang, key)} · ${translate(lang, "app.title")}` }];
  };
}
