/** GET /api/v1/openapi.json: the OpenAPI 3.1 document (the open-data API; declared in app/web/open-data-endpoints.server.ts, documented at /api/v1/openapi.json). */
import { endpointLoader } from "~/web/open-data-api.server";
import { openApi } from "~/web/open-data-endpoints.server";

export const loader = endpointLoader(openApi);
