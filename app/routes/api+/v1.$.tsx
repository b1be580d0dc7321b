/** Any other path under /api/v1/: a JSON 404 a program can read (the site's HTML page would not be). */
import { unknownEndpoint } from "~/web/open-data-api.server";

export const loader = unknownEndpoint;
