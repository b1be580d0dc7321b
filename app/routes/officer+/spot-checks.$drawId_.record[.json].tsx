/**
 * A draw's record as a file (seed, inputs exactly as hashed, result), to
 * re-run it outside the portal: `npm run spot-check:verify -- <file>`, or any
 * program following the algorithm in the README. Officers' ids are in it:
 * internal, never cached.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { drawRecord } from "~/domain/spot-checks/spot-check.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const record = await drawRecord(getDb(), actor, params.drawId ?? "");
  if (!record) throw new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(record, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="spot-check-${record.drawId.replace(/[^A-Za-z0-9]/g, "_")}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
