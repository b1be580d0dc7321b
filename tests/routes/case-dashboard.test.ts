/**
 * The officer's dashboard on the demo data: its figures agree with the cases
 * of the actor's scope counted here directly, the charts are SVG drawn on the
 * server, a city sees its districts, and operators and anonymous users are
 * refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_DUE_SOON_WORKING_DAYS } from "~/domain/cases/case-clock";
import type { CaseDashboard } from "~/domain/cases/case-dashboard.queries.server";
import { shanghaiDate } from "~/utils/working-days";
import { setDb } from "~/web/db.server";
import * as dashboardRoute from "~/routes/officer+/dashboard";
import * as chartRoute from "~/routes/officer+/dashboard.charts.$chart";
import * as queueRoute from "~/routes/officer+/cases._index";
import type { CaseQueue } from "~/domain/cases/case-queue.server";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const USERS = ["haishu.market", "jiangbei.market", "ningbo.lead", "haishu.ndrc", "kg006", "admin"] as const;
type User = (typeof USERS)[number];
const cookies = {} as Record<User, string>;
const view = (user: User | null) => callRoute(dashboardRoute.loader, "/officer/dashboard", { cookie: user ? cookies[user] : null });
type Body = { dashboard: CaseDashboard; chartsVersion: string };
const chart = (user: User | null, name: string) =>
  callRoute(chartRoute.loader, `/officer/dashboard/charts/${name}`, { cookie: user ? cookies[user] : null, params: { chart: name } });

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  // One case's extension waits for the lead (the demo has none waiting).
  const waiting = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "<>", "closed").orderBy("id").executeTakeFirstOrThrow();
  await t.db.updateTable("inspection_cases").set({ extension_requested_at: "2026-11-30T01:00:00.000Z" }).where("id", "=", waiting.id).execute();
  // A case escalated when overdue and decided since: its escalation is history, not counted.
  const decided = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "=", "decided").orderBy("id").executeTakeFirstOrThrow();
  await t.db.updateTable("inspection_cases").set({ escalated_at: "2026-11-20T01:00:00.000Z" }).where("id", "=", decided.id).execute();
  // Decided today: one case still decided, one closed since (the month's figure counts both, its queue lists both).
  const today = shanghaiDate();
  const [stillDecided, closedSince] = await Promise.all(
    (["decided", "closed"] as const).map((status) =>
      t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "=", status).where("decision_kind", "is not", null).orderBy("id", "desc").executeTakeFirstOrThrow(),
    ),
  );
  await t.db.updateTable("inspection_cases").set({ decided_on: today }).where("id", "=", stillDecided.id).execute();
  await t.db.updateTable("inspection_cases").set({ decided_on: today, closed_on: today }).where("id", "=", closedSince.id).execute();
  for (const user of USERS) cookies[user] = await sessionCookieFor(t.db, user);
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

async function expected(regionPrefix: string) {
  const rows = await t.db.selectFrom("inspection_cases").select(["status", "due_state", "escalated_at", "extension_requested_at", "region_code"]).where("region_code", "like", `${regionPrefix}%`).execute();
  const open = rows.filter((r) => r.status !== "closed");
  return { open: open.length, overdue: open.filter((r) => r.due_state === "overdue").length, escalated: open.filter((r) => r.escalated_at !== null && r.status !== "decided").length,
    extensionsWaiting: open.filter((r) => r.extension_requested_at !== null).length,
  };
}

describe("the dashboard", () => {
  it("counts a district's cases as they are, with charts drawn on the server", async () => {
    const r = await view("haishu.market");
    expect(r.status).toBe(200);
    const { dashboard, chartsVersion } = r.body as Body;
    const want = await expected("330203");
    expect(dashboard.open.reduce((n, o) => n + o.count, 0)).toBe(want.open);
    expect(dashboard.overdue).toBe(want.overdue);
    expect(dashboard.escalated).toBe(want.escalated);
    expect(dashboard.extensionsWaiting).toBe(want.extensionsWaiting);
    expect(want.extensionsWaiting).toBe(1);
    expect(want.overdue).toBeGreaterThan(0);
    expect(dashboard.districts).toEqual([]);
    expect(dashboard.decidedInWindow).toBeGreaterThan(0);
    expect(dashboard.averageDaysToDecision).toBeGreaterThan(0);
    expect(chartsVersion).toMatch(/^[\w-]{10}$/);
    const open = await chart("haishu.market", "open");
    expect(open.status).toBe(200);
    expect(open.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(open.body).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(open.body).toContain("待处理");
    expect((await chart("haishu.market", "decisions")).body).toMatch(/^<svg/);
    expect((await chart("haishu.market", "constructor")).status).toBe(404);
    // Development-reform officers read cases: they see the same figures.
    expect(((await view("haishu.ndrc")).body as Body).dashboard.overdue).toBe(want.overdue);
  });

  it("keeps each district to its own, and gives a city its districts", async () => {
    const jiangbei = (await view("jiangbei.market")).body as Body;
    expect(jiangbei.dashboard.open.reduce((n, o) => n + o.count, 0)).toBe((await expected("330205")).open);
    const city = (await view("ningbo.lead")).body as Body;
    const want = await expected("3302");
    expect(city.dashboard.open.reduce((n, o) => n + o.count, 0)).toBe(want.open);
    expect(city.dashboard.districts.map((d) => d.name)).toEqual(expect.arrayContaining(["海曙区", "江北区"]));
    expect(city.dashboard.districts.reduce((n, d) => n + d.open, 0)).toBe(want.open);
    expect((await view("admin")).status).toBe(200);
  });

  it("links each district's row, its overdue and its due-soon figures to the queue of that district, which counts the same", async () => {
    const city = (await view("ningbo.lead")).body as Body;
    const markup = await renderStatic(dashboardRoute.default, { url: "/officer/dashboard", loaderData: city });
    const table = markup.match(/data-testid="dashboard-districts"[\s\S]*?<\/table>/)?.[0] ?? "";
    expect(textOf(table)).toContain(`${CASE_DUE_SOON_WORKING_DAYS} 个工作日内到期`);
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...m[1].matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((a) => ({ href: a[1].replace(/&amp;/g, "&"), text: a[2] })));
    expect(rows.length).toBe(city.dashboard.districts.length);
    expect(city.dashboard.districts.length).toBeGreaterThan(1);
    for (const [i, d] of city.dashboard.districts.entries()) {
      // The name and the open count, the overdue, the due-soon and the decided-this-month figures: five links, each to
      // the district's view (the last one's count: the next test).
      expect(rows[i], d.name).toEqual([
        { href: `/officer/cases?district=${d.code}`, text: d.name },
        { href: `/officer/cases?district=${d.code}`, text: String(d.open) },
        { href: `/officer/cases?district=${d.code}&overdue=1`, text: String(d.overdue) },
        { href: `/officer/cases?district=${d.code}&within=${CASE_DUE_SOON_WORKING_DAYS}`, text: String(d.dueSoon) },
        { href: `/officer/cases?state=all&district=${d.code}&decided=this_month`, text: String(d.decidedThisMonth) },
      ]);
      // One click: the queue there shows the cases the figure counts.
      for (const [link, figure] of [[rows[i][1], d.open], [rows[i][2], d.overdue], [rows[i][3], d.dueSoon]] as const) {
        const queue = await callRoute(queueRoute.loader, link.href, { cookie: cookies["ningbo.lead"] });
        expect(queue.status).toBe(200);
        const body = queue.body as CaseQueue & { ignored: string[] };
        expect(body.ignored, link.href).toEqual([]);
        expect(body.counts.byTab.open, link.href).toBe(figure);
      }
    }
    expect(city.dashboard.districts.some((d) => d.overdue > 0)).toBe(true);
  });

  it("links the decided-this-month figure, and each district's, to the queue of exactly those cases (closed since too)", async () => {
    const month = shanghaiDate().slice(0, 7);
    const link = (html: string, label: string) => html.match(new RegExp(`<dt[^>]*>${label}</dt><dd[^>]*><a [^>]*href="([^"]*)"[^>]*>(\\d+)</a>`))?.slice(1).map((x) => x.replace(/&amp;/g, "&"));
    for (const user of ["haishu.market", "ningbo.lead", "admin"] as const) {
      const { dashboard } = (await view(user)).body as Body;
      const figure = dashboard.decisionsThisMonth.reduce((n, x) => n + x.count, 0);
      const html = await renderStatic(dashboardRoute.default, { url: "/officer/dashboard", loaderData: (await view(user)).body });
      expect(link(html, "本月作出决定"), user).toEqual(["/officer/cases?state=all&decided=this_month", String(figure)]);
      // The cases the figure counts, read here: decided this month within the viewer's scope.
      const prefix = user === "haishu.market" ? "330203" : user === "ningbo.lead" ? "3302" : "";
      const want = (await t.db.selectFrom("inspection_cases").select("id").where("region_code", "like", `${prefix}%`).where("decided_on", "like", `${month}-%`).execute()).map((c) => c.id).sort();
      expect(figure, user).toBe(want.length);
      expect(want.length).toBeGreaterThanOrEqual(2);
      const queue = (await callRoute(queueRoute.loader, "/officer/cases?state=all&decided=this_month&size=100", { cookie: cookies[user] })).body as CaseQueue & { ignored: string[] };
      expect(queue.ignored).toEqual([]);
      expect(queue.counts.byTab.all, user).toBe(figure);
      expect(queue.rows.map((c) => c.id).sort(), user).toEqual(want);
      expect(queue.rows.some((c) => c.status === "closed")).toBe(true);
    }
    // A city's districts: each one's month opens that district's month.
    const city = (await view("ningbo.lead")).body as Body;
    const html = await renderStatic(dashboardRoute.default, { url: "/officer/dashboard", loaderData: city });
    const table = html.match(/data-testid="dashboard-districts"[\s\S]*?<\/table>/)?.[0] ?? "";
    const cells = [...table.matchAll(/<td data-col="decided"[^>]*>[\s\S]*?<a [^>]*href="([^"]*)"[^>]*>(\d+)<\/a>/g)].map((m) => ({ href: m[1].replace(/&amp;/g, "&"), n: Number(m[2]) }));
    expect(cells).toEqual(city.dashboard.districts.map((d) => ({ href: `/officer/cases?state=all&district=${d.code}&decided=this_month`, n: d.decidedThisMonth })));
    for (const cell of cells) {
      const queue = (await callRoute(queueRoute.loader, cell.href, { cookie: cookies["ningbo.lead"] })).body as CaseQueue;
      expect(queue.counts.byTab.all, cell.href).toBe(cell.n);
    }
  });

  it("says due soon in as many working days as the queue it links to, which counts the same cases and says the same", async () => {
    expect(CASE_DUE_SOON_WORKING_DAYS).toBe(3);
    const body = (await view("haishu.market")).body as Body;
    expect(body.dashboard.dueSoonDays).toBe(CASE_DUE_SOON_WORKING_DAYS);
    const markup = await renderStatic(dashboardRoute.default, { url: "/officer/dashboard", loaderData: body });
    const figures = markup.match(/data-testid="dashboard-figures"[\s\S]*?<\/dl>/)?.[0] ?? "";
    expect(textOf(figures)).toContain("3 个工作日内到期");
    expect(figures).toContain('href="/officer/cases?within=3"');
    const queue = await callRoute(queueRoute.loader, "/officer/cases?within=3", { cookie: cookies["haishu.market"] });
    const listed = queue.body as CaseQueue;
    // The figure's view holds the cases it counts, and the queue's own due-soon figure counts them too.
    expect(listed.counts.byTab.open).toBe(body.dashboard.dueSoon);
    expect(listed.counts.dueSoon).toBe(body.dashboard.dueSoon);
    const page = textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?within=3", loaderData: listed }));
    expect(page).toContain(`3 个工作日内到期 ${body.dashboard.dueSoon} 件`);
  });

  it("is refused to operators and sends anonymous users to sign in", async () => {
    expect((await view("kg006")).status).toBe(403);
    expect((await chart("kg006", "open")).status).toBe(403);
    expect((await chart(null, "open")).status).toBe(302);
    const anonymous = await view(null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
  });
});
