/** GET /api/v1/kindergartens.csv: every kindergarten, one streamed CSV file (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { kindergartensFile } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(kindergartensFile);
