/** Row ids (app/utils/ids.ts): ULIDs, unique and in order, their random part drawn from a pool of crypto bytes. */
import { decodeTime, isValid } from "ulid";
import { describe, expect, it } from "vitest";
import { newId, pooledRandom } from "~/utils/ids";

describe("newId", () => {
  it("makes valid ULIDs of now, unique and increasing, across many refills of the pool", () => {
    const before = Date.now();
    const ids = Array.from({ length: 20_000 }, () => newId());
    const after = Date.now();
    expect(ids.every((id) => isValid(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(decodeTime(ids[0])).toBeGreaterThanOrEqual(before);
    expect(decodeTime(ids.at(-1)!)).toBeLessThanOrEqual(after);
  });

  it("draws fractions of 256ths in [0, 1), every byte value about equally often", () => {
    const counts = new Array<number>(256).fill(0);
    const n = 256 * 400;
    // Checked all at once: an expect per draw took 4 s of the suite's CPU.
    const outside: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = pooledRandom();
      if (x >= 0 && x < 1 && Number.isInteger(x * 256)) counts[x * 256] += 1;
      else outside.push(x);
    }
    expect(outside).toEqual([]);
    // 400 expected each: a byte value never or hugely often drawn means the pool is not refilled with fresh bytes.
    expect(Math.min(...counts)).toBeGreaterThan(250);
    expect(Math.max(...counts)).toBeLessThan(560);
  });
});
