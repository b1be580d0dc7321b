/** Loader and action errors become a 500 carrying only the request id (app/web/route-errors.server.ts). */
import { data, redirect, type ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { withRequestIdErrors } from "~/web/route-errors.server";

function buildWith(module: Record<string, unknown>): ServerBuild {
  return { routes: { "routes/x": { id: "routes/x", path: "x", module } } } as unknown as ServerBuild;
}

const args = (requestId = "01TESTREQUEST") => ({
  request: new Request("http://portal.test/x?q=secret"),
  params: {},
  context: { requestId },
});

describe("withRequestIdErrors", () => {
  it("turns an unexpected error into data({ requestId }, 500), without its message", async () => {
    const build = withRequestIdErrors(
      buildWith({
        loader: () => {
          throw new Error("SQLITE_ERROR near /srv/portal/db.ts");
        },
      }),
    );
    const thrown = await Promise.resolve(build.routes["routes/x"].module.loader!(args() as never)).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { requestId: "01TESTREQUEST" }, init: { status: 500 } });
    expect(JSON.stringify(thrown)).not.toContain("SQLITE");
  });

  it("lets thrown Responses and data() through untouched, and returns values as they are", async () => {
    const notFound = new Response("Not found", { status: 404 });
    const conflict = data({ error: "x" }, { status: 409 });
    const cases: Array<[unknown, "throw" | "return"]> = [
      [redirect("/login"), "throw"],
      [notFound, "throw"],
      [conflict, "throw"],
      [{ ok: true }, "return"],
    ];
    for (const [value, how] of cases) {
      const build = withRequestIdErrors(
        buildWith({
          action: () => {
            if (how === "throw") throw value;
            return value;
          },
        }),
      );
      const outcome = await Promise.resolve(build.routes["routes/x"].module.action!(args() as never)).then(
        (v) => ({ returned: v }),
        (e: unknown) => ({ thrown: e }),
      );
      expect(outcome).toEqual(how === "throw" ? { thrown: value } : { returned: value });
    }
  });

  it("keeps the module's other exports", () => {
    const Component = () => null;
    const build = withRequestIdErrors(buildWith({ default: Component, loader: () => null }));
    expect(build.routes["routes/x"].module.default).toBe(Component);
  });
});
