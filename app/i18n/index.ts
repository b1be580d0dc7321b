/**
 * A small typed message catalogue: zh-CN by default, English as the second
 * language. Keys are checked at compile time, which a string-keyed i18n
 * library would not give us for a catalogue this size. Core messages live in
 * zh-CN.ts / en.ts; each feature adds its own file under features/ and is
 * listed here.
 */
import { flagMessages } from "./features/flags";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { catalogue } from "./features/catalogue";
import { changes } from "./features/changes";
import { guidancePrices } from "./features/guidance-prices";
import { requestErrors } from "./features/request-errors";
import { rulesConfig } from "./features/rules-config";

const features = [guidancePrices, catalogue, changes, flagMessages, rulesConfig, requestErrors] as const;

// Distributes over the features, so every feature's keys are part of MessageKey.
type KeysOf<F> = F extends { zh: infer Z } ? keyof Z : never;
type FeatureKeys = KeysOf<(typeof features)[number]>;
export type MessageKey = keyof typeof zhCN | FeatureKeys;
export type Lang = "zh-CN" | "en";
export const LANGS: readonly Lang[] = ["zh-CN", "en"];

const featureList: ReadonlyArray<{ zh: Record<string, string>; en: Record<string, string> }> = features;
const catalogues: Record<Lang, Record<string, string>> = {
  "zh-CN": Object.assign({}, zhCN, ...featureList.map((f) => f.zh)),
  en: Object.assign({}, en, ...featureList.map((f) => f.en)),
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues["zh-CN"], key);
}

export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const text = catalogues[lang][key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}
