/** The complaint queue under the page's filters as an Excel workbook, identifiers as text cells, streamed: app/web/complaint-queue-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintQueueExportResponse } from "~/web/complaint-queue-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return complaintQueueExportResponse(request, "xlsx", context?.requestId as string | undefined);
}
