/**
 * What a parent walking the public pages on a phone found next (twenty-fifth session), as the built app renders the
 * pages for a browser without JavaScript, on the demo data: a tracking number and code that match nothing say what to
 * check and how to file anew, the same words whichever was wrong; a published case is headed as the case list heads
 * it; a fee row of every class says 不限 (and a schedule with no class's own fee has no age column); the statistics'
 * CSV note says in plain words why figures are missing and how the file marks them; and a demo kindergarten's page
 * shows the schedule announced for the next term.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { kindergartenWithAccountInForce } from "../factories/bank-accounts";
import { useBuiltApp } from "../setup/built-app";
import { absenceRefundComplaint } from "../setup/complaint-post";
import { textOf } from "../setup/render-static";

const app = useBuiltApp();
const english = async () => (await commitLang("en")).split(";")[0];
const h1 = (html: string) => textOf(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? "").trim();

describe("a tracking number and code that match no complaint", () => {
  for (const lang of ["zh-CN", "en"] as const) {
    it(`say where both were given and offer to file anew, the same words for a wrong number and a wrong code (${lang})`, async () => {
      const cookie = lang === "en" ? await english() : undefined;
      const { id } = await kindergartenWithAccountInForce(app.db());
      const receipt = await (await app.post(`/complaints/new?kindergarten=${id}`, null, absenceRefundComplaint(id), cookie)).text();
      const trackingNo = receipt.match(/data-testid="tracking-no">([^<]+)</)?.[1] ?? "";
      const accessCode = receipt.match(/data-testid="access-code">([^<]+)</)?.[1] ?? "";
      expect(trackingNo).not.toBe("");
      const wrongCode = "AAAA-BBBB-CCCC-DDDD";
      const answers: string[] = [];
      for (const form of [
        { trackingNo, accessCode: wrongCode }, // the right number, a wrong code
        { trackingNo: "K7MQ-93XD-2PHA", accessCode }, // a wrong number, the right code
      ]) {
        const res = await app.post("/complaints/track", null, form, cookie);
        expect(res.status).toBe(404);
        const html = await res.text();
        const steps = html.match(/<div[^>]*data-testid="track-not-found"[\s\S]*?<\/div>/)?.[0] ?? "";
        expect(steps, "what to check is shown").not.toBe("");
        answers.push(steps);
        const words = textOf(steps);
        if (lang === "en") {
          expect(words).toMatch(/receipt page/);
          expect(words).toMatch(/not sent by text message/);
          expect(words).toMatch(/What you sent from this device/);
        } else {
          expect(words).toContain("回执页面");
          expect(words).toContain("不会通过短信发送");
          expect(words).toContain("您在本设备上刚提交的");
        }
        expect(steps).toMatch(/<a[^>]*href="\/complaints\/new"/);
        expect(html).not.toContain(form.accessCode);
      }
      // One answer: nothing tells which of the two was wrong.
      expect(answers[0]).toBe(answers[1]);
    });
  }

  it("are not shown for a code left empty or malformed, nor before a look-up", async () => {
    expect(await (await app.get("/complaints/track")).text()).not.toContain("track-not-found");
    const malformed = await app.post("/complaints/track", null, { trackingNo: "K7MQ-93XD-2PHA", accessCode: "12" });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toContain("track-not-found");
  });
});

describe("a published case's page", () => {
  for (const lang of ["zh-CN", "en"] as const) {
    it(`is headed as the case list heads it (what was decided), the rule's title kept as a fact (${lang})`, async () => {
      const cookie = lang === "en" ? await english() : undefined;
      const list = await (await app.get("/cases", undefined, cookie)).text();
      const entries = [...list.matchAll(/<h2>\s*<a[^>]*href="(\/cases\/[0-9A-Z]+)"[^>]*>([\s\S]*?)<\/a>\s*<\/h2>/g)];
      expect(entries.length).toBeGreaterThan(0);
      for (const [, href, listed] of entries) {
        const page = await (await app.get(href, undefined, cookie)).text();
        const heading = h1(page);
        expect(heading).toBe(textOf(listed).trim());
        expect(heading).not.toMatch(/或|\bor\b/);
        const title = textOf(page.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? "");
        expect(title.startsWith(`${heading} · `), title).toBe(true);
        expect(textOf(page)).toContain(lang === "en" ? "Matter checked" : "核查事项");
      }
    });
  }
});

describe("a public fee table", () => {
  const kindergartenIdOf = async (username: string) =>
    (await app.db().selectFrom("users").select("kindergarten_id").where("username", "=", username).executeTakeFirstOrThrow()).kindergarten_id!;

  it("has no age column when every fee is every class's, and says 不限 beside a class's own fee", async () => {
    // kg001 files no fee of a class's own; kg009 files 保教费 for 托班 besides everyone's.
    const plain = await (await app.get(`/kindergartens/${await kindergartenIdOf("kg001")}`)).text();
    expect(plain).toContain('data-col="description"');
    expect(plain).not.toContain('data-col="ageBand"');
    for (const [username, cookie] of [
      ["kg009", undefined],
      ["kg009", await english()],
    ] as const) {
      const html = await (await app.get(`/kindergartens/${await kindergartenIdOf(username)}`, undefined, cookie)).text();
      const bands = [...html.matchAll(/<td data-col="ageBand"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => textOf(m[1]).trim());
      expect(bands.length).toBeGreaterThan(0);
      expect(bands).toContain(cookie ? "Any class" : "不限");
      expect(bands).not.toContain(cookie ? "All" : "全部");
    }
    // The printable notice too.
    const notice = await (await app.get(`/kindergartens/${await kindergartenIdOf("kg001")}/notice`)).text();
    expect(textOf(notice.match(/<table class="notice-items"[\s\S]*?<\/table>/)?.[0] ?? "")).not.toContain("全部");
  });

  it("marks its descriptions as sentences, read under their label on a phone", async () => {
    const html = await (await app.get(`/kindergartens/${await kindergartenIdOf("kg001")}`)).text();
    const cells = [...html.matchAll(/<td data-col="description"[^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/class="[^"]*\bprose\b/);
  });
});

describe("the statistics' CSV note", () => {
  it("says in plain words why figures are missing and how the file marks them (zh, en)", async () => {
    const note = async (cookie?: string) => {
      const html = await (await app.get("/statistics?province=330000&city=330200", undefined, cookie)).text();
      return textOf(html.match(/<span class="muted">([^<]*CSV[^<]*)<\/span>/)?.[1] ?? "");
    };
    const zh = await note();
    expect(zh).toContain("保护投诉人的隐私");
    expect(zh).toContain("suppressed 列）填 1");
    expect(zh).not.toContain("suppressed=1");
    const en = await note(await english());
    expect(en).toContain("protect complainants' privacy".replace("'", "&#x27;"));
    expect(en).toContain("suppressed column says 1");
    expect(en).not.toContain("suppressed=1");
  });
});

describe("the demo data", () => {
  it("has a kindergarten whose public page shows the schedule announced for the next term", async () => {
    const kindergartens = await app.db().selectFrom("kindergartens").select("id").where("status", "=", "active").execute();
    const shown: string[] = [];
    for (const { id } of kindergartens) {
      const html = await (await app.get(`/kindergartens/${id}`)).text();
      expect(html).toContain("下一学期收费标准");
      if (!html.includes("尚未公示下一学期的收费标准")) shown.push(id);
    }
    expect(shown.length).toBeGreaterThanOrEqual(1);
  });
});
