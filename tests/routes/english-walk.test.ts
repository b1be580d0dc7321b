/**
 * The portal walked in English (the language switch's cookie), as the built app renders the pages for a browser, on
 * the demo data: the public pages (home, search, a kindergarten's page, the account check answered right and wrong,
 * the complaint form, its receipt and tracking, 典型案例 and a case, the statistics), a bookkeeper's (kg001: home,
 * fee filings, a filing, the filing form, the fee account, the meal fund; kg003's inspection notice: kg001 has none)
 * and a market officer's (haishu.market: the queue, a case, the complaints and complaint pages with triage findings).
 * Then an education officer's (haishu.edu: account review, the registry and its history, bookkeepers' accounts, meal
 * funds), a lead's (escalations, dashboard, publications, spot checks) and the administrator's (users, regions and the
 * division table's load page, audit log, rule versions, changes).
 *
 * What an English reader reads as the portal's own words (headings, labels, buttons, table headers and their phone
 * labels, legends, captions, a term's name in a list) has no Chinese, but for what the data says: kindergarten, region
 * and officers' names, the rule files' titles (versioned texts of their own) and a Chinese term given in brackets
 * after its English words ("Final-year (大班)"). The complaint findings name the filed item by the catalogue's English
 * name, as the filing and case pages do (FlagExplanation's `items`); the parent's own words for it stay as written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { triageComplaint } from "~/domain/complaints/complaint-triage.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { MESSAGES, translate } from "~/i18n";
import { loadRuleSet } from "~/rules/load/read-files";
import { commitLang } from "~/web/lang.server";
import { demoCaseOf } from "../factories/demo-cases";
import { absenceRefundComplaint } from "../setup/complaint-post";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";
import {
  CJK,
  describeElement,
  visibleTexts,
  type VisibleText,
} from "../setup/visible-text";

const app = useBuiltApp();
const english = async () => cookieHeaderFrom(await commitLang("en"));
const HAISHU = "330203";

/** The page's own words: the elements that label, head or name something, and a table header's phone label. */
const LABELLING = new Set([
  "th",
  "label",
  "button",
  "legend",
  "caption",
  "h1",
  "h2",
  "h3",
  "dt",
]);
const labelling = (t: VisibleText) =>
  t.from === "text"
    ? LABELLING.has(t.path.at(-1)?.tag ?? "")
    : t.from === "@data-label" || t.from === "@value";

/** A Chinese term in brackets after its English words: "Final-year (大班)", "Complaint (投诉)". */
const GLOSS = /\s?[(（][^()（）]*[)）]/gu;

let data: string[] = [];
beforeAll(async () => {
  const db = app.db();
  // Triage the district's complaints as the job does after intake: their pages show the findings.
  const rules = createRulesRuntime(loadRuleSet());
  for (const c of await db
    .selectFrom("complaints")
    .select("id")
    .where("region_code", "=", HAISHU)
    .execute())
    await triageComplaint(db, rules, c.id, new Date());
  const [kindergartens, regions, users] = await Promise.all([
    db
      .selectFrom("kindergartens")
      .select(["approved_name", "name_in_use"])
      .execute(),
    db.selectFrom("regions").select("name").execute(),
    db.selectFrom("users").select("display_name").execute(),
  ]);
  data = [
    ...kindergartens.flatMap((k) => [k.approved_name, k.name_in_use ?? ""]),
    ...regions.map((r) => r.name),
    ...users.map((u) => u.display_name),
    ...loadRuleSet().map((d) => d.title.en),
  ]
    .filter((s) => s && CJK.test(s))
    .sort((a, b) => b.length - a.length);
});

/** The text with the data it names and the bracketed Chinese terms taken out. */
function withoutData(text: string): string {
  let rest = text;
  for (const value of data) rest = rest.split(value).join(" ");
  return rest.replace(GLOSS, " ");
}

/** The labelling texts of a page that still have Chinese once the data is taken out, with where they are. */
function chineseLabels(html: string): string[] {
  return (
    visibleTexts(html)
      // Marked Chinese (lang="zh-CN"): the language switch's 中文, a kindergarten's own texts.
      .filter(
        (t) =>
          labelling(t) &&
          !t.path.some((e) => e.attrs.lang === "zh-CN") &&
          CJK.test(withoutData(t.text))
      )
      .map(
        (t) =>
          `${t.path.slice(-2).map(describeElement).join(" > ")} ${t.from}: ${
            t.text
          }`
      )
  );
}

/** The cells of one column of the tables in `html` (each a DataTable: td[data-col]). */
const cells = (html: string, col: string) =>
  visibleTexts(html)
    .filter(
      (t) =>
        t.from === "text" &&
        t.path.some((e) => e.tag === "td" && e.attrs["data-col"] === col)
    )
    .map((t) => t.text);

async function page(
  path: string,
  username: string | undefined,
  cookie: string | undefined
): Promise<string> {
  const res = await app.get(path, username, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The district's complaints whose findings name a filed item: with the item's code, and without one. */
async function complaintsNamingFiledItems() {
  const flags = await app
    .db()
    .selectFrom("complaint_flags as f")
    .innerJoin("complaints as c", "c.id", "f.complaint_id")
    .select(["f.complaint_id", "f.rule_id", "f.explanation"])
    .where("c.region_code", "=", HAISHU)
    .orderBy("f.complaint_id")
    .execute();
  const rowsOf = (explanation: string) =>
    Object.values(
      (JSON.parse(explanation) as { details: Record<string, unknown> }).details
    )
      .filter(Array.isArray)
      .flat() as Array<Record<string, unknown>>;
  const naming = flags.filter((f) =>
    rowsOf(f.explanation).some((r) => typeof r.filedName === "string")
  );
  const withCode = naming.find((f) =>
    rowsOf(f.explanation).some(
      (r) => typeof r.filedName === "string" && typeof r.code === "string"
    )
  );
  const withoutCode = naming.find((f) =>
    rowsOf(f.explanation).some(
      (r) => typeof r.filedName === "string" && r.code === undefined
    )
  );
  const bundled = flags.find((f) => f.rule_id === "C06");
  return {
    all: [...new Set(naming.map((f) => f.complaint_id))],
    withCode: withCode?.complaint_id,
    withoutCode: withoutCode?.complaint_id,
    bundled: bundled?.complaint_id,
  };
}

describe("a market officer's complaint findings in English", () => {
  it("name the filed item by the catalogue's English name, by its code or by its filed name; the parent's words as written", async () => {
    const { all, withCode, withoutCode } = await complaintsNamingFiledItems();
    expect(withCode).toBeDefined();
    expect(withoutCode).toBeDefined();
    const en = await english();
    for (const id of all) {
      const html = await page(`/officer/complaints/${id}`, "haishu.market", en);
      const filed = cells(html, "filedName");
      expect(filed.length, id).toBeGreaterThan(0);
      for (const name of filed) expect(name, id).not.toMatch(CJK);
    }
    // The demo's kindergartens file 保教费 under its national code: C01 compares the parent's 保教费（多收部分） with it.
    const noCode = await page(
      `/officer/complaints/${withoutCode}`,
      "haishu.market",
      en
    );
    expect(cells(noCode, "filedName")).toContain("Care and education fee");
    expect(cells(noCode, "name").some((name) => CJK.test(name))).toBe(true);
    // The Chinese reader reads the filed name as filed.
    const zh = await page(
      `/officer/complaints/${withoutCode}`,
      "haishu.market",
      undefined
    );
    expect(cells(zh, "filedName")).toContain("保教费");
  });

  it("head C06's column of a service filed as bundled in English", async () => {
    const { bundled } = await complaintsNamingFiledItems();
    const html = await page(
      `/officer/complaints/${bundled}`,
      "haishu.market",
      await english()
    );
    const headers = visibleTexts(html)
      .filter(
        (t) =>
          (t.from === "text" && t.path.at(-1)?.tag === "th") ||
          t.from === "@data-label"
      )
      .map((t) => t.text);
    expect(headers).toContain(
      "Filed as bundled with the care and education fee"
    );
    expect(headers.filter((header) => CJK.test(header))).toEqual([]);
  });
});

describe("the English catalogue", () => {
  /** Messages whose Chinese is what the reader types or picks (a CSV's 是/否, a search's example name) or names Chinese. */
  const CHINESE_ON_PURPOSE = new Set([
    "nav.language",
    "disclosure.search.placeholder",
    "users.import.doc.lead",
    "users.import.lead",
  ]);

  it("says a Chinese term only in brackets after its English words (代收 in the advice, 保教费 in a header were bare)", () => {
    // The table the app translates with (the core catalogue and every feature's, merged), not the source files.
    const keys = Object.keys(MESSAGES.en);
    expect(keys.length).toBeGreaterThan(1000);
    const bare = keys.filter(
      (key) =>
        !CHINESE_ON_PURPOSE.has(key) &&
        CJK.test(translate("en", key).replace(GLOSS, " "))
    );
    expect(bare.map((key) => `${key}: ${translate("en", key)}`)).toEqual([]);
  });
});

describe("the main pages walked in English", () => {
  it(
    "label, head and name things in English, the data aside",
    { timeout: 60_000 },
    async () => {
      const db = app.db();
      const en = await english();
      const kg = await db
        .selectFrom("users")
        .select("kindergarten_id")
        .where("username", "=", "kg001")
        .executeTakeFirstOrThrow();
      const kgId = kg.kindergarten_id!;
      const account = await db
        .selectFrom("bank_accounts")
        .select(["account_number", "account_name"])
        .where("kindergarten_id", "=", kgId)
        .where("status", "=", "approved")
        .executeTakeFirstOrThrow();
      const filing = await db
        .selectFrom("fee_filings")
        .select("id")
        .where("kindergarten_id", "=", kgId)
        .orderBy("submitted_at", "desc")
        .executeTakeFirstOrThrow();
      const publicCase = await db
        .selectFrom("public_cases")
        .select("id")
        .where("status", "=", "published")
        .executeTakeFirstOrThrow();
      const officerCase = await db
        .selectFrom("inspection_cases")
        .select("id")
        .where("region_code", "=", HAISHU)
        .where("rule_id", "=", "R03")
        .executeTakeFirstOrThrow();
      const noticeId = await demoCaseOf(db, "kg003", "R03");
      const { all: complaints, bundled } = await complaintsNamingFiledItems();

      const pages: Record<string, string> = {};
      const get = async (path: string, username?: string) =>
        (pages[`${username ?? "public"} ${path}`] = await page(
          path,
          username,
          en
        ));
      const post = async (
        label: string,
        path: string,
        form: Record<string, string>,
        status = [200]
      ) => {
        const res = await app.post(path, null, form, en);
        expect(status, label).toContain(res.status);
        return (pages[`public ${label}`] = await res.text());
      };
      for (const path of [
        "/",
        "/kindergartens",
        "/kindergartens?q=幼儿园",
        `/kindergartens/${kgId}`,
        `/kindergartens/${kgId}/check-account`,
        `/complaints/new?kindergarten=${kgId}`,
        "/complaints/track",
        "/cases",
        `/cases/${publicCase.id}`,
        "/statistics",
        `/statistics?district=${HAISHU}`,
      ])
        await get(path);
      await post(
        "the account check: the filed account",
        `/kindergartens/${kgId}/check-account`,
        {
          accountNumber: account.account_number,
          accountName: account.account_name,
        }
      );
      await post(
        "the account check: another account",
        `/kindergartens/${kgId}/check-account`,
        { accountNumber: "6222020000000000111", accountName: "" }
      );
      const receipt = await post(
        "a complaint's receipt",
        `/complaints/new?kindergarten=${kgId}`,
        absenceRefundComplaint(kgId)
      );
      const trackingNo =
        receipt.match(/data-testid="tracking-no">([^<]+)</)?.[1] ?? "";
      const accessCode =
        receipt.match(/data-testid="access-code">([^<]+)</)?.[1] ?? "";
      expect(trackingNo).not.toBe("");
      await post("tracking: found", "/complaints/track", {
        trackingNo,
        accessCode,
      });
      await post(
        "tracking: a wrong code",
        "/complaints/track",
        { trackingNo, accessCode: accessCode.replace(/./g, "A") },
        [400, 404]
      );
      for (const path of [
        "/",
        "/kindergarten/fees",
        `/kindergarten/fees/${filing.id}`,
        "/kindergarten/fees/new",
        "/kindergarten/account",
        "/kindergarten/meal-fund",
      ])
        await get(path, "kg001");
      await get(`/kindergarten/cases/${noticeId}`, "kg003");
      for (const path of [
        "/officer/cases",
        `/officer/cases/${officerCase.id}`,
        "/officer/complaints",
        ...[...complaints, bundled].map((id) => `/officer/complaints/${id}`),
      ])
        await get(path, "haishu.market");

      const found = Object.fromEntries(
        Object.entries(pages).map(([name, html]) => [name, chineseLabels(html)])
      );
      expect(
        Object.entries(found).filter(([, texts]) => texts.length > 0)
      ).toEqual([]);
      // The walk read what it meant to: findings with their evidence tables, a filing's items, the statistics' tables.
      const headers = Object.values(pages).flatMap((html) =>
        visibleTexts(html).filter((t) => t.path.at(-1)?.tag === "th")
      );
      expect(headers.length).toBeGreaterThan(100);
    }
  );
});

describe("the education officer's, the lead's and the administrator's pages in English", () => {
  it(
    "label, head and name things in English, and word the registry's history and the division table's edition",
    { timeout: 60_000 },
    async () => {
      const db = app.db();
      const en = await english();
      // 博雅 (kg004) changed its name in use on the registry form: its page lists that change.
      const renamed = await db
        .selectFrom("kindergartens")
        .select("id")
        .where("name_in_use", "=", "博雅启明幼儿园")
        .executeTakeFirstOrThrow();
      // A filing awaiting review: its page says what approval does.
      const account = await db
        .selectFrom("bank_accounts as a")
        .innerJoin("kindergartens as k", "k.id", "a.kindergarten_id")
        .select("a.id")
        .where("a.status", "=", "pending")
        .where("k.region_code", "=", HAISHU)
        .executeTakeFirstOrThrow();
      const publication = await db
        .selectFrom("public_cases")
        .select("id")
        .where("region_code", "=", HAISHU)
        .executeTakeFirstOrThrow();
      const pages: Record<string, string> = {};
      const get = async (path: string, username: string) =>
        (pages[`${username} ${path}`] = await page(path, username, en));
      for (const path of [
        "/officer/accounts",
        `/officer/accounts/${account.id}`,
        "/officer/kindergartens",
        `/officer/kindergartens/${renamed.id}`,
        `/officer/kindergartens/${renamed.id}/accounts`,
        "/officer/operator-accounts",
        "/officer/meal-funds",
      ])
        await get(path, "haishu.edu");
      for (const path of [
        "/officer/cases?escalated=1",
        "/officer/dashboard",
        "/officer/publications",
        `/officer/publications/${publication.id}`,
        "/officer/spot-checks",
      ])
        await get(path, "haishu.lead");
      for (const path of [
        "/admin/users",
        "/admin/users/new",
        "/admin/regions",
        "/admin/regions/load",
        "/admin/audit",
        "/admin/rules",
        "/officer/changes",
      ])
        await get(path, "admin");
      const found = Object.fromEntries(
        Object.entries(pages).map(([name, html]) => [name, chineseLabels(html)])
      );
      expect(
        Object.entries(found).filter(([, texts]) => texts.length > 0)
      ).toEqual([]);

      // How a registry change was made: "on the registry form", not a bare "form".
      const who = cells(
        pages[`haishu.edu /officer/kindergartens/${renamed.id}`]!,
        "who"
      );
      expect(who.some((cell) => cell.endsWith(" · on the registry form"))).toBe(
        true
      );
      // The vendored division table's edition, worded in English rather than the file's Chinese source line.
      const intro = visibleTexts(pages["admin /admin/regions/load"]!)
        .filter((t) => t.from === "text" && t.text.startsWith("The table shipped with the portal"))
        .map((t) => t.text);
      expect(intro).toHaveLength(1);
      expect(intro[0]).toContain("2023 edition, as of 2023-06-30");
      expect(intro[0]).not.toMatch(CJK);
    }
  );
});
