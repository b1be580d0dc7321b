/**
 * 校验审计链 on the admin's audit log page (the built app): the administrator's post starts a verification and is
 * sent back to the page, which shows it running; a second post while it runs is refused (409) and says so; the
 * page then shows the result in Chinese or English: the chain holds, its head's place and full hash to keep, when
 * and by whom; after an entry is edited behind the application's back, broken at that entry in the command line's
 * words. A lead (who may not read the log) is refused (403), nothing stored; a stranger is sent to sign in.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { processors } from "../../jobs/processors";
import { createInProcessRunner } from "../../jobs/runner";
import { silentLogger } from "../../jobs/logger";
import { commitLang } from "~/web/lang.server";
import { getRulesRuntime } from "~/web/rules.server";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const verify = (username: string | null) => app.post("/admin/audit?index", username, { intent: "verify" });
const page = async (cookie?: string) => {
  const res = await app.get("/admin/audit", "admin", cookie);
  expect(res.status).toBe(200);
  const html = await res.text();
  const start = html.indexOf('data-testid="audit-verification"');
  return html.slice(start, html.indexOf("</section>", start));
};
const verifications = async () => Number((await app.db().selectFrom("audit_verifications").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
/** The job's stretches (and whatever else the demo left waiting), as the web process's own runner runs them. */
const runJobs = () => createInProcessRunner({ db: app.db(), ctx: { db: app.db(), rules: getRulesRuntime(), logger: silentLogger }, processors }).drainOnce();

describe("校验审计链 on the audit log page", () => {
  it("refuses a lead (403) and sends a stranger to sign in, storing nothing", async () => {
    const lead = await verify("haishu.lead");
    expect(lead.status).toBe(403);
    const stranger = await verify(null);
    expect(stranger.status).toBe(302);
    expect(stranger.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(await verifications()).toBe(0);
    expect(await page()).toContain("还没有在本页校验过审计链");
  });

  it("starts a verification for the administrator; a second while it runs is refused and says so; then shows that the chain holds", async () => {
    const started = await verify("admin");
    expect(started.status).toBe(302);
    expect(started.headers.get("Location")).toBe("/admin/audit");
    const running = await page();
    expect(running).toMatch(/校验进行中：已核对 0 \/ [\d,]+ 条/);
    expect(running).toMatch(/<button[^>]*disabled=""[^>]*>校验审计链<\/button>/);

    const again = await verify("admin");
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("已有一次校验正在进行，请等它完成后再发起");
    expect(await verifications()).toBe(1);

    expect((await runJobs()).deadLettered).toBe(0);
    const v = await app.db().selectFrom("audit_verifications").selectAll().executeTakeFirstOrThrow();
    expect(v.status).toBe("holds");
    const holds = await page();
    expect(holds).toContain(`审计链完整：第 1 条至第 ${v.head_seq} 条共 ${Number(v.checked).toLocaleString("zh-CN")} 条记录，逐条核对无误。`);
    expect(holds).toContain(`<code class="wrap">${v.head_hash}</code>`);
    expect(holds).toMatch(/<dt[^>]*>发起人<\/dt><dd[^>]*>admin<\/dd>/);
    expect(holds).not.toMatch(/<button[^>]*disabled/);
    const en = await page(cookieHeaderFrom(await commitLang("en")));
    expect(en).toContain(`The audit chain holds: entries 1 to ${v.head_seq}`);
    expect(en).toContain("Verify audit chain");

    // Both steps are in the log, in words.
    const log = await (await app.get("/admin/audit?action=audit_chain.", "admin")).text();
    expect(log).toContain("发起审计链校验");
    expect(log).toContain("审计链校验完成");
  });

  it("after an entry is edited behind the application's back, shows the chain broken at that entry and why", async () => {
    const edited = await app.db().selectFrom("audit_log").select(["id", "seq"]).where("seq", "=", 2).executeTakeFirstOrThrow();
    await sql`update audit_log set entity_id = 'forged' where seq = 2`.execute(app.db());
    expect((await verify("admin")).status).toBe(302);
    await runJobs();
    const broken = await page();
    expect(broken).toContain(`审计链断开：第 2 条（${edited.id}）与其哈希不符：记录内容被改动。`);
    const en = await page(cookieHeaderFrom(await commitLang("en")));
    expect(en).toContain(`The audit chain is broken: entry 2 (${edited.id}) does not match its hash: its content was changed.`);
  });

  // The panel keeps the latest result only: once it is broken, when the chain last held (and at which head) is what
  // the administrator needs next, and every result is audited with its head and outcome.
  it("leads from the latest result to every earlier one, the one that held with its head among them", async () => {
    const link = (await page()).match(/<a ([^>]*data-testid="audit-verification-history"[^>]*)>([^<]*)<\/a>/);
    expect(link?.[2]).toBe("历次校验结果及其链头（审计日志中的“审计链校验完成”记录）");
    const href = link![1].match(/href="([^"]*)"/)![1].replace(/&amp;/g, "&");
    expect(href).toBe("/admin/audit?action=audit_chain.verified");
    const results = await app.db().selectFrom("audit_verifications").select(["status", "head_hash"]).orderBy("started_at").execute();
    expect(results.map((r) => r.status)).toEqual(["holds", "broken"]);
    const res = await app.get(href, "admin");
    expect(res.status).toBe(200);
    const log = await res.text();
    for (const r of results) expect(log).toContain(r.head_hash);
    expect(log).toContain("完整");
    expect(log).toContain("断开");
  });
});
