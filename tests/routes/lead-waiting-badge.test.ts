/**
 * A lead sees beside 检查任务, on every page, what waits for them (the extensions to answer and the escalations of
 * their scope, which only the dashboard said): 待处理 N, a link of its own to what waits (the one list, or the
 * dashboard's figures when both kinds wait), read out in full as its name, in both languages; no
 * other role gets it, and a lead with nothing waiting gets none. Rendered by the built app (a document request), on
 * the demo data: Haishu's and Jiangbei's overdue cases are escalated; one extension is asked for here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

/** What a link's name is to a screen reader: what is hidden from assistive technology left out, the rest without its tags. */
const nameOf = (link: string) =>
  link
    .replace(/<span[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The header's link to the queue, and the lead's badge beside it (its own link: where it leads, its name, what it
 * shows), as sent; null when the header has no link to the queue.
 */
async function queueLink(username?: string, cookie?: string, path = "/statistics") {
  const res = await app.get(path, username, cookie);
  expect(res.status).toBe(200);
  const nav = (await res.text()).match(/<nav aria-label="(?:主导航|Main)">([\s\S]*?)<\/nav>/)?.[1] ?? "";
  const link = nav.match(/<a [^>]*href="\/officer\/cases"[^>]*>([\s\S]*?)<\/a>/)?.[1] ?? null;
  if (link === null) return null;
  const badgeLink = nav.match(/<a ([^>]*)>((?:(?!<\/a>)[\s\S])*data-testid="lead-waiting"[\s\S]*?)<\/a>/);
  return {
    markup: link,
    name: nameOf(link),
    badge: badgeLink?.[2].match(/data-testid="lead-waiting"[^>]*>([^<]*)</)?.[1] ?? null,
    href: badgeLink?.[1].match(/href="([^"]*)"/)?.[1].replace(/&amp;/g, "&") ?? null,
    badgeName: badgeLink ? nameOf(badgeLink[2]) : null,
  };
}

/** The escalations in force and the extensions waiting of a region (a prefix: a city's districts), as the queue lists them. */
async function waitingIn(prefix: string) {
  const cases = () => app.db().selectFrom("inspection_cases").select((eb) => eb.fn.countAll<number>().as("n")).where("region_code", "like", `${prefix}%`).where("status", "<>", "closed");
  const escalations = Number((await cases().where("escalated_at", "is not", null).where("status", "<>", "decided").executeTakeFirstOrThrow()).n);
  const extensions = Number((await cases().where("extension_requested_at", "is not", null).executeTakeFirstOrThrow()).n);
  return { escalations, extensions };
}

let asked: string;

beforeAll(async () => {
  const c = await app
    .db()
    .selectFrom("inspection_cases")
    .select("id")
    .where("region_code", "=", "330203")
    .where("status", "=", "in_progress")
    .where("extension_requested_at", "is", null)
    .executeTakeFirstOrThrow();
  asked = c.id;
  await app.db().updateTable("inspection_cases").set({ extension_requested_at: "2026-12-01T02:00:00.000Z" }).where("id", "=", asked).execute();
});

afterAll(async () => {
  await app.db().updateTable("inspection_cases").set({ extension_requested_at: null }).where("id", "=", asked).execute();
});

describe("what waits for a lead, beside 检查任务", () => {
  it("a district lead: their district's, counted and said in full", async () => {
    const { escalations, extensions } = await waitingIn("330203");
    expect(escalations).toBeGreaterThan(0);
    expect(extensions).toBe(1);
    const link = (await queueLink("haishu.lead"))!;
    expect(link.badge).toBe(`待处理 ${escalations + extensions}`);
    // The badge is a link of its own, named in full, its name beginning with what it shows; the queue's stays 检查任务.
    expect(link.badgeName).toBe(`待处理 ${escalations + extensions} 件：延期申请待批 1 件，已超期上报 ${escalations} 件`);
    expect(link.name).toBe("检查任务");
    const en = (await queueLink("haishu.lead", cookieHeaderFrom(await commitLang("en"))))!;
    expect(en.badge).toBe(`${escalations + extensions} waiting`);
    expect(en.badgeName).toBe(`${escalations + extensions} waiting for you: 1 extension awaiting approval, ${escalations} escalated as overdue`);
    expect(en.name).toBe("Inspection queue");
  });

  it("a city lead: every district's of the city, on the queue's own page too", async () => {
    const { escalations, extensions } = await waitingIn("3302");
    expect(escalations).toBeGreaterThan((await waitingIn("330203")).escalations);
    for (const path of ["/statistics", "/officer/cases", "/officer/dashboard"]) {
      expect((await queueLink("ningbo.lead", undefined, path))!.badge, path).toBe(`待处理 ${escalations + extensions}`);
    }
  });

  it("shows a change at the next page: an answered request leaves the count", async () => {
    const before = (await queueLink("haishu.lead"))!.badge;
    await app.db().updateTable("inspection_cases").set({ extension_requested_at: null }).where("id", "=", asked).execute();
    try {
      const { escalations } = await waitingIn("330203");
      const after = (await queueLink("haishu.lead"))!;
      expect(after.badge).not.toBe(before);
      expect(after.badgeName).toBe(`待处理 ${escalations} 件：已超期上报 ${escalations} 件`);
    } finally {
      await app.db().updateTable("inspection_cases").set({ extension_requested_at: "2026-12-01T02:00:00.000Z" }).where("id", "=", asked).execute();
    }
  });

  it("no other role: the district's officers, its development-reform office, the administrator", async () => {
    for (const username of ["haishu.market", "haishu.market2", "haishu.edu", "haishu.ndrc", "ningbo.market", "admin"]) {
      const link = await queueLink(username);
      expect(link, username).not.toBeNull();
      expect(link!.badge, username).toBeNull();
      expect(link!.href, username).toBeNull();
      expect(link!.markup, username).not.toContain("visually-hidden");
    }
    expect(await queueLink("kg006")).toBeNull();
    expect(await queueLink()).toBeNull();
  });

  it("a lead with nothing waiting: no badge", async () => {
    const escalated = await app.db().selectFrom("inspection_cases").select(["id", "escalated_at"]).where("region_code", "=", "330203").where("escalated_at", "is not", null).execute();
    await app.db().updateTable("inspection_cases").set({ escalated_at: null, extension_requested_at: null }).where("region_code", "=", "330203").execute();
    try {
      expect((await queueLink("haishu.lead"))!).toMatchObject({ badge: null, href: null });
    } finally {
      for (const c of escalated) await app.db().updateTable("inspection_cases").set({ escalated_at: c.escalated_at }).where("id", "=", c.id).execute();
      await app.db().updateTable("inspection_cases").set({ extension_requested_at: "2026-12-01T02:00:00.000Z" }).where("id", "=", asked).execute();
    }
  });

  it("leads to what waits: the one list when one kind waits, the dashboard's figures (exact, as the badge) when both do", async () => {
    const { escalations } = await waitingIn("330203");
    // Both: the dashboard, where each figure opens its list, and its figures are the badge's.
    expect((await queueLink("haishu.lead"))!.href).toBe("/officer/dashboard#dashboard-figures");
    const figures = async () => {
      const html = await (await app.get("/officer/dashboard", "haishu.lead")).text();
      expect(html).toMatch(/<dl [^>]*\sid="dashboard-figures"/);
      const figure = (href: string) => html.match(new RegExp(`<a [^>]*href="${href.replace("?", "\\?")}"[^>]*>(\\d+)</a>`))?.[1] ?? null;
      return { escalations: figure("/officer/cases?escalated=1"), extensions: figure("/officer/cases?extension=1") };
    };
    expect(await figures()).toEqual({ escalations: String(escalations), extensions: "1" });

    const escalated = await app.db().selectFrom("inspection_cases").select(["id", "escalated_at"]).where("region_code", "=", "330203").where("escalated_at", "is not", null).execute();
    try {
      // The request answered: the escalations alone, their list; the dashboard says so at once, not a minute later.
      await app.db().updateTable("inspection_cases").set({ extension_requested_at: null }).where("id", "=", asked).execute();
      expect((await queueLink("haishu.lead"))!.href).toBe("/officer/cases?escalated=1");
      expect(await figures()).toEqual({ escalations: String(escalations), extensions: "0" });
      // The extension alone: its list.
      await app.db().updateTable("inspection_cases").set({ extension_requested_at: "2026-12-01T02:00:00.000Z" }).where("id", "=", asked).execute();
      await app.db().updateTable("inspection_cases").set({ escalated_at: null }).where("region_code", "=", "330203").execute();
      expect((await queueLink("haishu.lead"))!.href).toBe("/officer/cases?extension=1");
      // The city lead still has other districts' escalations beside Haishu's extension: both, the dashboard.
      expect((await waitingIn("3302")).escalations).toBeGreaterThan(0);
      expect((await queueLink("ningbo.lead"))!.href).toBe("/officer/dashboard#dashboard-figures");
    } finally {
      for (const c of escalated) await app.db().updateTable("inspection_cases").set({ escalated_at: c.escalated_at }).where("id", "=", c.id).execute();
      await app.db().updateTable("inspection_cases").set({ extension_requested_at: "2026-12-01T02:00:00.000Z" }).where("id", "=", asked).execute();
    }
  });
});
