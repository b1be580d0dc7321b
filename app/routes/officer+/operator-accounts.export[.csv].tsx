/** The overview of the region's bookkeepers' accounts under the page's filters as CSV (UTF-8 with a BOM), streamed: app/web/operator-account-overview-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { operatorAccountOverviewExportResponse } from "~/web/operator-account-overview-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return operatorAccountOverviewExportResponse(request, "csv", context?.requestId as string | undefined);
}
