/**
 * A re-evaluation run's page names the change that started it, and links it only for a reader who may open it: runs
 * are read everywhere (read:reevaluation:any), a guidance batch only where its reader sees the region, a parameter
 * set only where its reader sets parameters. Walked: an officer of 江北 followed 海曙's run to its batch and got 404,
 * a market officer followed a parameter run to 403. Each reader's link is held to what the linked page answers them.
 * The batch is named by its source document (the price notice the officer entered), a parameter set by its basis
 * (依据与说明), not by their kind alone.
 * And a finished run that raised no flag says so, rather than that new flags are in the queue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { startReevaluation } from "~/domain/changes/reevaluation.server";
import { activeParameterSet, draftHaishuCareFeeBatch } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";
import { visibleTexts } from "../setup/visible-text";

const app = useBuiltApp();
const HAISHU = "330203";
const READERS = ["haishu.ndrc", "haishu.market", "jiangbei.ndrc", "admin"] as const;

let guidanceRun: { runId: string; subjectPath: string };
let parameterRun: { runId: string; subjectPath: string };

beforeAll(async () => {
  const db = app.db();
  const now = new Date();
  const batchId = await draftHaishuCareFeeBatch(db, { yuan: "900", grades: ["class1"], sourceDocument: "海发改〔2026〕41号" });
  guidanceRun = {
    runId: await startReevaluation(db, { reason: "guidance_prices", subjectId: batchId, actorId: null, now, regionCode: HAISHU }),
    subjectPath: `/officer/guidance-prices/batches/${batchId}`,
  };
  await activeParameterSet(db, HAISHU, "R06", { minLeadDays: 30 }, now);
  const set = await db.selectFrom("rule_parameter_sets").select("id").where("region_code", "=", HAISHU).where("rule_id", "=", "R06").executeTakeFirstOrThrow();
  // The basis the officer gave (依据与说明, asked for as the document number).
  await db.updateTable("rule_parameter_sets").set({ note: "海发改〔2026〕52号" }).where("id", "=", set.id).execute();
  parameterRun = {
    runId: await startReevaluation(db, { reason: "rule_parameters", subjectId: set.id, actorId: null, now, regionCode: HAISHU }),
    subjectPath: `/officer/changes/parameters/${set.id}`,
  };
});

const visibleText = (html: string) => visibleTexts(html).map((v) => v.text).join("\n");

async function runPage(runId: string, username: string): Promise<string> {
  const res = await app.get(`/officer/changes/runs/${runId}`, username);
  expect(res.status).toBe(200);
  return res.text();
}

describe("the change a run came from", () => {
  it("is linked for exactly the readers its page answers, and named for the others", async () => {
    const linked: Record<string, string[]> = {};
    for (const username of READERS) {
      for (const [kind, run] of [["guidance", guidanceRun], ["parameters", parameterRun]] as const) {
        const html = await runPage(run.runId, username);
        const hasLink = html.includes(`href="${run.subjectPath}"`);
        const opened = (await app.get(run.subjectPath, username)).status;
        expect({ username, kind, hasLink }).toEqual({ username, kind, hasLink: opened === 200 });
        if (hasLink) (linked[username] ??= []).push(kind);
        // The change is named either way: a guidance batch by the price notice it records, a parameter set by the
        // basis it records, beside its kind.
        expect(visibleText(html)).toContain(kind === "guidance" ? "指导价调整批次：海发改〔2026〕41号" : "规则参数调整：海发改〔2026〕52号");
      }
    }
    // 海曙's development-reform office reads and sets both; 海曙's market office reads the batch but sets no
    // parameters (403); 江北's reads neither of 海曙's (404); the administrator both.
    expect(linked).toEqual({ "haishu.ndrc": ["guidance", "parameters"], "haishu.market": ["guidance"], admin: ["guidance", "parameters"] });
  });
});

describe("a finished run", () => {
  it("says it raised no new flag when it raised none, and that new flags are in the queue when it did", async () => {
    const db = app.db();
    const finish = (runId: string, newlyFlagged: number) =>
      db.updateTable("reevaluation_runs").set({ status: "done", processed: 0, total: 0, newly_flagged: newlyFlagged, finished_at: new Date().toISOString() }).where("id", "=", runId).execute();
    await finish(guidanceRun.runId, 0);
    await finish(parameterRun.runId, 2);
    const none = visibleText(await runPage(guidanceRun.runId, "haishu.ndrc"));
    expect(none).toContain("重新评估已完成，没有新增预警。");
    expect(none).not.toContain("新增的预警已进入检查任务");
    expect(visibleText(await runPage(parameterRun.runId, "haishu.ndrc"))).toContain("重新评估已完成，新增的预警已进入检查任务。");
  });
});
