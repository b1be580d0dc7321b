/** The case queue under the URL's filters as an Excel workbook, streamed: app/web/case-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseExportResponse } from "~/web/case-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return caseExportResponse(request, "xlsx", context?.requestId as string | undefined);
}
