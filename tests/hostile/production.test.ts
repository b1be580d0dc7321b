/** The hostile suite against a production server (NODE_ENV=production, its own SESSION_SECRET, demo data), compiled and on plain node as `npm run serve` runs it. */
import { describe } from "vitest";
import { hostileSuite } from "./suite";

describe("hostile requests, production mode", () => hostileSuite("production"));
