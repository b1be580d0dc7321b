/**
 * Static demo data for `seedDemo` (db/seed.ts): the Ningbo districts, the
 * guidance-price table, the fee catalogue and 36 kindergartens with their
 * filing histories. Plain data only; seed.ts turns it into rows.
 *
 * Price specs: a number is an absolute amount in fen. For guided kindergartens
 * (普惠 and non-profit private) a string is relative to the applicable
 * guidance base price B with cap C = B × (1 + max float):
 *   "95%"      → B × 0.95, rounded to whole yuan
 *   "cap"      → exactly C
 *   "cap+6%"   → C × 1.06, rounded up to whole yuan (over the cap)
 */
import type { AgeBand, FeeCategory, FeeUnit, KindergartenNature } from "./schema";

export const DEMO_PASSWORD = "demo1234";

export const PROVINCE = { code: "330000", name: "浙江省" } as const;
export const CITY = { code: "330200", name: "宁波市", slug: "ningbo" } as const;

export type DistrictSlug = "haishu" | "jiangbei" | "beilun" | "zhenhai" | "yinzhou";

export interface DemoDistrict {
  slug: DistrictSlug;
  code: string;
  name: string;
  /** Name without 区, as used in bank branch names (宁波海曙支行). */
  short: string;
}

export const DISTRICTS: readonly DemoDistrict[] = [
  { slug: "haishu", code: "330203", name: "海曙区", short: "海曙" },
  { slug: "jiangbei", code: "330205", name: "江北区", short: "江北" },
  { slug: "beilun", code: "330206", name: "北仑区", short: "北仑" },
  { slug: "zhenhai", code: "330211", name: "镇海区", short: "镇海" },
  { slug: "yinzhou", code: "330212", name: "鄞州区", short: "鄞州" },
];

export const GRADE_LABELS: Record<string, string> = {
  provincial_model: "省级示范幼儿园",
  city_model: "市级示范幼儿园",
  class1: "一级幼儿园",
  class2: "二级幼儿园",
};

export const NATURE_LABELS: Record<KindergartenNature, string> = {
  public: "公办",
  inclusive_private: "普惠性民办",
  nonprofit_private: "非营利性民办",
  forprofit_private: "营利性民办",
};

// ---------------------------------------------------------------------------
// Fee catalogue

export interface DemoFeeItemType {
  code: string;
  category: FeeCategory;
  name_zh: string;
  name_en: string;
  region_code: string | null;
}

export const FEE_ITEM_TYPES: readonly DemoFeeItemType[] = [
  { code: "CARE_EDU", category: "care_education", name_zh: "保教费", name_en: "Care and education fee", region_code: null },
  { code: "BOARDING", category: "boarding", name_zh: "住宿费", name_en: "Boarding fee", region_code: null },
  { code: "NURSERY", category: "nursery", name_zh: "保育费（托班）", name_en: "Nursery care fee (under 3)", region_code: null },
  { code: "SVC_MEAL", category: "service", name_zh: "伙食费", name_en: "Meal fee", region_code: CITY.code },
  { code: "SVC_BUS", category: "service", name_zh: "校车接送费", name_en: "School bus fee", region_code: CITY.code },
  { code: "SVC_AFTERCARE", category: "service", name_zh: "延时看护费", name_en: "Extended-hours care fee", region_code: CITY.code },
  { code: "AGY_BEDDING", category: "agency", name_zh: "床上用品", name_en: "Bedding (collected on behalf)", region_code: CITY.code },
  { code: "AGY_INSURANCE", category: "agency", name_zh: "幼儿意外伤害保险", name_en: "Child accident insurance (collected on behalf)", region_code: CITY.code },
  { code: "AGY_CHECKUP", category: "agency", name_zh: "体检费", name_en: "Health check fee (collected on behalf)", region_code: CITY.code },
];

// ---------------------------------------------------------------------------
// Guidance prices (fen a month), effective 2025-09-01, float up to 10 %

export const GUIDANCE_EFFECTIVE_FROM = "2025-09-01";
export const GUIDANCE_MAX_FLOAT_BP = 1000;

export interface DemoGuidancePrice {
  region_code: string;
  nature: "public" | "inclusive_private" | "nonprofit_private";
  grade: string;
  age_band: AgeBand;
  category: "care_education" | "boarding";
  base_price_fen: number;
  source_document: string;
}

const GRADES = ["provincial_model", "city_model", "class1", "class2"] as const;

function careRows(
  region: string,
  doc: string,
  inclusive: readonly [number, number, number, number],
  nonprofit: readonly [number, number, number, number],
): DemoGuidancePrice[] {
  return GRADES.flatMap((grade, i) => [
    { region_code: region, nature: "inclusive_private", grade, age_band: "all", category: "care_education", base_price_fen: inclusive[i], source_document: doc },
    { region_code: region, nature: "nonprofit_private", grade, age_band: "all", category: "care_education", base_price_fen: nonprofit[i], source_document: doc },
  ] satisfies DemoGuidancePrice[]);
}

const CITY_DOC = "甬价费〔2025〕36号";
const HAISHU_DOC = "海发改〔2025〕18号";
const YINZHOU_DOC = "鄞发改〔2025〕27号";

/** City-wide rows (330200) apply in 江北, 北仑, 镇海; 海曙 and 鄞州 have their own, higher ones. */
export const GUIDANCE_PRICES: readonly DemoGuidancePrice[] = [
  ...careRows(CITY.code, CITY_DOC, [128000, 112000, 98000, 85000], [168000, 148000, 128000, 108000]),
  // 托班 (2–3 years) at about 130 % of the standard rate
  { region_code: CITY.code, nature: "inclusive_private", grade: "provincial_model", age_band: "nursery", category: "care_education", base_price_fen: 166000, source_document: CITY_DOC },
  { region_code: CITY.code, nature: "inclusive_private", grade: "city_model", age_band: "nursery", category: "care_education", base_price_fen: 145000, source_document: CITY_DOC },
  { region_code: CITY.code, nature: "inclusive_private", grade: "provincial_model", age_band: "all", category: "boarding", base_price_fen: 26000, source_document: CITY_DOC },
  { region_code: CITY.code, nature: "nonprofit_private", grade: "provincial_model", age_band: "all", category: "boarding", base_price_fen: 32000, source_document: CITY_DOC },
  ...careRows("330203", HAISHU_DOC, [135000, 118000, 103000, 90000], [175000, 155000, 135000, 115000]),
  ...careRows("330212", YINZHOU_DOC, [138000, 120000, 105000, 92000], [180000, 158000, 138000, 118000]),
  { region_code: "330212", nature: "inclusive_private", grade: "provincial_model", age_band: "nursery", category: "care_education", base_price_fen: 178000, source_document: YINZHOU_DOC },
  // Public kindergartens' 保教费: the amount the free final year (大班) waives, also at private kindergartens.
  ...GRADES.map((grade, i) => ({
    region_code: CITY.code, nature: "public" as const, grade, age_band: "all" as const, category: "care_education" as const,
    base_price_fen: [75000, 65000, 55000, 45000][i], source_document: CITY_DOC,
  })),
];

/** Published fee information (公示): pricing basis, refund rules, complaint channel. */
export const DISCLOSURE = {
  pricingBasis: "依据本园办园成本核算，经园务会研究确定，并报区教育局、发展改革局备案。",
  refundRules: "幼儿因故离园或连续请假满 30 天的，按实际在园天数折算退还保教费；伙食费按实际就餐天数结算，多退少补。",
  complaintChannel: "本园收费监督电话 0574-8700 0000；区教育局 0574-12345；市场监管 12315。",
} as const;

/** Kindergartens whose published information leaves out the refund rules (R10). */
export const MISSING_REFUND_RULES: ReadonlySet<string> = new Set(["kg010", "kg028"]);
/** Private kindergartens that forgot the free-final-year deduction in their latest filing (R12). */
export const WAIVER_NOT_DEDUCTED: ReadonlySet<string> = new Set(["kg019"]);
/** A kindergarten that marks up a 代收 item above the provider's price (R14). */
export const AGENCY_MARKUP: ReadonlyMap<string, number> = new Map([["kg021", 4000]]);

// ---------------------------------------------------------------------------
// Terms

export type TermKey = "2025-autumn" | "2026-spring" | "2026-autumn";

export const TERMS: Record<TermKey, { effectiveFrom: string; label: string }> = {
  "2025-autumn": { effectiveFrom: "2025-09-01", label: "2025年秋季学期" },
  "2026-spring": { effectiveFrom: "2026-03-01", label: "2026年春季学期" },
  "2026-autumn": { effectiveFrom: "2026-09-01", label: "2026年秋季学期" },
};

// ---------------------------------------------------------------------------
// Banks (corporate settlement accounts: bank-specific formats, no Luhn)

export type BankKey = "icbc" | "abc" | "boc" | "ccb" | "bocom" | "nbcb" | "yzrcb" | "czb";

export interface DemoBank {
  name: string;
  /** The account number starts with this and is padded with digits to `length`. */
  accountPrefix: string;
  length: number;
  /** First 3 digits of the 12-digit CNAPS (联行号); Ningbo's city code 3320 follows. */
  cnapsBank: string;
  /** Local banks name branches without the city (海曙支行); national ones with it (宁波海曙支行). */
  local: boolean;
}

export const BANKS: Record<BankKey, DemoBank> = {
  icbc: { name: "中国工商银行", accountPrefix: "3901", length: 19, cnapsBank: "102", local: false },
  abc: { name: "中国农业银行", accountPrefix: "3913", length: 17, cnapsBank: "103", local: false },
  boc: { name: "中国银行", accountPrefix: "3598", length: 12, cnapsBank: "104", local: false },
  ccb: { name: "中国建设银行", accountPrefix: "3315019", length: 20, cnapsBank: "105", local: false },
  bocom: { name: "交通银行", accountPrefix: "3320062", length: 21, cnapsBank: "301", local: false },
  nbcb: { name: "宁波银行", accountPrefix: "5101012", length: 17, cnapsBank: "313", local: true },
  yzrcb: { name: "宁波鄞州农村商业银行", accountPrefix: "8101", length: 18, cnapsBank: "402", local: true },
  czb: { name: "浙商银行", accountPrefix: "332002", length: 19, cnapsBank: "316", local: false },
};

// ---------------------------------------------------------------------------
// Kindergartens

export type PriceSpec = number | `${number}%` | "cap" | `cap+${number}%`;
export type AgencyCode = "AGY_BEDDING" | "AGY_INSURANCE" | "AGY_CHECKUP";

export interface DemoKindergarten {
  /** Also the operator's username. */
  key: string;
  district: DistrictSlug;
  nature: KindergartenNature;
  grade: keyof typeof GRADE_LABELS;
  approvedName: string;
  /** A brand name, when it differs from the registered name. */
  nameInUse?: string;
  address: string;
  /** Filed terms, oldest first: versions 1..n. */
  terms: TermKey[];
  /** 保教费 (age band "all"), one spec per term. */
  careEdu: PriceSpec[];
  /** 保教费 for the 托班 age band, one spec per term. */
  nurseryBand?: PriceSpec[];
  /** 住宿费 a month, one spec per term. */
  boarding?: PriceSpec[];
  /** 保育费（托班） a month (fen), same in every filing. */
  nurseryFee?: number;
  /** 伙食费 a day (fen) in the first filing; +100 fen with each later filing. */
  mealPerDay: number;
  bus?: number;
  aftercare?: number;
  agency: AgencyCode;
  bank: BankKey;
  /** Filed account name when it deliberately differs from the registered name. */
  accountName?: string;
  /**
   * The fee-account story beyond one approved account in force: none filed,
   * a replaced account kept as history, a replacement awaiting review, or one
   * returned with a reason.
   */
  accountStory?: "none" | "replaced" | "pending" | "returned";
  /** What makes this one interesting (Chinese, shown in the demo account list). */
  story?: string;
}

export const KINDERGARTENS: readonly DemoKindergarten[] = [
  // 海曙区 ------------------------------------------------------------------
  {
    key: "kg001", district: "haishu", nature: "public", grade: "provincial_model",
    approvedName: "宁波市海曙区中心幼儿园", address: "宁波市海曙区西门街道中山西路368号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [62000, 68000],
    mealPerDay: 1600, agency: "AGY_INSURANCE", bank: "icbc",
  },
  {
    key: "kg002", district: "haishu", nature: "inclusive_private", grade: "provincial_model",
    approvedName: "宁波市海曙区春芽幼儿园", address: "宁波市海曙区望春街道望春路218号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: ["100%", "100%", "cap"],
    mealPerDay: 1800, aftercare: 20000, agency: "AGY_INSURANCE", bank: "nbcb",
    story: "2026 秋季保教费恰好等于指导价上限（基准价 × 1.1）",
  },
  {
    key: "kg003", district: "haishu", nature: "inclusive_private", grade: "class1",
    approvedName: "宁波市海曙区星星草幼儿园", address: "宁波市海曙区石碶街道雅戈尔大道1158号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["95%", "cap+6%"],
    mealPerDay: 1700, agency: "AGY_BEDDING", bank: "abc", accountStory: "replaced",
    story: "2026 秋季保教费超出指导价上限约 6%；2026 年 9 月更换收费账户，旧账户留有记录",
  },
  {
    key: "kg004", district: "haishu", nature: "nonprofit_private", grade: "city_model",
    approvedName: "宁波市海曙区博雅幼儿园", address: "宁波市海曙区集士港镇翠柏路66号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: ["98%", "98%", "105%"],
    mealPerDay: 1900, agency: "AGY_CHECKUP", bank: "ccb", accountStory: "pending",
    story: "三次备案，均在指导价浮动范围内；新收费账户备案待审核",
  },
  {
    key: "kg005", district: "haishu", nature: "forprofit_private", grade: "provincial_model",
    approvedName: "宁波市海曙区爱弥儿幼儿园有限公司", nameInUse: "爱弥儿国际幼儿园",
    address: "宁波市海曙区南门街道柳汀街225号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: [328000, 328000, 410000],
    mealPerDay: 2400, bus: 42000, aftercare: 30000, agency: "AGY_INSURANCE", bank: "bocom",
    story: "2026 秋季保教费上调 25%",
  },
  {
    key: "kg006", district: "haishu", nature: "forprofit_private", grade: "city_model",
    approvedName: "宁波市海曙区小橡树幼儿园有限公司", address: "宁波市海曙区段塘街道南苑街98号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: [238000, 238000, 238000],
    mealPerDay: 2100, bus: 38000, agency: "AGY_BEDDING", bank: "icbc", accountStory: "returned",
    story: "保教费三次备案均为 2380 元/月；新备案上调 20% 以上将触发红色预警；新账户备案被退回",
  },
  {
    key: "kg007", district: "haishu", nature: "forprofit_private", grade: "class1",
    approvedName: "宁波市海曙区童话森林幼儿园有限公司", address: "宁波市海曙区高桥镇梁祝路58号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [178000, 186800],
    mealPerDay: 2000, agency: "AGY_CHECKUP", bank: "nbcb", accountStory: "none",
    story: "2026 秋季保教费上调约 5%；未备案收费账户",
  },
  // 江北区 ------------------------------------------------------------------
  {
    key: "kg008", district: "jiangbei", nature: "public", grade: "provincial_model",
    approvedName: "宁波市江北区实验幼儿园", address: "宁波市江北区中马街道人民路276号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [60000, 66000],
    mealPerDay: 1600, agency: "AGY_INSURANCE", bank: "boc",
  },
  {
    key: "kg009", district: "jiangbei", nature: "inclusive_private", grade: "city_model",
    approvedName: "宁波市江北区蓝天幼儿园", address: "宁波市江北区洪塘街道洪塘中路399号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap"], nurseryBand: ["100%", "cap"],
    mealPerDay: 1800, agency: "AGY_INSURANCE", bank: "icbc",
    story: "保教费及托班保教费均恰好等于上限",
  },
  {
    key: "kg010", district: "jiangbei", nature: "inclusive_private", grade: "class2",
    approvedName: "宁波市江北区慈城小太阳幼儿园", address: "宁波市江北区慈城镇民生路35号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: ["96%", "96%", "100%"],
    mealPerDay: 1600, agency: "AGY_CHECKUP", bank: "abc", accountStory: "pending",
    story: "新收费账户备案待审核（江北区）",
  },
  {
    key: "kg011", district: "jiangbei", nature: "nonprofit_private", grade: "provincial_model",
    approvedName: "宁波市江北区甬江书香幼儿园", address: "宁波市江北区甬江街道大庆南路168号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap+3%"], boarding: ["100%", "100%"],
    mealPerDay: 2000, agency: "AGY_BEDDING", bank: "czb",
    story: "2026 秋季保教费超出指导价上限约 3%",
  },
  {
    key: "kg012", district: "jiangbei", nature: "forprofit_private", grade: "provincial_model",
    approvedName: "宁波市江北区贝瑞佳幼儿园有限公司", nameInUse: "贝瑞佳双语幼儿园（江北园）",
    address: "宁波市江北区庄桥街道云飞路128号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: [356000, 356000, 400000],
    mealPerDay: 2500, bus: 45000, agency: "AGY_INSURANCE", bank: "nbcb",
    accountName: "贝瑞佳双语幼儿园（江北园）",
    story: "2026 秋季保教费上调约 12%；收费账户户名与登记名称不一致",
  },
  {
    key: "kg013", district: "jiangbei", nature: "forprofit_private", grade: "city_model",
    approvedName: "宁波市江北区金色摇篮幼儿园有限公司", address: "宁波市江北区孔浦街道新马路71号",
    terms: ["2026-spring", "2026-autumn"], careEdu: [228000, 228000], nurseryFee: 260000,
    mealPerDay: 2100, aftercare: 25000, agency: "AGY_CHECKUP", bank: "ccb",
  },
  {
    key: "kg014", district: "jiangbei", nature: "forprofit_private", grade: "class2",
    approvedName: "宁波市江北区七彩虹幼儿园有限公司", address: "宁波市江北区文教街道育才路52号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [158000, 198000],
    mealPerDay: 1900, agency: "AGY_INSURANCE", bank: "yzrcb",
    story: "2026 秋季保教费上调约 25%",
  },
  // 北仑区 ------------------------------------------------------------------
  {
    key: "kg015", district: "beilun", nature: "public", grade: "provincial_model",
    approvedName: "宁波市北仑区明州幼儿园", address: "宁波市北仑区新碶街道明州路509号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [58000, 64000],
    mealPerDay: 1500, agency: "AGY_INSURANCE", bank: "icbc",
  },
  {
    key: "kg016", district: "beilun", nature: "inclusive_private", grade: "provincial_model",
    approvedName: "宁波市北仑区长江幼儿园", address: "宁波市北仑区新碶街道长江路1088号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap"], boarding: ["100%", "100%"],
    mealPerDay: 1800, agency: "AGY_BEDDING", bank: "boc",
    story: "2026 秋季保教费恰好等于上限",
  },
  {
    key: "kg017", district: "beilun", nature: "inclusive_private", grade: "class1",
    approvedName: "宁波市北仑区大碶春晖幼儿园", address: "宁波市北仑区大碶街道庐山西路66号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["92%", "100%"],
    mealPerDay: 1700, agency: "AGY_INSURANCE", bank: "abc",
  },
  {
    key: "kg018", district: "beilun", nature: "nonprofit_private", grade: "class1",
    approvedName: "宁波市北仑区小港启航幼儿园", address: "宁波市北仑区小港街道红联路220号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap+12%"],
    mealPerDay: 1800, agency: "AGY_CHECKUP", bank: "nbcb",
    story: "2026 秋季保教费超出指导价上限约 12%",
  },
  {
    key: "kg019", district: "beilun", nature: "forprofit_private", grade: "provincial_model",
    approvedName: "宁波市北仑区维多利亚幼儿园有限公司", nameInUse: "维多利亚国际幼儿园",
    address: "宁波市北仑区新碶街道华山路301号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [420000, 441000],
    mealPerDay: 2600, bus: 45000, aftercare: 30000, agency: "AGY_INSURANCE", bank: "bocom",
    story: "2026 秋季保教费上调 5%",
  },
  {
    key: "kg020", district: "beilun", nature: "forprofit_private", grade: "city_model",
    approvedName: "宁波市北仑区梧桐树幼儿园有限公司", address: "宁波市北仑区霞浦街道凤洋一路18号",
    terms: ["2026-autumn"], careEdu: [216000],
    mealPerDay: 2000, agency: "AGY_BEDDING", bank: "ccb",
  },
  {
    key: "kg021", district: "beilun", nature: "forprofit_private", grade: "class1",
    approvedName: "宁波市北仑区柴桥贝贝幼儿园有限公司", address: "宁波市北仑区柴桥街道沿河路77号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [168000, 188000],
    mealPerDay: 1900, agency: "AGY_INSURANCE", bank: "yzrcb",
    story: "2026 秋季保教费上调约 12%",
  },
  // 镇海区 ------------------------------------------------------------------
  {
    key: "kg022", district: "zhenhai", nature: "public", grade: "city_model",
    approvedName: "宁波市镇海区蛟川幼儿园", address: "宁波市镇海区蛟川街道俞范东路88号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [55000, 60000],
    mealPerDay: 1500, agency: "AGY_INSURANCE", bank: "icbc",
  },
  {
    key: "kg023", district: "zhenhai", nature: "inclusive_private", grade: "city_model",
    approvedName: "宁波市镇海区庄市新城幼儿园", address: "宁波市镇海区庄市街道庄市大道1299号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: ["100%", "100%", "cap"],
    nurseryBand: ["100%", "100%", "100%"],
    mealPerDay: 1800, agency: "AGY_CHECKUP", bank: "nbcb",
    story: "2026 秋季保教费恰好等于上限",
  },
  {
    key: "kg024", district: "zhenhai", nature: "inclusive_private", grade: "class2",
    approvedName: "宁波市镇海区九龙湖幼儿园", address: "宁波市镇海区九龙湖镇长宏路15号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap+1.5%"],
    mealPerDay: 1600, agency: "AGY_INSURANCE", bank: "abc",
    story: "2026 秋季保教费略高于上限（约 1.6%）",
  },
  {
    key: "kg025", district: "zhenhai", nature: "nonprofit_private", grade: "city_model",
    approvedName: "宁波市镇海区招宝山幼儿园", address: "宁波市镇海区招宝山街道胜利路120号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["97%", "100%"],
    mealPerDay: 1800, agency: "AGY_BEDDING", bank: "boc",
  },
  {
    key: "kg026", district: "zhenhai", nature: "forprofit_private", grade: "provincial_model",
    approvedName: "宁波市镇海区雅思顿幼儿园有限公司", nameInUse: "雅思顿双语幼儿园",
    address: "宁波市镇海区骆驼街道骆兴路298号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [380000, 476000],
    mealPerDay: 2500, bus: 42000, agency: "AGY_INSURANCE", bank: "czb",
    story: "2026 秋季保教费上调约 25%",
  },
  {
    key: "kg027", district: "zhenhai", nature: "forprofit_private", grade: "city_model",
    approvedName: "宁波市镇海区快乐岛幼儿园有限公司", address: "宁波市镇海区庄市街道兴庄路36号",
    terms: ["2025-autumn", "2026-spring"], careEdu: [198000, 208000],
    mealPerDay: 2000, aftercare: 22000, agency: "AGY_CHECKUP", bank: "icbc",
    story: "在春季学期上调保教费约 5%（非秋季调价）",
  },
  {
    key: "kg028", district: "zhenhai", nature: "forprofit_private", grade: "class1",
    approvedName: "宁波市镇海区骆驼彩虹桥幼儿园有限公司", address: "宁波市镇海区骆驼街道盛兴路112号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [172000, 180600],
    mealPerDay: 1900, agency: "AGY_INSURANCE", bank: "nbcb",
    story: "2026 秋季保教费上调 5%",
  },
  // 鄞州区 ------------------------------------------------------------------
  {
    key: "kg029", district: "yinzhou", nature: "public", grade: "provincial_model",
    approvedName: "宁波市鄞州区天童幼儿园", address: "宁波市鄞州区首南街道天童南路588号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [65000, 72000],
    mealPerDay: 1700, agency: "AGY_INSURANCE", bank: "yzrcb",
  },
  {
    key: "kg030", district: "yinzhou", nature: "inclusive_private", grade: "provincial_model",
    approvedName: "宁波市鄞州区惠风幼儿园", address: "宁波市鄞州区中河街道惠风东路356号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap"], nurseryBand: ["100%", "cap"],
    mealPerDay: 1900, aftercare: 20000, agency: "AGY_INSURANCE", bank: "nbcb",
    story: "保教费及托班保教费均恰好等于上限",
  },
  {
    key: "kg031", district: "yinzhou", nature: "inclusive_private", grade: "city_model",
    approvedName: "宁波市鄞州区钟公庙幼儿园", address: "宁波市鄞州区钟公庙街道鄞县大道1718号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: ["95%", "95%", "cap+9%"],
    mealPerDay: 1800, agency: "AGY_BEDDING", bank: "icbc",
    story: "2026 秋季保教费超出指导价上限约 9%",
  },
  {
    key: "kg032", district: "yinzhou", nature: "nonprofit_private", grade: "provincial_model",
    approvedName: "宁波市鄞州区东柳书香幼儿园", address: "宁波市鄞州区东柳街道中兴路699号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: ["100%", "cap"], boarding: ["100%", "cap"],
    mealPerDay: 2000, agency: "AGY_CHECKUP", bank: "ccb",
    story: "保教费、住宿费均恰好等于上限",
  },
  {
    key: "kg033", district: "yinzhou", nature: "nonprofit_private", grade: "class2",
    approvedName: "宁波市鄞州区姜山阳光幼儿园", address: "宁波市鄞州区姜山镇科技大道28号",
    terms: ["2026-autumn"], careEdu: ["100%"],
    mealPerDay: 1600, agency: "AGY_INSURANCE", bank: "yzrcb",
  },
  {
    key: "kg034", district: "yinzhou", nature: "forprofit_private", grade: "provincial_model",
    approvedName: "宁波市鄞州区蒙特梭利幼儿园有限公司", nameInUse: "蒙特梭利国际幼儿园（鄞州园）",
    address: "宁波市鄞州区下应街道湖下路158号",
    terms: ["2025-autumn", "2026-spring", "2026-autumn"], careEdu: [460000, 460000, 518000],
    mealPerDay: 2800, bus: 48000, aftercare: 35000, agency: "AGY_INSURANCE", bank: "bocom",
    story: "2026 秋季保教费上调约 12.6%",
  },
  {
    key: "kg035", district: "yinzhou", nature: "forprofit_private", grade: "city_model",
    approvedName: "宁波市鄞州区启蒙星幼儿园有限公司", address: "宁波市鄞州区首南街道学府路86号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [258000, 322000],
    mealPerDay: 2200, bus: 40000, agency: "AGY_BEDDING", bank: "nbcb",
    accountName: "宁波启蒙星教育科技有限公司",
    story: "2026 秋季保教费上调约 25%；收费账户户名为举办者公司",
  },
  {
    key: "kg036", district: "yinzhou", nature: "forprofit_private", grade: "class2",
    approvedName: "宁波市鄞州区五乡小童星幼儿园有限公司", address: "宁波市鄞州区五乡镇联合路45号",
    terms: ["2025-autumn", "2026-autumn"], careEdu: [145000, 152000], nurseryFee: 220000,
    mealPerDay: 1800, agency: "AGY_CHECKUP", bank: "abc",
    story: "2026 秋季保教费上调约 5%",
  },
];

export interface FeeItemTemplate {
  code: string;
  name: string;
  unit: FeeUnit;
  description: string;
}

/** Display name and wording of each filed item (Chinese). */
export const ITEM_TEXT = {
  careAll: { name: "保教费", unit: "month", description: "按月收取，不跨学期预收；新标准仅适用于新入园幼儿" },
  careNursery: { name: "保教费（托班）", unit: "month", description: "2—3 周岁托班幼儿，按月收取" },
  boarding: { name: "住宿费", unit: "month", description: "仅寄宿幼儿收取，按月收取" },
  nursery: { name: "保育费（托班）", unit: "month", description: "托班幼儿保育费，按月收取" },
  meal: { name: "伙食费", unit: "day", description: "按实际在园天数收取，伙食费专款专用，每月公布收支情况" },
  bus: { name: "校车接送费", unit: "month", description: "家长自愿选择，按月收取" },
  aftercare: { name: "延时看护费", unit: "month", description: "家长自愿申请，工作日 16:30—18:00 看护" },
  AGY_BEDDING: { name: "床上用品", unit: "once", description: "代收代付，入园时一次性收取，按供货商实际价格，不加价" },
  AGY_INSURANCE: { name: "幼儿意外伤害保险", unit: "year", description: "代收代付，家长自愿参保，按保险公司实际保费收取" },
  AGY_CHECKUP: { name: "体检费", unit: "year", description: "代收代付，按体检机构实际收费收取" },
} as const satisfies Record<string, Omit<FeeItemTemplate, "code">>;

export const AGENCY_AMOUNTS: Record<AgencyCode, number> = {
  AGY_BEDDING: 32000,
  AGY_INSURANCE: 8000,
  AGY_CHECKUP: 6000,
};

// ---------------------------------------------------------------------------
// Parents' complaints (投诉) and reports (举报) as officers handle them.
// Each is received through the intake (submitComplaint) and handled through
// the officers' domain function (handleComplaint), days counted back from the
// seeding day in working days, so the queue always shows some overdue, some
// due soon and every state, whatever day the demo starts.

export type DemoOfficer = "haishu.market" | "haishu.lead" | "jiangbei.market" | "ningbo.market";

export interface DemoComplaintStep {
  /** Working days before the seeding day. */
  ago: number;
  officer: DemoOfficer;
  /** The complaint page's form fields but the version (read when the step runs). */
  form: Record<string, string>;
}

export interface DemoComplaint {
  kg: string;
  track: "complaint" | "report";
  anonymous?: boolean;
  kind: "above_filed" | "not_on_schedule" | "prohibited_item" | "other_account" | "refund" | "forced_service" | "other";
  items: Array<{ name: string; yuan: string; unit: FeeUnit }>;
  accountPaidInto?: string;
  narrative: string;
  contact?: { name: string; phone: string; address: string };
  shareContact?: boolean;
  /** Received this many working days before the seeding day. */
  receivedAgo: number;
  /** When the parent learned of it (default: two days before receipt). */
  learnedOn?: string;
  steps: DemoComplaintStep[];
  /** What the demo shows with it. */
  story: string;
}

const PARENT = (name: string, phone: string, address: string) => ({ name, phone, address });

export const DEMO_COMPLAINTS: readonly DemoComplaint[] = [
  {
    kg: "kg005", track: "complaint", kind: "above_filed", receivedAgo: 2, steps: [],
    items: [{ name: "保教费", yuan: "4300", unit: "month" }],
    narrative: "九月起保教费按每月4300元收取，幼儿园公示的标准是4100元，多收的部分没有任何说明。",
    contact: PARENT("陈女士", "13805740001", "宁波市海曙区柳汀街100弄3号"), shareContact: true,
    story: "待受理，期限充裕",
  },
  {
    kg: "kg006", track: "complaint", kind: "not_on_schedule", receivedAgo: 9, steps: [],
    items: [{ name: "开学材料费", yuan: "680", unit: "once" }],
    narrative: "开学时要求每名幼儿缴纳材料费680元，收费公示里没有这一项，老师说不交不能领书包。",
    contact: PARENT("李先生", "13805740002", "宁波市海曙区鼓楼街道公园路8号"),
    story: "受理期限（7 个工作日）已逾期",
  },
  {
    kg: "kg007", track: "complaint", kind: "refund", receivedAgo: 6, steps: [],
    items: [{ name: "保教费（未退部分）", yuan: "1500", unit: "once" }],
    narrative: "孩子十月因病请假整月，按规定应退保教费，幼儿园只退了伙食费，保教费一分没退。",
    contact: PARENT("周女士", "13805740003", "宁波市海曙区段塘街道南苑路12号"),
    story: "受理期限即将到期",
  },
  {
    kg: "kg005", track: "report", anonymous: true, kind: "prohibited_item", receivedAgo: 3, steps: [],
    items: [{ name: "赞助费", yuan: "20000", unit: "once" }],
    narrative: "新生入园面谈时园方暗示要交两万元“赞助费”才能保证学位，家长群里多人反映。",
    story: "匿名举报，核查中",
  },
  {
    kg: "kg006", track: "report", kind: "other_account", receivedAgo: 17,
    items: [{ name: "保教费", yuan: "3900", unit: "month" }], accountPaidInto: "6222 0239 0100 8765 432",
    narrative: "班主任在家长群发了个人银行卡号，让家长把本学期保教费转到这个卡上，说园里账户在更换。",
    contact: PARENT("吴先生", "13805740005", "宁波市海曙区望春街道布政东路6号"),
    steps: [{ ago: 5, officer: "haishu.lead", form: { intent: "extend", note: "需向银行调取收款账户流水" } }],
    story: "实名举报，核查期限经批准延长 15 个工作日",
  },
  {
    kg: "kg007", track: "report", kind: "forced_service", receivedAgo: 16, steps: [],
    items: [{ name: "兴趣班费", yuan: "1200", unit: "semester" }],
    narrative: "幼儿园把兴趣班费和保教费一起收，不交兴趣班费就不让交保教费，等于强制参加。",
    contact: PARENT("郑女士", "13805740006", "宁波市海曙区白云街道长春路20号"),
    story: "核查期限（15 个工作日）已逾期",
  },
  {
    kg: "kg002", track: "complaint", kind: "above_filed", receivedAgo: 10,
    items: [{ name: "延时看护费", yuan: "300", unit: "month" }],
    narrative: "延时看护费公示为每月200元，实际收了300元，问老师说是物价上涨。",
    contact: PARENT("王女士", "13805740007", "宁波市海曙区望春路300号"), shareContact: true,
    steps: [{ ago: 5, officer: "haishu.market", form: { intent: "accept", reply: "您的投诉已受理，我局将联系幼儿园了解情况并组织调解。" } }],
    story: "已受理，待调解",
  },
  {
    kg: "kg003", track: "complaint", kind: "refund", receivedAgo: 20,
    items: [{ name: "住宿费（未退）", yuan: "900", unit: "once" }],
    narrative: "孩子转园后，已预交的一个月住宿费园方拒绝退还。",
    contact: PARENT("孙先生", "13805740008", "宁波市海曙区石碶街道星光路9号"), shareContact: true,
    steps: [
      { ago: 18, officer: "haishu.market", form: { intent: "accept" } },
      { ago: 15, officer: "haishu.market", form: { intent: "start_mediation", consent: "on" } },
    ],
    story: "调解中",
  },
  {
    kg: "kg004", track: "complaint", kind: "refund", receivedAgo: 25,
    items: [{ name: "保教费（多收部分）", yuan: "600", unit: "once" }],
    narrative: "退园时幼儿园按整月计收保教费，未按实际在园天数退费。",
    contact: PARENT("赵女士", "13805740009", "宁波市海曙区集士港镇山下庄路5号"), shareContact: true,
    steps: [
      { ago: 22, officer: "haishu.market", form: { intent: "accept" } },
      { ago: 20, officer: "haishu.market", form: { intent: "start_mediation", consent: "on" } },
      { ago: 9, officer: "haishu.market", form: { intent: "record_outcome", outcome: "agreement", refund: "600" } },
    ],
    story: "调解达成协议（退款 600 元），尚未告知投诉人：告知期限已逾期",
  },
  {
    kg: "kg002", track: "complaint", kind: "forced_service", receivedAgo: 30,
    items: [{ name: "校服费", yuan: "460", unit: "once" }],
    narrative: "入园必须购买园服一套460元，不买不能参加集体活动。",
    contact: PARENT("钱先生", "13805740010", "宁波市海曙区望春街道联丰路11号"), shareContact: false,
    steps: [
      { ago: 28, officer: "haishu.market", form: { intent: "accept" } },
      { ago: 26, officer: "haishu.market", form: { intent: "start_mediation", consent: "on" } },
      { ago: 12, officer: "haishu.market", form: { intent: "record_outcome", outcome: "agreement", refund: "460", reply: "经调解，幼儿园同意园服改为自愿购买，并退还您已缴的460元。" } },
      { ago: 11, officer: "haishu.market", form: { intent: "close" } },
    ],
    story: "调解成功并答复，已办结",
  },
  {
    kg: "kg001", track: "complaint", kind: "above_filed", receivedAgo: 14,
    items: [{ name: "保教费", yuan: "700", unit: "month" }],
    narrative: "2022年孩子在园期间多收了两个月保教费，现在才发现，要求退还。",
    contact: PARENT("冯女士", "13805740011", "宁波市海曙区中山西路50号"), learnedOn: "2022-06-01",
    steps: [{ ago: 10, officer: "haishu.market", form: { intent: "reject", ground: "time_barred", reply: "您反映的收费发生在2022年，自您知道权益受损之日起已超过三年，依据《市场监督管理投诉举报处理暂行办法》第十五条，不予受理。您可依法向人民法院起诉。" } }],
    story: "不予受理（超过三年），已答复",
  },
  {
    kg: "kg006", track: "report", kind: "not_on_schedule", receivedAgo: 19,
    items: [{ name: "空调费", yuan: "200", unit: "semester" }],
    narrative: "幼儿园每学期额外收取空调费200元，公示中没有该项目。",
    contact: PARENT("褚先生", "13805740012", "宁波市海曙区鼓楼街道县前街2号"),
    steps: [
      { ago: 6, officer: "haishu.market", form: { intent: "decide", decision: "case_opened", caseId: "new", reply: "经核查，您举报的问题已立案调查。感谢您的监督。" } },
    ],
    story: "立案（新建检查案件），已告知举报人",
  },
  {
    kg: "kg006", track: "complaint", kind: "not_on_schedule", receivedAgo: 8,
    items: [{ name: "空调费", yuan: "200", unit: "semester" }],
    narrative: "本学期被收取空调费200元，没有任何公示，要求退还。",
    contact: PARENT("卫女士", "13805740013", "宁波市海曙区鼓楼街道解放南路7号"), shareContact: true,
    steps: [
      { ago: 4, officer: "haishu.market", form: { intent: "accept" } },
      // "@latest": the kindergarten's newest case opened from a complaint (the 空调费 report's).
      { ago: 3, officer: "haishu.market", form: { intent: "link_case", caseId: "@latest" } },
    ],
    story: "已受理；与同园空调费举报关联到同一检查案件",
  },
  {
    kg: "kg005", track: "report", kind: "prohibited_item", receivedAgo: 22,
    items: [{ name: "建园费", yuan: "5000", unit: "once" }],
    narrative: "听说幼儿园向新生收取建园费，但我没有亲历，只是听其他家长说的。",
    contact: PARENT("蒋先生", "13805740014", "宁波市海曙区南门街道灵桥路4号"),
    steps: [{ ago: 3, officer: "haishu.market", form: { intent: "decide", decision: "no_case" } }],
    story: "不予立案，尚未告知实名举报人（5 个工作日内须告知）",
  },
  {
    kg: "kg007", track: "report", kind: "other", receivedAgo: 40,
    items: [],
    narrative: "幼儿园把收费公示栏放在家长看不到的地方，公示内容也不全。",
    contact: PARENT("沈女士", "13805740015", "宁波市海曙区段塘街道环城南路1号"),
    steps: [
      { ago: 25, officer: "haishu.market", form: { intent: "decide", decision: "no_case", reply: "经核查，幼儿园已在门厅公示完整的收费信息，不予立案。" } },
      { ago: 24, officer: "haishu.market", form: { intent: "close" } },
    ],
    story: "不予立案并告知，已办结",
  },
  {
    kg: "kg003", track: "complaint", kind: "refund", receivedAgo: 55,
    items: [{ name: "保育费（未退）", yuan: "800", unit: "once" }],
    narrative: "托班孩子退园后，幼儿园一直拖着不退剩余保育费。",
    contact: PARENT("韩先生", "13805740016", "宁波市海曙区石碶街道北渡路3号"), shareContact: true,
    steps: [
      { ago: 52, officer: "haishu.market", form: { intent: "accept" } },
      { ago: 50, officer: "haishu.market", form: { intent: "start_mediation", consent: "on" } },
    ],
    story: "调解满 45 个工作日未果：期限扫描自动终结调解，告知期限开始计算",
  },
  {
    kg: "kg012", track: "complaint", kind: "above_filed", receivedAgo: 4, steps: [],
    items: [{ name: "保教费", yuan: "5200", unit: "month" }],
    narrative: "保教费从每月4800元涨到5200元，没有提前公示。",
    contact: PARENT("杨女士", "13805740017", "宁波市江北区人民路88号"),
    story: "江北区：待受理",
  },
  {
    kg: "kg007", track: "complaint", kind: "above_filed", receivedAgo: 5,
    items: [{ name: "伙食费", yuan: "25", unit: "day" }],
    narrative: "伙食费按每天25元收取，公示为18元。孩子实际在江北的分园上学。",
    contact: PARENT("朱先生", "13805740018", "宁波市江北区洪塘街道洪都路15号"),
    steps: [{ ago: 2, officer: "haishu.market", form: { intent: "transfer", toRegion: "330205", note: "实际经营地在江北区分园" } }],
    story: "由海曙区移送江北区（管辖地），江北区期限重新起算",
  },
];

// ---------------------------------------------------------------------------
// Inspection cases worked to their decisions. The kindergarten's filings are
// evaluated (their cases opened) `openedAgo` working days before the seeding
// day, then each step runs through the officers' domain function (workCase)
// or the kindergarten's (answerCase) on its day, then one deadline sweep as of
// the seeding day, so the queue shows every state, some overdue and escalated,
// each decision type, whatever day the demo starts. Dates in a form are
// tokens resolved on the step's day: "@wd+5" five working days later, "@d+0"
// the day itself, "@due+30" thirty calendar days later or the first working day
// after when that is a rest day (an officer's deadline falls on a working day).

export type DemoCaseActor = "haishu.market" | "haishu.market2" | "haishu.lead" | "jiangbei.market" | "operator";

export interface DemoCaseStory {
  kg: string;
  rule: string;
  term: string;
  /** Working days before the seeding day the filing was evaluated; null: the case comes from a complaint story. */
  openedAgo: number | null;
  steps: Array<{ ago: number; who: DemoCaseActor; form: Record<string, string> }>;
  story: string;
}

export const DEMO_CASE_STORIES: readonly DemoCaseStory[] = [
  {
    kg: "kg003", rule: "R03", term: "2026-autumn", openedAgo: 14,
    steps: [
      { ago: 13, who: "haishu.market", form: { intent: "assign", assignee: "haishu.market" } },
      { ago: 12, who: "haishu.market", form: { intent: "notify", answerDueOn: "@wd+5" } },
    ],
    story: "通知幼儿园说明情况，答复期限已过：超期并上报市局和分管负责人",
  },
  {
    kg: "kg005", rule: "R04", term: "2026-autumn", openedAgo: 20,
    steps: [
      { ago: 19, who: "haishu.market2", form: { intent: "assign", assignee: "haishu.market2" } },
      { ago: 18, who: "haishu.market2", form: { intent: "notify", answerDueOn: "@wd+5" } },
      { ago: 15, who: "operator", form: { explanation: "2026 秋季保教费上调系因更换外籍教师，已向家长口头说明，尚未书面公示。", refundAmount: "", refundFamilies: "" } },
      { ago: 12, who: "haishu.market2", form: { intent: "record_finding", note: "现场检查：收费公示栏未更新，上调部分未经公示即收取。", inspectedOn: "@d+0", inspectors: "王磊、陈静" } },
      { ago: 10, who: "haishu.market2", form: { intent: "register", note: "上调未公示即收取，立案调查" } },
      { ago: 4, who: "haishu.market2", form: { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: "@due+30", amount: "86400", families: "48", note: "按上调差额退还 48 户" } },
    ],
    story: "幼儿园已答复、现场检查、立案，责令限期退还多收费用，等待退费凭证",
  },
  {
    kg: "kg006", rule: "COMPLAINT", term: "2026-autumn", openedAgo: null,
    steps: [
      { ago: 2, who: "haishu.market", form: { intent: "assign", assignee: "haishu.market" } },
      { ago: 1, who: "haishu.market", form: { intent: "notify", answerDueOn: "@wd+5" } },
    ],
    story: "投诉举报线索：已通知幼儿园说明情况（kg006 首页可见）",
  },
  {
    kg: "kg007", rule: "R09", term: "2025-autumn", openedAgo: 30,
    steps: [
      { ago: 29, who: "haishu.market", form: { intent: "assign", assignee: "haishu.market" } },
      { ago: 25, who: "haishu.market", form: { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "经核查，2025 秋季收费均缴入已备案账户，银行流水无异常。" } },
      { ago: 24, who: "haishu.market", form: { intent: "close", note: "核查无违规，结案" } },
    ],
    story: "核查未发现违法行为，已结案",
  },
  {
    kg: "kg007", rule: "R09", term: "2026-autumn", openedAgo: 30,
    steps: [
      { ago: 28, who: "haishu.market", form: { intent: "assign", assignee: "haishu.market" } },
      { ago: 26, who: "haishu.market", form: { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate: "@due+20", note: "限期备案收费账户并停止使用未备案账户收费" } },
    ],
    story: "责令限期整改，期限届满未提交凭证：自动重新打开",
  },
  {
    kg: "kg012", rule: "R09", term: "2025-autumn", openedAgo: 40,
    steps: [
      { ago: 39, who: "jiangbei.market", form: { intent: "assign", assignee: "jiangbei.market" } },
      { ago: 36, who: "jiangbei.market", form: { intent: "register", note: "账户户名与登记名称不一致且收费未缴入备案账户" } },
      { ago: 20, who: "jiangbei.market", form: { intent: "decide", kind: "penalty", basis: "price-penalty-art9", amount: "50000", article: "art9", documentNo: "甬江市监罚〔2026〕18号", decisionDate: "@d+0" } },
      { ago: 18, who: "jiangbei.market", form: { intent: "close", note: "罚款已缴纳" } },
    ],
    story: "立案后作出行政处罚决定，已结案",
  },
  {
    kg: "kg012", rule: "R09", term: "2026-spring", openedAgo: 40,
    steps: [
      { ago: 38, who: "jiangbei.market", form: { intent: "assign", assignee: "jiangbei.market" } },
      { ago: 33, who: "jiangbei.market", form: { intent: "decide", kind: "minor_corrected", basis: "penalty-law-art33", note: "首次违法，已于检查当日改正，未造成危害后果。" } },
      { ago: 33, who: "jiangbei.market", form: { intent: "close" } },
    ],
    story: "违法行为轻微并已改正，不予立案",
  },
  {
    kg: "kg012", rule: "R04", term: "2026-autumn", openedAgo: 40,
    steps: [
      { ago: 8, who: "jiangbei.market", form: { intent: "assign", assignee: "jiangbei.market" } },
      { ago: 7, who: "jiangbei.market", form: { intent: "notify", answerDueOn: "@wd+5" } },
      { ago: 5, who: "operator", form: { explanation: "本学期保教费上调已于 2026 年 6 月公示并报教育局，附公示照片。", refundAmount: "", refundFamilies: "" } },
    ],
    story: "幼儿园已答复，待承办人审核",
  },
  {
    kg: "kg010", rule: "R10", term: "2026-autumn", openedAgo: 12,
    steps: [
      { ago: 11, who: "jiangbei.market", form: { intent: "assign", assignee: "jiangbei.market" } },
      { ago: 6, who: "jiangbei.market", form: { intent: "decide", kind: "referred", basis: "referral", authority: "宁波市江北区教育局", note: "收费公示内容属教育部门监管，移送处理" } },
    ],
    story: "移送教育部门处理",
  },
  {
    kg: "kg014", rule: "R04", term: "2026-autumn", openedAgo: 3,
    steps: [{ ago: 2, who: "jiangbei.market", form: { intent: "assign", assignee: "jiangbei.market" } }],
    story: "已指派，核查中",
  },
];

// ---------------------------------------------------------------------------
// The registry at work: 海曙区教育局 records a kindergarten's new name in use
// (the sign over its gate, the name parents search for) `ago` working days
// before the seeding day, through updateKindergarten with its reason, so its
// officer page has a registry history entry (登记信息变更记录) and parents find
// it under the new name. The name in use, not the approved name: no rule reads
// it, so nothing is judged again and every other story stands. A new approved
// name would leave kg004's fee account, filed under the old one, flagged red
// (A01, R09) and open a case the other stories do not expect.

export const DEMO_REGISTRY_CHANGE = {
  kg: "kg004",
  nameInUse: "博雅启明幼儿园",
  reason: "举办者申请变更使用名称，园名标牌已更换（海教民〔2026〕9号）",
  ago: 20,
} as const;
