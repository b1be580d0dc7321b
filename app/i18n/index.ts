/**
 * A small typed message catalogue: zh-CN by default, English as the second
 * language. Keys are checked at compile time, which a string-keyed i18n
 * library would not give us for a catalogue this size.
 */
import { en } from "./en";
import { zhCN, type MessageKey } from "./zh-CN";

export type Lang = "zh-CN" | "en";
export const LANGS: readonly Lang[] = ["zh-CN", "en"];
export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const text = isMessageKey(key) ? catalogues[lang][key] : key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}
