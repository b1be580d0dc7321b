/** The translation hook for components: the language comes from the root loader. */
import { useRouteLoaderData } from "@remix-run/react";
import { translate, type Lang } from "~/i18n";

export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang: Lang }>("root");
  return data?.lang ?? "zh-CN";
}

/** "zh" or "en": which half of a rule file's localized text ({ zh, en }) to show. */
export function useRuleLang(): "zh" | "en" {
  return useLang() === "en" ? "en" : "zh";
}

export function useT() {
  const lang = useLang();
  return (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
}
