/**
 * The house rules of docs/architecture.md, checked on every `npm test`:
 * imports go one way (routes → web/domain → db/rules; jobs → domain), the
 * domain's feature folders form no cycle, and the pure layers stay pure.
 * A new import that breaks a rule fails here with the file and the import.
 */
import { describe, expect, it } from "vitest";
import { featureCycles, importGraph, type ImportEdge } from "./import-graph";

const graph = importGraph();
const edges = graph.edges;
const from = (prefix: string) => edges.filter((e) => e.from.startsWith(prefix));
const show = (list: ImportEdge[]) => list.map((e) => `${e.from} → ${e.spec}`);

describe("import boundaries", () => {
  it("reads the whole tree (a broken scanner would pass everything)", () => {
    expect(graph.files.length).toBeGreaterThan(120);
    expect(from("app/routes/").length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from.startsWith("app/domain/") && e.to?.startsWith("db/"))).toBe(true);
  });

  it("routes never touch the database: no Kysely, nothing from db/", () => {
    const bad = from("app/routes/").filter((e) => e.spec === "kysely" || e.spec.startsWith("kysely/") || e.to?.startsWith("db/"));
    expect(show(bad)).toEqual([]);
  });

  it("the domain never imports jobs, routes, components or the request layer", () => {
    const bad = from("app/domain/").filter((e) => /^(jobs\/|server\.ts|app\/(routes|components|web)\/)/.test(e.to ?? ""));
    expect(show(bad)).toEqual([]);
  });

  it("the domain's feature folders import each other one way (no folder-level cycle)", () => {
    expect(featureCycles(edges)).toEqual([]);
  });

  it("rules/ imports nothing outside itself but packages", () => {
    const bad = from("rules/").filter((e) => e.to !== null && !e.to.startsWith("rules/"));
    expect(show(bad)).toEqual([]);
  });

  it("app/utils holds plain helpers: no arrow into the domain, the request layer, routes or jobs", () => {
    const bad = from("app/utils/").filter((e) => /^(jobs\/|db\/|app\/(domain|web|routes|components)\/)/.test(e.to ?? ""));
    expect(show(bad)).toEqual([]);
  });

  it("components render: they import no server module and nothing from db/ but types", () => {
    const bad = from("app/components/").filter((e) => (e.to ?? "").includes(".server.") || (e.to?.startsWith("db/") && !e.typeOnly));
    expect(show(bad)).toEqual([]);
  });

  it("db/ (schema, migrations, client) imports neither the app nor jobs, except the seed scripts and command lines that use the domain", () => {
    const scripts = new Set(["db/seed.ts", "db/demo-data.ts", "db/demo-meal-funds.ts", "db/cli.ts", "db/user-cli.ts", "db/regions-cli.ts"]);
    const bad = from("db/").filter((e) => !scripts.has(e.from) && /^(jobs\/|app\/)/.test(e.to ?? ""));
    expect(show(bad)).toEqual([]);
  });

  it("environment variables are read in one place (app/utils/env.server.ts)", () => {
    expect(graph.processEnvReaders.filter((f) => f !== "app/utils/env.server.ts")).toEqual([]);
  });
});
