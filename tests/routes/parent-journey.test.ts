/**
 * A parent's public pages as the built app renders them for a browser without JavaScript: the account check's
 * "not the filed account" carries the number checked into the complaint form; the tracking page writes a day as a
 * `CivilDate` and a moment as an `Instant`, in both languages; and a refused post of the complaint form, the account
 * check or the tracking form comes back with focus (`autofocus`) on the first field to correct.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { kindergartenWithAccountInForce } from "../factories/bank-accounts";
import { useBuiltApp } from "../setup/built-app";
import { absenceRefundComplaint } from "../setup/complaint-post";
import { textOf } from "../setup/render-static";

const app = useBuiltApp();

/** A demo kindergarten with its approved account in force. */
const kindergartenWithAccount = () => kindergartenWithAccountInForce(app.db());

/** Markup's character references read back (React writes & in an attribute as &amp;). */
const unescape = (html: string) =>
  html
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The start tag of the form control named `name` (the first, for a group of radios). */
function control(html: string, name: string): string {
  const escaped = name.replace(/[[\].]/g, "\\$&");
  return html.match(new RegExp(`<(?:input|textarea|select)\\b[^>]*\\bname="${escaped}"[^>]*>`))?.[0] ?? "";
}

/** The names of the controls marked autofocus in a page. */
const autofocused = (html: string) => [...html.matchAll(/<(?:input|textarea|select)\b[^>]*\bautofocus=""[^>]*>/g)].map((m) => m[0].match(/\bname="([^"]*)"/)?.[1] ?? "?");

const english = async () => (await commitLang("en")).split(";")[0];

/** A complaint as a form without JavaScript posts it (urlencoded: no files), with `over` changed. */
const complaint = absenceRefundComplaint;

describe("the account check's way to the complaint form", () => {
  it("carries the number found wrong into 实际缴入的收款账号, with the kind chosen", async () => {
    const { id } = await kindergartenWithAccount();
    const checked = await app.post(`/kindergartens/${id}/check-account`, null, {
      accountNumber: "6222 0200-0000 0000 111",
      accountName: "",
    });
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain("不是本园备案的收费账户");
    const href = unescape(html.match(/<a[^>]*href="(\/complaints\/new\?[^"]*)"/)?.[1] ?? "");
    const link = new URL(href, "http://portal.test");
    expect(Object.fromEntries(link.searchParams)).toEqual({
      kindergarten: id,
      kind: "other_account",
      account: "6222020000000000111",
    });

    const form = await app.get(href);
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(control(page, "accountPaidInto")).toContain('value="6222020000000000111"');
    const kinds = page.match(/<input[^>]*name="kind"[^>]*>/g) ?? [];
    expect(kinds.filter((radio) => radio.includes('checked=""'))).toEqual([expect.stringContaining('value="other_account"')]);
  });

  it("takes the number as the field does (groups, full-width digits) and leaves the field empty for anything else, never refusing the page", async () => {
    const { id } = await kindergartenWithAccount();
    const field = async (account: string | string[]) => {
      const query = new URLSearchParams({
        kindergarten: id,
        kind: "other_account",
      });
      for (const value of [account].flat()) query.append("account", value);
      const res = await app.get(`/complaints/new?${query}`);
      expect(res.status, String(account)).toBe(200);
      const html = await res.text();
      return { input: control(html, "accountPaidInto"), html };
    };
    expect((await field("6222 0200-0000 1111")).input).toContain('value="6222020000001111"');
    expect((await field("６２２２０２００００００１１１１")).input).toContain('value="6222020000001111"');
    expect((await field(" ".repeat(40) + "12345678")).input).toContain('value="12345678"');
    // A control character is dropped, as from every text the portal reads (cleanText).
    expect((await field("6222\u0000020000001111")).input).toContain('value="6222020000001111"');
    const junk = [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "1234567",
      "1".repeat(31),
      " ".repeat(60) + "12345678",
      "1".repeat(61),
      "账号6222020000001111",
      ["6222020000001111", "6222020000002222"],
    ];
    for (const account of junk) {
      const { input, html } = await field(account);
      expect(input, String(account)).not.toMatch(/\bvalue="/);
      // The page's address is echoed only as text React escapes (the language switch's way back), never as markup.
      for (const value of [account].flat().filter((v) => /[<>"]/.test(v))) expect(html, value).not.toContain(value);
    }
  });
});

describe("the tracking page's dates", () => {
  for (const lang of ["zh-CN", "en"] as const) {
    it(`writes each day as a CivilDate and each moment as an Instant (${lang})`, async () => {
      const { id } = await kindergartenWithAccount();
      const cookie = lang === "en" ? await english() : undefined;
      const received = await app.post(`/complaints/new?kindergarten=${id}`, null, complaint(id), cookie);
      expect(received.status).toBe(200);
      const receipt = await received.text();
      const trackingNo = receipt.match(/data-testid="tracking-no">([^<]+)</)?.[1] ?? "";
      const accessCode = receipt.match(/data-testid="access-code">([^<]+)</)?.[1] ?? "";
      expect(trackingNo).not.toBe("");

      const res = await app.post("/complaints/track", null, { trackingNo, accessCode }, cookie);
      expect(res.status).toBe(200);
      const html = await res.text();
      const view = html.match(/<section[^>]*class="panel complaint-view"[\s\S]*?<\/section>/)?.[0] ?? "";
      expect(view).not.toBe("");
      // Days and months (the deadline, the refund's month): kept whole, written YYYY-MM-DD / YYYY-MM.
      const days = [...view.matchAll(/<time[^>]*class="nowrap"[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]);
      expect(days).toContain("2026-10");
      expect(days.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
      for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
      // Moments (received, each step): Instants, the day in the reader's words and the time.
      const moments = [...view.matchAll(/<time datetime="[^"]*T[^"]*">([\s\S]*?)<\/time>/gi)].map((m) => textOf(m[1]).trim());
      expect(moments.length).toBeGreaterThanOrEqual(2);
      const momentShape = lang === "en" ? /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/ : /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/;
      for (const moment of moments) expect(moment).toMatch(momentShape);
      // Nothing dated outside them: no bare 2026-12-25 a phone may break, no other way of writing a date.
      const rest = textOf(view.replace(/<time\b[\s\S]*?<\/time>/g, " "));
      expect(rest).not.toMatch(/\d{4}-\d{2}|\d{4}年|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
    });
  }
});

describe("the tracking page's heading", () => {
  it("names what is followed once found, 投诉 or 举报 (two procedures), in both languages; neither before", async () => {
    const { id } = await kindergartenWithAccount();
    const h1 = (html: string) => textOf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "").trim();
    const en = await english();
    expect(h1(await (await app.get("/complaints/track", undefined, en)).text())).toBe("Follow a complaint or report");
    expect(h1(await (await app.get("/complaints/track")).text())).toBe("查询办理进度");
    const sent = {
      complaint: complaint(id),
      report: complaint(id, {
        track: "report",
        kind: "prohibited_item",
        "items[0].name": "赞助费",
        "items[0].amount": "2000",
        anonymous: "on",
        contactName: "",
        contactPhone: "",
        contactAddress: "",
      }),
    };
    const headings: Record<string, string> = {};
    for (const [track, form] of Object.entries(sent)) {
      const receipt = await (await app.post(`/complaints/new?kindergarten=${id}`, null, form)).text();
      const trackingNo = receipt.match(/data-testid="tracking-no">([^<]+)</)?.[1] ?? "";
      const accessCode = receipt.match(/data-testid="access-code">([^<]+)</)?.[1] ?? "";
      expect(trackingNo, track).not.toBe("");
      headings[`${track} zh`] = h1(await (await app.post("/complaints/track", null, { trackingNo, accessCode })).text());
      headings[`${track} en`] = h1(await (await app.post("/complaints/track", null, { trackingNo, accessCode }, en)).text());
    }
    expect(headings).toEqual({
      "complaint zh": "查询投诉办理进度",
      "complaint en": "Follow your complaint",
      "report zh": "查询举报办理进度",
      "report en": "Follow your report",
    });
  });
});

describe("a post refused without JavaScript comes back with focus on the first field to correct", () => {
  it("the complaint form: the first field in the page's order, one only", async () => {
    const { id } = await kindergartenWithAccount();
    const refused = async (over: Record<string, string>) => {
      const res = await app.post(`/complaints/new?kindergarten=${id}`, null, complaint(id, over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      return autofocused(await res.text());
    };
    // The narrative is checked before the contact (across fields), but the date comes first on the page.
    expect(await refused({ learnedOn: "", narrative: "太短", contactPhone: "" })).toEqual(["learnedOn"]);
    expect(await refused({ contactPhone: "12" })).toEqual(["contactPhone"]);
    // The narrative, first to correct: the textarea is marked too (it read the choice from a context its own form provides).
    expect(await refused({ narrative: "太短" })).toEqual(["narrative"]);
    expect(await refused({ narrative: "", contactPhone: "12" })).toEqual(["narrative"]);
    // The account "another account" needs is told after every field's own check, and shown above the narrative.
    expect(await refused({ kind: "other_account", narrative: "太短" })).toEqual(["accountPaidInto"]);
    expect(await refused({ kind: "", narrative: "太短" })).toEqual(["kind"]);
    // "Add at least one item" is answered in the first row.
    expect(await refused({ kind: "above_filed", narrative: "太短" })).toEqual(["items[0].name"]);
    expect(
      await refused({
        "refundClaims[0].daysAttended": "40",
        paidOn: "2999-01-01",
      })
    ).toEqual(["refundClaims[0].daysAttended"]);
    // A page not refused focuses nothing.
    expect(autofocused(await (await app.get(`/complaints/new?kindergarten=${id}`)).text())).toEqual([]);
  });

  it("the account check's own page", async () => {
    const { id } = await kindergartenWithAccount();
    const refused = async (form: Record<string, string>) => {
      const res = await app.post(`/kindergartens/${id}/check-account`, null, form);
      expect(res.status).toBe(400);
      return autofocused(await res.text());
    };
    expect(await refused({ accountNumber: "abc", accountName: "名".repeat(101) })).toEqual(["accountNumber"]);
    expect(
      await refused({
        accountNumber: "6222020000000000111",
        accountName: "名".repeat(101),
      })
    ).toEqual(["accountName"]);
    const answered = await app.post(`/kindergartens/${id}/check-account`, null, { accountNumber: "6222020000000000111", accountName: "" });
    const html = await answered.text();
    expect(autofocused(html)).toEqual([]);
    // The answer takes the focus instead: it is under the form, below the fold of a small phone, and the page came back
    // looking as before the post (the number in its box, focus nowhere) unless the parent scrolled down to it.
    const answer = html.match(/<div\b[^>]*data-testid="account-check-answer"[^>]*>/)?.[0] ?? "";
    expect(answer).toMatch(/\bautofocus=""/);
    expect(answer).toMatch(/\btabindex="-1"/);
    // Before any answer, nothing is focused.
    const form = await (await app.get(`/kindergartens/${id}/check-account`)).text();
    expect(form.match(/<div\b[^>]*data-testid="account-check-answer"[^>]*>/)?.[0]).not.toMatch(/autofocus/);
  });

  it("the tracking form", async () => {
    const refused = async (form: Record<string, string>) => {
      const res = await app.post("/complaints/track", null, form);
      expect(res.status).toBe(400);
      return autofocused(await res.text());
    };
    expect(await refused({ trackingNo: "", accessCode: "" })).toEqual(["trackingNo"]);
    expect(await refused({ trackingNo: "K7MQ-93XD-2PHA", accessCode: "12" })).toEqual(["accessCode"]);
  });
});

describe("the page for parents, 关于公示与核验", () => {
  it("leads from 发现违规收费怎么办 to the complaint form and its tracking, in both languages", async () => {
    for (const cookie of [undefined, await english()]) {
      const res = await app.get("/about", undefined, cookie);
      expect(res.status).toBe(200);
      const html = await res.text();
      const report = html.match(/<section aria-labelledby="about-report">[\s\S]*?<\/section>/)?.[0] ?? "";
      expect(report, cookie ?? "zh").not.toBe("");
      const links = [...report.matchAll(/<a[^>]*href="([^"]*)"/g)].map((m) => m[1]);
      expect(links, cookie ?? "zh").toEqual(["/complaints/new", "/complaints/track"]);
    }
  });
});
