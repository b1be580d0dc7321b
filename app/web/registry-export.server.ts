/**
 * The registry the officer keeps as a file in the import's columns (`/officer/kindergartens/export.csv`, `export.xlsx`),
 * streamed: to be edited in a spreadsheet and imported again (`manage:kindergarten:region` in the officer's region and
 * below, or `…:any`). The headers are the import's column names in either format, the CSV byte for byte what the import
 * reads; the workbook keeps a digits-only USCC and a region code as text cells. Not audited, as the registry page is not.
 */
import { REGISTRY_COLUMNS, type RegistryColumn } from "~/domain/registry/registry.schema";
import { registryExportChunks } from "~/domain/registry/registry.queries.server";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "./auth.server";
import { getDb } from "./db.server";
import { listFileResponse, type ListColumn } from "./list-file.server";

/** Widths in the workbook (characters). */
const WIDTHS: Record<RegistryColumn, number> = { uscc: 20, approved_name: 30, name_in_use: 30, nature: 18, grade: 10, region_code: 12, address: 40, status: 10 };
const COLUMNS: ReadonlyArray<ListColumn<Record<RegistryColumn, string>>> = REGISTRY_COLUMNS.map((c) => ({ header: c, width: WIDTHS[c], cell: (row) => row[c] }));

/** The loader of an export route, in `format`. */
export async function registryExportResponse(request: Request, format: ExportFormat, requestId?: string): Promise<Response> {
  const actor = await requireActor(request, "manage:kindergarten:region", "manage:kindergarten:any");
  return listFileResponse(format, {
    name: `kindergarten-registry-${actor.regionCode ?? "all"}-${shanghaiDate()}`,
    sheet: "kindergartens",
    columns: COLUMNS,
    chunks: registryExportChunks(getDb(), actor),
    what: "registry export",
    requestId,
  });
}
