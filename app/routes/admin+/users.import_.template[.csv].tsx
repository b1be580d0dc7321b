/** The CSV template for the account import: header plus an operator's and an officer's example row, UTF-8 with a BOM for Excel. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { userImportTemplate } from "~/domain/users/user-import.server";
import { requireActor } from "~/web/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:user:any");
  return new Response(userImportTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="accounts-template.csv"`,
      "Cache-Control": "private, max-age=0",
    },
  });
}
