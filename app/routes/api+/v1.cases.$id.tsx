/** GET /api/v1/cases/{id}: a published case, or the fact of its withdrawal (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { caseById } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(caseById);
