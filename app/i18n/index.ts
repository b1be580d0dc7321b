/**
 * A small typed message table: zh-CN by default, English as the second
 * language. Keys are checked at compile time, which a string-keyed i18n
 * library would not give us for a table this size. Core messages live in
 * zh-CN.ts / en.ts; each feature adds its own file under features/ and is
 * listed here.
 */
import { about } from "./features/about";
import { flagMessages } from "./features/flags";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { accountCheck } from "./features/account-check";
import { catalogue } from "./features/catalogue";
import { feeAccounts } from "./features/fee-accounts";
import { changes } from "./features/changes";
import { answerForm } from "./features/answer-form";
import { complaintAnswers } from "./features/complaint-answers";
import { complaints } from "./features/complaints";
import { complaintRules } from "./features/complaint-rules";
import { complaintHandling } from "./features/complaint-handling";
import { caseWork } from "./features/case-work";
import { caseQueue } from "./features/case-queue";
import { caseNotice } from "./features/case-notice";
import { disclosure } from "./features/disclosure";
import { feeNotice } from "./features/fee-notice";
import { guidancePrices } from "./features/guidance-prices";
import { requestErrors } from "./features/request-errors";
import { rulesConfig } from "./features/rules-config";
import { PARAM_NAME_PREFIX, ruleParams } from "./features/rule-params";
import { submissions } from "./features/submissions";
import { spotChecks } from "./features/spot-checks";
import { audit } from "./features/audit";
import { publication } from "./features/publication";
import { statistics } from "./features/statistics";
import { refundRules } from "./features/refund-rules";
import { mealFund } from "./features/meal-fund";
import { users } from "./features/users";
import { userImport } from "./features/user-import";
import { csvMessages } from "./features/csv";
import { registry } from "./features/registry";
import { regionMessages } from "./features/regions";
import { accountOverview } from "./features/account-overview";
import { checkedFiles } from "./features/checked-files";

const features = [
  refundRules,
  guidancePrices,
  catalogue,
  changes,
  flagMessages,
  ruleParams,
  rulesConfig,
  requestErrors,
  submissions,
  feeAccounts,
  accountCheck,
  about,
  disclosure,
  feeNotice,
  complaints,
  answerForm,
  complaintAnswers,
  complaintRules,
  complaintHandling,
  caseWork,
  caseQueue,
  caseNotice,
  spotChecks,
  audit,
  publication,
  statistics,
  mealFund,
  users,
  userImport,
  csvMessages,
  registry,
  regionMessages,
  accountOverview,
  checkedFiles,
] as const;

// Distributes over the features, so every feature's keys are part of MessageKey.
type KeysOf<F> = F extends { zh: infer Z } ? keyof Z : never;
type FeatureKeys = KeysOf<(typeof features)[number]>;
export type MessageKey = keyof typeof zhCN | FeatureKeys;
export type Lang = "zh-CN" | "en";
/** A rule parameter's name is `param.<identifier>`, in one catalogue (features/rule-params.ts). */
export { PARAM_NAME_PREFIX };
export const LANGS: readonly Lang[] = ["zh-CN", "en"];

const featureList: ReadonlyArray<{ zh: Record<string, string>; en: Record<string, string> }> = features;
const messages: Record<Lang, Record<string, string>> = {
  "zh-CN": Object.assign({}, zhCN, ...featureList.map((f) => f.zh)),
  en: Object.assign({}, en, ...featureList.map((f) => f.en)),
};

/** The merged tables as `translate` reads them, each language's every key (for the tests that read the catalogue whole). */
export const MESSAGES: { readonly [L in Lang]: Readonly<Record<string, string>> } = messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages["zh-CN"], key);
}

type Vars = Record<string, string | number>;

/** A message to show: its key and variables, in whatever language the reader has (the domain's results carry these). */
export interface Message {
  key: string;
  vars?: Vars;
}

/**
 * A message with variables as one string, for channels that carry only
 * strings (conform's field errors): "key|{json vars}". translate() reads it
 * back, so a form's error slot words it like any other key.
 */
export function encodeMessage(m: Message): string {
  return m.vars ? `${m.key}|${JSON.stringify(m.vars)}` : m.key;
}

function decodeMessage(text: string): { key: string; vars?: Vars } {
  const bar = text.indexOf("|");
  if (bar < 0) return { key: text };
  try {
    return { key: text.slice(0, bar), vars: JSON.parse(text.slice(bar + 1)) as Vars };
  } catch {
    return { key: text };
  }
}

/** Words as a list the language's way: "2026-09、2026-08" / "2026-09, 2026-08". */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(lang === "en" ? ", " : "、");
}

const pluralRules: Record<Lang, Intl.PluralRules> = { "zh-CN": new Intl.PluralRules("zh-CN"), en: new Intl.PluralRules("en") };

/**
 * `{name}` is the variable as it is; `{name,number}` a quantity in the language's grouping ("50,000": a limit or a
 * count that may run to thousands; opt-in, as a year, a version or a document's number is never grouped);
 * `{name|one|other}` is the word a count needs (English's "1 day", "2 days"; Chinese has no plural and does not use
 * it): the first form where the language's plural rule says "one", else the second. `{name,param}` is a rule parameter
 * given by its identifier, written as its name in the language (`param.<identifier>`, "黄色预警阈值" for amberBp), or
 * as the identifier where it has none (a parameter no rule declares): a message about a parameter carries the
 * identifier and is worded by whoever reads it.
 */
const PLACEHOLDER = /\{(\w+)(?:,(number|param)|\|([^|{}]*)\|([^|{}]*))?\}/g;

const numberFormats: Record<Lang, Intl.NumberFormat> = { "zh-CN": new Intl.NumberFormat("zh-CN"), en: new Intl.NumberFormat("en") };

/** A quantity in the language's grouping (zh-CN and en alike: 50,000); a text as it is. */
export function formatNumber(value: number | string, lang: Lang): string {
  return typeof value === "number" && Number.isFinite(value) ? numberFormats[lang].format(value) : String(value);
}

export function translate(lang: Lang, keyOrEncoded: string, explicitVars?: Vars): string {
  const { key, vars: encodedVars } = decodeMessage(keyOrEncoded);
  const vars = explicitVars ?? encodedVars;
  const text = messages[lang][key] ?? key;
  if (!vars) return text;
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined, one: string | undefined, other: string | undefined) => {
    const value = vars[name];
    if (value === undefined) return whole;
    if (format === "number") return formatNumber(value, lang);
    if (format === "param") return messages[lang][`${PARAM_NAME_PREFIX}${value}`] ?? String(value);
    if (one === undefined) return String(value);
    return pluralRules[lang].select(Number(value)) === "one" ? one : (other ?? "");
  });
}
