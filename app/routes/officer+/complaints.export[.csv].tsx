/** The complaint queue under the page's filters as CSV (UTF-8 with a BOM), streamed: app/web/complaint-queue-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintQueueExportResponse } from "~/web/complaint-queue-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return complaintQueueExportResponse(request, "csv", context?.requestId as string | undefined);
}
