/**
 * The permission table: every signed-in route's loader and action, with real ids of 海曙区 (330203) records, and
 * who must be refused it. The team rule it keeps: every permission has a test where the wrong role, the wrong
 * district and (for a kindergarten's own pages) the wrong kindergarten are refused. tests/routes/permissions.test.ts
 * runs it and fails when a route module under app/routes has a loader or action the table does not list (or
 * PUBLIC_ROUTES does not explain), and when docs/permissions.md does not name it.
 *
 * A refusal keeps the route's own way of saying no: 403 for a permission the role lacks (requireActor), 404 for a
 * record outside the actor's region or kindergarten (scope is part of the query: a foreign record is indistinct
 * from a missing one), and the route's deliberate answer where it has one (400 for an export naming a district
 * outside the scope, a field error for a draft naming another region).
 */
import { expect } from "vitest";
import { ulid } from "ulid";
import { nextTermFilingPost } from "../setup/filing-post";
import { guidanceDraftFields } from "../setup/guidance-draft-post";
import { mealFundMonthPost } from "../setup/meal-fund-post";
import type { RouteOutcome } from "../setup/route-helpers";

export type Who =
  | null
  | "kg006"
  | "kg002"
  | "kg004"
  | "haishu.market"
  | "haishu.edu"
  | "haishu.ndrc"
  | "haishu.lead"
  | "jiangbei.market"
  | "jiangbei.edu"
  | "jiangbei.ndrc"
  | "ningbo.market"
  | "admin";

export const WHO: readonly Exclude<Who, null>[] = [
  "kg006",
  "kg002",
  "kg004",
  "haishu.market",
  "haishu.edu",
  "haishu.ndrc",
  "haishu.lead",
  "jiangbei.market",
  "jiangbei.edu",
  "jiangbei.ndrc",
  "ningbo.market",
  "admin",
];

/** Real ids of records the table's rows name: all of 海曙区, kg006's unless said otherwise. */
export interface Ids {
  kg006: string;
  kg002: string;
  /** kg006's notified case (a kindergarten-party file linked to it). */
  caseId: string;
  caseVersion: string;
  /** kg006's decided case (a refund ordered by haishu.market): its written notice. */
  decidedCaseId: string;
  /** An evidence file linked to the case, the complaint and kg006's account, as the kindergarten's. */
  evidenceId: string;
  /** A 投诉 about kg006 in mediation. */
  complaintId: string;
  complaintVersion: string;
  /** kg006's latest fee filing. */
  filingId: string;
  /** kg006's approved account, its certificate = evidenceId. */
  accountId: string;
  /** kg004's account filing awaiting review (海曙). */
  pendingAccountId: string;
  /** A 海曙区 catalogue item. */
  code: string;
  /** A 海曙区 draft guidance-price batch. */
  batchId: string;
  /** A 海曙区 draft rule-parameter set (R06). */
  setId: string;
  /** A re-evaluation run (national: no district). */
  runId: string;
  ruleId: string;
  version: string;
  /** The demo's 海曙区 spot-check draw. */
  drawId: string;
  /** The demo's 海曙区 draft publication. */
  publicationId: string;
  /** kg006's kindergarten's month with a meal-fund account. */
  mealFundMonth: string;
  /** 江北区's market officer (a user id): no 海曙区 case may be given to him. */
  jiangbeiMarketUserId: string;
  /** kg006's bookkeeper's account (a user id), which 海曙区's education office keeps. */
  kg006UserId: string;
}

export type Kind =
  /** A requireActor permission the role or agency lacks. */
  | "role"
  /** A record of 海曙区 asked for by an officer of 江北区 holding the permission. */
  | "district"
  /** kg006's record asked for by kg002's operator. */
  | "kindergarten"
  /** Who may: the control that the ids are real (a refusal is no accident of a wrong id). */
  | "allowed";

export interface Probe {
  kind: Kind;
  as: Who;
  status: number;
  /** A list's answer: the ids must not (or, for "allowed", must) be in it. */
  lists?: (ids: Ids) => string[];
  /** The probe's own post, when it differs from the row's. */
  form?: (ids: Ids) => URLSearchParams | FormData;
  /** What the refusal says (a message key): it is the scope that refused, not a malformed post. */
  says?: string;
  /** Further checks of the answer. */
  check?: (res: RouteOutcome) => void;
}

export interface Row {
  /** The module under app/routes, without the extension. */
  route: string;
  fn: "loader" | "action";
  /** The permission(s) the route asks requireActor for, and the domain's own check. */
  permission: string;
  /** Whose records it reads or writes. */
  scope: "district" | "kindergarten" | "national" | "own-region-input" | "own-user";
  path: (ids: Ids) => string;
  params?: (ids: Ids) => Record<string, string>;
  form?: (ids: Ids) => URLSearchParams | FormData;
  probes: Probe[];
}

const form = (fields: Record<string, string>) => () => new URLSearchParams(fields);
/** A kindergarten's registry record as the registry's forms post it (海曙区). */
const REGISTRY_RECORD = { approvedName: "宁波市海曙区越权幼儿园", nature: "nonprofit_private", grade: "class1", regionCode: "330203", address: "宁波市海曙区某路 1 号", status: "active" };
const hasNo =
  (...ids: Array<keyof Ids>) =>
  (i: Ids) =>
    ids.map((k) => i[k]);

/** An Excel workbook's content type. */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const PERMISSION_TABLE: readonly Row[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // The kindergarten's pages: the operator's own kindergarten (actor.kindergartenId), nobody else's.
  {
    route: "kindergarten+/fees._index",
    fn: "loader",
    permission: "read:filing:own",
    scope: "kindergarten",
    path: () => "/kindergarten/fees",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "admin", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("filingId", "caseId", "kg006") },
      { kind: "allowed", as: "kg006", status: 200, lists: hasNo("filingId") },
    ],
  },
  {
    route: "kindergarten+/fees.new",
    fn: "loader",
    permission: "create:filing:own",
    scope: "kindergarten",
    path: () => "/kindergarten/fees/new",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("kg006") },
    ],
  },
  {
    route: "kindergarten+/fees.new",
    fn: "action",
    permission: "create:filing:own; submitFiling: the posted kindergartenId must be the actor's",
    scope: "kindergarten",
    path: () => "/kindergarten/fees/new",
    form: (i) => filingPost(i.kg006),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "admin", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 403, says: "filing.forbidden" },
    ],
  },
  {
    route: "kindergarten+/fees.$filingId",
    fn: "loader",
    permission: "read:filing:own; getOwnFiling: the actor's kindergarten's",
    scope: "kindergarten",
    path: (i) => `/kindergarten/fees/${i.filingId}`,
    params: (i) => ({ filingId: i.filingId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/account._index",
    fn: "loader",
    permission: "read:account:own",
    scope: "kindergarten",
    path: () => "/kindergarten/account",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("accountId", "pendingAccountId") },
      { kind: "allowed", as: "kg006", status: 200, lists: hasNo("accountId") },
    ],
  },
  {
    route: "kindergarten+/account._index",
    fn: "action",
    permission: "file:account:own; withdrawAccountFiling: the actor's kindergarten's pending filing",
    scope: "kindergarten",
    path: () => "/kindergarten/account",
    form: (i) => new URLSearchParams({ accountId: i.pendingAccountId }),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      // kg004's pending filing, withdrawn by kg002 (kg006 has none pending).
      { kind: "kindergarten", as: "kg002", status: 404, says: "account.notFound" },
    ],
  },
  {
    route: "kindergarten+/account.new",
    fn: "loader",
    permission: "file:account:own",
    scope: "kindergarten",
    path: () => "/kindergarten/account/new",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("kg006") },
    ],
  },
  {
    route: "kindergarten+/account.new",
    fn: "action",
    permission: "file:account:own; fileAccount: the posted kindergartenId must be the actor's",
    scope: "kindergarten",
    path: () => "/kindergarten/account/new",
    form: (i) => accountPost(i.kg006),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 403, says: "account.forbidden" },
    ],
  },
  {
    route: "kindergarten+/account.$accountId.evidence",
    fn: "loader",
    permission: "read:account:own; accountEvidence: own kindergarten, or an officer's region",
    scope: "kindergarten",
    path: (i) => `/kindergarten/account/${i.accountId}/evidence`,
    params: (i) => ({ accountId: i.accountId }),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/cases._index",
    fn: "loader",
    permission: "read:case:own",
    scope: "kindergarten",
    path: () => "/kindergarten/cases",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("caseId") },
      { kind: "allowed", as: "kg006", status: 200, lists: hasNo("caseId") },
    ],
  },
  {
    route: "kindergarten+/cases.$caseId",
    fn: "loader",
    permission: "read:case:own; kindergartenCase: the actor's kindergarten's notified cases",
    scope: "kindergarten",
    path: (i) => `/kindergarten/cases/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/cases.$caseId",
    fn: "action",
    permission: "answer:case:own; answerCase: the actor's kindergarten's case",
    scope: "kindergarten",
    path: (i) => `/kindergarten/cases/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    form: (i) =>
      form({
        version: i.caseVersion,
        explanation: "冒名答复",
        refundAmount: "0",
        refundFamilies: "0",
      })(),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404, says: "caseAnswer.notFound" },
    ],
  },
  {
    route: "kindergarten+/cases.$caseId_.notice",
    fn: "loader",
    permission: "read:case:own; kindergartenCaseNotice: the actor's kindergarten's decided cases",
    scope: "kindergarten",
    path: (i) => `/kindergarten/cases/${i.decidedCaseId}/notice`,
    params: (i) => ({ caseId: i.decidedCaseId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/cases.$caseId.files.$evidenceId",
    fn: "loader",
    permission: "read:case:own; ownCaseFile: the actor's kindergarten's case, its own files",
    scope: "kindergarten",
    path: (i) => `/kindergarten/cases/${i.caseId}/files/${i.evidenceId}`,
    params: (i) => ({ caseId: i.caseId, evidenceId: i.evidenceId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/complaints._index",
    fn: "loader",
    permission: "read:complaint:own",
    scope: "kindergarten",
    path: () => "/kindergarten/complaints",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("complaintId") },
      { kind: "allowed", as: "kg006", status: 200, lists: hasNo("complaintId") },
    ],
  },
  {
    route: "kindergarten+/complaints.$complaintId",
    fn: "loader",
    permission: "read:complaint:own; kindergartenComplaint: the actor's kindergarten's 投诉 in mediation",
    scope: "kindergarten",
    path: (i) => `/kindergarten/complaints/${i.complaintId}`,
    params: (i) => ({ complaintId: i.complaintId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/complaints.$complaintId",
    fn: "action",
    permission: "answer:complaint:own; answerComplaint: the actor's kindergarten's 投诉 in mediation",
    scope: "kindergarten",
    path: (i) => `/kindergarten/complaints/${i.complaintId}`,
    params: (i) => ({ complaintId: i.complaintId }),
    form: form({ explanation: "冒名答复", refund: "0" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404, says: "complaintAnswer.notFound" },
    ],
  },
  {
    route: "kindergarten+/complaints.$complaintId.files.$evidenceId",
    fn: "loader",
    permission: "read:complaint:own; ownComplaintFile: the actor's kindergarten's 投诉, its own files",
    scope: "kindergarten",
    path: (i) => `/kindergarten/complaints/${i.complaintId}/files/${i.evidenceId}`,
    params: (i) => ({ complaintId: i.complaintId, evidenceId: i.evidenceId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 404 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "kindergarten+/meal-fund._index",
    fn: "loader",
    permission: "read:meal-fund:own",
    scope: "kindergarten",
    path: () => "/kindergarten/meal-fund",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("kg006") },
    ],
  },
  {
    route: "kindergarten+/meal-fund.new",
    fn: "loader",
    permission: "file:meal-fund:own",
    scope: "kindergarten",
    path: () => "/kindergarten/meal-fund/new",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 200, lists: hasNo("kg006") },
    ],
  },
  {
    route: "kindergarten+/meal-fund.new",
    fn: "action",
    permission: "file:meal-fund:own; fileMealFund: the posted kindergartenId must be the actor's",
    scope: "kindergarten",
    path: () => "/kindergarten/meal-fund/new",
    form: (i) => mealFundMonthPost(i.kg006, i.mealFundMonth),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "kindergarten", as: "kg002", status: 403, says: "mealFund.forbidden" },
    ],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Cases (market and education officers of the district; the city's officers for the city; the admin reads all).
  {
    route: "officer+/cases._index",
    fn: "loader",
    permission: "read:case:region | read:case:any; caseQueue: the actor's region",
    scope: "district",
    path: () => "/officer/cases",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("caseId") },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("caseId") },
    ],
  },
  {
    route: "officer+/cases._index",
    fn: "action",
    permission: "read:case:region | read:case:any; bulkAssignFromQueue: assign:case:region, cases in the actor's region",
    scope: "district",
    path: () => "/officer/cases?index",
    form: (i) =>
      new URLSearchParams([
        ["intent", "bulk_assign"],
        ["caseId", i.caseId],
        ["assignee", "me"],
      ]),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      // Read-only officers: the queue but no assignment.
      { kind: "role", as: "haishu.ndrc", status: 403 },
      {
        kind: "district",
        as: "jiangbei.market",
        status: 200,
        says: "case.notFound",
        check: (res) => expectNoneAssigned(res),
      },
    ],
  },
  {
    route: "officer+/cases.$caseId",
    fn: "loader",
    permission: "read:case:region | read:case:any; caseView: the actor's region",
    scope: "district",
    path: (i) => `/officer/cases/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/cases.$caseId",
    fn: "action",
    permission: "read:case:region | read:case:any; workCase: handle/assign/decide:case:region, the actor's region",
    scope: "district",
    path: (i) => `/officer/cases/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    form: (i) => form({ intent: "take", version: i.caseVersion })(),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404, says: "case.notFound" },
      // The district's lead giving the case to another district's officer.
      {
        kind: "district",
        as: "haishu.lead",
        status: 400,
        says: "case.assignee.notEligible",
        form: (i) =>
          new URLSearchParams({
            intent: "assign",
            version: i.caseVersion,
            assignee: i.jiangbeiMarketUserId,
          }),
      },
    ],
  },
  {
    route: "officer+/cases.$caseId_.notice",
    fn: "loader",
    permission: "read:case:region | read:case:any; officerCaseNotice: a decided case in the actor's region (as caseView)",
    scope: "district",
    path: (i) => `/officer/cases/${i.decidedCaseId}/notice`,
    params: (i) => ({ caseId: i.decidedCaseId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/cases.$caseId.files.$evidenceId",
    fn: "loader",
    permission: "read:case:region | read:case:any; caseFile: a case in the actor's region",
    scope: "district",
    path: (i) => `/officer/cases/${i.caseId}/files/${i.evidenceId}`,
    params: (i) => ({ caseId: i.caseId, evidenceId: i.evidenceId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/cases.export[.csv]",
    fn: "loader",
    permission: "export:case:region | export:case:any; caseExportChunks: a district outside the scope is invalid",
    scope: "district",
    path: () => "/officer/cases/export.csv?district=330203",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 400, says: "Malformed query parameter: district" },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/cases.export[.xlsx]",
    fn: "loader",
    permission: "export:case:region | export:case:any; as the CSV",
    scope: "district",
    path: () => "/officer/cases/export.xlsx?district=330203",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 400, says: "Malformed query parameter: district" },
    ],
  },
  {
    route: "officer+/dashboard",
    fn: "loader",
    permission: "read:case:region | read:case:any; caseDashboard: the actor's region",
    scope: "district",
    path: () => "/officer/dashboard",
    // Counts only, no ids: that they are the district's own is tests/routes/case-dashboard.test.ts's.
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/dashboard.charts.$chart",
    fn: "loader",
    permission: "read:case:region | read:case:any; as the dashboard",
    scope: "district",
    path: () => "/officer/dashboard/charts/open",
    params: () => ({ chart: "open" }),
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/spot-checks._index",
    fn: "loader",
    permission: "read:case:region | read:case:any; listDraws: the actor's region",
    scope: "district",
    path: () => "/officer/spot-checks",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("drawId") },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("drawId") },
    ],
  },
  {
    route: "officer+/spot-checks.$drawId",
    fn: "loader",
    permission: "read:case:region | read:case:any; getDraw: the actor's region",
    scope: "district",
    path: (i) => `/officer/spot-checks/${i.drawId}`,
    params: (i) => ({ drawId: i.drawId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/spot-checks.$drawId",
    fn: "action",
    permission: "read:case:region | read:case:any; verifyDraw: the actor's region",
    scope: "district",
    path: (i) => `/officer/spot-checks/${i.drawId}`,
    params: (i) => ({ drawId: i.drawId }),
    form: form({ intent: "verify" }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
    ],
  },
  {
    route: "officer+/spot-checks.$drawId_.record[.json]",
    fn: "loader",
    permission: "read:case:region | read:case:any; drawRecord: the actor's region",
    scope: "district",
    path: (i) => `/officer/spot-checks/${i.drawId}/record.json`,
    params: (i) => ({ drawId: i.drawId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/spot-checks.new",
    fn: "loader",
    permission: "draw:spot-check:region (leads of market and education)",
    scope: "own-region-input",
    path: () => "/officer/spot-checks/new",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "role", as: "haishu.market", status: 403 },
    ],
  },
  {
    route: "officer+/spot-checks.new",
    fn: "action",
    permission: "draw:spot-check:region; drawSpotCheck: the region drawn from within the lead's",
    scope: "own-region-input",
    path: () => "/officer/spot-checks/new",
    // 海曙区's lead drawing in 江北区: the other district's kindergartens.
    form: () =>
      new URLSearchParams({
        submissionKey: ulid(),
        regionCode: "330205",
        stratify: "none",
        count: "1",
        seed: "",
      }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "haishu.lead", status: 400, says: "spotChecks.region.outOfScope" },
    ],
  },
  {
    route: "officer+/publications._index",
    fn: "loader",
    permission: "draft:publication:region | publish:publication:region; publicCaseDrafts: the actor's region",
    scope: "district",
    path: () => "/officer/publications",
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("publicationId") },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("publicationId") },
    ],
  },
  {
    route: "officer+/publications.$id",
    fn: "loader",
    permission: "draft:publication:region | publish:publication:region; publicCaseForOfficer: the actor's region",
    scope: "district",
    path: (i) => `/officer/publications/${i.publicationId}`,
    params: (i) => ({ id: i.publicationId }),
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/publications.$id",
    fn: "action",
    permission: "draft:publication:region | publish:publication:region; workPublicCase: the actor's region",
    scope: "district",
    path: (i) => `/officer/publications/${i.publicationId}`,
    params: (i) => ({ id: i.publicationId }),
    form: form({ intent: "submit", version: "1" }),
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404, says: "publication.notFound" },
    ],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Complaints: market supervision of the district (admin reads).
  {
    route: "officer+/complaints._index",
    fn: "loader",
    permission: "read:complaint:region | read:complaint:any; complaintQueue: the actor's region",
    scope: "district",
    path: () => "/officer/complaints?state=all",
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("complaintId") },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("complaintId") },
    ],
  },
  {
    route: "officer+/complaints.export[.csv]",
    fn: "loader",
    permission: "read:complaint:region | read:complaint:any; complaintQueueExport: the page's filters in the actor's region",
    scope: "district",
    path: () => "/officer/complaints/export.csv?state=all",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("complaintId"), check: (res) => expect(String(res.body)).not.toMatch(/,海曙区,/) },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("complaintId") },
    ],
  },
  {
    // The workbook is a zip: which rows it holds is read back with exceljs in tests/routes/list-exports.test.ts.
    route: "officer+/complaints.export[.xlsx]",
    fn: "loader",
    permission: "read:complaint:region | read:complaint:any; as the CSV",
    scope: "district",
    path: () => "/officer/complaints/export.xlsx?state=all",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, check: (res) => expect(res.headers.get("Content-Type")).toBe(XLSX) },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/complaints.$complaintId",
    fn: "loader",
    permission: "read:complaint:region | read:complaint:any; complaintForOfficer: the actor's region",
    scope: "district",
    path: (i) => `/officer/complaints/${i.complaintId}`,
    params: (i) => ({ complaintId: i.complaintId }),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },
  {
    route: "officer+/complaints.$complaintId",
    fn: "action",
    permission: "handle:complaint:region; handleComplaint: the actor's region",
    scope: "district",
    path: (i) => `/officer/complaints/${i.complaintId}`,
    params: (i) => ({ complaintId: i.complaintId }),
    form: (i) =>
      form({
        intent: "reply",
        version: i.complaintVersion,
        reply: "越权答复",
      })(),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "admin", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404, says: "handling.notFound" },
    ],
  },
  {
    route: "officer+/complaints.$complaintId.evidence.$evidenceId",
    fn: "loader",
    permission: "read:complaint:region | read:complaint:any; complaintEvidence: a complaint in the actor's region",
    scope: "district",
    path: (i) => `/officer/complaints/${i.complaintId}/evidence/${i.evidenceId}`,
    params: (i) => ({ complaintId: i.complaintId, evidenceId: i.evidenceId }),
    probes: [
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "allowed", as: "haishu.market", status: 200 },
    ],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Fee accounts, kindergartens, meal funds.
  {
    route: "officer+/accounts._index",
    fn: "loader",
    permission: "read:account:region | read:account:any; accountQueue: the actor's region",
    scope: "district",
    path: () => "/officer/accounts?status=pending",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, lists: hasNo("pendingAccountId") },
      { kind: "allowed", as: "haishu.edu", status: 200, lists: hasNo("pendingAccountId") },
    ],
  },
  {
    route: "officer+/accounts.export[.csv]",
    fn: "loader",
    permission: "read:account:region | read:account:any; accountQueueExport: the page's tab and search in the actor's region",
    scope: "district",
    path: () => "/officer/accounts/export.csv?status=pending",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, lists: hasNo("pendingAccountId"), check: (res) => expect(String(res.body)).not.toMatch(/,海曙区,/) },
      { kind: "allowed", as: "haishu.edu", status: 200, lists: hasNo("pendingAccountId") },
    ],
  },
  {
    // The workbook is a zip: which rows it holds is read back with exceljs in tests/routes/list-exports.test.ts.
    route: "officer+/accounts.export[.xlsx]",
    fn: "loader",
    permission: "read:account:region | read:account:any; as the CSV",
    scope: "district",
    path: () => "/officer/accounts/export.xlsx?status=pending",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, check: (res) => expect(res.headers.get("Content-Type")).toBe(XLSX) },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/accounts.$accountId",
    fn: "loader",
    permission: "read:account:region | read:account:any; accountForOfficer: the actor's region",
    scope: "district",
    path: (i) => `/officer/accounts/${i.pendingAccountId}`,
    params: (i) => ({ accountId: i.pendingAccountId }),
    probes: [
      { kind: "role", as: "kg004", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/accounts.$accountId",
    fn: "action",
    permission: "review:account:region (education); reviewAccount: the actor's region",
    scope: "district",
    path: (i) => `/officer/accounts/${i.pendingAccountId}`,
    params: (i) => ({ accountId: i.pendingAccountId }),
    form: form({ decision: "approve" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "admin", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404, says: "account.notFound" },
    ],
  },
  {
    route: "officer+/accounts.$accountId.evidence",
    fn: "loader",
    permission: "read:account:region | read:account:any; accountEvidence: the actor's region",
    scope: "district",
    path: (i) => `/officer/accounts/${i.accountId}/evidence`,
    params: (i) => ({ accountId: i.accountId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/kindergartens._index",
    fn: "loader",
    permission: "read:kindergarten:region | read:kindergarten:any; listKindergartensInScope",
    scope: "district",
    path: () => "/officer/kindergartens",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 200, lists: hasNo("kg006") },
      { kind: "allowed", as: "haishu.market", status: 200, lists: hasNo("kg006") },
    ],
  },
  {
    route: "officer+/kindergartens.$id",
    fn: "loader",
    permission: "read:kindergarten:region | read:kindergarten:any; kindergartenParams/Accounts/MealFundFlags: the actor's region",
    scope: "district",
    path: (i) => `/officer/kindergartens/${i.kg006}`,
    params: (i) => ({ id: i.kg006 }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.market", status: 404 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/kindergartens.new",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any (education, admin)",
    scope: "own-region-input",
    path: () => "/officer/kindergartens/new",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "officer+/kindergartens.new",
    fn: "action",
    permission: "manage:kindergarten:region | manage:kindergarten:any; registerKindergarten: the region within the officer's",
    scope: "own-region-input",
    path: () => "/officer/kindergartens/new",
    // 江北区's education officer registering a kindergarten in 海曙区.
    form: () => new URLSearchParams({ submissionKey: ulid(), ...REGISTRY_RECORD, uscc: "52330203MJA000001F" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 400, says: "registry.region.outside" },
    ],
  },
  {
    route: "officer+/kindergartens.export[.csv]",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any; registryExportChunks: the actor's region",
    scope: "district",
    path: () => "/officer/kindergartens/export.csv",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      {
        kind: "district",
        as: "jiangbei.edu",
        status: 200,
        check: (res) => expect(String(res.body)).not.toContain("330203,"),
      },
    ],
  },
  {
    // The workbook is a zip: which rows it holds is read back with exceljs in tests/routes/list-exports.test.ts.
    route: "officer+/kindergartens.export[.xlsx]",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any; as the CSV",
    scope: "district",
    path: () => "/officer/kindergartens/export.xlsx",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, check: (res) => expect(res.headers.get("Content-Type")).toBe(XLSX) },
    ],
  },
  {
    route: "officer+/kindergartens.$id_.edit",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any; registryEntry: the actor's region",
    scope: "district",
    path: (i) => `/officer/kindergartens/${i.kg006}/edit`,
    params: (i) => ({ id: i.kg006 }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/kindergartens.$id_.edit",
    fn: "action",
    permission: "manage:kindergarten:region | manage:kindergarten:any; updateKindergarten: the kindergarten and its new region within the actor's",
    scope: "district",
    path: (i) => `/officer/kindergartens/${i.kg006}/edit`,
    params: (i) => ({ id: i.kg006 }),
    form: form({ ...REGISTRY_RECORD, reason: "更名", version: "2025-05-06T01:00:00.000Z" }),
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404, says: "registry.notFound" },
    ],
  },
  {
    route: "officer+/kindergartens.$id_.accounts",
    fn: "loader",
    permission: "manage:operator-account:region | manage:user:any; kindergartenOperatorAccounts: a kindergarten of the actor's region, its operators' accounts",
    scope: "district",
    path: (i) => `/officer/kindergartens/${i.kg006}/accounts`,
    params: (i) => ({ id: i.kg006 }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404 },
      { kind: "allowed", as: "haishu.edu", status: 200, lists: (i) => [i.kg006UserId] },
    ],
  },
  {
    route: "officer+/kindergartens.$id_.accounts",
    fn: "action",
    permission:
      "manage:operator-account:region | manage:user:any: create, reset, deactivate, reactivate; accountsKindergarten, then createUser/resetUserPassword/setUserActive in the account scope",
    scope: "district",
    path: (i) => `/officer/kindergartens/${i.kg006}/accounts`,
    params: (i) => ({ id: i.kg006 }),
    form: (i) => new URLSearchParams({ intent: "reset", userId: i.kg006UserId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403, form: (i) => new URLSearchParams({ intent: "deactivate", userId: i.kg006UserId }) },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 404, says: "users.kindergarten.notFound" },
      {
        kind: "district",
        as: "jiangbei.edu",
        status: 404,
        says: "users.kindergarten.notFound",
        form: () => new URLSearchParams({ intent: "create", username: "jiangbei.takes.kg006", displayName: "越权", submissionKey: ulid() }),
      },
    ],
  },
  {
    route: "officer+/operator-accounts._index",
    fn: "loader",
    permission: "manage:operator-account:region | manage:user:any (education, admin); operatorAccountOverview: the kindergartens of the actor's account scope",
    scope: "district",
    // Asking for 海曙区 by the region filter does not widen 江北区's scope: the filter is dropped and named.
    path: () => "/officer/operator-accounts?region=330203",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      {
        kind: "district",
        as: "jiangbei.edu",
        status: 200,
        lists: hasNo("kg006", "kg006UserId"),
        check: (res) => expect((res.body as { outOfScope: string[] }).outOfScope).toEqual(["region"]),
      },
      { kind: "allowed", as: "haishu.edu", status: 200, lists: (i) => [i.kg006, i.kg006UserId] },
    ],
  },
  {
    route: "officer+/operator-accounts.export[.csv]",
    fn: "loader",
    permission: "manage:operator-account:region | manage:user:any (education, admin); operatorAccountOverviewExport: the kindergartens of the actor's account scope",
    scope: "district",
    path: () => "/officer/operator-accounts/export.csv?region=330203",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      {
        kind: "district",
        as: "jiangbei.edu",
        status: 200,
        check: (res) => {
          expect(String(res.body)).not.toContain("kg006");
          expect(String(res.body)).not.toContain("海曙区");
        },
      },
      { kind: "allowed", as: "haishu.edu", status: 200, check: (res) => expect(String(res.body)).toMatch(/\bkg006：/) },
    ],
  },
  {
    // The workbook is a zip: which rows it holds is read back with exceljs in tests/routes/list-exports.test.ts.
    route: "officer+/operator-accounts.export[.xlsx]",
    fn: "loader",
    permission: "manage:operator-account:region | manage:user:any (education, admin); as the CSV",
    scope: "district",
    path: () => "/officer/operator-accounts/export.xlsx?region=330203",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, check: (res) => expect(res.headers.get("Content-Type")).toBe(XLSX) },
      { kind: "allowed", as: "haishu.edu", status: 200 },
    ],
  },
  {
    route: "officer+/kindergartens.import",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any (education, admin)",
    scope: "own-region-input",
    path: () => "/officer/kindergartens/import",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "officer+/kindergartens.import",
    fn: "action",
    permission: "manage:kindergarten:region | manage:kindergarten:any; importRegistry: every row's region, and a known kindergarten's current one, within the officer's",
    scope: "own-region-input",
    path: () => "/officer/kindergartens/import",
    // 江北区's education officer confirming a file that registers a kindergarten in 海曙区.
    form: () => registryImportPost("330203"),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 400, says: "registry.region.outside" },
    ],
  },
  {
    route: "officer+/kindergartens.template[.csv]",
    fn: "loader",
    permission: "manage:kindergarten:region | manage:kindergarten:any (a blank template: no records)",
    scope: "national",
    path: () => "/officer/kindergartens/template.csv",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "officer+/meal-funds._index",
    fn: "loader",
    permission: "read:meal-fund:region | read:meal-fund:any (education); officerMealFundFlags: the actor's region",
    scope: "district",
    path: () => "/officer/meal-funds",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.edu", status: 200, lists: hasNo("kg006", "kg002") },
      { kind: "allowed", as: "haishu.edu", status: 200, lists: hasNo("kg002") },
    ],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // Prices, catalogue, rule parameters: set by education and development-reform for their region and below.
  {
    route: "officer+/guidance-prices._index",
    fn: "loader",
    permission: "read:guidance-price:region | read:guidance-price:any; the region's rows, its own and above",
    scope: "district",
    path: () => "/officer/guidance-prices",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 200, lists: hasNo("batchId") },
      { kind: "allowed", as: "haishu.ndrc", status: 200, lists: hasNo("batchId") },
    ],
  },
  {
    route: "officer+/guidance-prices.history",
    fn: "loader",
    permission: "read:guidance-price:region | read:guidance-price:any; guidancePriceHistory: a region the actor sees",
    scope: "district",
    path: () => "/officer/guidance-prices/history?region=330205&nature=inclusive_private&grade=class1&ageBand=all&category=care_education",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "haishu.ndrc", status: 404 },
      { kind: "allowed", as: "jiangbei.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/guidance-prices.template[.csv]",
    fn: "loader",
    permission: "read:guidance-price:region | read:guidance-price:any (a blank template: no records)",
    scope: "national",
    path: () => "/officer/guidance-prices/template.csv",
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/guidance-prices.new",
    fn: "loader",
    permission: "manage:guidance-price:region | manage:guidance-price:any",
    scope: "own-region-input",
    path: () => "/officer/guidance-prices/new",
    probes: [{ kind: "role", as: "haishu.market", status: 403 }],
  },
  {
    route: "officer+/guidance-prices.new",
    fn: "action",
    permission: "manage:guidance-price:region | manage:guidance-price:any; createGuidanceDraft: rows within the actor's region",
    scope: "own-region-input",
    path: () => "/officer/guidance-prices/new",
    form: () => guidancePost("330203"),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 400, says: "guidance.region.outOfScope" },
    ],
  },
  {
    route: "officer+/guidance-prices.import",
    fn: "loader",
    permission: "manage:guidance-price:region | manage:guidance-price:any",
    scope: "own-region-input",
    path: () => "/officer/guidance-prices/import",
    probes: [{ kind: "role", as: "haishu.market", status: 403 }],
  },
  {
    route: "officer+/guidance-prices.import",
    fn: "action",
    permission: "manage:guidance-price:region | manage:guidance-price:any; importGuidanceCsv: rows within the actor's region",
    scope: "own-region-input",
    path: () => "/officer/guidance-prices/import",
    form: () => guidanceCsvPost("330203"),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 400, says: "guidance.region.outOfScope" },
    ],
  },
  {
    route: "officer+/guidance-prices.batches.$batchId",
    fn: "loader",
    permission: "read:guidance-price:region | read:guidance-price:any; guidanceBatchDetail: a batch the actor sees",
    scope: "district",
    path: (i) => `/officer/guidance-prices/batches/${i.batchId}`,
    params: (i) => ({ batchId: i.batchId }),
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404 },
      { kind: "allowed", as: "haishu.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/guidance-prices.batches.$batchId",
    fn: "action",
    permission: "manage:guidance-price:region | manage:guidance-price:any; discardGuidanceBatch: the actor's region",
    scope: "district",
    path: (i) => `/officer/guidance-prices/batches/${i.batchId}`,
    params: (i) => ({ batchId: i.batchId }),
    form: form({ intent: "discard" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "guidance.batch.notFound" },
    ],
  },
  {
    route: "officer+/guidance-prices.batches.$batchId_.edit",
    fn: "loader",
    permission: "manage:guidance-price:region | manage:guidance-price:any; guidanceDraftForEdit: a batch of the actor's region",
    scope: "district",
    path: (i) => `/officer/guidance-prices/batches/${i.batchId}/edit`,
    params: (i) => ({ batchId: i.batchId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404 },
      { kind: "allowed", as: "haishu.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/guidance-prices.batches.$batchId_.edit",
    fn: "action",
    permission: "manage:guidance-price:region | manage:guidance-price:any; editGuidanceChange: a draft of the actor's region, its rows within it",
    scope: "district",
    path: (i) => `/officer/guidance-prices/batches/${i.batchId}/edit`,
    params: (i) => ({ batchId: i.batchId }),
    form: () => {
      const post = guidancePost("330203");
      post.delete("submissionKey");
      post.set("version", "1");
      return post;
    },
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "guidance.batch.notFound" },
    ],
  },
  {
    route: "officer+/changes.guidance.$batchId",
    fn: "loader",
    permission: "manage:guidance-price:region | manage:guidance-price:any; guidanceChangeView: the actor's region",
    scope: "district",
    path: (i) => `/officer/changes/guidance/${i.batchId}`,
    params: (i) => ({ batchId: i.batchId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404 },
      { kind: "allowed", as: "haishu.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/changes.guidance.$batchId",
    fn: "action",
    permission: "manage:guidance-price:region | manage:guidance-price:any; activateGuidanceChange: the actor's region",
    scope: "district",
    path: (i) => `/officer/changes/guidance/${i.batchId}`,
    params: (i) => ({ batchId: i.batchId }),
    form: () => new URLSearchParams({ intent: "activate", submissionKey: ulid() }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "guidance.batch.notFound" },
    ],
  },
  {
    route: "officer+/catalogue._index",
    fn: "loader",
    permission: "read:catalogue:region | read:catalogue:any; the region's items, its own and above",
    scope: "district",
    path: () => "/officer/catalogue",
    probes: [
      { kind: "role", as: "kg006", status: 403 },
      {
        kind: "district",
        as: "jiangbei.ndrc",
        status: 200,
        check: (res) => expectNotListed(res, "SVC_PROBE"),
      },
    ],
  },
  {
    route: "officer+/catalogue._index",
    fn: "action",
    permission: "manage:catalogue:region | manage:catalogue:any; add/deactivate/reactivate: items of the actor's region",
    scope: "district",
    path: () => "/officer/catalogue?index",
    form: (i) => new URLSearchParams({ intent: "deactivate", code: i.code }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "catalogue.notFound" },
    ],
  },
  {
    route: "officer+/catalogue.$code",
    fn: "loader",
    permission: "manage:catalogue:region | manage:catalogue:any; catalogueItemForEdit: an item of the actor's region",
    scope: "district",
    path: (i) => `/officer/catalogue/${i.code}`,
    params: (i) => ({ code: i.code }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404 },
      { kind: "allowed", as: "haishu.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/catalogue.$code",
    fn: "action",
    permission: "manage:catalogue:region | manage:catalogue:any; renameFeeItemType: an item of the actor's region",
    scope: "district",
    path: (i) => `/officer/catalogue/${i.code}`,
    params: (i) => ({ code: i.code }),
    form: form({ nameZh: "越权改名", nameEn: "Renamed elsewhere" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "catalogue.notFound" },
    ],
  },
  {
    route: "officer+/changes.parameters._index",
    fn: "loader",
    permission: "manage:rule-params:region | manage:rule-params:any; listParameterSets: the actor's region",
    scope: "district",
    path: () => "/officer/changes/parameters",
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 200, lists: hasNo("setId") },
      { kind: "allowed", as: "haishu.ndrc", status: 200, lists: hasNo("setId") },
    ],
  },
  {
    route: "officer+/changes.parameters._index",
    fn: "action",
    permission: "manage:rule-params:region | manage:rule-params:any; createParameterDraft: a region within the actor's",
    scope: "own-region-input",
    path: () => "/officer/changes/parameters?index",
    form: () =>
      new URLSearchParams({
        submissionKey: ulid(),
        regionCode: "330203",
        ruleId: "R06",
        note: "越权",
        "params.minLeadDays": "25",
      }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 403, says: "rulesConfig.params.error.regionOutOfScope" },
    ],
  },
  {
    route: "officer+/changes.parameters.$setId",
    fn: "loader",
    permission: "manage:rule-params:region | manage:rule-params:any; parameterSetView: the actor's region",
    scope: "district",
    path: (i) => `/officer/changes/parameters/${i.setId}`,
    params: (i) => ({ setId: i.setId }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404 },
      { kind: "allowed", as: "haishu.ndrc", status: 200 },
    ],
  },
  {
    route: "officer+/changes.parameters.$setId",
    fn: "action",
    permission: "manage:rule-params:region | manage:rule-params:any; discard/activate: the actor's region",
    scope: "district",
    path: (i) => `/officer/changes/parameters/${i.setId}`,
    params: (i) => ({ setId: i.setId }),
    form: form({ intent: "discard" }),
    probes: [
      { kind: "role", as: "haishu.market", status: 403 },
      { kind: "district", as: "jiangbei.ndrc", status: 404, says: "rulesConfig.params.error.notFound" },
    ],
  },

  // ---------------------------------------------------------------------------------------------------------------
  // National: the rule library, re-evaluation runs (progress counters, no kindergarten), the admin's pages.
  {
    route: "officer+/rules._index",
    fn: "loader",
    permission: "read:rules:any (officers, admin)",
    scope: "national",
    path: () => "/officer/rules",
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/rules.$ruleId",
    fn: "loader",
    permission: "read:rules:any",
    scope: "national",
    path: (i) => `/officer/rules/${i.ruleId}`,
    params: (i) => ({ ruleId: i.ruleId }),
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/changes._index",
    fn: "loader",
    permission: "read:reevaluation:any",
    scope: "national",
    path: () => "/officer/changes",
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/changes.runs.$runId",
    fn: "loader",
    permission:
      "read:reevaluation:any; the kindergartens it names: read:kindergarten:region | read:kindergarten:any (runKindergartens); the change it came from linked only where its page answers the reader (runSubjectPath)",
    scope: "national",
    path: (i) => `/officer/changes/runs/${i.runId}`,
    params: (i) => ({ runId: i.runId }),
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/changes.runs.$runId",
    fn: "action",
    permission: "resume:reevaluation:any (admin)",
    scope: "national",
    path: (i) => `/officer/changes/runs/${i.runId}`,
    params: (i) => ({ runId: i.runId }),
    form: form({ intent: "resume" }),
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "officer+/changes.rule-versions.$ruleId.$version",
    fn: "loader",
    permission: "read:rules:any",
    scope: "national",
    path: (i) => `/officer/changes/rule-versions/${i.ruleId}/${i.version}`,
    params: (i) => ({ ruleId: i.ruleId, version: i.version }),
    probes: [{ kind: "role", as: "kg006", status: 403 }],
  },
  {
    route: "officer+/changes.rule-versions.$ruleId.$version",
    fn: "action",
    permission: "activate:rule-version:any (admin)",
    scope: "national",
    path: (i) => `/officer/changes/rule-versions/${i.ruleId}/${i.version}`,
    params: (i) => ({ ruleId: i.ruleId, version: i.version }),
    form: form({ intent: "activate", from: "2027-01-01" }),
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
    ],
  },
  {
    route: "admin+/audit._index",
    fn: "loader",
    permission: "read:audit:any (admin)",
    scope: "national",
    path: () => "/admin/audit",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/audit._index",
    fn: "action",
    permission: "read:audit:any (admin): 校验审计链; startAuditVerification",
    scope: "national",
    path: () => "/admin/audit?index",
    form: form({ intent: "verify" }),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/rules._index",
    fn: "loader",
    permission: "activate:rule-version:any (admin)",
    scope: "national",
    path: () => "/admin/rules",
    probes: [
      { kind: "role", as: "haishu.ndrc", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users._index",
    fn: "loader",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: () => "/admin/users",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users.new",
    fn: "loader",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: () => "/admin/users/new",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users.new",
    fn: "action",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: () => "/admin/users/new",
    form: form({ username: "new.officer", displayName: "新干部", role: "officer", agency: "market", regionCode: "330203", submissionKey: ulid() }),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users.$userId",
    fn: "loader",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: (i) => `/admin/users/${i.jiangbeiMarketUserId}`,
    params: (i) => ({ userId: i.jiangbeiMarketUserId }),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "jiangbei.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "allowed", as: "admin", status: 200 },
    ],
  },
  {
    route: "admin+/users.$userId",
    fn: "action",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: (i) => `/admin/users/${i.jiangbeiMarketUserId}`,
    params: (i) => ({ userId: i.jiangbeiMarketUserId }),
    form: form({ intent: "reset" }),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "jiangbei.market", status: 403, form: form({ intent: "deactivate" }) },
      { kind: "role", as: "kg006", status: 403, form: form({ intent: "save", displayName: "改名" }) },
    ],
  },
  {
    route: "admin+/users.import",
    fn: "loader",
    permission: "manage:user:any (admin)",
    scope: "national",
    path: () => "/admin/users/import",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users.import",
    fn: "action",
    permission: "manage:user:any (admin): preview, import",
    scope: "national",
    path: () => "/admin/users/import",
    form: () => userImportPost(),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/users.import_.template[.csv]",
    fn: "loader",
    permission: "manage:user:any (admin) (a blank template: no records)",
    scope: "national",
    path: () => "/admin/users/import/template.csv",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/regions._index",
    fn: "loader",
    permission: "manage:region:any (admin)",
    scope: "national",
    path: () => "/admin/regions",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
      { kind: "allowed", as: "admin", status: 200 },
    ],
  },
  {
    route: "admin+/regions.load",
    fn: "loader",
    permission: "manage:region:any (admin)",
    scope: "national",
    path: () => "/admin/regions/load",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/regions.template[.csv]",
    fn: "loader",
    permission: "manage:region:any (admin), as the load page (a blank template: no records)",
    scope: "national",
    path: () => "/admin/regions/template.csv",
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "admin+/regions.load",
    fn: "action",
    permission: "manage:region:any (admin): preview, load; loadRegionsFromPage: the same",
    scope: "national",
    path: () => "/admin/regions/load",
    // A load of 北京市 from the vendored table, as its confirmation posts it: refused, it writes no region.
    form: form({ intent: "commit", source: "national", province: "110000", previewed: "0".repeat(64) }),
    probes: [
      { kind: "role", as: "haishu.lead", status: 403 },
      { kind: "role", as: "haishu.edu", status: 403 },
      { kind: "role", as: "ningbo.market", status: 403 },
      { kind: "role", as: "kg006", status: 403 },
    ],
  },
  {
    route: "account+/password",
    fn: "loader",
    permission: "signed in (any role): the actor's own password only",
    scope: "own-user",
    path: () => "/account/password",
    probes: [
      { kind: "role", as: null, status: 302 },
      { kind: "allowed", as: "kg006", status: 200 },
    ],
  },
  {
    route: "account+/password",
    fn: "action",
    permission: "signed in (any role): the actor's own password only",
    scope: "own-user",
    path: () => "/account/password",
    form: form({ currentPassword: "demo1234", newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" }),
    probes: [{ kind: "role", as: null, status: 302 }],
  },
];

/**
 * Routes without a signed-in permission, and why that is right. The ones taking an id of something not public
 * answer 404 for it; the test named proves it.
 */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  $: "every unknown path: 404 (tests/routes/not-found.test.ts)",
  "_public+/cases.$id": "published cases only; a draft's id is 404 (tests/routes/public-cases.test.ts)",
  "_public+/cases._index": "published cases only (tests/routes/public-cases.test.ts)",
  "_public+/cases[.atom]": "published cases only (tests/routes/public-cases.test.ts)",
  "_public+/complaints.forget-receipts": "forgets the browser's own receipts cookie; reads no record",
  "_public+/complaints.new": "a parent's complaint about an open kindergarten; shows nothing stored (tests/routes/complaint-intake.test.ts)",
  "_public+/complaints.track":
    "tracking number + access code, POST only; a wrong code and another's number are one 404 (tests/routes/complaint-intake.test.ts)",
  "_public+/kindergartens.$id._index": "public disclosure of an open kindergarten; closed or unknown is 404 (tests/routes/disclosure.test.ts)",
  "_public+/kindergartens.$id.fees[.csv]": "public disclosure (tests/routes/disclosure.test.ts)",
  "_public+/kindergartens.$id.fees[.json]": "public disclosure (tests/routes/disclosure.test.ts)",
  "_public+/kindergartens.$id.notice": "the public page's schedule and masked account as a printable notice; closed or unknown is 404 (tests/routes/fee-notice.test.ts)",
  "_public+/kindergartens._index": "public disclosure search (tests/domain/disclosure-search.test.ts)",
  "_public+/kindergartens_.$id_.check-account": "a parent's payee check: says match or not, never the filed account (tests/routes/account-check.test.ts)",
  "_public+/lang": "sets the language cookie",
  "_public+/login": "sign-in (tests/routes/auth.test.ts)",
  "_public+/logout": "sign-out of the own session (tests/routes/permissions.test.ts)",
  "_public+/spot-checks._index": "the draws' public record, 双随机一公开 (tests/routes/spot-checks.test.ts)",
  "_public+/statistics._index": "published aggregates (tests/routes/statistics.test.ts)",
  "_public+/statistics.charts.$chart": "published aggregates (tests/routes/statistics.test.ts)",
  "_public+/statistics.kindergartens.$id": "published aggregates of an open kindergarten (tests/routes/statistics.test.ts)",
  "_public+/statistics[.csv]": "published aggregates (tests/routes/statistics.test.ts)",
  "api+/v1.$": "the API's 404 (tests/routes/open-data-api.test.ts)",
  "api+/v1.cases.$id": "open data: published cases only; a draft's id is 404 (tests/routes/open-data-api.test.ts)",
  "api+/v1.cases._index": "open data: published cases only (tests/routes/open-data-api.test.ts)",
  "api+/v1.cases[.csv]": "open data: published cases only (tests/routes/open-data-api.test.ts)",
  "api+/v1.kindergartens.$id": "open data: open kindergartens; closed is 404 (tests/routes/open-data-api.test.ts)",
  "api+/v1.kindergartens._index": "open data (tests/routes/open-data-api.test.ts)",
  "api+/v1.kindergartens[.csv]": "open data (tests/routes/open-data-api.test.ts)",
  "api+/v1.openapi[.json]": "the API's description",
  "api+/v1.statistics": "open data: published aggregates (tests/routes/open-data-api.test.ts)",
};

// -------------------------------------------------------------------------------------------------------------------
// Forms and checks

function filingPost(kindergartenId: string): URLSearchParams {
  return nextTermFilingPost({
    kindergartenId,
    submissionKey: ulid(),
    amount: "2380",
  });
}

/** A fee-account filing as its form posts it (multipart), without the certificate: the domain refuses the actor first. */
function accountPost(kindergartenId: string): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries({
    submissionKey: ulid(),
    kindergartenId,
    bankName: "中国建设银行",
    branchName: "宁波海曙支行",
    accountName: "越权账户",
    accountNumber: "3315 0198 3601 0000 9999",
    effectiveFrom: "2027-09-01",
  }))
    f.append(k, v);
  return f;
}

function guidancePost(regionCode: string): URLSearchParams {
  return new URLSearchParams(
    guidanceDraftFields({
      "rows[0].region_code": regionCode,
      "rows[0].grade": "class2",
      "rows[0].base_price_yuan": "1234",
      "rows[0].effective_from": "2027-09-01",
      "rows[0].source_document": "越权〔2026〕1号",
    }),
  );
}

/** The registry import's confirmation, as its preview page posts it: the file's text, committed. */
function registryImportPost(regionCode: string): FormData {
  const f = new FormData();
  f.append("submissionKey", ulid());
  f.append("intent", "commit");
  f.append("fileName", "名录.csv");
  f.append("csv", `uscc,approved_name,name_in_use,nature,grade,region_code,address,status\r\n52330203MJA000001F,宁波市海曙区越权幼儿园,,nonprofit_private,class1,${regionCode},宁波市海曙区某路 1 号,active\r\n`);
  return f;
}

function guidanceCsvPost(regionCode: string): FormData {
  const csv =
    "region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to,source_document\r\n" +
    `${regionCode},inclusive_private,class3,all,care_education,1234,10,2027-09-01,,越权〔2026〕2号\r\n`;
  const f = new FormData();
  f.append("submissionKey", ulid());
  f.append("file", new File([csv], "prices.csv", { type: "text/csv" }));
  return f;
}

/** The account import's 导入, as its preview posts it (multipart, the file's text and the upload's key). */
function userImportPost(): FormData {
  const f = new FormData();
  f.append("intent", "import");
  f.append("submissionKey", ulid());
  f.append("csv", "username,display_name,role,kindergarten_uscc,agency,region_code,lead\r\nintruder,越权,officer,,market,330203,\r\n");
  return f;
}

function expectNoneAssigned(res: RouteOutcome) {
  expect(res.body).toMatchObject({ assigned: 0 });
}

function expectNotListed(res: RouteOutcome, code: string) {
  expect(JSON.stringify(res.body)).not.toContain(`"${code}"`);
}
