/**
 * The bank-category codes (行别代码) a CNAPS code (联行号, the People's Bank of
 * China's 12-digit code of a bank branch in the China National Advanced
 * Payment System) begins with, and which of them a bank named on a fee
 * account filing may carry. Used by the account rule A03.
 *
 * Source, in words: the People's Bank of China's bank-category code list of
 * the payment system (the first three digits of a 联行号), as the banks'
 * own published 联行号 show it — 102 中国工商银行, 103 中国农业银行,
 * 104 中国银行, 105 中国建设银行, 301 交通银行, 302 中信银行, 303 中国光大银行,
 * 304 华夏银行, 305 中国民生银行, 306 广发银行, 307 平安银行, 308 招商银行,
 * 309 兴业银行, 310 上海浦东发展银行, 313 城市商业银行, 314 农村商业银行,
 * 316 浙商银行, 402 农村信用合作社, 403 中国邮政储蓄银行. The project's
 * domain notes name the optional 12-digit code but list no categories.
 *
 * A rural commercial bank that was a rural credit cooperative often keeps
 * the cooperatives' 402 (e.g. a 农村商业银行 in Zhejiang), so such a bank may
 * carry 314 or 402. City commercial banks are known by name (each has its
 * own name, none says 城市商业银行), so only those listed here are judged.
 *
 * A bank is recognised by its name as filed, compared as the account name is
 * (normaliseEntityName: NFKC, simplified, no spaces), in Chinese and its
 * common short forms, optionally followed by its company form (股份有限公司 …)
 * and a branch (… 分行 / 支行 / 营业部). A name not recognised is not judged.
 */
import { normaliseEntityName } from "./text-normalisation";

export interface BankCategory {
  /** The bank-category codes its 联行号 may begin with. */
  codes: readonly string[];
  zh: string;
  en: string;
}

interface NamedBank extends BankCategory {
  /** Its names as filers write them (full name first). */
  names: readonly string[];
}

const NAMED_BANKS: readonly NamedBank[] = [
  { codes: ["102"], zh: "中国工商银行", en: "Industrial and Commercial Bank of China", names: ["中国工商银行", "工商银行", "工行"] },
  { codes: ["103"], zh: "中国农业银行", en: "Agricultural Bank of China", names: ["中国农业银行", "农业银行", "农行"] },
  { codes: ["104"], zh: "中国银行", en: "Bank of China", names: ["中国银行", "中行"] },
  { codes: ["105"], zh: "中国建设银行", en: "China Construction Bank", names: ["中国建设银行", "建设银行", "建行"] },
  { codes: ["301"], zh: "交通银行", en: "Bank of Communications", names: ["交通银行", "交行"] },
  { codes: ["302"], zh: "中信银行", en: "China CITIC Bank", names: ["中信银行"] },
  { codes: ["303"], zh: "中国光大银行", en: "China Everbright Bank", names: ["中国光大银行", "光大银行"] },
  { codes: ["304"], zh: "华夏银行", en: "Hua Xia Bank", names: ["华夏银行"] },
  { codes: ["305"], zh: "中国民生银行", en: "China Minsheng Bank", names: ["中国民生银行", "民生银行"] },
  { codes: ["306"], zh: "广发银行", en: "China Guangfa Bank", names: ["广发银行", "广东发展银行"] },
  { codes: ["307"], zh: "平安银行", en: "Ping An Bank", names: ["平安银行"] },
  { codes: ["308"], zh: "招商银行", en: "China Merchants Bank", names: ["招商银行", "招行"] },
  { codes: ["309"], zh: "兴业银行", en: "Industrial Bank", names: ["兴业银行"] },
  { codes: ["310"], zh: "上海浦东发展银行", en: "Shanghai Pudong Development Bank", names: ["上海浦东发展银行", "浦东发展银行", "浦发银行"] },
  { codes: ["313"], zh: "宁波银行", en: "Bank of Ningbo", names: ["宁波银行"] },
  { codes: ["316"], zh: "浙商银行", en: "China Zheshang Bank", names: ["浙商银行"] },
  { codes: ["403"], zh: "中国邮政储蓄银行", en: "Postal Savings Bank of China", names: ["中国邮政储蓄银行", "邮政储蓄银行", "邮储银行"] },
];

/** Banks known by a kind in their name (a county's 农村商业银行): the words, and what they may carry. */
const KINDS: readonly { words: readonly string[]; category: BankCategory }[] = [
  { words: ["农村商业银行", "农商银行"], category: { codes: ["314", "402"], zh: "农村商业银行", en: "a rural commercial bank" } },
  { words: ["农村信用合作联社", "农村信用合作社", "农村信用社", "农村信用联社"], category: { codes: ["402"], zh: "农村信用合作社", en: "a rural credit cooperative" } },
];

/** What each code stands for, to name the bank a 联行号 belongs to. */
const CODE_NAMES: ReadonlyMap<string, { zh: string; en: string }> = new Map([
  ...NAMED_BANKS.filter((b) => b.codes[0] !== "313").map((b) => [b.codes[0], { zh: b.zh, en: b.en }] as const),
  ["313", { zh: "城市商业银行", en: "a city commercial bank" }],
  ["314", { zh: "农村商业银行", en: "a rural commercial bank" }],
  ["402", { zh: "农村信用合作社", en: "a rural credit cooperative" }],
]);

/** What may follow a bank's name: its company form, then a branch. */
const TAIL = /^(?:股份有限公司|有限责任公司|有限公司)?(?:.*(?:分行|支行|营业部|分理处))?$/u;

const NORMALISED = NAMED_BANKS.flatMap((bank) => bank.names.map((name) => ({ name: normaliseEntityName(name), bank })))
  // The longest name first, so 中国银行 is not taken for a shorter one's beginning.
  .sort((a, b) => b.name.length - a.name.length);

/** The bank category a filed bank name is recognised as; null when it is not (the rule does not judge it). */
export function bankCategoryOf(bankName: string): BankCategory | null {
  const name = normaliseEntityName(bankName);
  if (name === "") return null;
  for (const { name: known, bank } of NORMALISED) {
    if (name.startsWith(known) && TAIL.test(name.slice(known.length))) return bank;
  }
  for (const kind of KINDS) {
    if (kind.words.some((w) => name.includes(w))) return kind.category;
  }
  return null;
}

/** The bank a 联行号's first three digits name, in both languages; null for a code not in the table. */
export function bankOfCode(prefix: string): { zh: string; en: string } | null {
  return CODE_NAMES.get(prefix) ?? null;
}

/** A filed account's 联行号 against its bank, as A03 reads it and its explanation shows it. */
export interface CnapsBankCheck {
  bankName: string;
  cnapsCode: string;
  /** The code's first three digits. */
  cnapsBankCode: string;
  /** The bank those digits name, or words saying it is not in the table. */
  codeBankZh: string;
  codeBankEn: string;
  /** The filed bank as recognised, and the codes it may carry ("314/402"). */
  filedBankZh: string;
  filedBankEn: string;
  expectedBankCodes: string;
  matches: boolean;
}

/** The check of a filed account's 联行号; null when there is no code or the bank is not recognised (not judged). */
export function checkCnapsBank(account: { bankName: string; cnapsCode?: string | null }): CnapsBankCheck | null {
  const code = account.cnapsCode?.normalize("NFKC").replace(/\s/gu, "") ?? "";
  if (!/^\d{12}$/u.test(code)) return null;
  const filed = bankCategoryOf(account.bankName);
  if (!filed) return null;
  const prefix = code.slice(0, 3);
  const codeBank = bankOfCode(prefix);
  return {
    bankName: account.bankName,
    cnapsCode: code,
    cnapsBankCode: prefix,
    codeBankZh: codeBank?.zh ?? "平台行别代码表以外的银行",
    codeBankEn: codeBank?.en ?? "a bank not in the portal's table of bank codes",
    filedBankZh: filed.zh,
    filedBankEn: filed.en,
    expectedBankCodes: filed.codes.join("/"),
    matches: filed.codes.includes(prefix),
  };
}
