/** The CSV template for the division table's load (`/admin/regions/load`): header plus example rows, UTF-8 with a BOM for Excel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { regionCsvTemplate } from "~/domain/regions/region-directory-load.server";
import { requireActor } from "~/web/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:region:any");
  return new Response(regionCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="regions-template.csv"`,
      "Cache-Control": "private, max-age=0",
    },
  });
}
