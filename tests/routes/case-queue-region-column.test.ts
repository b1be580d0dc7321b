/**
 * The queue names each case's district only where a view spans several: a district officer's view, or a city's with
 * one district chosen, would repeat one name on every row of a column an officer's screen needs for the rest.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

async function queue(path: string, username: string): Promise<{ rows: number; regionCells: number; header: boolean }> {
  const res = await app.get(path, username);
  expect(res.status).toBe(200);
  const html = await res.text();
  const table = html.match(/<table[^>]*data-testid="case-queue"[\s\S]*?<\/table>/)?.[0] ?? "";
  return {
    rows: (table.match(/<tr[^>]*data-status=/g) ?? []).length,
    regionCells: (table.match(/<td[^>]*data-col="region"/g) ?? []).length,
    header: /<th[^>]*>区县<\/th>/.test(table),
  };
}

describe("the queue's district column", () => {
  it("is left out of a district officer's view", async () => {
    const view = await queue("/officer/cases", "haishu.market");
    expect(view.rows).toBeGreaterThan(0);
    expect(view).toMatchObject({ regionCells: 0, header: false });
  });

  it("names every row's district in a city's view, and is left out once the city's officer chooses a district", async () => {
    const city = await queue("/officer/cases", "ningbo.market");
    expect(city.rows).toBeGreaterThan(0);
    expect(city).toMatchObject({ regionCells: city.rows, header: true });
    const district = await queue("/officer/cases?district=330203", "ningbo.market");
    expect(district.rows).toBeGreaterThan(0);
    expect(district).toMatchObject({ regionCells: 0, header: false });
  });
});
