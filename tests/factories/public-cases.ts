/**
 * Public cases (典型案例) for tests, inserted directly as the publication
 * service will leave them: a published one with its content (checked against
 * `publicCaseContent`, as the public reads it), a withdrawn one with its
 * content cleared, or a draft. Each gets an inspection case of its own (the
 * foreign key), decided on `decidedOn`. Rows are written directly so a test
 * chooses the instants the public list is ordered by; the officers' way
 * (decided, drafted, submitted, approved through the domain) is
 * tests/factories/publication.ts.
 */
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { PublicCaseDecisionKind, PublicCaseStatus, PublicCaseWithdrawal } from "~/db/schema";
import { publicCaseContent, type PublicCaseContent } from "~/domain/publication/public-case.schema";
import { insertCase } from "./domain";

export interface PublicCaseOverrides {
  status?: PublicCaseStatus;
  ruleId?: string;
  decisionKind?: PublicCaseDecisionKind;
  decidedOn?: string;
  /** ISO instant; the list's order. Default: the decision day, 02:00 UTC. */
  publishedAt?: string;
  withdrawnAt?: string;
  withdrawalReason?: PublicCaseWithdrawal;
  summary?: string;
}

/** The content a published case carries, for a kindergarten as it is stored. */
export async function publicCaseContentFor(db: DB, kindergartenId: string, o: PublicCaseOverrides = {}): Promise<PublicCaseContent> {
  const k = await db.selectFrom("kindergartens").select(["id", "approved_name", "uscc", "nature", "region_code"]).where("id", "=", kindergartenId).executeTakeFirstOrThrow();
  const kind = o.decisionKind ?? "refund_ordered";
  return publicCaseContent.parse({
    kindergarten: { id: k.id, name: k.approved_name, uscc: k.uscc, nature: k.nature, regionCode: k.region_code, place: "浙江省宁波市海曙区" },
    rule: { id: o.ruleId ?? "R03", title: { zh: "超过政府指导价收费", en: "Above the guidance price" } },
    summary: o.summary ?? "该园2026年秋季学期保教费超过政府指导价上浮上限收取。",
    narrative: "经核查，多收部分已责令退还。",
    complaintExcerpt: "",
    decision: {
      kind,
      basis: kind === "penalty" ? "price_law_39" : "price_law_41",
      decidedOn: o.decidedOn ?? "2026-10-15",
      documentNo: kind === "penalty" ? "甬海市监罚〔2026〕12号" : null,
      penaltyArticle: kind === "penalty" ? "第九条" : null,
      amountFen: kind === "rectification_ordered" ? null : 1_250_000,
      families: kind === "refund_ordered" ? 25 : null,
      byDate: kind === "penalty" ? null : "2026-11-30",
    },
    outcome: { proofReceived: kind === "refund_ordered", refundFen: kind === "refund_ordered" ? 1_250_000 : null, refundFamilies: kind === "refund_ordered" ? 25 : null },
  });
}

/** Inserts a public case for the kindergarten and returns its id. */
export async function insertPublicCase(db: DB, kindergartenId: string, o: PublicCaseOverrides = {}): Promise<string> {
  const k = await db.selectFrom("kindergartens").select(["region_code", "nature"]).where("id", "=", kindergartenId).executeTakeFirstOrThrow();
  const status = o.status ?? "published";
  const ruleId = o.ruleId ?? "R03";
  const decidedOn = o.decidedOn ?? "2026-10-15";
  const kind = o.decisionKind ?? "refund_ordered";
  const caseId = await insertCase(db, { kindergartenId, regionCode: k.region_code, severity: "red", dueDate: decidedOn, status: "decided", ruleId, dueKind: null });
  const published = status === "published" || status === "withdrawn";
  const publishedAt = published ? (o.publishedAt ?? `${decidedOn}T02:00:00.000Z`) : null;
  const withdrawnAt = status === "withdrawn" ? (o.withdrawnAt ?? new Date(Date.parse(publishedAt!) + 90 * 86_400_000).toISOString()) : null;
  const content = status === "published" ? JSON.stringify(await publicCaseContentFor(db, kindergartenId, o)) : null;
  const id = ulid();
  await db
    .insertInto("public_cases")
    .values({
      id,
      decision_key: `${caseId}|${decidedOn}|${kind}`,
      case_id: caseId,
      kindergarten_id: kindergartenId,
      region_code: k.region_code,
      nature: k.nature,
      rule_id: ruleId,
      decision_kind: kind,
      decided_on: decidedOn,
      status,
      publish_due_on: decidedOn,
      published_at: publishedAt,
      published_on: publishedAt?.slice(0, 10) ?? null,
      withdraw_due_on: null,
      withdrawn_at: withdrawnAt,
      withdrawal_reason: status === "withdrawn" ? (o.withdrawalReason ?? "expired") : null,
      content,
      created_at: `${decidedOn}T01:00:00.000Z`,
      updated_at: withdrawnAt ?? publishedAt ?? `${decidedOn}T01:00:00.000Z`,
    })
    .execute();
  return id;
}
