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
 *
 * Each kind is a declaration (KINDS): its table and id column, the columns its words need, the kindergarten or
 * region its name starts with, whether an export's scope may stand for its id, and the object a record makes; one
 * function (lookUp) reads every kind the same way. A new kind is a new declaration, not a new query.
 */
import type { Kysely, Selectable } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
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

const opens = (page: AuditObjectPage, id: string) => ({ page, id });
const named = (...parts: string[]) => parts.join(" · ");

type Table = keyof Database;
type Column<T extends Table> = keyof Selectable<Database[T]> & string;
/** What an object's name starts with: its kindergarten's name in use (through `kindergarten_id`), or its region's (through `region_code`). */
type Place = "kindergarten" | "region";
type Row<T extends Table, C extends Column<T>, P extends Place | undefined> = Pick<Selectable<Database[T]>, C> & { id: string } & (P extends Place ? { place: string } : unknown);

/**
 * A kind of object kept in a table: its table, the column an entry's id names (read back as `id`), its own columns
 * its words and its page need, the kindergarten's or the region's name it starts with (read as `place`), whether an
 * export's scope may stand for its id, and the object a record makes.
 */
interface TableKind<T extends Table, C extends Column<T>, P extends Place | undefined> {
  table: T;
  id: Column<T>;
  columns: readonly C[];
  place?: P;
  exportScopes?: true;
  object: (row: Row<T, C, P>, lang: Lang) => AuditObject;
}
/** A kind whose id is all there is to it: no record is read. */
interface IdKind {
  fromId: (id: string) => AuditObject | null;
}
interface AnyTableKind {
  table: Table;
  id: string;
  columns: readonly string[];
  place?: Place;
  exportScopes?: true;
  object: (row: { id: string }, lang: Lang) => AuditObject;
}
type Kind = AnyTableKind | IdKind;

/** A table's kind, its columns checked against its table and its rows typed for `object`. */
const inTable = <T extends Table, C extends Column<T> = never, P extends Place | undefined = undefined>(kind: TableKind<T, C, P>): Kind => kind as unknown as AnyTableKind;

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

const KINDS: Record<AuditEntity, Kind> = {
  user: inTable({ table: "users", id: "id", columns: ["username"], exportScopes: true, object: (u) => ({ name: u.username, opens: opens("user", u.id) }) }),
  kindergarten: inTable({ table: "kindergartens", id: "id", columns: ["name_in_use"], object: (k) => ({ name: k.name_in_use, opens: opens("kindergarten", k.id) }) }),
  // A rule's case by the rule's id; a complaint's or a spot check's by its source (their rule ids are placeholders).
  inspection_case: inTable({
    table: "inspection_cases",
    id: "id",
    columns: ["rule_id", "source"],
    place: "kindergarten",
    exportScopes: true,
    object: (c, lang) => ({ name: named(c.place, c.source === "rule" ? c.rule_id : translate(lang, `case.source.${c.source}`)), opens: opens("case", c.id) }),
  }),
  complaint: inTable({ table: "complaints", id: "id", columns: [], place: "kindergarten", object: (c) => ({ name: c.place, opens: opens("complaint", c.id) }) }),
  bank_account: inTable({ table: "bank_accounts", id: "id", columns: [], place: "kindergarten", object: (b) => ({ name: b.place, opens: opens("account", b.id) }) }),
  // A filing and a meal-fund month have no page of their own: their kindergarten's shows them.
  fee_filing: inTable({
    table: "fee_filings",
    id: "id",
    columns: ["term", "kindergarten_id"],
    place: "kindergarten",
    object: (f, lang) => ({ name: named(f.place, formatTerm(f.term, lang)), opens: opens("kindergarten", f.kindergarten_id) }),
  }),
  meal_fund_account: inTable({
    table: "meal_fund_accounts",
    id: "id",
    columns: ["month", "kindergarten_id"],
    place: "kindergarten",
    object: (m, lang) => ({ name: named(m.place, formatYearMonth(m.month, lang)), opens: opens("kindergarten", m.kindergarten_id) }),
  }),
  // Its officers' page is its district's; the public's, once published, is everyone's.
  public_case: inTable({
    table: "public_cases",
    id: "id",
    columns: ["status", "decided_on"],
    place: "kindergarten",
    object: (p) => ({ name: named(p.place, p.decided_on), opens: p.status === "published" ? opens("public_case", p.id) : null }),
  }),
  spot_check_draw: inTable({
    table: "spot_check_draws",
    id: "id",
    columns: ["drawn_at"],
    place: "region",
    object: (d) => ({ name: named(d.place, shanghaiDate(new Date(d.drawn_at))), opens: opens("spot_check", d.id) }),
  }),
  guidance_price_batch: inTable({
    table: "guidance_price_batches",
    id: "id",
    columns: ["source_document"],
    place: "region",
    object: (b) => ({ name: named(b.place, b.source_document), opens: opens("guidance_batch", b.id) }),
  }),
  fee_item_type: inTable({
    table: "fee_item_types",
    id: "code",
    columns: ["name_zh", "name_en"],
    object: (f, lang) => ({ name: lang === "en" ? f.name_en : f.name_zh, opens: opens("fee_item", f.id) }),
  }),
  rule_parameter_set: inTable({
    table: "rule_parameter_sets",
    id: "id",
    columns: ["rule_id"],
    place: "region",
    object: (s) => ({ name: named(s.place, s.rule_id), opens: opens("parameter_set", s.id) }),
  }),
  rule_activation: inTable({
    table: "rule_activations",
    id: "id",
    columns: ["rule_id", "version"],
    object: (a, lang) => ({ name: `${a.rule_id} ${translate(lang, "rulesConfig.version", { version: a.version })}`, opens: opens("rule", a.rule_id) }),
  }),
  reevaluation_run: inTable({
    table: "reevaluation_runs",
    id: "id",
    columns: ["reason", "created_at"],
    object: (r, lang) => ({ name: named(translate(lang, `changes.reason.${r.reason}`), shanghaiDate(new Date(r.created_at))), opens: opens("run", r.id) }),
  }),
  // A registry import's id is its submission key: nothing more to name. A division table's is its source (a file's
  // name, the national table's edition), words already; the table has one page.
  kindergarten_import: { fromId: () => null },
  region_table: { fromId: (id) => ({ name: id, opens: opens("regions", "") }) },
  // A verification of the audit chain: the entry's detail says what it found, and the page it belongs to is this one.
  audit_verification: { fromId: () => null },
};

/**
 * A kind's objects among `ids`: one query of its table (joined to its kindergarten or its region when its name starts
 * with theirs), and for a kind an export may name, its regions' names beside it; none for a kind named by its id.
 */
async function lookUp(db: DB, kind: Kind, ids: readonly string[], lang: Lang): Promise<Found> {
  if ("fromId" in kind) {
    return ids.flatMap((id) => {
      const object = kind.fromId(id);
      return object ? [[id, object] as const] : [];
    });
  }
  // The declarations are checked against the schema (inTable); the one query built from them is not.
  let query = (db as unknown as Kysely<any>).selectFrom(`${kind.table} as o`).select([`o.${kind.id} as id`, ...kind.columns.map((c) => `o.${c}`)]);
  if (kind.place === "kindergarten") query = query.innerJoin("kindergartens as k", "k.id", "o.kindergarten_id").select("k.name_in_use as place");
  if (kind.place === "region") query = query.innerJoin("regions as r", "r.code", "o.region_code").select("r.name as place");
  const [rows, scopes] = await Promise.all([query.where(`o.${kind.id}`, "in", ids).execute() as Promise<Array<{ id: string }>>, kind.exportScopes ? exportScopes(db, ids, lang) : []]);
  return [...rows.map((row) => [row.id, kind.object(row, lang)] as const), ...scopes];
}

const isKnownEntity = (entity: string): entity is AuditEntity => Object.hasOwn(KINDS, entity);

/** The objects of a page of entries, keyed `entity|id`; an entry whose object is not found has none. */
export async function auditObjects(db: DB, entries: ReadonlyArray<{ entity: string; entityId: string }>, lang: Lang): Promise<Map<string, AuditObject>> {
  const idsOf = new Map<AuditEntity, Set<string>>();
  for (const { entity, entityId } of entries) {
    if (!isKnownEntity(entity)) continue;
    (idsOf.get(entity) ?? idsOf.set(entity, new Set()).get(entity)!).add(entityId);
  }
  const found = await Promise.all([...idsOf].map(async ([entity, ids]) => (await lookUp(db, KINDS[entity], [...ids], lang)).map(([id, object]) => [`${entity}|${id}`, object] as const)));
  return new Map(found.flat());
}
