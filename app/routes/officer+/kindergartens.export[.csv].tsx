/** The registry the officer keeps as CSV in the import's columns (UTF-8 with a BOM), streamed: app/web/registry-export.server.ts. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { registryExportResponse } from "~/web/registry-export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return registryExportResponse(request, "csv", context?.requestId as string | undefined);
}
