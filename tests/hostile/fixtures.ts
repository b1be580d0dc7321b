/**
 * What the hostile suite needs from the server's demo database: signed-in
 * demo accounts, a real value for every route param (drafts and a run made
 * through the domain first), the legitimate form of each action that stores
 * text (to send it with hostile characters), and the database checks (row
 * counts of every table, unwanted characters in any stored text).
 */
import { nextTermFilingPost } from "../setup/filing-post";
import crypto from "node:crypto";
import { ulid } from "ulid";
import { sql } from "kysely";
import type { DB } from "~/db/client";
import { startReevaluation } from "~/domain/changes/reevaluation.server";
import { addFeeItemType } from "~/domain/catalogue/catalogue.service.server";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { createParameterDraft } from "~/domain/rules-config/parameter-set.service.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { hasUnwantedCharacters } from "~/utils/clean-text";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { getEvidenceStore } from "~/web/evidence.server";
import { actorOf, draftHaishuCareFeeBatch, HAISHU } from "../factories/domain";
import { commitSessionCookie } from "~/web/auth.server";
import { guidanceDraftFields } from "../setup/guidance-draft-post";
import { cookieHeaderFrom } from "../setup/route-helpers";

/** Tried in this order for each route: the first that reaches it is used. */
export const ACCOUNTS = ["kg006", "haishu.ndrc", "haishu.edu", "admin", "haishu.market", "haishu.lead"] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Every character class the form reader removes, around ordinary text: NUL, a bell, bidi override and isolate, zero-width, a decomposed é. */
export const DIRTY = "甲\u0000乙\u202E丙\u200B丁\u0007戊\u2066e\u0301";
/** A valid 1×1 PNG: evidence that passes the content check. */
const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** The same without NUL (a CSV with NUL is refused as binary before its text is read). */
export const DIRTY_TEXT = "甲乙\u202E丙\u200B丁\u2066e\u0301";

/** A real value for each route param in the app; a route with a new param name fails until it is added here. */
export async function routeParams(db: DB): Promise<Record<string, string>> {
  const ndrc = await actorOf(db, "haishu.ndrc");
  const admin = await actorOf(db, "admin");
  const operator = await actorOf(db, "kg006");
  const rules = createRulesRuntime(loadRuleSet());
  const rule = rules.library.find((d) => d.id === "R06") ?? rules.library[0];

  const batchId = await draftHaishuCareFeeBatch(db, { yuan: "1500", grades: ["class1"], sourceDocument: "探测用草稿〔2026〕1号" });
  const set = await createParameterDraft({ submissionKey: ulid(), db, actor: ndrc, rulesRuntime: rules, regionCode: HAISHU, ruleId: "R06", params: { minLeadDays: "30" }, note: "探测用草稿" });
  if (!set.ok) throw new Error(`parameter draft refused: ${JSON.stringify(set)}`);
  const item = await addFeeItemType({
    submissionKey: ulid(),
    db,
    actor: ndrc,
    input: { category: "service", regionCode: HAISHU, code: "SVC_PROBE", nameZh: "探测项目", nameEn: "Probe item" },
  });
  if (!item.ok) throw new Error(`catalogue item refused: ${JSON.stringify(item)}`);
  const runId = await startReevaluation(db, { reason: "manual", subjectId: null, actorId: admin.id, now: new Date() });

  const filing = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", operator.kindergartenId!).executeTakeFirstOrThrow();
  // kg006's case from a complaint, notified (demo case story): its operator may answer it, Haishu officers read it.
  const kase = await db
    .selectFrom("inspection_cases")
    .select(["id", "version"])
    .where("kindergarten_id", "=", operator.kindergartenId!)
    .where("notified_at", "is not", null)
    .executeTakeFirstOrThrow();
  // A Haishu account filing awaiting review (the demo data has one).
  const pendingAccount = await db
    .selectFrom("bank_accounts as a")
    .innerJoin("kindergartens as k", "k.id", "a.kindergarten_id")
    .select("a.id")
    .where("a.status", "=", "pending")
    .where("k.region_code", "=", HAISHU)
    .executeTakeFirstOrThrow();
  // A complaint about kg006's (Haishu) kindergarten.
  const complaint = await submitComplaint({
    db,
    store: getEvidenceStore(),
    input: {
      kindergartenId: operator.kindergartenId!,
      track: "complaint",
      kind: "refund",
      learnedOn: "2026-09-01",
      narrative: "退园后保教费未按规定退还，园方拒绝说明。",
      contactName: "探测用投诉人",
      contactPhone: "13800000000",
      contactAddress: "海曙区探测路1号",
    },
    files: [],
    extraFiles: 0,
    intakeKey: ulid(),
    honeypot: "",
  });
  if (!complaint.ok) throw new Error(`complaint refused: ${JSON.stringify(complaint)}`);
  // In mediation: its operator may read and answer it, and a Haishu officer may act on it.
  await db.updateTable("complaints").set({ status: "mediating", accepted_on: "2026-09-02" }).where("id", "=", complaint.complaintId).execute();
  // The demo's spot-check draw (海曙), and an officer its lead may declare in conflict.
  const draw = await db.selectFrom("spot_check_draws").select("id").executeTakeFirstOrThrow();
  // An officer of the lead's own office (a district's lead sends the district's officers only).
  const conflictOfficer = await db.selectFrom("users").select("id").where("username", "=", "haishu.market6").executeTakeFirstOrThrow();
  // An account the administrator's pages edit, none the suite signs in as (a deactivation or reset would lock it out).
  const account = await db.selectFrom("users").select("id").where("username", "=", "jiangbei.market").executeTakeFirstOrThrow();
  // An evidence file (none is attached to this complaint: the officer's download answers 404).
  const evidence = await db.selectFrom("evidence_files").select("id").executeTakeFirst();
  return {
    complaintId: complaint.complaintId,
    complaintVersion: "1",
    evidenceId: evidence?.id ?? "01J00000000000000000000000",
    filingId: filing.id,
    caseId: kase.id,
    caseVersion: String(kase.version),
    accountId: pendingAccount.id,
    id: operator.kindergartenId!,
    code: item.code,
    batchId,
    setId: set.setId,
    runId,
    ruleId: rule.id,
    version: String(rule.version),
    drawId: draw.id,
    chart: "open",
    conflictOfficerId: conflictOfficer.id,
    userId: account.id,
  };
}

/**
 * A session cookie for a demo account: a session row written directly, as a
 * sign-in would, without hashing the password again (the suite signs in a few
 * hundred times, since any accepted post may be a sign-out).
 */
export async function signIn(db: DB, account: Account): Promise<string> {
  const user = await db.selectFrom("users").select("id").where("username", "=", account).executeTakeFirstOrThrow();
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  await db
    .insertInto("sessions")
    .values({ id, user_id: user.id, created_at: now.toISOString(), expires_at: new Date(now.getTime() + 3_600_000).toISOString(), revoked_at: null, user_agent: null })
    .execute();
  return cookieHeaderFrom(await commitSessionCookie(id));
}

/**
 * A one-row 海曙 guidance-price draft as the drafting page and the edit page post it: `first` is the page's own field
 * (the drafting page's one-time key, the edit page's version), then the row with its grade, price and source document.
 */
function guidanceDraftForm(first: Record<string, string>, row: { grade: string; yuan: number; source: string }): URLSearchParams {
  const { submissionKey: _key, ...fields } = guidanceDraftFields({
    "rows[0].grade": row.grade,
    "rows[0].base_price_yuan": String(row.yuan),
    "rows[0].source_document": row.source,
  });
  return new URLSearchParams({ ...first, ...fields });
}

/**
 * The legitimate form of each action that stores text, with `dirty` in every
 * text field, as its page would post it: a create form with a fresh one-time
 * submission key, as its loader gives it. `n` keeps repeated posts distinct.
 * Actions not listed get a generic form of dirty text in the fields they read.
 */
export function storingForm(routeId: string, params: Record<string, string>, dirty: string, n: number, kindergartenId: string): URLSearchParams | FormData {
  const submissionKey = ulid();
  switch (routeId) {
    case "routes/officer+/catalogue._index":
      return new URLSearchParams({ submissionKey, category: "service", regionCode: HAISHU, code: `SVC_DIRTY_${n}`, nameZh: `名称${n}${dirty}`, nameEn: `Name ${n}${dirty}` });
    case "routes/officer+/spot-checks.new":
      return new URLSearchParams({
        submissionKey,
        regionCode: HAISHU,
        stratify: "none",
        count: "1",
        seed: "",
        excluded: params.conflictOfficerId,
        [`reason_${params.conflictOfficerId}`]: `回避理由${n}${dirty}`,
        // The demo drew 海曙 within 30 days: drawing it again takes a reason (stored and published).
        redrawReason: `再次抽取原因${n}${dirty}`,
      });
    case "routes/admin+/users.new":
      return new URLSearchParams({ submissionKey, username: `dirty.user${n}`, displayName: `新用户${n}${dirty}`, role: "officer", agency: "market", regionCode: HAISHU });
    case "routes/officer+/kindergartens.$id_.accounts":
      // The education office opens a bookkeeper's account for the kindergarten of the page.
      return new URLSearchParams({ intent: "create", submissionKey, username: `dirty.op${n}`, displayName: `园方${n}${dirty}` });
    case "routes/admin+/users.import": {
      // The preview's 导入: the file's text sent back with the upload's key (multipart, as the page posts it).
      const form = new FormData();
      form.append("intent", "import");
      form.append("submissionKey", submissionKey);
      form.append("fileName", `accounts-${n}${dirty}.csv`);
      form.append("csv", `username,display_name,role,kindergarten_uscc,agency,region_code,lead\r\ndirty.import${n},导入用户${n}${dirty},officer,,market,${HAISHU},\r\n`);
      return form;
    }
    case "routes/admin+/users.$userId":
      return new URLSearchParams({ intent: "save", displayName: `江北区市场监督管理局${n}${dirty}`, agency: "market", regionCode: "330205" });
    case "routes/officer+/catalogue.$code":
      return new URLSearchParams({ nameZh: `改名${n}${dirty}`, nameEn: `Renamed ${n}${dirty}` });
    case "routes/officer+/guidance-prices.new":
      return guidanceDraftForm({ submissionKey }, { grade: "class2", yuan: 1000 + n, source: `海发改〔2026〕${n}号${dirty}` });
    case "routes/officer+/guidance-prices.batches.$batchId_.edit":
      // The draft's first edit is saved (version 1); a later transport's, made from the same version with other rows
      // (its own price), is a 409.
      return guidanceDraftForm({ version: "1" }, { grade: "class1", yuan: 1400 + n, source: `海发改〔2026〕${n}号${dirty}` });
    case "routes/officer+/guidance-prices.import": {
      const csv =
        "region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to,source_document\r\n" +
        `${HAISHU},inclusive_private,class3,all,care_education,${900 + n},10,2026-09-01,,"甬价〔2026〕${n}号${DIRTY_TEXT}"\r\n`;
      const form = new FormData();
      form.append("submissionKey", submissionKey);
      form.append("file", new File([csv], `prices-${n}${DIRTY_TEXT}.csv`, { type: "text/csv" }));
      return form;
    }
    case "routes/officer+/kindergartens.new": {
      const first17 = `52${HAISHU}MJE${String(n).padStart(6, "0")}`;
      return new URLSearchParams({
        submissionKey,
        uscc: `${first17}${computeUsccCheckChar(first17)}`,
        approvedName: `宁波市海曙区登记${n}${dirty}幼儿园`,
        nature: "nonprofit_private",
        grade: "class2",
        regionCode: HAISHU,
        address: `宁波市海曙区某路${n}号${dirty}`,
        status: "active",
      });
    }
    case "routes/officer+/kindergartens.import": {
      // The preview page's confirmation: the file's text posted back and committed, a kindergarten per post.
      const first17 = `52${HAISHU}MJD${String(n).padStart(6, "0")}`;
      const form = new FormData();
      form.append("submissionKey", submissionKey);
      form.append("intent", "commit");
      form.append("fileName", `名录-${n}${dirty}.csv`);
      form.append(
        "csv",
        "uscc,approved_name,name_in_use,nature,grade,region_code,address,status\r\n" +
          `${first17}${computeUsccCheckChar(first17)},宁波市海曙区导入${n}${dirty}幼儿园,,nonprofit_private,class2,${HAISHU},宁波市海曙区某路${n}号${dirty},active\r\n`,
      );
      return form;
    }
    case "routes/officer+/changes.parameters._index":
      return new URLSearchParams({ submissionKey, regionCode: HAISHU, ruleId: "R06", note: `说明${n}${dirty}`, "params.minLeadDays": String(20 + n) });
    case "routes/kindergarten+/account.new": {
      const form = new FormData();
      form.append("submissionKey", submissionKey);
      form.append("kindergartenId", kindergartenId);
      form.append("bankName", `中国建设银行${dirty}`);
      form.append("branchName", `宁波海曙支行${n}${dirty}`);
      form.append("accountName", `账户名称${n}${dirty}`);
      form.append("accountNumber", `3315 0198 3601 0000 ${String(n).padStart(4, "0")}`);
      form.append("effectiveFrom", new Date(Date.now() + 8 * 86_400_000 + 30 * 86_400_000).toISOString().slice(0, 10));
      form.append("evidence", new File([TINY_PNG], `开户许可证${n}${DIRTY_TEXT}.png`, { type: "image/png" }));
      return form;
    }
    case "routes/kindergarten+/meal-fund.new":
      // This month's account (Shanghai): each transport's post is the month's next revision.
      return new URLSearchParams({
        submissionKey,
        kindergartenId,
        month: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7),
        income: String(1000 + n),
        "spending.food": "900",
        "spending.fuel": "40",
        "spending.utensils": "10",
        "spending.other": "0",
        childCount: "20",
        mealDays: "1",
        note: `说明${n}${dirty}`,
      });
    case "routes/kindergarten+/complaints.$complaintId": {
      const form = new FormData();
      form.append("explanation", `情况说明${n}${dirty}`);
      form.append("refund", "100");
      form.append("evidence", new File([TINY_PNG], `退费凭证${n}${DIRTY_TEXT}.png`, { type: "image/png" }));
      return form;
    }
    case "routes/kindergarten+/cases.$caseId": {
      // The first transport's answer is stored; the next ones carry a stale version (409, nothing stored).
      const form = new FormData();
      form.append("version", params.caseVersion);
      form.append("explanation", `情况说明${n}${dirty}`);
      form.append("refundAmount", "100");
      form.append("refundFamilies", "1");
      form.append("evidence", new File([TINY_PNG], `退费凭证${n}${DIRTY_TEXT}.png`, { type: "image/png" }));
      return form;
    }
    case "routes/kindergarten+/fees.new":
      return nextTermFilingPost({ kindergartenId, submissionKey, amount: "2380", text: (label) => `${label}${n}${dirty}` });
    case "routes/_public+/kindergartens_.$id_.check-account":
      // A number that is not the filed one: the check is recorded (the name is not).
      return new URLSearchParams({ accountNumber: `6222 0200 ${String(n).padStart(8, "0")}`, accountName: `户名${n}${dirty}` });
    case "routes/_public+/complaints.new": {
      // A parent's complaint with a photo, as the phone posts it (multipart; its one-time key is intakeKey).
      const form = new FormData();
      form.append("intakeKey", submissionKey);
      form.append("kindergartenId", kindergartenId);
      form.append("track", "complaint");
      form.append("kind", "above_filed");
      form.append("items[0].name", `保教费${n}${dirty}`);
      form.append("items[0].amount", "3200");
      form.append("items[0].unit", "month");
      form.append("learnedOn", "2026-09-01");
      form.append("narrative", `九月保教费比公示的多收了四百元${n}${dirty}`);
      form.append("contactName", `张${dirty}`);
      form.append("contactPhone", "13800138000");
      form.append("contactAddress", `宁波市海曙区某路${n}号${dirty}`);
      form.append("website", "");
      form.append("evidence", new File([TINY_PNG], `收据${n}${DIRTY_TEXT}.png`, { type: "image/png" }));
      return form;
    }
    case "routes/_public+/login":
      return new URLSearchParams({ username: `probe${dirty}`, password: "not-the-password" });
    case "routes/officer+/complaints.$complaintId":
      // The first transport's reply is stored; the next ones carry a stale version (409, nothing stored).
      return new URLSearchParams({ intent: "reply", version: params.complaintVersion, reply: `答复${n}${dirty}` });
    default:
      return new URLSearchParams({ intent: dirty, note: dirty, lang: dirty, name: dirty });
  }
}

/**
 * Tables left out of the counts: sign-ins (sessions, their audit rows), which a refused request may add, and
 * the statistics, which the refresh recounts every minute from the source tables (counted here) whatever
 * the requests do: a count taken across its tick would move.
 */
const IGNORED_TABLES = new Set(["sessions", "statistics_cells", "statistics_dirty", "kindergarten_complaint_statistics"]);

export async function tableNames(db: DB): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Row count of every table but the ignored ones; audit rows of sign-ins and sign-outs are left out. */
export async function rowCounts(db: DB, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (IGNORED_TABLES.has(table)) continue;
    const query =
      table === "audit_log"
        ? sql<{ n: number }>`select count(*) as n from audit_log where action not in ('login', 'logout')`
        : sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`;
    counts[table] = Number((await query.execute(db)).rows[0].n);
  }
  return counts;
}

/** Every stored text value that cleanText would change, as "table.column: value". */
export async function uncleanTexts(db: DB, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === "string" && hasUnwantedCharacters(value)) found.push(`${table}.${column}: ${JSON.stringify(value).slice(0, 120)}`);
      }
    }
  }
  return found;
}

/**
 * Waits until the in-process job runner has nothing due and nothing in hand (a snapshot taken while it works would
 * move): a claimed row's available_at is its lease's end, in the future, so a leased row counts by its leased_by.
 */
export async function jobsIdle(db: DB, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = new Date().toISOString();
    const due = await db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("processed_at", "is", null)
      .where((eb) => eb.or([eb("available_at", "<=", now), eb("leased_by", "is not", null)]))
      .executeTakeFirstOrThrow();
    if (Number(due.n) === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs still due after ${timeoutMs} ms: ${due.n}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
