/** A kindergarten's public fee schedules as CSV for Excel (open data; columns in the README, "公开数据 / Open data"). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openFeeCsv, openFeeData } from "~/domain/disclosure/open-data.server";
import { getDb } from "~/web/db.server";
import { openDataResponse } from "~/web/open-data.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await openFeeData(getDb(), params.id ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return openDataResponse(openFeeCsv(found), "csv", `kindergarten-${found.kindergarten.id}-fees`);
}
