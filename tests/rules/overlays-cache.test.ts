import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine, EngineCache } from "~/rules/cache";
import { parseRuleFile } from "~/rules/load/parse-rule-file";
import { activeRules, checkRuleSet } from "~/rules/load/rule-set";
import {
  checkParamOverlays,
  createRegionalParamsResolver,
  effectiveParamsForRegion,
  overridesKey,
  ParamOverlayError,
  regionChain,
  regionLevel,
  type ParamOverlay,
} from "~/rules/overlays";
import { filing, outcomeOf, RULES_DIR, realRuleSet } from "./fixtures";

const ZJ = "330000"; // Zhejiang
const NB = "330200"; // Ningbo
const HS = "330203"; // Haishu district
const JB = "330205"; // Jiangbei district
const BJ_DC = "110101"; // Beijing Dongcheng

const overlays: ParamOverlay[] = [
  { regionCode: ZJ, ruleId: "R06", params: { minLeadDays: 90 } },
  { regionCode: ZJ, ruleId: "R04", params: { amberBp: 800, redBp: 1500 } },
  { regionCode: NB, ruleId: "R04", params: { redBp: 1200 } },
  { regionCode: HS, ruleId: "R04", params: { amberBp: 500 } },
  { regionCode: HS, ruleId: "R02", params: { keywords: ["午托"] } },
  { regionCode: "440300", ruleId: "R06", params: { minLeadDays: 10 } },
];

const ruleParams = (p: ReturnType<typeof effectiveParamsForRegion>, ruleId: string) => {
  const r = p.rules.find((x) => x.ruleId === ruleId);
  if (!r) throw new Error(`no ${ruleId}`);
  return r;
};

describe("region codes", () => {
  it.each([
    ["330000", "province", ["330000"]],
    ["330200", "city", ["330000", "330200"]],
    ["330203", "district", ["330000", "330200", "330203"]],
    ["110101", "district", ["110000", "110100", "110101"]],
  ] as const)("%s is a %s", (code, level, chain) => {
    expect(regionLevel(code)).toBe(level);
    expect(regionChain(code).map((c) => c.regionCode)).toEqual(chain);
  });

  it.each(["33020", "3302031", "33O203", "000000", ""])("rejects %j", (code) => {
    expect(() => regionLevel(code)).toThrow(/6 digits/);
  });
});

describe("effectiveParamsForRegion: precedence", () => {
  it("district ← city ← province ← default, per param", () => {
    const p = effectiveParamsForRegion(realRuleSet(), overlays, HS, "2025-09-01");
    const r04 = ruleParams(p, "R04");
    expect(r04.params).toEqual({ amberBp: 500, redBp: 1200 });
    expect(r04.entries).toEqual([
      expect.objectContaining({
        name: "amberBp",
        value: 500,
        defaultValue: 1000,
        type: "integer",
        source: "district",
        sourceRegionCode: HS,
        overridden: [
          { source: "province", regionCode: ZJ, value: 800 },
          { source: "default", regionCode: null, value: 1000 },
        ],
      }),
      expect.objectContaining({
        name: "redBp",
        value: 1200,
        source: "city",
        sourceRegionCode: NB,
        overridden: [
          { source: "province", regionCode: ZJ, value: 1500 },
          { source: "default", regionCode: null, value: 2000 },
        ],
      }),
    ]);
    expect(ruleParams(p, "R06").entries[0]).toMatchObject({ value: 90, source: "province", sourceRegionCode: ZJ });
    expect(ruleParams(p, "R03").entries[0]).toMatchObject({ value: 0, source: "default", sourceRegionCode: null, overridden: [] });
    expect(ruleParams(p, "R02").params).toEqual({ keywords: ["午托"] });
    expect(p.overrides).toEqual({
      R02: { keywords: ["午托"] },
      R04: { amberBp: 500, redBp: 1200 },
      R06: { minLeadDays: 90 },
    });
  });

  it("a sibling district gets province and city values only", () => {
    const p = effectiveParamsForRegion(realRuleSet(), overlays, JB, "2025-09-01");
    expect(ruleParams(p, "R04").params).toEqual({ amberBp: 800, redBp: 1200 });
    expect(ruleParams(p, "R02").entries[0].source).toBe("default");
  });

  it("the city itself gets province and city values", () => {
    const p = effectiveParamsForRegion(realRuleSet(), overlays, NB, "2025-09-01");
    expect(ruleParams(p, "R04").params).toEqual({ amberBp: 800, redBp: 1200 });
  });

  it("another province gets the defaults", () => {
    const p = effectiveParamsForRegion(realRuleSet(), overlays, BJ_DC, "2025-09-01");
    expect(p.overrides).toEqual({});
    expect(p.key).toBe("{}");
    expect(p.rules.every((r) => r.entries.every((e) => e.source === "default"))).toBe(true);
    expect(p.rules.map((r) => `${r.ruleId}@${r.version}`)).toEqual(activeRules(realRuleSet(), "2025-09-01", "filing").map((r) => `${r.id}@${r.version}`));
  });

  it("lists only the rules in force on the date", () => {
    const onDate = (asOf: string) => effectiveParamsForRegion(realRuleSet(), overlays, HS, asOf).rules.map((r) => `${r.ruleId}@${r.version}`);
    expect(onDate("1990-01-01")).toEqual([]);
    expect(onDate("2025-05-31")).toEqual(activeRules(realRuleSet(), "2025-05-31", "filing").map((r) => `${r.id}@${r.version}`));
    expect(onDate("2025-05-31")).toContain("R06@2");
    expect(onDate("2025-06-01")).toContain("R06@3");
  });

  it("returns frozen results", () => {
    const p = effectiveParamsForRegion(realRuleSet(), overlays, HS, "2025-09-01");
    expect(Object.isFrozen(p.overrides.R04)).toBe(true);
  });
});

describe("overlay validation names rule, param and region", () => {
  const bad = (o: ParamOverlay) => {
    try {
      effectiveParamsForRegion(realRuleSet(), [o], HS, "2025-09-01");
    } catch (err) {
      if (err instanceof ParamOverlayError) return err;
      throw err;
    }
    throw new Error("expected a ParamOverlayError");
  };

  it.each([
    [{ regionCode: NB, ruleId: "R04", params: { yellowBp: 1 } }, "yellowBp", /unknown param/],
    [{ regionCode: ZJ, ruleId: "R06", params: { minLeadDays: "60" } }, "minLeadDays", /must be of type number \(an integer\), got string "60"/],
    [{ regionCode: HS, ruleId: "R06", params: { minLeadDays: 1.5 } }, "minLeadDays", /must be of type number \(an integer\)/],
    [{ regionCode: HS, ruleId: "R06", params: { minLeadDays: -1 } }, "minLeadDays", /below the minimum 0/],
    [{ regionCode: HS, ruleId: "R05", params: { allowedMonths: [9, 0] } }, "allowedMonths", /element 0 is below the minimum 1/],
    [{ regionCode: HS, ruleId: "R08", params: { prohibitedUnits: ["annual"] } }, "prohibitedUnits", /"annual" is not one of/],
    [{ regionCode: HS, ruleId: "R12", params: { fromDate: "2025-09-31" } }, "fromDate", /a date YYYY-MM-DD/],
    [{ regionCode: HS, ruleId: "R02", params: { keywords: [1] } }, "keywords", /array of non-empty strings/],
  ] as [ParamOverlay, string, RegExp][])("%j", (o, param, problem) => {
    const err = bad(o);
    expect(err).toMatchObject({ ruleId: o.ruleId, param, regionCode: o.regionCode });
    expect(err.problem).toMatch(problem);
    expect(err.message).toContain(`rule ${o.ruleId}, param "${param}", region ${o.regionCode}: `);
  });

  it("an unknown rule", () => {
    const err = bad({ regionCode: ZJ, ruleId: "R99", params: { x: 1 } });
    expect(err).toMatchObject({ ruleId: "R99", param: null, regionCode: ZJ });
    expect(err.message).toBe('param overlay for rule R99, region 330000: unknown rule "R99"');
  });

  it("two overlays for the same rule and region", () => {
    expect(() =>
      effectiveParamsForRegion(
        realRuleSet(),
        [
          { regionCode: NB, ruleId: "R06", params: { minLeadDays: 30 } },
          { regionCode: NB, ruleId: "R06", params: { minLeadDays: 40 } },
        ],
        HS,
        "2025-09-01",
      ),
    ).toThrow(/rule R06, region 330200: more than one overlay/);
  });

  it("overlays of other regions are not validated by the per-region lookup, but checkParamOverlays checks them all", () => {
    const broken: ParamOverlay = { regionCode: "440300", ruleId: "R06", params: { minLeadDays: "x" } };
    expect(() => effectiveParamsForRegion(realRuleSet(), [broken], HS, "2025-09-01")).not.toThrow();
    expect(() => checkParamOverlays(realRuleSet(), [broken])).toThrow(ParamOverlayError);
    expect(() => checkParamOverlays(realRuleSet(), [{ regionCode: "4403", ruleId: "R06", params: {} }])).toThrow(/6 digits/);
    expect(() => checkParamOverlays(realRuleSet(), overlays)).not.toThrow();
  });

  it("rejects a malformed region code or date", () => {
    expect(() => effectiveParamsForRegion(realRuleSet(), overlays, "3302", "2025-09-01")).toThrow(/6 digits/);
    expect(() => effectiveParamsForRegion(realRuleSet(), overlays, HS, "2025-9-1")).toThrow(/asOf/);
  });
});

describe("overlays and rule versions", () => {
  // R06 v1 until 2025-12-31; v2 from 2026-01-01 calls its threshold minLeadWeeks.
  const r06 = JSON.parse(fs.readFileSync(path.join(RULES_DIR, "filing/R06.v1.json"), "utf8"));
  const v1 = { ...r06, effectiveTo: "2025-12-31" };
  const v2 = JSON.parse(JSON.stringify(r06).replaceAll("minLeadDays", "minLeadWeeks").replace('"R06@1"', '"R06@2"'));
  Object.assign(v2, { version: 2, effectiveFrom: "2026-01-01" });
  const ruleSet = checkRuleSet([parseRuleFile(JSON.stringify(v1), "R06.v1.json"), parseRuleFile(JSON.stringify(v2), "R06.v2.json")]);

  it("applies a param to the version in force and reports params only another version declares", () => {
    const o: ParamOverlay[] = [{ regionCode: ZJ, ruleId: "R06", params: { minLeadDays: 90, minLeadWeeks: 12 } }];
    const autumn = effectiveParamsForRegion(ruleSet, o, HS, "2025-09-01");
    expect(autumn.rules[0]).toMatchObject({ version: 1, params: { minLeadDays: 90 } });
    expect(autumn.ignored).toEqual([{ regionCode: ZJ, ruleId: "R06", param: "minLeadWeeks", reason: "not a param of R06 v1" }]);
    const spring = effectiveParamsForRegion(ruleSet, o, HS, "2026-03-01");
    expect(spring.rules[0]).toMatchObject({ version: 2, params: { minLeadWeeks: 12 } });
    expect(spring.ignored.map((i) => i.param)).toEqual(["minLeadDays"]);
    expect(() => checkParamOverlays(ruleSet, o)).not.toThrow();
    expect(() => checkParamOverlays(ruleSet, [{ regionCode: ZJ, ruleId: "R06", params: { minLeadMonths: 1 } }])).toThrow(
      /param "minLeadMonths", region 330000: unknown param \(known: minLeadDays, minLeadWeeks\)/,
    );
  });
});

describe("overridesKey", () => {
  it("is independent of key order and drops rules without params", () => {
    expect(overridesKey({ R06: { minLeadDays: 90 }, R04: { redBp: 1, amberBp: 2 } })).toBe(
      overridesKey({ R04: { amberBp: 2, redBp: 1 }, R06: { minLeadDays: 90 }, R03: {} }),
    );
    expect(overridesKey({})).toBe(overridesKey(undefined));
    expect(overridesKey({ R16: { expectedPrefixes: { a: ["1"], b: ["2"] } } })).toBe(
      overridesKey({ R16: { expectedPrefixes: { b: ["2"], a: ["1"] } } }),
    );
    expect(overridesKey({ R05: { allowedMonths: [8, 9] } })).not.toBe(overridesKey({ R05: { allowedMonths: [9, 8] } }));
  });
});

describe("EngineCache", () => {
  it("reuses one engine per distinct overrides", () => {
    const cache = new EngineCache(realRuleSet());
    const a = cache.get({ R04: { amberBp: 500, redBp: 1000 }, R06: { minLeadDays: 90 } });
    const b = cache.get({ R06: { minLeadDays: 90 }, R04: { redBp: 1000, amberBp: 500 } });
    const c = cache.get({ R04: { amberBp: 500 } });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(cache.get()).toBe(cache.get({}));
    expect(cache.get({ R03: {} })).toBe(cache.get());
    expect(cache.built).toBe(3);
    expect(cache.size).toBe(3);
  });

  it("does not cache invalid overrides", () => {
    const cache = new EngineCache(realRuleSet());
    expect(() => cache.get({ R04: { amberBp: "10%" } })).toThrow(/amberBp/);
    expect(cache.size).toBe(0);
  });

  it("drops the least recently used engine beyond maxEngines", () => {
    const cache = new EngineCache(realRuleSet(), { maxEngines: 2 });
    const e90 = cache.get({ R06: { minLeadDays: 90 } });
    cache.get({ R06: { minLeadDays: 30 } });
    expect(cache.get({ R06: { minLeadDays: 90 } })).toBe(e90); // refreshed
    cache.get({ R06: { minLeadDays: 10 } }); // evicts 30
    expect(cache.size).toBe(2);
    expect(cache.get({ R06: { minLeadDays: 90 } })).toBe(e90);
    expect(cache.built).toBe(3);
    cache.get({ R06: { minLeadDays: 30 } });
    expect(cache.built).toBe(4);
  });
});

describe("createRegionalRuleEngine", () => {
  const published70DaysAhead = (regionCode: string) =>
    filing("forprofit_private", { kindergarten: { regionCode }, filing: { publishedOn: "2025-06-23" } });

  it("evaluates each filing with its region's params", async () => {
    const engine = createRegionalRuleEngine(realRuleSet(), overlays);
    const hs = await outcomeOf("R06", published70DaysAhead(HS), engine);
    expect(hs).toMatchObject({ fired: true, params: { minLeadDays: 90 } });
    expect((await outcomeOf("R06", published70DaysAhead(BJ_DC), engine)).fired).toBe(false);
    expect((await outcomeOf("R06", published70DaysAhead("440305"), engine)).params).toEqual({ minLeadDays: 10, minLeadMonths: 0 });
    expect(engine.paramsFor(HS, "2025-09-01")).toBe(engine.paramsFor(HS, "2025-09-01"));
  });

  it("builds one engine per distinct overrides, not per region or filing", async () => {
    const engine = createRegionalRuleEngine(realRuleSet(), overlays);
    const regions = [
      ...Array.from({ length: 40 }, (_, i) => `3302${String(i + 1).padStart(2, "0")}`),
      ...Array.from({ length: 40 }, (_, i) => `3301${String(i + 1).padStart(2, "0")}`),
      ...Array.from({ length: 40 }, (_, i) => `1101${String(i + 1).padStart(2, "0")}`),
      "440305",
    ];
    for (const regionCode of regions) {
      for (let k = 0; k < 3; k++) await engine.evaluateFiling(published70DaysAhead(regionCode));
    }
    // Haishu, the rest of Ningbo, the rest of Zhejiang, Beijing (defaults), Shenzhen.
    expect(engine.cache.built).toBe(5);
  });

  it("validates every overlay up front and rejects a malformed region code", async () => {
    expect(() => createRegionalRuleEngine(realRuleSet(), [{ regionCode: "440300", ruleId: "R06", params: { minLeadDays: "x" } }])).toThrow(
      ParamOverlayError,
    );
    const engine = createRegionalRuleEngine(realRuleSet(), []);
    await expect(engine.evaluateFiling(published70DaysAhead("3302"))).rejects.toThrow(/6 digits/);
  });

  it("shares a cache across rebuilds when overlays change", () => {
    const first = createRegionalRuleEngine(realRuleSet(), overlays);
    const second = createRegionalRuleEngine(realRuleSet(), overlays.slice(1), { cache: first.cache });
    expect(second.cache).toBe(first.cache);
    expect(() => createRegionalRuleEngine(checkRuleSet([]), [], { cache: first.cache })).toThrow(/another rule set/);
  });

  it("the resolver memoises per region and date", () => {
    const resolve = createRegionalParamsResolver(realRuleSet(), overlays);
    expect(resolve(HS, "2025-09-01")).toBe(resolve(HS, "2025-09-01"));
    expect(resolve(HS, "2025-09-02")).not.toBe(resolve(HS, "2025-09-01"));
    expect(resolve(HS, "2025-09-02").key).toBe(resolve(HS, "2025-09-01").key);
  });
});
