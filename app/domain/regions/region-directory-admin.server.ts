/**
 * The division table loaded from the administrator's page (`/admin/regions/load`, `manage:region:any`): one province
 * of the vendored national table, or a CSV in the command line's `--file` format (code,name). Two steps over the same
 * input, as the other imports: the preview writes nothing and tells what the load would add and rename (and which
 * codes of the scope the database has and the input lacks: kept, as the command line keeps them), with a digest of
 * those writes; the commit, given the digest, loads all or nothing through `loadRegionDirectory` and is refused as a
 * conflict when its writes are no longer the previewed ones. No submission key: a load is idempotent (the same rows
 * again write nothing), so a repeated confirmation finds nothing left to do and says so.
 */
import path from "node:path";
import type { DB } from "~/db/client";
import { fail, invalid, type Failure } from "~/domain/result";
import { hasPermission, type Actor } from "~/domain/users/actor";
import type { CsvRowError } from "~/utils/csv-table.server";
import { regionLevel } from "~/utils/region-codes";
import {
  loadRegionDirectory,
  NATIONAL_REGIONS,
  nationalProvinces,
  previewRegionDirectory,
  regionRowsFromCsv,
  REGION_CSV_EXAMPLE_ROWS,
  REGION_CSV_MAX_BYTES,
  REGION_CSV_MAX_ROWS,
  type RegionDirectoryRow,
} from "./region-directory-load.server";
import { regionTable } from "./region-table.server";

/** Rows of each list a preview shows, and refused lines a refusal shows; the counts are exact. */
export const REGION_LOAD_LISTED = 200;

export type RegionLoadInput =
  | { kind: "national"; province: string }
  | { kind: "csv"; file: Uint8Array | string; fileName: string; province?: string };

export interface RegionLoadPreview {
  kind: "national" | "csv";
  /** The vendored file's name, or the uploaded one's. */
  fileName: string;
  /** The province the load is limited to (its 2-digit prefix), if any. */
  province: string | null;
  counts: { inserted: number; renamed: number; unchanged: number; absent: number };
  inserted: Array<{ code: string; name: string; level: "province" | "city" | "district" }>;
  renamed: Array<{ code: string; from: string; to: string }>;
  absent: Array<{ code: string; name: string }>;
  /** What a commit would write, as of this preview: a commit given it is refused once that differs. */
  digest: string;
}

export type RegionLoadRefused = Failure & { rowErrors: CsvRowError[]; refusedRows: number; preview: RegionLoadPreview | null };

export type AdminRegionLoadResult =
  | { ok: true; committed: false; preview: RegionLoadPreview }
  | { ok: true; committed: true; inserted: number; renamed: number; unchanged: number; absent: number }
  | RegionLoadRefused;

const refusal = (failure: Failure, rowErrors: CsvRowError[] = [], preview: RegionLoadPreview | null = null): RegionLoadRefused => ({
  ...failure,
  rowErrors: rowErrors.slice(0, REGION_LOAD_LISTED),
  refusedRows: rowErrors.length,
  preview,
});

/** The rows an input names, and the name its audit entry gives it. */
function rowsOf(input: RegionLoadInput): { ok: true; rows: RegionDirectoryRow[]; fileName: string; province?: string } | RegionLoadRefused {
  if (input.kind === "national") {
    // The select offers the vendored provinces: anything else is a forged post, said on the field.
    if (!nationalProvinces().some((p) => p.code === input.province)) return refusal(invalid({ province: [{ key: "regions.load.chooseProvince" }] }));
    return { ok: true, rows: NATIONAL_REGIONS.rows(), fileName: path.basename(NATIONAL_REGIONS.file), province: input.province };
  }
  const read = regionRowsFromCsv(input.file);
  if (!read.ok) return refusal(read, read.rowErrors);
  return { ok: true, rows: read.rows, fileName: input.fileName.trim().slice(0, 200) || "regions.csv", province: input.province };
}

/**
 * Previews (`commit` false) or loads the input. A refused input (a file that is no table, a bad row, a province not in
 * it) comes back with its first refused lines and nothing written; a commit whose writes moved since `previewed` comes
 * back with the preview as it now is.
 */
export async function loadRegionsFromPage(args: {
  db: DB;
  actor: Actor;
  input: RegionLoadInput;
  commit: boolean;
  previewed?: string | null;
  requestId?: string | null;
  now?: Date;
}): Promise<AdminRegionLoadResult> {
  const { db, actor } = args;
  if (!hasPermission(actor, "manage:region:any")) return refusal(fail("forbidden", "regions.forbidden"));
  const read = rowsOf(args.input);
  if (!read.ok) return read;

  const preview = async (): Promise<RegionLoadPreview | RegionLoadRefused> => {
    const plan = await previewRegionDirectory(db, read.rows, { province: read.province });
    if (!plan.ok) return refusal(plan, plan.rowErrors);
    return {
      kind: args.input.kind,
      fileName: read.fileName,
      province: read.province ? read.province.slice(0, 2) : null,
      counts: { inserted: plan.fresh.length, renamed: plan.renamed.length, unchanged: plan.unchanged, absent: plan.absent.length },
      inserted: plan.fresh.slice(0, REGION_LOAD_LISTED).map((r) => ({ ...r, level: regionLevel(r.code) })),
      renamed: plan.renamed.slice(0, REGION_LOAD_LISTED),
      absent: plan.absent.slice(0, REGION_LOAD_LISTED),
      digest: plan.digest,
    };
  };

  if (!args.commit) {
    const shown = await preview();
    return "ok" in shown ? shown : { ok: true, committed: false, preview: shown };
  }
  if (!args.previewed) return refusal(invalid({}, [{ key: "regions.load.previewFirst" }]));
  const loaded = await loadRegionDirectory(db, read.rows, {
    source: read.fileName,
    province: read.province,
    previewed: args.previewed,
    by: { actorId: actor.id, via: "admin", requestId: args.requestId },
    now: args.now,
  });
  if (loaded.ok) return { ok: true, committed: true, inserted: loaded.inserted, renamed: loaded.renamed.length, unchanged: loaded.unchanged, absent: loaded.absent.length };
  if (loaded.kind !== "conflict") return refusal(loaded, loaded.rowErrors);
  const now = await preview();
  return refusal(loaded, [], "ok" in now ? null : now);
}

/** What the load page offers: the vendored provinces, each with its rows in the file and in the database now. */
export async function regionLoadChoices(db: DB) {
  const loaded = new Map<string, number>();
  for (const r of await regionTable(db)) loaded.set(r.code.slice(0, 2), (loaded.get(r.code.slice(0, 2)) ?? 0) + 1);
  return {
    provinces: nationalProvinces().map((p) => ({ ...p, loaded: loaded.get(p.code.slice(0, 2)) ?? 0 })),
    // The file's own source line is Chinese: English words it from its edition and cut-off (the catalogue's intro).
    source: NATIONAL_REGIONS.source,
    edition: NATIONAL_REGIONS.edition,
    cutoff: NATIONAL_REGIONS.cutoff,
    fileName: path.basename(NATIONAL_REGIONS.file),
    maxKb: REGION_CSV_MAX_BYTES / 1024,
    maxRows: REGION_CSV_MAX_ROWS,
    /** The template's district row, the page's example of each column. */
    example: REGION_CSV_EXAMPLE_ROWS[REGION_CSV_EXAMPLE_ROWS.length - 1],
  };
}
