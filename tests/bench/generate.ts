/**
 * Synthetic national-scale data for the benchmark: 31 provinces, their
 * cities and about 2,800 districts (GB/T 2260-shaped codes, the regions table
 * filled with the hierarchy), 150,000 kindergartens of every nature with
 * valid USCCs and one active fee account each, the national and regional fee
 * catalogue, guidance prices per city/district × nature × grade (public
 * rates included, superseded history kept), a few regional parameter
 * overlays, and 2–3 filings per kindergarten whose latest has about 8 items.
 * A realistic share of filings breaks a rule, so every rule fires somewhere.
 *
 * Deterministic: one seeded PRNG (mulberry32, as db/seed.ts) drives
 * everything, ULIDs included, so the same size gives the same database.
 * Rows go in through raw better-sqlite3 prepared statements in large
 * transactions (this is set-up, not what is measured).
 *
 * Usage: npx tsx tests/bench/generate.ts [--kindergartens N] [--out file] [--keep]
 * Without --out the file goes to os.tmpdir() and is deleted unless --keep.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";
import { ulid } from "ulid";
import { activateNewRules } from "~/domain/rules-runtime/rules-runtime.server";
import { computeOrgCodeCheckChar, computeUsccCheckChar, USCC_ALPHABET, usccPrefixForNature } from "~/domain/kindergartens/uscc";
import { createDb } from "~/db/client";
import { itemMarksApply } from "~/domain/filings/filing.schema";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { BANKS, DISCLOSURE, ITEM_TEXT } from "~/db/demo-data";
import { migrateToLatest } from "~/db/migrate";
import type { AgeBand, FeeCategory, FeeUnit, KindergartenNature } from "~/db/schema";
import { loadRuleSet } from "~/rules/load/read-files";

export interface GenerateOptions {
  kindergartens: number;
  /** SQLite file to create (must not exist). */
  file: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateStats {
  file: string;
  seconds: number;
  fileBytes: number;
  provinces: number;
  cities: number;
  districts: number;
  kindergartens: number;
  byNature: Record<KindergartenNature, number>;
  accounts: number;
  itemTypes: number;
  guidancePrices: number;
  overlays: number;
  filings: number;
  items: number;
  /** Items of the latest filing of each kindergarten: the active fee schedules a re-evaluation walks. */
  activeItems: number;
  /** Latest filings with a planted problem, by rule (what the generator meant to break; overlays can shift it). */
  planted: Record<string, number>;
}

// ---------------------------------------------------------------------------
// Deterministic helpers

/** The seeded PRNG of the generator (as db/seed.ts); the benchmarks draw their request mixes from it too. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const officeTime = (iso: string, minutes = 0) => new Date(Date.parse(`${iso}T01:00:00Z`) + minutes * 60_000).toISOString();

// ---------------------------------------------------------------------------
// Regions: the 31 provincial-level divisions (real codes and names), their
// prefecture-level cities (real counts, synthetic names) and districts.

interface ProvinceSpec {
  code: string;
  name: string;
  short: string;
  cities: number;
  /** Municipalities: one city (xx0100) holding every district. */
  municipalityDistricts?: number;
  /** Share of the country's kindergartens (roughly population). */
  weight: number;
  /** Price level (1 = national average). */
  cost: number;
}

const PROVINCES: readonly ProvinceSpec[] = [
  { code: "11", name: "北京市", short: "京", cities: 1, municipalityDistricts: 16, weight: 1.5, cost: 1.7 },
  { code: "12", name: "天津市", short: "津", cities: 1, municipalityDistricts: 16, weight: 1.0, cost: 1.3 },
  { code: "13", name: "河北省", short: "冀", cities: 11, weight: 5.3, cost: 0.85 },
  { code: "14", name: "山西省", short: "晋", cities: 11, weight: 2.5, cost: 0.8 },
  { code: "15", name: "内蒙古自治区", short: "蒙", cities: 12, weight: 1.7, cost: 0.85 },
  { code: "21", name: "辽宁省", short: "辽", cities: 14, weight: 3.0, cost: 0.9 },
  { code: "22", name: "吉林省", short: "吉", cities: 9, weight: 1.7, cost: 0.8 },
  { code: "23", name: "黑龙江省", short: "黑", cities: 13, weight: 2.2, cost: 0.8 },
  { code: "31", name: "上海市", short: "沪", cities: 1, municipalityDistricts: 16, weight: 1.7, cost: 1.8 },
  { code: "32", name: "江苏省", short: "苏", cities: 13, weight: 6.0, cost: 1.25 },
  { code: "33", name: "浙江省", short: "浙", cities: 11, weight: 4.6, cost: 1.3 },
  { code: "34", name: "安徽省", short: "皖", cities: 16, weight: 4.3, cost: 0.9 },
  { code: "35", name: "福建省", short: "闽", cities: 9, weight: 2.9, cost: 1.05 },
  { code: "36", name: "江西省", short: "赣", cities: 11, weight: 3.2, cost: 0.8 },
  { code: "37", name: "山东省", short: "鲁", cities: 16, weight: 7.2, cost: 0.95 },
  { code: "41", name: "河南省", short: "豫", cities: 17, weight: 7.0, cost: 0.8 },
  { code: "42", name: "湖北省", short: "鄂", cities: 13, weight: 4.1, cost: 0.9 },
  { code: "43", name: "湖南省", short: "湘", cities: 14, weight: 4.7, cost: 0.85 },
  { code: "44", name: "广东省", short: "粤", cities: 21, weight: 9.0, cost: 1.35 },
  { code: "45", name: "广西壮族自治区", short: "桂", cities: 14, weight: 3.6, cost: 0.75 },
  { code: "46", name: "海南省", short: "琼", cities: 4, weight: 0.7, cost: 0.95 },
  { code: "50", name: "重庆市", short: "渝", cities: 1, municipalityDistricts: 38, weight: 2.3, cost: 1.0 },
  { code: "51", name: "四川省", short: "川", cities: 21, weight: 5.9, cost: 0.9 },
  { code: "52", name: "贵州省", short: "黔", cities: 9, weight: 2.7, cost: 0.75 },
  { code: "53", name: "云南省", short: "滇", cities: 16, weight: 3.3, cost: 0.75 },
  { code: "54", name: "西藏自治区", short: "藏", cities: 7, weight: 0.25, cost: 0.9 },
  { code: "61", name: "陕西省", short: "陕", cities: 10, weight: 2.8, cost: 0.85 },
  { code: "62", name: "甘肃省", short: "甘", cities: 14, weight: 1.8, cost: 0.7 },
  { code: "63", name: "青海省", short: "青", cities: 8, weight: 0.45, cost: 0.8 },
  { code: "64", name: "宁夏回族自治区", short: "宁", cities: 5, weight: 0.5, cost: 0.75 },
  { code: "65", name: "新疆维吾尔自治区", short: "新", cities: 14, weight: 1.9, cost: 0.8 },
];

/** GB/T 2260 counts about 2,850 county-level divisions. */
const TARGET_DISTRICTS = 2800;

const CITY_WORDS = ["安", "平", "昌", "宁", "兴", "庆", "州", "阳", "山", "江", "河", "泉", "源", "城", "德", "明", "华", "丰", "和", "远", "清"];
const DISTRICT_SUFFIX = ["区", "区", "县", "县", "县", "市"];

interface District {
  code: string;
  name: string;
  city: City;
  weight: number;
}
interface City {
  code: string;
  name: string;
  province: ProvinceSpec;
  cost: number;
  districts: District[];
}

function buildRegions(rand: () => number): { cities: City[]; districts: District[] } {
  const cities: City[] = [];
  for (const p of PROVINCES) {
    for (let c = 1; c <= p.cities; c++) {
      const code = `${p.code}${String(c).padStart(2, "0")}00`;
      const name = p.municipalityDistricts ? "市辖区" : `${p.short}${CITY_WORDS[(c * 7 + Number(p.code)) % CITY_WORDS.length]}${CITY_WORDS[(c * 3) % CITY_WORDS.length]}市`;
      cities.push({ code, name, province: p, cost: p.cost * (0.85 + rand() * 0.3), districts: [] });
    }
  }
  // Municipalities have their real number of districts; the rest is spread over the other cities (at least 3 each).
  const fixed = PROVINCES.reduce((n, p) => n + (p.municipalityDistricts ?? 0), 0);
  const others = cities.filter((c) => !c.province.municipalityDistricts);
  const counts = new Map<City, number>(cities.map((c) => [c, c.province.municipalityDistricts ?? 3]));
  let remaining = TARGET_DISTRICTS - fixed - others.length * 3;
  while (remaining-- > 0) {
    const c = others[Math.floor(rand() * others.length)];
    counts.set(c, counts.get(c)! + 1);
  }
  const districts: District[] = [];
  for (const city of cities) {
    const n = Math.min(counts.get(city)!, 99);
    for (let d = 1; d <= n; d++) {
      const code = `${city.code.slice(0, 4)}${String(d).padStart(2, "0")}`;
      const suffix = DISTRICT_SUFFIX[(d * 5 + Number(city.code.slice(2, 4))) % DISTRICT_SUFFIX.length];
      const name = `${city.name.replace(/市$|市辖区$/, "")}${CITY_WORDS[(d * 11) % CITY_WORDS.length]}${d}${suffix}`;
      const district: District = { code, name, city, weight: 0 };
      city.districts.push(district);
      districts.push(district);
    }
  }
  for (const city of cities) {
    const perDistrict = city.province.weight / city.province.cities / city.districts.length;
    for (const d of city.districts) d.weight = perDistrict * (0.4 + rand() * 1.2);
  }
  return { cities, districts };
}

// ---------------------------------------------------------------------------
// Fee catalogue

interface ItemType {
  code: string;
  category: FeeCategory;
  name_zh: string;
  name_en: string;
  region_code: string | null;
}

const NATIONAL_TYPES: readonly ItemType[] = [
  { code: "CARE_EDU", category: "care_education", name_zh: "保教费", name_en: "Care and education fee", region_code: null },
  { code: "BOARDING", category: "boarding", name_zh: "住宿费", name_en: "Boarding fee", region_code: null },
  { code: "NURSERY", category: "nursery", name_zh: "保育费（托班）", name_en: "Nursery care fee (under 3)", region_code: null },
  { code: "SVC_MEAL", category: "service", name_zh: "伙食费", name_en: "Meal fee", region_code: null },
  { code: "SVC_BUS", category: "service", name_zh: "校车接送费", name_en: "School bus fee", region_code: null },
  { code: "SVC_AFTERCARE", category: "service", name_zh: "延时看护费", name_en: "Extended-hours care fee", region_code: null },
  { code: "AGY_BEDDING", category: "agency", name_zh: "床上用品", name_en: "Bedding (collected on behalf)", region_code: null },
  { code: "AGY_INSURANCE", category: "agency", name_zh: "幼儿意外伤害保险", name_en: "Child accident insurance (collected on behalf)", region_code: null },
  { code: "AGY_CHECKUP", category: "agency", name_zh: "体检费", name_en: "Health check fee (collected on behalf)", region_code: null },
  { code: "AGY_UNIFORM", category: "agency", name_zh: "园服费", name_en: "Uniforms (collected on behalf)", region_code: null },
];

const ITEM_TEXTS = {
  ...ITEM_TEXT,
  careSmall: { name: "保教费（小班）", unit: "month", description: "小班幼儿，按月收取，不跨学期预收" },
  careMiddle: { name: "保教费（中班）", unit: "month", description: "中班幼儿，按月收取，不跨学期预收" },
  careLarge: { name: "保教费（大班）", unit: "month", description: "大班幼儿，按月收取，不跨学期预收" },
  AGY_UNIFORM: { name: "园服费", unit: "once", description: "代收代付，家长自愿选购，按供货商实际价格收取" },
  regionalService: { name: "暑期托管服务费", unit: "month", description: "家长自愿申请，暑期工作日看护" },
  regionalAgency: { name: "课间牛奶", unit: "semester", description: "代收代付，家长自愿订购，按供货商实际价格收取" },
} as const;

/** Names and descriptions that a R02 keyword catches (some full-width or spaced, as operators type them). */
const PROHIBITED_TEXTS = [
  { name: "兴趣班费", description: "每周两次，家长自愿" },
  { name: "特色课程费", description: "英语特色班，按学期收取" },
  { name: "延时看护费", description: "含幼小衔接课程" },
  { name: "入园报名费", description: "报名时一次性收取" },
  { name: "床上用品", description: "另收押 金 200 元" },
  { name: "资料费", description: "学期资料" },
];

// ---------------------------------------------------------------------------
// Guidance prices

const GRADES = ["provincial_model", "city_model", "class1", "class2"] as const;
type Grade = (typeof GRADES)[number];
const GRADE_FACTOR: Record<Grade, number> = { provincial_model: 1.35, city_model: 1.15, class1: 1, class2: 0.85 };
const GUIDED_NATURES = ["inclusive_private", "nonprofit_private"] as const;
type GuidedNature = (typeof GUIDED_NATURES)[number];
const NATURE_FACTOR: Record<GuidedNature | "public", number> = { inclusive_private: 1, nonprofit_private: 1.3, public: 0.55 };
const round100 = (fen: number) => Math.max(100, Math.round(fen / 100) * 100);
const GUIDANCE_FROM = "2025-09-01";

interface PriceBook {
  /** care_education "all" by region (city or district) → `${nature}|${grade}` → base fen. */
  care: Map<string, Map<string, number>>;
  /** care_education "nursery" by city. */
  nurseryBand: Map<string, Map<string, number>>;
  floatBp: Map<string, number>; // province code → max float bp
}

/** The base price the product would find: district over city (as pricesFor does for this data). */
function careBase(book: PriceBook, d: District, nature: GuidedNature | "public", grade: Grade): number {
  const key = `${nature}|${grade}`;
  return book.care.get(d.code)?.get(key) ?? book.care.get(d.city.code)!.get(key)!;
}
const capOf = (base: number, bp: number) => Math.floor((base * (10000 + bp)) / 10000);

// ---------------------------------------------------------------------------

const TERMS = [
  { term: "2025-spring", effectiveFrom: "2025-03-01", label: "2025年春季学期" },
  { term: "2025-autumn", effectiveFrom: "2025-09-01", label: "2025年秋季学期" },
  { term: "2026-spring", effectiveFrom: "2026-03-01", label: "2026年春季学期" },
  { term: "2026-autumn", effectiveFrom: "2026-09-01", label: "2026年秋季学期" },
] as const;

const NATURE_NAME: Record<KindergartenNature, string> = {
  public: "公办",
  inclusive_private: "普惠",
  nonprofit_private: "非营利",
  forprofit_private: "营利",
};
const NAME_WORDS = ["阳光", "春芽", "星星", "蓝天", "小橡树", "博雅", "童话", "七彩", "启航", "金色摇篮", "贝瑞", "书香", "明珠", "向日葵", "小太阳", "育才", "爱弥儿", "新苗", "彩虹", "绿洲"];

interface ItemRow {
  code: string;
  category: FeeCategory;
  name: string;
  amount: number;
  unit: FeeUnit;
  ageBand: AgeBand;
  description: string;
  voluntary: number;
  bundled: number;
  cost: number | null;
}

export async function generate(opts: GenerateOptions): Promise<GenerateStats> {
  const log = opts.log ?? (() => undefined);
  const t0 = performance.now();
  if (fs.existsSync(opts.file)) throw new Error(`${opts.file} exists`);
  const rand = mulberry32(opts.seed ?? 20260901);
  const chance = (p: number) => rand() < p;
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const idAt = (iso: string) => ulid(Date.parse(iso), rand);
  const randomChars = (alphabet: string, n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    return s;
  };

  // Schema and rule activations through the product's own code.
  {
    const db = createDb(opts.file);
    await migrateToLatest(db);
    await activateNewRules(db, loadRuleSet(), new Date("2025-06-01T00:00:00Z"));
    await db.destroy();
  }

  const sqlite = new SQLite(opts.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("foreign_keys = ON");
  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);

  // Regions --------------------------------------------------------------------
  const { cities, districts } = buildRegions(rand);
  const insRegion = insert("regions", ["code", "name", "level", "parent_code"]);
  sqlite.transaction(() => {
    for (const p of PROVINCES) insRegion.run(`${p.code}0000`, p.name, "province", null);
    for (const c of cities) insRegion.run(c.code, c.name, "city", `${c.province.code}0000`);
    for (const d of districts) insRegion.run(d.code, d.name, "district", d.city.code);
  })();
  log(`regions: ${PROVINCES.length} provinces, ${cities.length} cities, ${districts.length} districts`);

  // Fee catalogue: national, plus a service per province and an agency item for a third of the cities.
  const itemTypes: ItemType[] = [...NATIONAL_TYPES];
  for (const p of PROVINCES) {
    itemTypes.push({ code: `SVC_P${p.code}_SUMMER`, category: "service", name_zh: "暑期托管服务费", name_en: "Summer care", region_code: `${p.code}0000` });
  }
  const cityAgency = new Map<string, string>();
  cities.forEach((c, i) => {
    if (i % 3 !== 0) return;
    const code = `AGY_C${c.code.slice(0, 4)}_MILK`;
    cityAgency.set(c.code, code);
    itemTypes.push({ code, category: "agency", name_zh: "课间牛奶", name_en: "School milk", region_code: c.code });
  });
  // OR IGNORE: the national categories come with the schema (migration 2026-12-05T0300_national_fee_categories).
  const insType = sqlite.prepare("INSERT OR IGNORE INTO fee_item_types (code, category, name_zh, name_en, region_code, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  sqlite.transaction(() => {
    for (const t of itemTypes) insType.run(t.code, t.category, t.name_zh, t.name_en, t.region_code, 1, null);
  })();

  // Guidance prices ------------------------------------------------------------
  const book: PriceBook = { care: new Map(), nurseryBand: new Map(), floatBp: new Map() };
  const insPrice = insert("guidance_prices", [
    "id", "region_code", "nature", "grade", "age_band", "category", "base_price_fen", "max_float_bp",
    "effective_from", "effective_to", "source_document", "created_at", "batch_id", "status", "superseded_at",
  ]);
  let guidancePrices = 0;
  const createdAt = officeTime("2025-06-20");
  const price = (region: string, nature: string, grade: string, band: AgeBand, category: FeeCategory, base: number, bp: number, doc: string, history = false) => {
    guidancePrices++;
    insPrice.run(
      idAt(createdAt), region, nature, grade, band, category, base, bp,
      history ? "2024-09-01" : GUIDANCE_FROM, history ? "2025-08-31" : null, doc, createdAt, null,
      history ? "superseded" : "active", history ? createdAt : null,
    );
  };
  sqlite.transaction(() => {
    for (const p of PROVINCES) {
      const bp = chance(0.2) ? 1500 : chance(0.15) ? 500 : 1000;
      book.floatBp.set(p.code, bp);
      // Boarding is priced province-wide.
      for (const nature of GUIDED_NATURES) {
        for (const grade of GRADES) {
          price(`${p.code}0000`, nature, grade, "all", "boarding", round100(25_000 * p.cost * NATURE_FACTOR[nature]), bp, `${p.short}价费〔2025〕12号`);
        }
      }
    }
    for (const c of cities) {
      const bp = book.floatBp.get(c.province.code)!;
      const doc = `${c.province.short}${c.code.slice(2, 4)}价〔2025〕${int(10, 60)}号`;
      const rows = new Map<string, number>();
      const nursery = new Map<string, number>();
      for (const nature of [...GUIDED_NATURES, "public"] as const) {
        for (const grade of GRADES) {
          const base = round100(100_000 * c.cost * GRADE_FACTOR[grade] * NATURE_FACTOR[nature]);
          rows.set(`${nature}|${grade}`, base);
          price(c.code, nature, grade, "all", "care_education", base, bp, doc);
          price(c.code, nature, grade, "all", "care_education", round100(base * 0.95), bp, doc.replace("2025", "2024"), true);
          if (nature !== "public" && (grade === "provincial_model" || grade === "city_model")) {
            const n = round100(base * 1.3);
            nursery.set(`${nature}|${grade}`, n);
            price(c.code, nature, grade, "nursery", "care_education", n, bp, doc);
          }
        }
      }
      book.care.set(c.code, rows);
      book.nurseryBand.set(c.code, nursery);
      // A quarter of the districts set their own, higher care rates (and a tenth their own public rate).
      for (const d of c.districts) {
        if (!chance(0.25)) continue;
        const ddoc = `${d.name.slice(-3)}发改〔2025〕${int(5, 40)}号`;
        const own = new Map<string, number>();
        for (const nature of GUIDED_NATURES) {
          for (const grade of GRADES) {
            const base = round100(rows.get(`${nature}|${grade}`)! * between(1.02, 1.1));
            own.set(`${nature}|${grade}`, base);
            price(d.code, nature, grade, "all", "care_education", base, bp, ddoc);
          }
        }
        if (chance(0.4)) {
          for (const grade of GRADES) {
            const base = round100(rows.get(`public|${grade}`)! * 1.05);
            own.set(`public|${grade}`, base);
            price(d.code, "public", grade, "all", "care_education", base, bp, ddoc);
          }
        }
        book.care.set(d.code, own);
      }
    }
  })();
  log(`guidance prices: ${guidancePrices} rows`);

  // Regional parameter overlays (rule_parameter_sets): provinces, a city, a district.
  const overlays: { region: string; rule: string; params: Record<string, unknown> }[] = [
    { region: "330000", rule: "R06", params: { minLeadDays: 45 } },
    { region: "440000", rule: "R04", params: { amberBp: 1500, redBp: 3000 } },
    { region: "510000", rule: "R05", params: { allowedMonths: [2, 3, 8, 9] } },
    { region: "110000", rule: "R02", params: { keywords: ["赞助", "捐资助学", "建园费", "择园费", "兴趣班", "特色班", "实验班", "报名费", "押金", "教材", "资料费", "国际班"] } },
    { region: "320100", rule: "R14", params: { toleranceFen: 100 } },
    { region: "440100", rule: "R06", params: { minLeadDays: 30 } },
    { region: "370000", rule: "R03", params: { toleranceFen: 100 } },
    { region: districts.find((d) => d.code.startsWith("4403"))?.code ?? "440301", rule: "R06", params: { minLeadDays: 90 } },
  ];
  const insOverlay = insert("rule_parameter_sets", [
    "id", "region_code", "rule_id", "params", "status", "note", "created_by", "created_at", "activated_by", "activated_at", "retired_at",
  ]);
  sqlite.transaction(() => {
    for (const o of overlays) {
      const at = officeTime("2025-07-01");
      insOverlay.run(idAt(at), o.region, o.rule, JSON.stringify(o.params), "active", "benchmark overlay", null, at, null, at, null);
    }
  })();

  // Kindergartens, accounts, filings, items -------------------------------------
  const cumulative: number[] = [];
  let total = 0;
  for (const d of districts) cumulative.push((total += d.weight));
  const pickDistrict = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return districts[lo];
  };
  const pickNature = (): KindergartenNature => {
    const x = rand();
    return x < 0.45 ? "public" : x < 0.7 ? "inclusive_private" : x < 0.8 ? "nonprofit_private" : "forprofit_private";
  };
  const pickGrade = (): Grade => {
    const x = rand();
    return x < 0.1 ? "provincial_model" : x < 0.3 ? "city_model" : x < 0.65 ? "class1" : "class2";
  };
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

  const insKg = insert("kindergartens", [
    "id", "uscc", "approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status", "created_at", "updated_at",
  ]);
  const insAccount = insert("bank_accounts", [
    "id", "kindergarten_id", "bank_name", "branch_name", "account_number", "account_name", "cnaps_code", "status", "filed_at", "effective_from",
  ]);
  const insFiling = insert("fee_filings", [
    "id", "kindergarten_id", "term", "effective_from", "published_on", "version", "status", "submitted_by", "submitted_at",
    "evaluated_at", "previous_filing_id", "note", "pricing_basis", "refund_rules", "complaint_channel", "applies_to_enrolled",
    "waiver_deduction_fen", "refund_schedule",
  ]);
  const insItem = insert("fee_items", [
    "id", "filing_id", "position", "code", "category", "name", "amount_fen", "unit", "age_band", "description", "voluntary", "bundled", "cost_fen",
  ]);

  const banks = Object.values(BANKS);
  const usccs = new Set<string>();
  const byNature: Record<KindergartenNature, number> = { public: 0, inclusive_private: 0, nonprofit_private: 0, forprofit_private: 0 };
  const planted: Record<string, number> = {};
  const plant = (rule: string) => (planted[rule] = (planted[rule] ?? 0) + 1);
  const entry = (feeKind: string, refundCase: string, scheme: object) => ({ feeKind, case: refundCase, scheme });
  // The national floor of R11's table (a month not attended refunded in full; meals per day not eaten), and one that gives 50 % instead.
  const floorEntries = [
    entry("care_education", "absence", { method: "per_30_days" }),
    entry("care_education", "withdrawal", { method: "per_30_days" }),
    entry("boarding", "absence", { method: "per_30_days" }),
    entry("boarding", "withdrawal", { method: "per_30_days" }),
    entry("nursery", "absence", { method: "per_30_days" }),
    entry("nursery", "withdrawal", { method: "per_30_days" }),
    entry("meals", "absence", { method: "per_day" }),
    entry("meals", "withdrawal", { method: "per_day" }),
  ];
  const REFUND_FLOOR = JSON.stringify(floorEntries);
  const REFUND_SHORT = JSON.stringify([
    entry("care_education", "absence", { method: "tiers", tiers: [{ when: "attended_at_most", days: 0, sharePercent: null, refundPercent: 50 }] }),
    ...floorEntries.slice(1),
  ]);
  let filingCount = 0;
  let itemCount = 0;
  let activeItems = 0;
  const nationalCodes = new Set(NATIONAL_TYPES.map((t) => t.code));
  const foreignRegional = itemTypes.filter((t) => !nationalCodes.has(t.code));

  const oneKindergarten = (k: number) => {
    const district = pickDistrict();
    const city = district.city;
    const province = city.province;
    const nature = pickNature();
    const grade = pickGrade();
    byNature[nature]++;
    const privateKg = nature !== "public";
    const guided = nature === "inclusive_private" || nature === "nonprofit_private";

    // USCC: nature prefix (a few registered under the wrong kind: R16) + district + organisation code + check.
    let prefix: string = usccPrefixForNature(nature);
    if (chance(0.004)) {
      prefix = prefix === "91" ? "52" : prefix === "52" ? "91" : "52";
      plant("R16");
    }
    let uscc: string;
    do {
      const body =
        prefix === "91" ? `MA${pick(["0", "1", "2", "3", "5", "6"])}${randomChars(USCC_ALPHABET, 5)}` : prefix === "12" ? `4${String(int(0, 9_999_999)).padStart(7, "0")}` : `MJ${randomChars(USCC_ALPHABET, 6)}`;
      const org = body + computeOrgCodeCheckChar(body);
      const first17 = prefix + district.code + org.replace(/[^0-9A-HJ-NP-RTUW-Y]/g, "0");
      uscc = first17 + computeUsccCheckChar(first17);
    } while (usccs.has(uscc) || !/^[0-9]{8}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(uscc));
    usccs.add(uscc);

    const word = NAME_WORDS[k % NAME_WORDS.length];
    const approvedName =
      `${district.name}${word}${NATURE_NAME[nature] === "公办" ? "中心" : ""}第${k + 1}幼儿园` + (nature === "forprofit_private" ? "有限公司" : "");
    const created = officeTime(addDays("2012-01-01", int(0, 4800)), int(0, 480));
    const kgId = idAt(created);
    insKg.run(kgId, uscc, approvedName, approvedName, nature, grade, district.code, `${district.name}某某路${int(1, 999)}号`, "active", created, created);

    // One active account; a few private ones filed under another name (R09).
    const bank = pick(banks);
    let accountName = approvedName;
    if (chance(0.03)) {
      accountName = nature === "forprofit_private" ? approvedName.replace(/有限公司$/, "") : `${word}幼儿园`;
      if (privateKg) plant("R09");
    }
    const filed = officeTime(addDays(created.slice(0, 10), int(5, 60)));
    let accountNumber = bank.accountPrefix;
    while (accountNumber.length < bank.length) accountNumber += String(int(0, 9));
    insAccount.run(idAt(filed), kgId, bank.name, `${city.name}${district.name.slice(-3)}支行`, accountNumber, accountName,
      `${bank.cnapsBank}${city.code.slice(0, 4)}${String(int(0, 99999)).padStart(5, "0")}`, "approved", filed, filed.slice(0, 10));

    // Filings: 2 or 3, the latest in autumn 2026 (most) or spring 2026.
    const latestIdx = chance(0.85) ? 3 : 2;
    const n = chance(0.6) ? 2 : 3;
    const termIdx = n === 3 ? [latestIdx - 2, latestIdx - 1, latestIdx] : chance(0.5) ? [latestIdx - 1, latestIdx] : [latestIdx - 2, latestIdx];

    // The latest filing's items; earlier filings are derived from them.
    const items: ItemRow[] = [];
    const bp = book.floatBp.get(province.code)!;
    const add = (code: string, category: FeeCategory, text: { name: string; unit: string; description: string }, amount: number, ageBand: AgeBand = "all") =>
      items.push({
        code, category, name: text.name, amount: Math.max(100, Math.round(amount)), unit: text.unit as FeeUnit, ageBand,
        // Parents opt in to service and 代收 items only (a filing refuses the mark on 保教费, 保育费 and 住宿费).
        description: text.description, voluntary: itemMarksApply(category).optIn ? 1 : 0, bundled: 0, cost: null,
      });
    const publicRate = careBase(book, district, "public", grade);
    const guidedAmount = (base: number) => {
      // Guided kindergartens stay under the cap, a few sit exactly on it, a few go over (R03).
      if (!guided) return nature === "public" ? base : round100(base * between(1.6, 3.4));
      const cap = capOf(base, bp);
      const x = rand();
      if (x < 0.035) return Math.ceil((cap * between(1.01, 1.15)) / 100) * 100 + 100;
      if (x < 0.08) return cap;
      return round100(base * between(0.85, 1.0));
    };
    let overCap = false;
    const careBaseFor = (band: AgeBand) => {
      if (band === "nursery") {
        const key = `${nature}|${grade}`;
        return book.nurseryBand.get(city.code)?.get(key) ?? careBase(book, district, guided ? nature : "inclusive_private", grade);
      }
      return careBase(book, district, guided ? nature : nature === "public" ? "public" : "inclusive_private", grade);
    };
    const careItem = (text: { name: string; unit: string; description: string }, band: AgeBand) => {
      const base = careBaseFor(band);
      const amount = guidedAmount(base);
      if (guided && amount > capOf(base, bp)) overCap = true;
      add("CARE_EDU", "care_education", text, amount, band);
    };
    if (chance(0.3)) careItem(ITEM_TEXTS.careAll, "all");
    else {
      careItem(ITEM_TEXTS.careSmall, "small");
      careItem(ITEM_TEXTS.careMiddle, "middle");
      careItem(ITEM_TEXTS.careLarge, "large");
    }
    if (chance(0.3) && (grade === "provincial_model" || grade === "city_model")) careItem(ITEM_TEXTS.careNursery, "nursery");
    if (chance(0.15)) {
      const base = round100(25_000 * province.cost * (guided ? NATURE_FACTOR[nature as GuidedNature] : 1));
      add("BOARDING", "boarding", ITEM_TEXTS.boarding, guided ? round100(base * between(0.8, 1.0)) : base * between(1, 2));
    }
    if (chance(0.2)) add("NURSERY", "nursery", ITEM_TEXTS.nursery, round100(publicRate * between(1.5, 2.8)), "nursery");
    add("SVC_MEAL", "service", ITEM_TEXTS.meal, round100(1500 * city.cost * between(0.9, 1.3)));
    if (chance(0.45)) add("SVC_BUS", "service", ITEM_TEXTS.bus, round100(35_000 * city.cost * between(0.8, 1.3)));
    if (chance(0.55)) add("SVC_AFTERCARE", "service", ITEM_TEXTS.aftercare, round100(22_000 * city.cost * between(0.8, 1.3)));
    if (chance(0.35)) add(`SVC_P${province.code}_SUMMER`, "service", ITEM_TEXTS.regionalService, round100(60_000 * city.cost * between(0.8, 1.2)));
    if (chance(0.85)) add("AGY_INSURANCE", "agency", ITEM_TEXTS.AGY_INSURANCE, round100(8000 * between(0.8, 1.5)));
    if (chance(0.55)) add("AGY_BEDDING", "agency", ITEM_TEXTS.AGY_BEDDING, round100(32_000 * between(0.8, 1.3)));
    if (chance(0.55)) add("AGY_CHECKUP", "agency", ITEM_TEXTS.AGY_CHECKUP, round100(6000 * between(0.8, 1.5)));
    if (chance(0.5)) add("AGY_UNIFORM", "agency", ITEM_TEXTS.AGY_UNIFORM, round100(30_000 * between(0.7, 1.5)));
    const milk = cityAgency.get(city.code);
    if (milk && chance(0.6)) add(milk, "agency", ITEM_TEXTS.regionalAgency, round100(30_000 * between(0.8, 1.2)));
    if (overCap) plant("R03");
    for (const it of items) if (it.category === "agency") it.cost = chance(0.05) ? null : it.amount;

    // Planted problems of the latest filing.
    if (chance(0.01)) {
      const foreign = pick(foreignRegional);
      const allowed = foreign.region_code === `${province.code}0000` || foreign.region_code === city.code;
      if (!allowed) {
        items.push({ code: foreign.code, category: foreign.category, name: foreign.name_zh, amount: round100(20_000 * between(0.5, 2)), unit: "month", ageBand: "all", description: "家长自愿选择", voluntary: 1, bundled: 0, cost: foreign.category === "agency" ? 20_000 : null });
        plant("R01");
      }
    }
    if (chance(0.006)) {
      const t = pick(PROHIBITED_TEXTS);
      items.push({ code: "SVC_AFTERCARE", category: "service", name: t.name, amount: round100(between(10_000, 60_000)), unit: "semester", ageBand: "all", description: t.description, voluntary: 1, bundled: 0, cost: null });
      plant("R02");
    }
    if (chance(0.004)) {
      const care = items.find((it) => it.category === "care_education")!;
      care.unit = chance(0.5) ? "year" : "once";
      care.amount *= 10;
      plant("R08");
    }
    const services = items.filter((it) => it.category === "service" || it.category === "agency");
    if (chance(0.01)) {
      pick(services).description = "";
      plant("R10");
    }
    if (chance(0.01)) {
      pick(services).voluntary = 0;
      plant("R13");
    }
    if (chance(0.005)) {
      pick(services).bundled = 1;
      plant("R13");
    }
    const agencyWithCost = items.filter((it) => it.category === "agency" && it.cost !== null);
    if (agencyWithCost.length > 0 && chance(0.015)) {
      const a = pick(agencyWithCost);
      a.amount += pick([200, 500, 1000, 3000]);
      plant("R14");
    }

    // Earlier filings: amounts a step lower where the kindergarten raised fees.
    const versions: ItemRow[][] = [items];
    let later = items;
    for (let v = termIdx.length - 2; v >= 0; v--) {
      const toTerm = termIdx[v + 1];
      const springStep = TERMS[toTerm].term.endsWith("spring");
      // Most raises take effect in autumn; for-profit ones are larger, and a few large (R04).
      const raises = chance(springStep ? 0.12 : privateKg ? 0.45 : 0.3);
      let factor = 1;
      if (raises) {
        if (nature === "forprofit_private" && v === termIdx.length - 2) {
          const x = rand();
          factor = x < 0.05 ? between(1.2, 1.35) : x < 0.17 ? between(1.1, 1.199) : between(1.02, 1.095);
        } else factor = between(1.02, 1.08);
      }
      const earlier = later
        .filter((it) => !(it.category === "service" && chance(0.08)))
        .map((it) => {
          const guidedCat = it.category === "care_education" || it.category === "boarding" || it.category === "nursery";
          const amount = guidedCat ? Math.max(100, Math.floor(it.amount / factor / 100) * 100) : it.code === "SVC_MEAL" ? Math.max(100, it.amount - 100) : it.amount;
          return { ...it, amount, unit: it.unit === "year" || it.unit === "once" ? (it.category === "agency" ? it.unit : "month") : it.unit };
        });
      if (earlier.length > 0 && chance(0.003)) {
        const care = earlier.find((it) => it.category === "care_education");
        if (care && care.unit === "month") care.unit = "semester";
      }
      versions.unshift(earlier);
      later = earlier;
    }

    let previous: string | null = null;
    termIdx.forEach((ti, v) => {
      const term = TERMS[ti];
      const latest = v === termIdx.length - 1;
      let lead = int(61, 95);
      if (latest && chance(0.03)) {
        lead = int(15, 59);
        plant("R06");
      }
      const publishedOn = addDays(term.effectiveFrom, -lead);
      const submittedAt = officeTime(addDays(publishedOn, -int(1, 6)), int(0, 480));
      const filingId = idAt(submittedAt);
      let refund: string = DISCLOSURE.refundRules;
      let basis: string = DISCLOSURE.pricingBasis;
      let complaint: string = DISCLOSURE.complaintChannel;
      if (latest && chance(0.015)) {
        refund = "";
        plant("R10");
      }
      if (latest && chance(0.003)) {
        refund = basis = complaint = " ";
        plant("R10");
      }
      const appliesToEnrolled = latest && chance(0.04) ? 1 : 0;
      // The 大班 waiver from autumn 2025: the public rate (or the monthly fee, if lower); a few forget it (R12).
      let waiver = 0;
      if (privateKg && term.effectiveFrom >= "2025-09-01") {
        waiver = publicRate;
        if (latest && chance(0.025)) {
          waiver = chance(0.5) ? 0 : Math.floor(publicRate / 2);
          plant("R12");
        }
      }
      // Refund rules as data (R11): most file the national floor; a few file less for absence (a shortfall); some none (info).
      let refundSchedule: string | null = REFUND_FLOOR;
      if (chance(0.05)) refundSchedule = null;
      else if (latest && chance(0.02)) {
        refundSchedule = REFUND_SHORT;
        plant("R11");
      }
      insFiling.run(
        filingId, kgId, term.term, term.effectiveFrom, publishedOn, v + 1, "submitted", "bench-generator", submittedAt,
        null, previous, `${term.label}收费标准备案`, basis, refund, complaint, appliesToEnrolled, waiver, refundSchedule,
      );
      filingCount++;
      versions[v].forEach((it, i) => {
        insItem.run(idAt(submittedAt), filingId, i + 1, it.code, it.category, it.name, it.amount, it.unit, it.ageBand, it.description, it.voluntary, it.bundled, it.cost);
      });
      itemCount += versions[v].length;
      if (latest) activeItems += versions[v].length;
      previous = filingId;
    });
  };

  const PER_TRANSACTION = 5000;
  for (let k = 0; k < opts.kindergartens; k += PER_TRANSACTION) {
    sqlite.transaction(() => {
      for (let j = k; j < Math.min(opts.kindergartens, k + PER_TRANSACTION); j++) oneKindergarten(j);
    })();
    if ((k / PER_TRANSACTION) % 6 === 5) log(`  ${Math.min(opts.kindergartens, k + PER_TRANSACTION).toLocaleString("en")} kindergartens…`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();

  // The public search's index, through the product's own code (the rows above were written directly).
  {
    const db = createDb(opts.file);
    const indexed = await indexKindergartensForSearch(db);
    await db.destroy();
    log(`search index: ${indexed.toLocaleString("en")} kindergartens`);
  }

  return {
    file: opts.file,
    seconds: (performance.now() - t0) / 1000,
    fileBytes: fs.statSync(opts.file).size,
    provinces: PROVINCES.length,
    cities: cities.length,
    districts: districts.length,
    kindergartens: opts.kindergartens,
    byNature,
    accounts: opts.kindergartens,
    itemTypes: itemTypes.length,
    guidancePrices,
    overlays: overlays.length,
    filings: filingCount,
    items: itemCount,
    activeItems,
    planted,
  };
}

/** `--name value` / `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const [name, inline] = a.slice(2).split("=", 2);
    if (inline !== undefined) args.set(name, inline);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) args.set(name, argv[++i]);
    else args.set(name, true);
  }
  return args;
}

/**
 * A benchmark's command line: only the options it names, whole numbers checked, and the targets `--only`
 * selects (all by default), in the benchmark's own order.
 */
export function benchArgs<T extends string>(argv: string[], options: readonly string[], targets: readonly T[]) {
  const args = parseArgs(argv);
  for (const name of args.keys()) {
    if (!options.includes(name)) throw new Error(`unknown option --${name} (options: ${options.map((o) => `--${o}`).join(" ")})`);
  }
  const positive = (name: string, fallback: number, min = 1) => {
    const n = Number(args.get(name) ?? fallback);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  const only = String(args.get("only") ?? targets.join(",")).split(",").map((s) => s.trim());
  const unknown = only.filter((id) => !(targets as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`--only: ${unknown.join(", ")}? Targets: ${targets.join(",")}`);
  return { args, positive, selected: targets.filter((id) => only.includes(id)) };
}

export function tempDbFile(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-bench-${label}-`));
  return path.join(dir, "bench.db");
}

/** Deletes a database file with its WAL/SHM companions and its temp folder (when it is one of ours). */
export function removeDbFile(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const dir = path.dirname(file);
  if (path.basename(dir).startsWith("portal-bench-")) fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const n = Number(args.get("kindergartens") ?? 150_000);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error("--kindergartens must be a positive integer");
  const out = args.get("out");
  const file = typeof out === "string" ? path.resolve(out) : tempDbFile("gen");
  const stats = await generate({ kindergartens: n, file, log: (l) => console.log(l) });
  console.log(JSON.stringify({ ...stats, file: undefined }, null, 2));
  if (args.has("keep") || typeof out === "string") console.log(`kept: ${file}`);
  else removeDbFile(file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
