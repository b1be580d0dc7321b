/** The hostile suite against `npm start`'s mode (NODE_ENV=development): no answer may show a stack trace or a server path. */
import { describe } from "vitest";
import { hostileSuite } from "./suite";

describe("hostile requests, development mode", () => hostileSuite("development"));
