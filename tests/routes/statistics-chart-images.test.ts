/**
 * The public statistics page's chart images keep their place before they load: each declares the size it is drawn
 * at (width and height, the legend's lines included), the first loads with the page and the others when scrolled to,
 * and each is drawn opaque over the stylesheet's light placeholder (img.chart's background).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATISTICS_CHART_NAMES } from "~/domain/statistics/statistics.schema";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

/** The attributes of each <img class="chart"> on the page, in order. */
function chartImages(html: string): Array<Record<string, string>> {
  return [...html.matchAll(/<img\b([^>]*)>/g)]
    .map(([, attributes]) => Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])))
    .filter((attributes) => attributes.class === "chart");
}

describe("the statistics page's chart images", () => {
  it("declare the size they are drawn at, the first loaded with the page and the others lazily", async () => {
    const res = await app.get("/statistics");
    expect(res.status).toBe(200);
    const images = chartImages(await res.text());
    expect(images).toHaveLength(STATISTICS_CHART_NAMES.length);
    for (const [i, image] of images.entries()) {
      expect(image.loading, image.src).toBe(i === 0 ? "eager" : "lazy");
      expect(image.style, image.src).toBeUndefined();
      const svg = await (await app.get(image.src.replaceAll("&amp;", "&"))).text();
      const drawn = svg.match(/^<svg width="(\d+)" height="(\d+)"/);
      expect(drawn, image.src).not.toBeNull();
      expect([image.width, image.height], image.src).toEqual([drawn![1], drawn![2]]);
      // Opaque: the placeholder behind the image is not seen through it once it has loaded.
      expect(svg, image.src).toMatch(new RegExp(`<rect width="${drawn![1]}" height="${drawn![2]}" x="0" y="0" fill="#fff"`));
    }
  });

  it("have a light placeholder background from the stylesheet", () => {
    const rule = readFileSync("app/styles.css", "utf8").match(/\nimg\.chart \{([^}]*)\}/)?.[1];
    expect(rule).toContain("background: var(--bg);");
  });
});
