/** GET /api/v1/cases.csv: every published case, one streamed CSV file (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { casesFile } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(casesFile);
