/** GET /api/v1/cases: published cases, newest first, keyset pages (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { casesList } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(casesList);
