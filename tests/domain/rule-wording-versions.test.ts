/**
 * R04 v5, a correction of R04 v4's words (黄色预警阈值, not 黄色提示阈值), arriving in an installation that has run v4,
 * on a real database: it waits for an admin (the filings are still judged under v4 and their flags read v4's words);
 * activated from v4's first day with a reason (a correction), its run re-explains the active filing under v5, while a
 * flag stored under v4 on an older filing keeps v4's words and still reads whole. The rule versions' words record how
 * their conditions combine (rule_texts.condition_tree), so a stored flag's conditions read as alternatives where the
 * rule has them; a version recorded before that was kept gets it from the library at start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateRuleVersion } from "~/domain/changes/rule-version-change.server";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { getOwnFiling } from "~/domain/filings/filing.queries.server";
import { recordConditionTrees } from "~/domain/flags/stored-flags.server";
import { activateNewRules, createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import type { DB } from "~/db/client";
import { formatMessage } from "~/rules/explain";
import { loadRuleSet } from "~/rules/load/read-files";
import { conditionLines } from "~/utils/flag-words";
import { newId } from "~/utils/ids";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { createActor, createKindergartenWithOperator, HAISHU, insertCareFeeFiling, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const AT = new Date("2026-11-20T02:00:00.000Z");
const NOW = new Date("2026-12-05T03:00:00.000Z");

const library = loadRuleSet();
// The installation as released before this correction: every rule file but R04 v5.
const released = library.filter((d) => !(d.id === "R04" && d.version === 5));
const releasedRules = createRulesRuntime(released);
const upgradedRules = createRulesRuntime(library);

let t: TestDb;
let db: DB;
let admin: Actor;
let operator: Actor;
const filings: Record<"spring" | "autumn" | "next", string> = { spring: "", autumn: "", next: "" };

async function evaluate(rules: typeof releasedRules, ids: string[], now: Date) {
  await persistEvaluations({ db, rules, now }, await computeEvaluations({ db, rules }, ids));
}

/** The R04 flag of a filing as its page shows it: version, message and conditions in words. */
async function r04Flag(filingId: string) {
  const page = await getOwnFiling(db, operator, filingId, NOW);
  const flag = page?.flags.find((f) => f.rule_id === "R04");
  if (!flag) return null;
  return {
    version: flag.rule_version,
    message: formatMessage(flag.outcome, "zh"),
    conditions: conditionLines(flag.outcome.conditions, flag.outcome.conditionTree, "zh-CN").map((l) => l.words),
  };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  await activateNewRules(db, released, AT);
  admin = await createActor(db, "admin");
  const { kg, operator: op } = await createKindergartenWithOperator(db, { region_code: HAISHU, nature: "forprofit_private" });
  operator = op;
  // 1,000 → 1,125 (12.5 %, amber) → 1,240 (10.22 %, amber): both later filings flagged under v4, judged in 2026.
  filings.spring = await insertCareFeeFiling(db, kg.id, 100_000, { version: 1, term: "2026-spring", effectiveFrom: "2026-03-01", publishedOn: "2025-12-20" });
  filings.autumn = await insertCareFeeFiling(db, kg.id, 112_500, { version: 2, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-06-20" });
  filings.next = await insertCareFeeFiling(db, kg.id, 124_000, { version: 3, term: "2027-spring", effectiveFrom: "2027-03-01", publishedOn: "2026-12-20" });
  await evaluate(releasedRules, Object.values(filings), AT);
});

afterAll(async () => {
  await t?.destroy();
});

describe("R04 v5 in an installation that ran v4", () => {
  const v4Conditions = [
    "办园性质：营利性民办",
    "已有上一次备案：是",
    "满足以下任一条件：",
    "（1）最高涨幅：12.5%，达到黄色预警阈值 10%",
    "（2）最高涨幅：12.5%，未达到红色预警阈值 20%",
  ];

  it("flags stored under v4 read v4's words, with the thresholds as alternatives", async () => {
    expect(await r04Flag(filings.autumn)).toEqual({
      version: 4,
      message: "1 项收费较上次备案上涨 10% 及以上，最高涨幅 12.5%（黄色提示阈值 10%，红色预警阈值 20%）。",
      conditions: v4Conditions,
    });
  });

  it("waits for an admin: the upgrade activates nothing for R04, and an evaluation still applies v4", async () => {
    expect(await activateNewRules(db, library, NOW)).toEqual([]);
    const r04 = await db.selectFrom("rule_activations").select("id").where("rule_id", "=", "R04").orderBy("version").execute();
    expect(r04.map((r) => r.id)).toEqual(["R04@2", "R04@3", "R04@4"]);
    await evaluate(upgradedRules, [filings.next], NOW);
    expect((await r04Flag(filings.next))?.version).toBe(4);
  });

  it("activated from v4's first day (a correction, with a reason), its run re-explains the active filing; the older flag keeps v4's words", async () => {
    const result = await activateRuleVersion({
      submissionKey: newId(),
      db,
      actor: admin,
      rulesRuntime: upgradedRules,
      ruleId: "R04",
      version: 5,
      activeFrom: "2026-01-01",
      reason: "第 4 版把黄色预警阈值称为黄色提示阈值，与参数名称不一致，按更正后的措辞重新评估",
      now: NOW,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const runner = createInProcessRunner({ db, ctx: { db, rules: upgradedRules, logger: silentLogger }, processors });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });

    expect(await r04Flag(filings.next)).toEqual({
      version: 5,
      message: "1 项收费较上次备案上涨 10% 及以上，最高涨幅 10.22%（黄色预警阈值 10%，红色预警阈值 20%）。",
      conditions: [
        "办园性质：营利性民办",
        "已有上一次备案：是",
        "满足以下任一条件：",
        "（1）最高涨幅：10.22%，达到黄色预警阈值 10%",
        "（2）最高涨幅：10.22%，未达到红色预警阈值 20%",
      ],
    });
    // Not an active filing: the run leaves it, and it explains itself as it did.
    expect(await r04Flag(filings.autumn)).toEqual({
      version: 4,
      message: "1 项收费较上次备案上涨 10% 及以上，最高涨幅 12.5%（黄色提示阈值 10%，红色预警阈值 20%）。",
      conditions: v4Conditions,
    });
  });
});

describe("how a version's conditions combine, recorded with its words", () => {
  it("is recorded with the words; one recorded before it was kept reads as a list until start-up fills it from the library", async () => {
    const tree = await db.selectFrom("rule_texts").select("condition_tree").where("rule_id", "=", "R04").where("version", "=", 4).executeTakeFirstOrThrow();
    expect(JSON.parse(tree.condition_tree ?? "null")).toEqual({
      all: ["forProfit", "hasPreviousFiling", { any: ["increaseAtOrAboveAmber", "increaseAtOrAboveRed"] }],
    });

    // As a row recorded before migration 2026-12-05T0710 is, and one of a version no longer in the files.
    await db.updateTable("rule_texts").set({ condition_tree: null }).where("rule_id", "=", "R04").where("version", "=", 4).execute();
    await db
      .insertInto("rule_texts")
      .values({ rule_id: "R99", version: 1, title: "{}", message: "{}", legal_basis: "[]", recorded_at: AT.toISOString() })
      .execute();
    expect((await r04Flag(filings.autumn))?.conditions).toEqual([
      "办园性质：营利性民办",
      "已有上一次备案：是",
      "最高涨幅：12.5%，达到黄色预警阈值 10%",
      "最高涨幅：12.5%，未达到红色预警阈值 20%",
    ]);

    expect(await recordConditionTrees(db, library)).toBe(1);
    expect((await r04Flag(filings.autumn))?.conditions).toContain("满足以下任一条件：");
    // Nothing left to fill but the version the files no longer hold.
    expect(await recordConditionTrees(db, library)).toBe(0);
    const left = await db.selectFrom("rule_texts").select(["rule_id", "version"]).where("condition_tree", "is", null).execute();
    expect(left).toEqual([{ rule_id: "R99", version: 1 }]);
  });
});
