/** A kindergarten's public fee schedules as JSON (open data; fields in the README, "公开数据 / Open data"). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { openFeeData } from "~/domain/disclosure/open-data.server";
import { getDb } from "~/web/db.server";
import { openDataResponse } from "~/web/open-data.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await openFeeData(getDb(), params.id ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return openDataResponse(JSON.stringify(found), "json", `kindergarten-${found.kindergarten.id}-fees`);
}
