/** The education office's account review queue under the page's filters as CSV (UTF-8 with a BOM), streamed: app/web/account-queue-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountQueueExportResponse } from "~/web/account-queue-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return accountQueueExportResponse(request, "csv", context?.requestId as string | undefined);
}
