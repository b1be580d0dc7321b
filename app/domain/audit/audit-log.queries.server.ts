/**
 * The audit log as the admin reads it (`/admin/audit`): newest first, filtered
 * by action, entity, entity id, actor and day, a page at a time (keyset on
 * the time and id: an index serves it, however long the log). Who may read it:
 * `read:audit:any` (the admin), checked by the route.
 */
import type { DB } from "~/db/client";
import { addDays } from "~/utils/civil-date";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { listOf, translate, type Lang } from "~/i18n";
import type { AuditActionFilter, AuditEntity } from "./audit-actions";
import { latestRuleTitles, type RuleSet } from "~/rules/schema";
import type { LocalizedText } from "~/rules/types";
import { AUDIT_DETAIL_DATA_KEYED, detailLabelKey, detailValueText, isAuditDetailKey } from "./audit-details";
import { auditObjects, type AuditObject } from "./audit-objects.server";
import { paramLabel } from "~/utils/flag-words";

export const AUDIT_PAGE_SIZE = 50;
/**
 * How much of an entry's detail a row shows: the detail is JSON of any size (a re-evaluation batch lists
 * its filings), the page a few lines per row. At most this many fields, each value cut to so many characters.
 */
export const AUDIT_DETAIL_FIELDS_SHOWN = 12;
export const AUDIT_DETAIL_VALUE_SHOWN = 120;

export interface AuditLogFilters {
  /** An action, or its family ending in "." ("case." for every case step). */
  action?: AuditActionFilter;
  entity?: AuditEntity;
  entityId?: string;
  /** The actor's username. */
  actor?: string;
  /** Days (Asia/Shanghai is not applied: entries are stamped in UTC, and so are these bounds). */
  from?: string;
  to?: string;
  /** The cursor: the last row of the page before. */
  before?: string;
}

export interface AuditLogRow {
  id: string;
  createdAt: string;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** What the entity is, in words (audit-objects.server.ts); null when no record answers the id. */
  object: AuditObject | null;
  detail: AuditDetailShown;
  requestId: string | null;
  seq: number | null;
}

/**
 * An entry's detail as the page shows it: its fields, each key in the reader's words (`label`, for a key the code
 * writes: audit-details.ts) and its value worded too (an enumerated value by the portal's message for it, yes or
 * no, a structured value as its fields, a list as a list), bounded however large the detail; `more` fields left
 * out. A key no longer written (an older entry's) has no label and its value is shown as stored. A detail that is
 * not an object (none is written so, but the column is text) is its text, cut. Nothing is shown that the stored
 * detail does not hold, and no more of it than before the words: the same fields, each cut to the same length.
 */
export type AuditDetailShown = { fields: Array<{ key: string; label?: string; value: string }>; more: number } | { text: string };

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

interface Wording {
  lang: Lang;
  /** The entry's action: a key's label and a value's words may be its own or its family's. */
  action: string;
  /** The entry's detail: a message's variables come from its other fields. */
  detail: Readonly<Record<string, unknown>>;
  /** The rules' titles by id, for the flags an entry names. */
  ruleTitles: Readonly<Record<string, LocalizedText>>;
}

function wordedCode(w: Wording, key: string, value: string): string {
  return detailValueText(w.action, key, value, w.detail, w) ?? value;
}

/**
 * A value in words, for the key it is held under (whose words an enumerated value takes), stopping once `room`
 * characters are written (the caller cuts it): a list of 5,000 ids costs what a row shows.
 */
function worded(w: Wording, key: string, value: unknown, room: number, depth = 0): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return translate(w.lang, value ? "handling.page.yes" : "handling.page.no");
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return wordedCode(w, key, value);
  if (depth > 4) return cut(JSON.stringify(value), room);
  const parts: string[] = [];
  let used = 0;
  const add = (part: string) => {
    parts.push(part);
    used += part.length + 2;
    return used > room;
  };
  if (Array.isArray(value)) {
    // An empty list reads as a missing value does, not as nothing after its label.
    if (value.length === 0) return "—";
    for (const item of value) if (add(worded(w, key, item, room - used, depth + 1))) break;
    const text = listOf(parts, w.lang);
    return parts.length < value.length ? `${text}…` : text;
  }
  if (!isPlainObject(value)) return cut(JSON.stringify(value), room);
  const entries = Object.entries(value);
  const dataKeyed = isAuditDetailKey(key) && AUDIT_DETAIL_DATA_KEYED.has(key);
  const colon = w.lang === "en" ? ": " : "：";
  for (const [inner, innerValue] of entries) {
    const name = dataKeyed
      ? paramLabel(inner, w.lang)
      : isAuditDetailKey(inner)
        ? translate(w.lang, detailLabelKey(w.action, inner))
        : inner;
    // A field's before and after (a registry record's changes) are worded as the field.
    const wordsKey = dataKeyed ? "" : (inner === "from" || inner === "to") && depth > 0 ? key : inner;
    const text = dataKeyed && typeof innerValue !== "object" ? String(innerValue) : worded(w, wordsKey, innerValue, room - used, depth + 1);
    if (add(`${name}${colon}${text}`)) break;
  }
  const text = parts.join(w.lang === "en" ? "; " : "；");
  return parts.length < entries.length ? `${text}…` : text;
}

/** `ruleTitles`: the rules' titles by id (the page's rule library), for a flag's words; none: a flag by its rule's id. */
export function shownDetail(detail: string, action = "", lang: Lang = "zh-CN", ruleTitles: Readonly<Record<string, LocalizedText>> = {}): AuditDetailShown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return { text: cut(detail, AUDIT_DETAIL_VALUE_SHOWN) };
  }
  if (!isPlainObject(parsed)) return { text: cut(detail, AUDIT_DETAIL_VALUE_SHOWN) };
  const entries = Object.entries(parsed);
  const w: Wording = { lang, action, detail: parsed, ruleTitles };
  return {
    fields: entries.slice(0, AUDIT_DETAIL_FIELDS_SHOWN).map(([key, value]) =>
      isAuditDetailKey(key)
        ? { key, label: translate(lang, detailLabelKey(action, key)), value: cut(worded(w, key, value, AUDIT_DETAIL_VALUE_SHOWN), AUDIT_DETAIL_VALUE_SHOWN) }
        : { key: cut(key, AUDIT_DETAIL_VALUE_SHOWN), value: cut(typeof value === "string" ? value : JSON.stringify(value), AUDIT_DETAIL_VALUE_SHOWN) },
    ),
    more: Math.max(0, entries.length - AUDIT_DETAIL_FIELDS_SHOWN),
  };
}

/** The audit page's cursor: the last row's time and id. */
function afterOf(text: string | undefined): [string, string] | null {
  const key = decodeCursor(text);
  return key?.length === 2 && typeof key[0] === "string" && typeof key[1] === "string" ? [key[0], key[1]] : null;
}

/**
 * A page of the log under the filters, with the next page's cursor and the chain's head, the details and the
 * entries' objects in the reader's language (`lang`). The caller has
 * checked `read:audit:any` (users import audit to record sign-ins: audit cannot import users back). `library`: the
 * process's rule files, whose titles name the flags an entry holds (in memory, no query).
 */
export async function auditLogPage(db: DB, f: AuditLogFilters, lang: Lang = "zh-CN", library: RuleSet = []) {
  let query = db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select(["a.id", "a.created_at", "a.action", "a.entity", "a.entity_id", "a.detail", "a.request_id", "a.seq", "u.username"]);
  if (f.action) query = f.action.endsWith(".") ? query.where("a.action", ">=", f.action).where("a.action", "<", `${f.action.slice(0, -1)}/`) : query.where("a.action", "=", f.action);
  if (f.entity) query = query.where("a.entity", "=", f.entity);
  if (f.entityId) query = query.where("a.entity_id", "=", f.entityId);
  // As sign-in reads a username (users_username_lower): "Haishu.NDRC " finds haishu.ndrc's entries.
  if (f.actor) query = query.where((eb) => eb(eb.fn("lower", ["u.username"]), "=", f.actor!.trim().toLowerCase()));
  if (f.from) query = query.where("a.created_at", ">=", f.from);
  if (f.to) query = query.where("a.created_at", "<", addDays(f.to, 1));
  const after = afterOf(f.before);
  if (after) {
    const [at, id] = after;
    query = query.where((eb) => eb.or([eb("a.created_at", "<", at), eb.and([eb("a.created_at", "=", at), eb("a.id", "<", id)])]));
  }
  const [rows, head] = await Promise.all([
    query.orderBy("a.created_at", "desc").orderBy("a.id", "desc").limit(AUDIT_PAGE_SIZE + 1).execute(),
    db.selectFrom("audit_chain").select(["seq", "hash", "started_at"]).where("id", "=", 1).executeTakeFirst(),
  ]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  // The page's objects, a query per kind of object on it.
  const objects = await auditObjects(db, page.map((r) => ({ entity: r.entity, entityId: r.entity_id })), lang);
  const ruleTitles = latestRuleTitles(library, [...new Set(library.map((rule) => rule.id))]);
  return {
    rows: page.map(
      (r): AuditLogRow => ({
        id: r.id,
        createdAt: r.created_at,
        actor: r.username,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        object: objects.get(`${r.entity}|${r.entity_id}`) ?? null,
        detail: shownDetail(r.detail, r.action, lang, ruleTitles),
        requestId: r.request_id,
        seq: r.seq === null ? null : Number(r.seq),
      }),
    ),
    next: rows.length > AUDIT_PAGE_SIZE && last ? encodeCursor([last.created_at, last.id]) : null,
    head: head ? { seq: Number(head.seq), hash: head.hash, startedAt: head.started_at } : null,
  };
}
