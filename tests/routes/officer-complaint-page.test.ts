/**
 * The officer's complaint page, rendered by the built app as a browser receives it: the kindergarten's answer in
 * mediation is on the timeline under its name, with its explanation (the mediator reads what the kindergarten said).
 */
import { describe, expect, it } from "vitest";
import { newId } from "~/utils/ids";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

describe("the officer's complaint page", () => {
  it("shows the kindergarten's answer with its explanation", async () => {
    const db = app.db();
    const complaint = await db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").orderBy("id").executeTakeFirstOrThrow();
    const operator = await db.selectFrom("users").select("id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const explanation = "经核实，10月整月未出勤，已按退费办法退还保教费1880元。";
    await db
      .insertInto("complaint_events")
      .values({
        id: newId(),
        complaint_id: complaint.id,
        kind: "kindergarten_answer",
        actor_id: operator.id,
        party: "kindergarten",
        payload: JSON.stringify({ explanation, refundFen: 188_000, files: 0 }),
        public: 0,
        created_at: new Date().toISOString(),
      })
      .execute();
    const res = await app.get(`/officer/complaints/${complaint.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const timeline = /<ol class="timeline" data-testid="complaint-timeline">([\s\S]*?)<\/ol>/.exec(await res.text())?.[1] ?? "";
    expect(timeline).toContain("幼儿园答复");
    expect(timeline).not.toContain("handling.event.");
    expect(timeline).toContain(explanation);
  });

  it("shows a refund complaint's months whole, and the reference the kindergarten knows the complaint by", async () => {
    const db = app.db();
    const complaint = await db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").orderBy("id", "desc").executeTakeFirstOrThrow();
    const claims = [{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 3, paidFen: 280_000, refundedFen: 0 }];
    await db.updateTable("complaints").set({ kind: "refund", refund_claims: JSON.stringify(claims) }).where("id", "=", complaint.id).execute();
    const res = await app.get(`/officer/complaints/${complaint.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`data-testid="kindergarten-reference">${complaint.id.slice(-8)}<`);
    const table = /<caption>退费情况（按月填写）<\/caption>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    expect(table).toContain("2026-10");
    expect(table).toContain("2,800.00");
  });
});
