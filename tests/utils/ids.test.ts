/** newId (app/utils/ids.ts): ULIDs from a pooled CSPRNG, unique and in order within a process. */
import { describe, expect, it } from "vitest";
import { newId } from "~/utils/ids";

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe("newId", () => {
  it("makes unique ULIDs in ascending order, across pool refills", () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(ULID);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("draws every character of the random part about equally often", async () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1_500; i++) {
      // One id per millisecond draws a fresh random part (within a millisecond it is incremented).
      await new Promise((r) => setTimeout(r, 1));
      const id = newId();
      for (const ch of id.slice(10, 24)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    const values = [...counts.values()];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    for (const v of values) expect(Math.abs(v - mean) / mean).toBeLessThan(0.25);
  });
});
