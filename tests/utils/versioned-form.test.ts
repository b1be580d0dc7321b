/** Pages of versioned forms read their record again after a conflict, so the next click carries the version there now. */
import type { ShouldRevalidateFunctionArgs } from "@remix-run/react";
import { describe, expect, it } from "vitest";
import { reloadAfterConflict } from "~/utils/versioned-form";

const args = (actionStatus: number | undefined, defaultShouldRevalidate: boolean) =>
  ({ actionStatus, defaultShouldRevalidate, currentUrl: new URL("http://x/a"), nextUrl: new URL("http://x/a"), currentParams: {}, nextParams: {} }) as ShouldRevalidateFunctionArgs;

describe("reloadAfterConflict", () => {
  it("reloads after a step refused as another officer's edit (409), which Remix would not by default", () => {
    expect(reloadAfterConflict(args(409, false))).toBe(true);
  });
  it("otherwise does as Remix does: no reload after another refusal, a reload after a step done", () => {
    expect(reloadAfterConflict(args(400, false))).toBe(false);
    expect(reloadAfterConflict(args(200, true))).toBe(true);
  });
});
