/** GET /api/v1/statistics: a region's figures by month for a year (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { statistics } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(statistics);
