/** The case queue under the URL's filters as CSV (UTF-8 with a BOM), streamed: app/web/case-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseExportResponse } from "~/web/case-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return caseExportResponse(request, "csv", context?.requestId as string | undefined);
}
