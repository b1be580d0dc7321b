/**
 * Fixtures for the tests of the kindergartens' bookkeepers' accounts as the education office keeps them and reads
 * them in its overview: the offices (as Actors), an account opened as the office opens one (with its temporary
 * password), an account's row written straight in (many at once, for the paging and plan tests, beside
 * `kindergartenRow`), and, for the built app's pages, an account opened through the kindergarten's accounts page.
 */
import { ulid } from "ulid";
import { expect } from "vitest";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { createUser } from "~/domain/users/user-admin.server";
import type { BuiltApp } from "../setup/built-app";
import { createActor, HAISHU, JIANGBEI, NINGBO } from "./domain";

export interface AccountOffices {
  admin: Actor;
  haishuEdu: Actor;
  ningboEdu: Actor;
  jiangbeiEdu: Actor;
  haishuMarket: Actor;
}

/** The administrator, the education offices of 海曙区, 宁波市 and 江北区, and 海曙区's market office, made in that order. */
export async function createAccountOffices(db: DB): Promise<AccountOffices> {
  const admin = await createActor(db, "admin");
  const haishuEdu = await createActor(db, "officer", { agency: "education", regionCode: HAISHU });
  const ningboEdu = await createActor(db, "officer", { agency: "education", regionCode: NINGBO });
  const jiangbeiEdu = await createActor(db, "officer", { agency: "education", regionCode: JIANGBEI });
  const haishuMarket = await createActor(db, "officer", { agency: "market", regionCode: HAISHU });
  return { admin, haishuEdu, ningboEdu, jiangbeiEdu, haishuMarket };
}

/** A bookkeeper's account opened by `office` for the kindergarten, as its page opens one; its temporary password. */
export async function openOperatorAccount(db: DB, office: Actor, kindergartenId: string, username: string): Promise<{ userId: string; password: string }> {
  const r = await createUser({ db, actor: office, input: { username, displayName: "收费管理员", role: "operator", kindergarten: kindergartenId }, submissionKey: ulid() });
  if (!r.ok || !r.temporaryPassword) throw new Error(JSON.stringify(r));
  return { userId: r.userId, password: r.temporaryPassword };
}

/** A bookkeeper's account row to insert directly: active, its own password, never signed in, unless told otherwise. */
export function operatorRow(
  kindergartenId: string,
  o: { username: string; at: string; active?: number; mustChangePassword?: number; lastSignedInAt?: string | null },
) {
  return {
    id: ulid(),
    username: o.username,
    display_name: "收费管理员",
    password_hash: "x",
    role: "operator" as const,
    agency: null,
    region_code: null,
    kindergarten_id: kindergartenId,
    active: o.active ?? 1,
    created_at: o.at,
    must_change_password: o.mustChangePassword ?? 0,
    last_signed_in_at: o.lastSignedInAt ?? null,
  };
}

/** The temporary password a page shows once, or null. */
export const temporaryPasswordIn = (html: string) => html.match(/<code class="temporary-password"[^>]*>([^<]+)<\/code>/)?.[1] ?? null;

/** The kindergarten's accounts page's create form posted as the page would, with its own one-time key. */
export async function createThroughPage(app: BuiltApp, kindergartenId: string, form: Record<string, string>, as = "haishu.edu"): Promise<Response> {
  const page = await app.get(`/officer/kindergartens/${kindergartenId}/accounts`, as);
  expect(page.status).toBe(200);
  const key = (await page.text()).match(/name="submissionKey" value="([^"]+)"/)?.[1];
  expect(key).toBeTruthy();
  return app.post(`/officer/kindergartens/${kindergartenId}/accounts`, as, { intent: "create", ...form, submissionKey: key! });
}
