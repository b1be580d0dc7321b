/**
 * The registry the officer keeps as CSV in the import's columns (UTF-8 with a BOM), streamed: to be edited in a
 * spreadsheet and imported again (`manage:kindergarten:region` in the officer's region and below, or `…:any`).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { REGISTRY_COLUMNS } from "~/domain/registry/registry.schema";
import { registryExportChunks } from "~/domain/registry/registry.queries.server";
import { requireActor } from "~/web/auth.server";
import { csvStream } from "~/web/csv-stream.server";
import { getDb } from "~/web/db.server";
import { shanghaiDate } from "~/utils/working-days";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:kindergarten:region", "manage:kindergarten:any");
  const body = csvStream(REGISTRY_COLUMNS, registryExportChunks(getDb(), actor), (row) => REGISTRY_COLUMNS.map((c) => row[c]));
  const name = `kindergarten-registry-${actor.regionCode ?? "all"}-${shanghaiDate()}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
