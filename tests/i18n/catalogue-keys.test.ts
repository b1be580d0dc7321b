/// <reference types="vite/client" />
/**
 * The message table is one flat map merged from the core catalogue and every feature's (app/i18n/index.ts): a key
 * two of them define is silently the later one's everywhere, so one feature's page shows another's words (the fee
 * notice's "打印收费公示" link read "查看并打印处理决定文书" once the case notices landed). No key may be defined twice.
 */
import { describe, expect, it } from "vitest";
import { MESSAGES } from "~/i18n";
import { en } from "~/i18n/en";
import { zhCN } from "~/i18n/zh-CN";

type Catalogue = { zh: Record<string, string>; en: Record<string, string> };

const featureModules = import.meta.glob<Record<string, unknown>>("/app/i18n/features/*.ts", { eager: true });

function cataloguesOf(): Array<{ name: string; catalogue: Catalogue }> {
  const found = [{ name: "zh-CN.ts / en.ts", catalogue: { zh: zhCN, en } as Catalogue }];
  for (const [path, exports] of Object.entries(featureModules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (value && typeof value === "object" && "zh" in value && "en" in value) found.push({ name: `${path.split("/").pop()} ${name}`, catalogue: value as Catalogue });
    }
  }
  return found;
}

describe("the message catalogues", () => {
  it("are all found (the glob reads the feature files)", () => {
    expect(cataloguesOf().length).toBeGreaterThan(25);
  });

  it("define every key once, across the core catalogue and every feature", () => {
    const owners = new Map<string, string[]>();
    for (const { name, catalogue } of cataloguesOf()) {
      for (const key of Object.keys(catalogue.zh)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    const twice = [...owners].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: ${names.join(", ")}`);
    expect(twice).toEqual([]);
  });

  it("name the kindergarten's account holder by one term, 收费管理员, as the accounts pages and the import do", () => {
    // 登记幼儿园 once said the kindergarten could then "开设经办人账号": neither the term nor who opens it (its education office).
    const other = cataloguesOf().flatMap(({ catalogue }) => Object.entries(catalogue.zh).filter(([, text]) => text.includes("经办人")).map(([key]) => key));
    expect(other).toEqual([]);
  });

  it("close no bracket on another: a label around an English title that carries its Chinese one in brackets read \"…(《…》))\"", () => {
    // legalDocumentWords gives "Title (《标题》)"; a message that brackets such a title again ends in two closers.
    const doubled = /[)）\]】〕][)）\]】]|[(（\[【][(（\[【〔]/;
    const found = Object.entries(MESSAGES).flatMap(([lang, table]) =>
      Object.entries(table)
        .filter(([, text]) => doubled.test(text))
        .map(([key, text]) => `${lang} ${key}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
