/**
 * What an audit entry's object is, in words, for the log's page (`/admin/audit`): a case by its kindergarten and
 * rule, a kindergarten by its name, a user by the username, a fee filing by its kindergarten and term … Never a
 * person's identity beyond an account's username: a complaint is named by the kindergarten it concerns (no
 * complainant, no tracking number), a meal-fund month or a filing by its kindergarten (no parent, no child).
 *
 * One query per kind of object the page shows, each for that kind's ids of the page (AUDIT_PAGE_SIZE bounds them),
 * none for a kind the page does not show: never a query per row. An id no record answers (deleted, or an export's
 * scope) is left out, and the page shows the id as it is; an export's scope (a region's code, or "*") is named as
 * the region, or everywhere.
 *
 * With each name, the page the object has (`opens`), for the web layer to link where the reader may open it.
 */
import type { DB } from "~/db/client";
import { translate, type Lang } from "~/i18n";
import { formatYearMonth } from "~/utils/instant";
import { formatTerm } from "~/utils/term";
import { shanghaiDate } from "~/utils/working-days";
import type { AuditEntity } from "./audit-actions";

/** The pages an audit entry's object may open; `id` is the page's own (a kindergarten's for its filing). */
export const AUDIT_OBJECT_PAGES = [
  "user",
  "kindergarten",
  "case",
  "complaint",
  "account",
  "spot_check",
  "guidance_batch",
  "fee_item",
  "parameter_set",
  "rule",
  "run",
  "public_case",
  "regions",
] as const;
export type AuditObjectPage = (typeof AUDIT_OBJECT_PAGES)[number];

export interface AuditObject {
  /** The object in words, in the reader's language where it has words of the portal's (a term, a month, a reason). */
  name: string;
  opens: { page: AuditObjectPage; id: string } | null;
}

type Found = Array<readonly [id: string, object: AuditObject]>;
type Lookup = (db: DB, ids: readonly string[], lang: Lang) => Promise<Found>;

const opens = (page: AuditObjectPage, id: string) => ({ page, id });
const named = (...parts: string[]) => parts.join(" · ");

/** An export's scope, written as the entry's id: the exporter's region's code, or "*" for everywhere (case-queue, operator accounts). */
const EXPORT_SCOPE = /^(\d{6}|\*)$/;

async function exportScopes(db: DB, ids: readonly string[], lang: Lang): Promise<Found> {
  const scopes = ids.filter((id) => EXPORT_SCOPE.test(id));
  if (scopes.length === 0) return [];
  const codes = scopes.filter((id) => id !== "*");
  const regions = codes.length ? await db.selectFrom("regions").select(["code", "name"]).where("code", "in", codes).execute() : [];
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return scopes.flatMap((id) => {
    const name = id === "*" ? translate(lang, "audit.object.everywhere") : names.get(id);
    return name ? [[id, { name, opens: null }] as const] : [];
  });
}

const LOOKUPS: Record<AuditEntity, Lookup> = {
  user: async (db, ids, lang) => {
    const [users, scopes] = await Promise.all([db.selectFrom("users").select(["id", "username"]).where("id", "in", ids).execute(), exportScopes(db, ids, lang)]);
    return [...users.map((u) => [u.id, { name: u.username, opens: opens("user", u.id) }] as const), ...scopes];
  },
  kindergarten: async (db, ids) =>
    (await db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "in", ids).execute()).map((k) => [k.id, { name: k.name_in_use, opens: opens("kindergarten", k.id) }] as const),
  inspection_case: async (db, ids, lang) => {
    const [cases, scopes] = await Promise.all([
      db
        .selectFrom("inspection_cases as c")
        .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
        .select(["c.id", "c.rule_id", "c.source", "k.name_in_use"])
        .where("c.id", "in", ids)
        .execute(),
      exportScopes(db, ids, lang),
    ]);
    // A rule's case by the rule's id; a complaint's or a spot check's by its source (their rule ids are placeholders).
    const rows = cases.map((c) => [c.id, { name: named(c.name_in_use, c.source === "rule" ? c.rule_id : translate(lang, `case.source.${c.source}`)), opens: opens("case", c.id) }] as const);
    return [...rows, ...scopes];
  },
  complaint: async (db, ids) =>
    (
      await db.selectFrom("complaints as c").innerJoin("kindergartens as k", "k.id", "c.kindergarten_id").select(["c.id", "k.name_in_use"]).where("c.id", "in", ids).execute()
    ).map((c) => [c.id, { name: c.name_in_use, opens: opens("complaint", c.id) }] as const),
  bank_account: async (db, ids) =>
    (
      await db.selectFrom("bank_accounts as b").innerJoin("kindergartens as k", "k.id", "b.kindergarten_id").select(["b.id", "k.name_in_use"]).where("b.id", "in", ids).execute()
    ).map((b) => [b.id, { name: b.name_in_use, opens: opens("account", b.id) }] as const),
  // A filing and a meal-fund month have no page of their own: their kindergarten's shows them.
  fee_filing: async (db, ids, lang) =>
    (
      await db
        .selectFrom("fee_filings as f")
        .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
        .select(["f.id", "f.term", "k.id as kindergarten_id", "k.name_in_use"])
        .where("f.id", "in", ids)
        .execute()
    ).map((f) => [f.id, { name: named(f.name_in_use, formatTerm(f.term, lang)), opens: opens("kindergarten", f.kindergarten_id) }] as const),
  meal_fund_account: async (db, ids, lang) =>
    (
      await db
        .selectFrom("meal_fund_accounts as m")
        .innerJoin("kindergartens as k", "k.id", "m.kindergarten_id")
        .select(["m.id", "m.month", "k.id as kindergarten_id", "k.name_in_use"])
        .where("m.id", "in", ids)
        .execute()
    ).map((m) => [m.id, { name: named(m.name_in_use, formatYearMonth(m.month, lang)), opens: opens("kindergarten", m.kindergarten_id) }] as const),
  // Its officers' page is its district's; the public's, once published, is everyone's.
  public_case: async (db, ids) =>
    (
      await db
        .selectFrom("public_cases as p")
        .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
        .select(["p.id", "p.status", "p.decided_on", "k.name_in_use"])
        .where("p.id", "in", ids)
        .execute()
    ).map((p) => [p.id, { name: named(p.name_in_use, p.decided_on), opens: p.status === "published" ? opens("public_case", p.id) : null }] as const),
  spot_check_draw: async (db, ids) =>
    (
      await db.selectFrom("spot_check_draws as d").innerJoin("regions as r", "r.code", "d.region_code").select(["d.id", "d.drawn_at", "r.name"]).where("d.id", "in", ids).execute()
    ).map((d) => [d.id, { name: named(d.name, shanghaiDate(new Date(d.drawn_at))), opens: opens("spot_check", d.id) }] as const),
  guidance_price_batch: async (db, ids) =>
    (
      await db
        .selectFrom("guidance_price_batches as b")
        .innerJoin("regions as r", "r.code", "b.region_code")
        .select(["b.id", "b.source_document", "r.name"])
        .where("b.id", "in", ids)
        .execute()
    ).map((b) => [b.id, { name: named(b.name, b.source_document), opens: opens("guidance_batch", b.id) }] as const),
  fee_item_type: async (db, ids, lang) =>
    (await db.selectFrom("fee_item_types").select(["code", "name_zh", "name_en"]).where("code", "in", ids).execute()).map(
      (f) => [f.code, { name: lang === "en" ? f.name_en : f.name_zh, opens: opens("fee_item", f.code) }] as const,
    ),
  rule_parameter_set: async (db, ids) =>
    (
      await db.selectFrom("rule_parameter_sets as s").innerJoin("regions as r", "r.code", "s.region_code").select(["s.id", "s.rule_id", "r.name"]).where("s.id", "in", ids).execute()
    ).map((s) => [s.id, { name: named(s.name, s.rule_id), opens: opens("parameter_set", s.id) }] as const),
  rule_activation: async (db, ids, lang) =>
    (await db.selectFrom("rule_activations").select(["id", "rule_id", "version"]).where("id", "in", ids).execute()).map(
      (a) => [a.id, { name: `${a.rule_id} ${translate(lang, "rulesConfig.version", { version: a.version })}`, opens: opens("rule", a.rule_id) }] as const,
    ),
  reevaluation_run: async (db, ids, lang) =>
    (await db.selectFrom("reevaluation_runs").select(["id", "reason", "created_at"]).where("id", "in", ids).execute()).map(
      (r) => [r.id, { name: named(translate(lang, `changes.reason.${r.reason}`), shanghaiDate(new Date(r.created_at))), opens: opens("run", r.id) }] as const,
    ),
  // A registry import's id is its submission key: nothing more to name. A division table's is its source (a file's
  // name, the national table's edition), words already; the table has one page.
  kindergarten_import: async () => [],
  region_table: async (_db, ids) => ids.map((id) => [id, { name: id, opens: opens("regions", "") }] as const),
};

const isKnownEntity = (entity: string): entity is AuditEntity => Object.hasOwn(LOOKUPS, entity);

/** The objects of a page of entries, keyed `entity|id`; an entry whose object is not found has none. */
export async function auditObjects(db: DB, entries: ReadonlyArray<{ entity: string; entityId: string }>, lang: Lang): Promise<Map<string, AuditObject>> {
  const idsOf = new Map<AuditEntity, Set<string>>();
  for (const { entity, entityId } of entries) {
    if (!isKnownEntity(entity)) continue;
    (idsOf.get(entity) ?? idsOf.set(entity, new Set()).get(entity)!).add(entityId);
  }
  const found = await Promise.all([...idsOf].map(async ([entity, ids]) => (await LOOKUPS[entity](db, [...ids], lang)).map(([id, object]) => [`${entity}|${id}`, object] as const)));
  return new Map(found.flat());
}
