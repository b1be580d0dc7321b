/**
 * The translation hook for components: the language comes from the root loader, or, on a page rendered without it
 * (an action's refusal in the root's error boundary), from the request (utils/request-lang.ts).
 */
import { useRouteLoaderData } from "@remix-run/react";
import { useContext } from "react";
import { RequestLang } from "~/utils/request-lang";
import { translate, type Lang } from "~/i18n";

export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang: Lang }>("root");
  const requested = useContext(RequestLang);
  return data?.lang ?? requested;
}

/** "zh" or "en": which half of a rule file's localized text ({ zh, en }) to show. */
export function useRuleLang(): "zh" | "en" {
  return useLang() === "en" ? "en" : "zh";
}

export function useT() {
  const lang = useLang();
  return (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
}
