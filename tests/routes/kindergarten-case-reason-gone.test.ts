/**
 * The kindergarten's own inspection notice says when the case's reason is gone (原因已消除, `flags_cleared_at`: a
 * re-evaluation found the rule no longer flags the term's newest filing), in its own words: when, by what change
 * (its account approved, its new filing), that the authority still decides and the portal closes no case, and that
 * an answer still due is still due. Its list marks the case. Called as the server would, signed in as the
 * kindergarten's bookkeeper, on a real database (SQLite, or Postgres with TEST_DB=pg); the case is cleared by the
 * domain as it is in production (the approval's evaluation, a newer filing), and worked by a market officer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { workCase } from "~/domain/cases/case-work.server";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import { reviewAccount } from "~/domain/fee-accounts/fee-account.service.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { hashPassword } from "~/domain/users/password.server";
import * as casePage from "~/routes/kindergarten+/cases.$caseId";
import * as caseList from "~/routes/kindergarten+/cases._index";
import { setDb } from "~/web/db.server";
import {
  createActor,
  createOfficer,
  HAISHU,
  insertCareFeeFiling,
  rulesInForce,
  seedReferenceData,
} from "../factories/domain";
import {
  fileAccountFor,
  namedKindergarten,
} from "../factories/fee-accounts";
import { renderStatic, textOf } from "../setup/render-static";
import {
  callRoute,
  DEMO_PASSWORD,
  sessionCookieFor,
} from "../setup/route-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

/** 2026-11-30 10:00 in Asia/Shanghai (a Monday). */
const NOW = new Date("2026-11-30T02:00:00.000Z");
const TODAY = "2026-11-30";
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const store = localDirectoryStore(
  "/tmp/kindergarten-case-reason-gone-evidence"
);

let t: TestDb;
let db: DB;
let rules: RulesRuntime;
let education: Actor;
let market: Actor;
let kg: { id: string; name: string; operator: Actor };
let cookie: string;
let caseId: string;

type Loaded = {
  case: { id: string; reasonGoneDetail: Record<string, unknown> | null };
};

const load = async () => {
  const res = await callRoute(
    casePage.loader,
    `/kindergarten/cases/${caseId}`,
    { cookie, params: { caseId } }
  );
  expect(res.status).toBe(200);
  return res.body as Loaded;
};
const render = async (lang: "zh-CN" | "en" = "zh-CN") => {
  const loaded = await load();
  const html = await renderStatic(casePage.default, {
    url: `/kindergarten/cases/${caseId}`,
    loaderData: loaded,
    lang,
  });
  const box =
    html.match(
      /<div class="notice" data-testid="case-reason-gone">[\s\S]*?<\/div>/
    )?.[0] ?? null;
  return {
    loaded,
    html,
    box: box === null ? null : textOf(box).replaceAll("&#x27;", "'"),
  };
};

async function step(input: Record<string, unknown>, now: Date) {
  const { version } = await db
    .selectFrom("inspection_cases")
    .select("version")
    .where("id", "=", caseId)
    .executeTakeFirstOrThrow();
  const result = await workCase({
    db,
    actor: market,
    caseId,
    input: { version: String(version), ...input },
    now,
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  setDb(db);
  await seedReferenceData(db);
  rules = await rulesInForce(db, NOW);
  education = await createOfficer(db, "education", HAISHU);
  market = await createActor(db, "officer", { regionCode: HAISHU });
  kg = await namedKindergarten(db);
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(DEMO_PASSWORD) })
    .where("id", "=", kg.operator.id)
    .execute();
  cookie = await sessionCookieFor(db, kg.operator.username);

  // A schedule filed before any fee account: R09 opens a case, which the market office takes and notifies.
  const v1 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 1 });
  await evaluateFiling({ db, rules, now: NOW }, v1);
  caseId = (
    await db
      .selectFrom("inspection_cases")
      .select("id")
      .where("kindergarten_id", "=", kg.id)
      .where("rule_id", "=", "R09")
      .executeTakeFirstOrThrow()
  ).id;
  await step({ intent: "take" }, later(1));
  await step({ intent: "notify", answerDueOn: "2026-12-07" }, later(2));
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the kindergarten's notice of a case whose reason is gone", () => {
  it("says nothing of it while the flag holds", async () => {
    const { loaded, box } = await render();
    expect(loaded.case.reasonGoneDetail).toBeNull();
    expect(box).toBeNull();
  });

  it("once its account is approved: marked, when and why in its own words, the authority still decides, the answer still due", async () => {
    const accountId = await fileAccountFor({ db, rules, store }, kg, TODAY, later(10));
    expect(
      await reviewAccount({
        db,
        actor: education,
        accountId,
        input: { decision: "approve" },
        now: later(60),
      })
    ).toMatchObject({ ok: true });
    const queued = await db
      .selectFrom("outbox")
      .select(["topic", "payload"])
      .where("topic", "=", "filing.submitted")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const payload = JSON.parse(queued.payload) as {
      filingId: string;
      cause: { kind: "account_approved"; accountId: string };
    };
    await evaluateFiling(
      { db, rules, now: later(60) },
      payload.filingId,
      payload.cause
    );
    expect(
      (
        await db
          .selectFrom("inspection_cases")
          .select(["status", "flags_cleared_at"])
          .where("id", "=", caseId)
          .executeTakeFirstOrThrow()
      ).status
    ).toBe("awaiting_answer");

    const { loaded, html, box } = await render();
    // Told field by field: when, the cause, the filing's version; never the account's id nor anyone's.
    expect(loaded.case.reasonGoneDetail).toEqual({
      at: later(60).toISOString(),
      cause: "account_approved",
      filingVersion: 1,
      stillNotice: false,
    });
    expect(JSON.stringify(loaded)).not.toContain(accountId);
    expect(box).toContain("原因已消除");
    expect(box).toContain("本园的收费账户备案已审核通过");
    expect(box).toContain(
      "下列预警已不适用于本园本学期最新的收费备案（第 1 版）"
    );
    expect(box).toContain(
      "监管部门将核实预警期间的收费情况，再作出处理决定并结案；平台不会自动结案。"
    );
    expect(box).toContain("请仍在期限内答复本通知");
    // Above the flags it was opened for, which still explain why the case was opened.
    expect(html.indexOf('data-testid="case-reason-gone"')).toBeLessThan(
      html.indexOf("未备案收费账户")
    );

    const en = await render("en");
    expect(en.box).toContain("Reason recorded as gone");
    expect(en.box).toContain("your fee account's filing was approved");
    expect(en.box).toContain(
      "no longer applies to your latest fee filing of this term (version 1)"
    );
    expect(en.box).toContain("the portal closes no case by itself");
    expect(en.box).toContain("still answer this notice by its date");

    const list = await callRoute(caseList.loader, "/kindergarten/cases", {
      cookie,
    });
    const listHtml = await renderStatic(caseList.default, {
      url: "/kindergarten/cases",
      loaderData: list.body,
    });
    expect(listHtml).toMatch(
      /data-testid="case-reason-gone-mark">\s*原因已消除/
    );
  });

  it("goes when the rule fires again, and says a newer filing cleared it", async () => {
    // Version 2 takes effect before the approved account's first day: no account then, the flag is back.
    const v2 = await insertCareFeeFiling(db, kg.id, 200_000, {
      version: 2,
      effectiveFrom: "2026-11-01",
    });
    await evaluateFiling({ db, rules, now: later(120) }, v2);
    expect((await render()).box).toBeNull();
    const list = await callRoute(caseList.loader, "/kindergarten/cases", {
      cookie,
    });
    expect(
      await renderStatic(caseList.default, {
        url: "/kindergarten/cases",
        loaderData: list.body,
      })
    ).not.toContain("case-reason-gone-mark");

    const v3 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 3 });
    await evaluateFiling({ db, rules, now: later(180) }, v3);
    const { box } = await render();
    expect(box).toContain("本园提交了新的收费备案（第 3 版）");
    expect(box).toContain("本园本学期最新的收费备案（第 3 版）");
    expect((await render("en")).box).toContain(
      "you filed a new fee schedule (version 3)"
    );
  });

  it("once decided, keeps the mark without saying the authority will decide", async () => {
    await step(
      {
        intent: "decide",
        kind: "no_violation",
        basis: "procedure-art20",
        note: "账户已审核通过",
      },
      later(240)
    );
    const { box } = await render();
    expect(box).toContain("原因已消除");
    expect(box).not.toContain("监管部门将核实");
    expect(box).not.toContain("请仍在期限内答复");
  });
});
