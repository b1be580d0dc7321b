/**
 * Who is acting, as the domain sees it. Routes obtain it from the session;
 * services take it explicitly and enforce scope (own kindergarten, region).
 */
import type { Agency, Role } from "~/db/schema";
import type { RegionScope } from "~/utils/region-codes";

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: Agency | null;
  regionCode: string | null;
  kindergartenId: string | null;
  /** The lead of the officer's district or city office (users.lead); absent = not a lead. */
  lead?: boolean;
  /** Signed in with a temporary password (users.must_change_password): may only change it (or sign out). */
  mustChangePassword?: boolean;
}

/** Permission strings are action:entity:scope (CONVENTIONS.md). */
export type Permission =
  | "read:audit:any"
  | "create:filing:own"
  | "read:filing:own"
  | "read:case:region"
  | "read:case:any"
  | "read:guidance-price:region"
  | "read:guidance-price:any"
  | "manage:guidance-price:region"
  | "manage:guidance-price:any"
  | "read:catalogue:region"
  | "read:catalogue:any"
  | "manage:catalogue:region"
  | "manage:catalogue:any"
  /** Re-evaluation runs: national progress counters, no kindergarten details. */
  | "read:reevaluation:any"
  /** Put a stalled run's failed batch back in line. */
  | "resume:reevaluation:any"
  /** The rules catalogue (rule files, versions, activations) and effective parameters. */
  | "read:rules:any"
  /** A kindergarten's basics and the effective rule parameters for its region. */
  | "read:kindergarten:region"
  | "read:kindergarten:any"
  /** Regional rule parameter sets (overlays): draft, discard, activate. */
  | "manage:rule-params:region"
  | "manage:rule-params:any"
  /** Switch a rule to another version from a date. */
  | "activate:rule-version:any"
  /** File the kindergarten's fee account (operators, for their own kindergarten). */
  | "file:account:own"
  | "read:account:own"
  /** Fee-account filings, their history and parents' mismatching checks. */
  | "read:account:region"
  | "read:account:any"
  /** Approve or return a fee-account filing: the education department keeps the filing record. */
  | "review:account:region"
  /** A 投诉 of the operator's own kindergarten in mediation: read it and answer it (never a 举报, never who filed it). */
  | "read:complaint:own"
  | "answer:complaint:own"
  /**
   * Parents' complaints (投诉) and reports (举报): the queue, a complaint with the
   * complainant's contact details, its evidence and timeline. Handled by the
   * market-supervision office of the district (投诉举报处理暂行办法 Art. 12);
   * education and development-reform officers get neither (the procedure is not
   * theirs, and the contact details were collected for it alone, PIPL Art. 6):
   * they see what a complaint leads to as inspection cases.
   */
  | "read:complaint:region"
  | "read:complaint:any"
  /** Accept, reject, transfer, extend, mediate, decide, link a case, reply, close. */
  | "handle:complaint:region"
  /**
   * Inspection cases (app/domain/cases/case-work.server.ts): handle = notify
   * the kindergarten, record findings, register (立案), close, reopen; assign =
   * give a case to oneself or a colleague of the same agency; decide = record
   * the decision and its legal basis; export = the filtered queue as a file.
   */
  | "handle:case:region"
  | "assign:case:region"
  | "decide:case:region"
  | "export:case:region"
  | "export:case:any"
  /** The lead approves the +15 working days of verification (行政处罚程序规定 Art. 18) and receives escalations. */
  | "approve:case-extension:region"
  /** 双随机一公开: draw kindergartens and inspectors at random (leads). */
  | "draw:spot-check:region"
  /** The operator sees the cases the kindergarten was notified of, and answers them. */
  | "read:case:own"
  | "answer:case:own"
  /**
   * Publication of anonymised violation cases (app/domain/publication): draft =
   * edit a drafted case's texts, redact and submit it for approval; publish =
   * approve or return another officer's draft (two people), and withdraw a
   * published case whose decision was overturned.
   */
  | "draft:publication:region"
  | "publish:publication:region"
  /** File the kindergarten's monthly meal-fund account (学前教育法 Art. 69 ¶1), and read its months and findings. */
  | "file:meal-fund:own"
  | "read:meal-fund:own"
  /** Meal-fund accounts and R15's findings: the education department enforces Art. 69 (Art. 79 (9)). */
  | "read:meal-fund:region"
  | "read:meal-fund:any"
  /** User administration (/admin/users): create accounts, edit their role's fields, deactivate and reactivate, reset passwords. */
  | "manage:user:any"
  /**
   * The operator accounts of the kindergartens in the officer's region: open one for a kindergarten, reset its
   * password, deactivate and reactivate it (the education office licenses the kindergartens and keeps the registry).
   * Never an officer's or an administrator's account, never a role or a kindergarten changed.
   */
  | "manage:operator-account:region"
  /** The kindergarten registry (名录): register kindergartens, change their records (education offices license them). */
  | "manage:kindergarten:region"
  | "manage:kindergarten:any"
  /**
   * The division table (/admin/regions): read it with its counts, load a province of the vendored national table or
   * a CSV of codes and names. The installation's administrator's, as the command line is: a load changes every
   * district's chooser and the places every kindergarten and officer is named by.
   */
  | "manage:region:any";

const grants: Record<Role, readonly Permission[]> = {
  operator: [
    "create:filing:own",
    "read:filing:own",
    "file:account:own",
    "read:account:own",
    "read:complaint:own",
    "answer:complaint:own",
    "read:case:own",
    "answer:case:own",
    "file:meal-fund:own",
    "read:meal-fund:own",
  ],
  officer: [
    "read:case:region",
    "read:guidance-price:region",
    "read:catalogue:region",
    "read:reevaluation:any",
    "read:rules:any",
    "read:kindergarten:region",
    "read:account:region",
    "export:case:region",
  ],
  admin: [
    "read:case:any",
    "read:guidance-price:any",
    "manage:guidance-price:any",
    "read:catalogue:any",
    "manage:catalogue:any",
    "read:reevaluation:any",
    "resume:reevaluation:any",
    "read:rules:any",
    "read:kindergarten:any",
    "manage:rule-params:any",
    "activate:rule-version:any",
    "read:account:any",
    "read:complaint:any",
    "export:case:any",
    "read:audit:any",
    "read:meal-fund:any",
    "manage:user:any",
    "manage:kindergarten:any",
    "manage:region:any",
  ],
};

/**
 * Officer permissions that depend on the agency: guidance prices, the fee
 * item catalogue and regional rule parameters are set by development-reform
 * and education, not by market supervision (which enforces them).
 */
const caseWork: readonly Permission[] = ["handle:case:region", "assign:case:region", "decide:case:region", "draft:publication:region"];
const agencyGrants: Record<Agency, readonly Permission[]> = {
  // Market supervision enforces the price law; education enforces 学前教育法 (Art. 79): both work cases.
  market: ["read:complaint:region", "handle:complaint:region", ...caseWork],
  education: ["manage:guidance-price:region", "manage:catalogue:region", "manage:rule-params:region", "review:account:region", "read:meal-fund:region", "manage:kindergarten:region", "manage:operator-account:region", ...caseWork],
  development_reform: ["manage:guidance-price:region", "manage:catalogue:region", "manage:rule-params:region"],
};

/** What a lead of a market or education office may do besides the agency's grants. */
const leadGrants: readonly Permission[] = ["approve:case-extension:region", "draw:spot-check:region", "publish:publication:region"];

type Grantee = Pick<Actor, "role"> & { agency?: Agency | null; lead?: boolean };

/** Everything the actor may do: the role's grants plus, for officers, their agency's (and a lead's). */
export function permissionsOf(actor: Grantee): readonly Permission[] {
  const own = grants[actor.role];
  if (actor.role !== "officer" || !actor.agency) return own;
  const lead = actor.lead && actor.agency !== "development_reform" ? leadGrants : [];
  return [...own, ...agencyGrants[actor.agency], ...lead];
}

/** Callers that pass only a role get the role's grants; agency-bound permissions need the agency. */
export function hasPermission(actor: Grantee, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

/**
 * Everywhere with the `any` permission, the actor's own region and below with the `region` one, else nowhere
 * (re-exported by domain/regions/region-scope.ts, where features take it from).
 */
export function scopeFor(actor: Pick<Actor, "role" | "agency" | "regionCode">, anywhere: Permission, inRegion: Permission): RegionScope {
  if (hasPermission(actor, anywhere)) return { kind: "all" };
  if (hasPermission(actor, inRegion) && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

/**
 * Whose accounts the actor manages (user-admin.*): every account (an administrator, or null: the command line), the
 * operator accounts of the kindergartens in the officer's region and below (an education officer), or none. A region
 * scope reaches operators only, by their kindergarten's current region: a kindergarten moved to another district
 * takes its accounts along.
 */
export function accountScope(actor: Actor | null): RegionScope {
  return actor === null ? { kind: "all" } : scopeFor(actor, "manage:user:any", "manage:operator-account:region");
}
