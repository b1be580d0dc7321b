/** The CSV template for the guidance-price import: header plus example rows, UTF-8 with a BOM for Excel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { guidanceCsvTemplate } from "~/domain/guidance-prices/guidance-price.csv.server";
import { requireActor } from "~/web/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  return new Response(guidanceCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="guidance-prices-template.csv"`,
      "Cache-Control": "private, max-age=0",
    },
  });
}
