/** The registry the officer keeps as an Excel workbook in the import's columns, USCCs as text cells, streamed: app/web/registry-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { registryExportResponse } from "~/web/registry-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return registryExportResponse(request, "xlsx", context?.requestId as string | undefined);
}
