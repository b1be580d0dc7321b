/**
 * The browser's receipt cookie: the one-time keys of the complaint forms it
 * sent in the last two hours, newest first. With them the form page shows
 * those receipts again (a reload of the receipt, a parent who did not write
 * the code down in time) and intake recognises the same complaint sent again
 * from a form fetched anew (Back without JavaScript gives a new key).
 *
 * Signed and httpOnly, sent only to /complaints: it holds no personal data,
 * but whoever holds it sees those receipts, so it is a session cookie (gone
 * when the browser closes) and a receipt is shown from it for two hours at
 * most (RECENT_RECEIPT_HOURS, counted from the complaint's receipt).
 */
import { createCookie } from "@remix-run/node";
import { RECENT_RECEIPTS_MAX } from "~/domain/complaints/complaint.schema";
import { SUBMISSION_KEY_PATTERN } from "~/domain/submissions/submission.schema";
import { getEnv, sessionSecret } from "~/utils/env.server";

let cookie: ReturnType<typeof createCookie> | undefined;
function receiptCookie() {
  cookie ??= createCookie("complaint_receipts", {
    httpOnly: true,
    sameSite: "lax",
    path: "/complaints",
    secure: getEnv().NODE_ENV === "production",
    secrets: [sessionSecret()],
  });
  return cookie;
}

/** The keys the request's cookie holds (none when it is absent, forged or malformed). */
export async function receiptKeys(request: Request): Promise<string[]> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("complaint_receipts=")) return [];
  const value: unknown = await receiptCookie().parse(header);
  if (!Array.isArray(value)) return [];
  return value.filter((k): k is string => typeof k === "string" && SUBMISSION_KEY_PATTERN.test(k)).slice(0, RECENT_RECEIPTS_MAX);
}

/** The Set-Cookie value that puts `key` first among the request's keys. */
export async function withReceiptKey(request: Request, key: string): Promise<string> {
  const keys = [key, ...(await receiptKeys(request)).filter((k) => k !== key)].slice(0, RECENT_RECEIPTS_MAX);
  return receiptCookie().serialize(keys);
}

/** The Set-Cookie value that takes every receipt off this browser. */
export function clearReceiptKeys(): Promise<string> {
  return receiptCookie().serialize([], { maxAge: 0 });
}
