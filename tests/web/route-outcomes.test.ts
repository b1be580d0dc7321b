/** Loader and action outcomes (app/web/route-outcomes.server.ts): errors become a 500 carrying only the request id (a lock not granted: 503); ?_data keeps statuses; an action's answer waits until its commits are durable. */
import { data, redirect, type ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { SqliteLockTimeoutError } from "~/db/sqlite-dialect";
import { wrapRouteOutcomes } from "~/web/route-outcomes.server";

function buildWith(module: Record<string, unknown>): ServerBuild {
  return { routes: { "routes/x": { id: "routes/x", path: "x", module } } } as unknown as ServerBuild;
}

const args = (requestId = "01TESTREQUEST", url = "http://portal.test/x?q=secret") => ({
  request: new Request(url),
  params: {},
  context: { requestId },
});

describe("wrapRouteOutcomes", () => {
  it("turns an unexpected error into data({ requestId }, 500), without its message", async () => {
    const build = wrapRouteOutcomes(
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
      const build = wrapRouteOutcomes(
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
    const build = wrapRouteOutcomes(buildWith({ default: Component, loader: () => null }));
    expect(build.routes["routes/x"].module.default).toBe(Component);
  });

  it("under the legacy ?_data transport, sends data(…, { status }) as a JSON Response with its status and headers", async () => {
    const build = wrapRouteOutcomes(
      buildWith({ action: () => data({ error: "login.tooMany" }, { status: 429, headers: { "Retry-After": "300" } }) }),
    );
    const action = build.routes["routes/x"].module.action!;
    const legacy = (await action(args("id", "http://portal.test/x?_data=routes%2Fx") as never)) as Response;
    expect(legacy).toBeInstanceOf(Response);
    expect(legacy.status).toBe(429);
    expect(legacy.headers.get("Retry-After")).toBe("300");
    expect(await legacy.json()).toEqual({ error: "login.tooMany" });
    // Single fetch and documents get the data() value as it is; Remix applies it there.
    expect(await action(args() as never)).toMatchObject({ type: "DataWithResponseInit", init: { status: 429 } });
  });

  it("under ?_data, an unexpected error is a thrown JSON 500 Response with the request id (Remix would hide a thrown data())", async () => {
    const build = wrapRouteOutcomes(
      buildWith({
        loader: () => {
          throw new TypeError("boom");
        },
      }),
    );
    const thrown = await Promise.resolve(build.routes["routes/x"].module.loader!(args("01ID", "http://portal.test/x?_data=routes%2Fx") as never)).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(500);
    expect(await (thrown as Response).json()).toEqual({ requestId: "01ID" });
  });

  it("answers 503 with Retry-After, not 500, when SQLite's write lock was not granted within the bounded wait", async () => {
    const build = wrapRouteOutcomes(
      buildWith({
        action: () => {
          throw new SqliteLockTimeoutError("BEGIN IMMEDIATE", 15_000, new Error("database is locked"));
        },
      }),
    );
    const action = build.routes["routes/x"].module.action!;
    const thrown = await Promise.resolve(action(args() as never)).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { requestId: "01TESTREQUEST" }, init: { status: 503 } });
    expect(new Headers((thrown as { init: ResponseInit }).init.headers).get("Retry-After")).toBe("5");
    const legacy = await Promise.resolve(action(args("01ID", "http://portal.test/x?_data=routes%2Fx") as never)).catch((e: unknown) => e);
    expect((legacy as Response).status).toBe(503);
  });

  it("lets an action's answer, returned or thrown, leave only once its commits are durable; a loader's and an error's do not wait", async () => {
    let release!: () => void;
    let asked = 0;
    const durable = () => {
      asked++;
      return new Promise<void>((resolve) => (release = resolve));
    };
    const settled = (p: Promise<unknown>) => {
      const state = { done: false };
      void p.then(
        () => (state.done = true),
        () => (state.done = true),
      );
      return state;
    };
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const outcomes: Array<() => unknown> = [
      () => ({ saved: "C1" }),
      () => {
        throw redirect("/complaints/C1");
      },
      () => {
        throw data({ error: "x" }, { status: 409 });
      },
    ];
    for (const outcome of outcomes) {
      const build = wrapRouteOutcomes(buildWith({ action: outcome, loader: () => ({ page: 1 }) }), { durable });
      const before = asked;
      const answer = settled(Promise.resolve(build.routes["routes/x"].module.action!(args() as never)));
      await tick();
      expect(asked).toBe(before + 1);
      expect(answer.done).toBe(false);
      release();
      await tick();
      expect(answer.done).toBe(true);
      // A loader answers at once.
      expect(await build.routes["routes/x"].module.loader!(args() as never)).toEqual({ page: 1 });
      expect(asked).toBe(before + 1);
    }
    const failing = wrapRouteOutcomes(
      buildWith({
        action: () => {
          throw new TypeError("boom");
        },
      }),
      { durable },
    );
    const before = asked;
    await Promise.resolve(failing.routes["routes/x"].module.action!(args() as never)).catch(() => undefined);
    expect(asked).toBe(before);
  });
});
