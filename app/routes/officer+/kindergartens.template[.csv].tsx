/** The registry import's CSV template: the header and two example rows, UTF-8 with a BOM for Excel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { REGISTRY_COLUMNS, REGISTRY_EXAMPLE_ROWS } from "~/domain/registry/registry.schema";
import { csvTemplate } from "~/utils/csv-table.server";
import { requireActor } from "~/web/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:kindergarten:region", "manage:kindergarten:any");
  return new Response(csvTemplate(REGISTRY_COLUMNS, REGISTRY_EXAMPLE_ROWS), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kindergarten-registry-template.csv"`,
      "Cache-Control": "private, max-age=0",
    },
  });
}
