/**
 * Password hashing: argon2id with @node-rs/argon2's defaults
 * (m = 19 MiB, t = 2, p = 1; OWASP's minimum recommendation). The PHC string
 * carries its own parameters, so raising them later keeps old hashes valid.
 */
import { hash, verify, type Algorithm } from "@node-rs/argon2";

/** Algorithm.Argon2id; the enum is ambient `const`, which isolatedModules cannot inline. */
const ARGON2ID = 2 as Algorithm;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, { algorithm: ARGON2ID });
}

/** False on a wrong password and on a malformed stored hash (never throws for those). */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
