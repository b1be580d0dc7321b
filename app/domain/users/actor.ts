/**
 * Who is acting, as the domain sees it. Routes obtain it from the session;
 * services take it explicitly and enforce scope (own kindergarten, region).
 */
import type { Agency, Role } from "../../../db/schema";

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: Agency | null;
  regionCode: string | null;
  kindergartenId: string | null;
}

/** Permission strings are action:entity:scope (CONVENTIONS.md). */
export type Permission =
  | "create:filing:own"
  | "read:filing:own"
  | "read:case:region"
  | "read:case:any";

const grants: Record<Role, readonly Permission[]> = {
  operator: ["create:filing:own", "read:filing:own"],
  officer: ["read:case:region"],
  admin: ["read:case:any"],
};

export function hasPermission(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return grants[actor.role].includes(permission);
}
