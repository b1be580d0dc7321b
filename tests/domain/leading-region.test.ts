/**
 * Reading the region a search query begins with (leading-region.ts): a region's name or its short name, several levels
 * glued, each within the one before, the longest name at each step; a name several regions bear is each of them, and
 * the fallback takes a reading only when exactly one agrees with what the search is confined to. The words of a query
 * (regionAmongTerms) name a region wherever they stand, every such word agreeing with the others.
 */
import { describe, expect, it } from "vitest";
import { leadingRegion, regionAmongTerms, RegionNameIndex } from "~/domain/regions/leading-region";
import { queryTerms } from "~/domain/kindergartens/name-grams";
import { narrowerRegion } from "~/domain/regions/region-scope";

const index = new RegionNameIndex([
  { code: "330000", name: "浙江省" },
  { code: "330200", name: "宁波市" },
  { code: "330203", name: "海曙区" },
  { code: "330205", name: "江北区" },
  { code: "330212", name: "鄞州区" },
  { code: "330100", name: "杭州市" },
  { code: "330106", name: "西湖区" },
  { code: "500000", name: "重庆市" },
  { code: "500100", name: "市辖区" },
  { code: "500105", name: "江北区" },
  { code: "140302", name: "城区" },
]);

const read = (q: string) => index.readings(q).map((r) => `${r.code} ${r.name} ${r.rest}`);

describe("the regions a query begins with", () => {
  it("reads a district's short name or its full name, the longest first", () => {
    expect(read("鄞州阳光")).toEqual(["330212 鄞州区 阳光"]);
    expect(read("鄞州区阳光")).toEqual(["330212 鄞州区 阳光"]);
    expect(read("海曙区 区阳光")).toEqual(["330203 海曙区 区阳光"]);
  });

  it("reads several levels glued, each within the one before, down to the last", () => {
    expect(read("宁波市海曙区阳光幼儿园")).toEqual(["330203 海曙区 阳光幼儿园"]);
    expect(read("浙江宁波海曙阳光")).toEqual(["330203 海曙区 阳光"]);
    expect(read("浙江海曙阳光"), "a level may be skipped").toEqual(["330203 海曙区 阳光"]);
    expect(read("宁波 海曙 阳光")).toEqual(["330203 海曙区 阳光"]);
    expect(read("宁波阳光")).toEqual(["330200 宁波市 阳光"]);
    expect(read("宁波西湖阳光"), "西湖区 is not within 宁波市: the rest").toEqual(["330200 宁波市 西湖阳光"]);
  });

  it("reads nothing where no region's name starts the query, nor a placeholder or a one-character short name", () => {
    expect(read("阳光鄞州")).toEqual([]);
    expect(read("阳光")).toEqual([]);
    expect(read("市辖区阳光")).toEqual([]);
    expect(read("城南幼儿园"), "城区 is not shortened to 城").toEqual([]);
    expect(read("城区阳光")).toEqual(["140302 城区 阳光"]);
    expect(read("ＡＢＣ")).toEqual([]);
    expect(read("")).toEqual([]);
  });

  it("gives each region a name several bear, and a query of places only with an empty rest", () => {
    expect(read("江北星星").sort()).toEqual(["330205 江北区 星星", "500105 江北区 星星"]);
    expect(read("宁波江北星星")).toEqual(["330205 江北区 星星"]);
    expect(read("宁波海曙")).toEqual(["330203 海曙区 "]);
  });
});

describe("the one reading a search falls back on", () => {
  const anywhere = (code: string) => code;
  const within = (chosen: string) => (code: string) => narrowerRegion(chosen, code);

  it("is the one region named, with a rest to search", () => {
    expect(leadingRegion(index, "鄞州阳光", anywhere)).toEqual({ code: "330212", name: "鄞州区", rest: "阳光", within: "330212" });
    expect(leadingRegion(index, "宁波海曙", anywhere), "nothing left to search by").toBeNull();
    expect(leadingRegion(index, "阳光", anywhere)).toBeNull();
  });

  it("reads a region typed in traditional characters as its simplified name, the rest simplified with it", () => {
    expect(leadingRegion(index, "海曙區阳光", anywhere)).toEqual({ code: "330203", name: "海曙区", rest: "阳光", within: "330203" });
    expect(leadingRegion(index, "寧波市海曙區陽光", anywhere)).toEqual({ code: "330203", name: "海曙区", rest: "阳光", within: "330203" });
    expect(read("海曙區阳光"), "as typed, the short name 海曙 and a rest beginning 區").toEqual(["330203 海曙区 區阳光"]);
    expect(leadingRegion(index, "鄞州阳光", anywhere), "a simplified query as typed").toMatchObject({ code: "330212", rest: "阳光" });
  });

  it("is none of a name several regions bear, unless what the search is confined to singles one out", () => {
    expect(leadingRegion(index, "江北星星", anywhere)).toBeNull();
    expect(leadingRegion(index, "江北星星", within("330200"))).toMatchObject({ code: "330205", within: "330205" });
    expect(leadingRegion(index, "江北星星", within("500000"))).toMatchObject({ code: "500105", within: "500105" });
  });

  it("is the narrower region chosen when the one named holds it, and none when they lie apart", () => {
    expect(leadingRegion(index, "宁波阳光", within("330203"))).toMatchObject({ code: "330200", within: "330203" });
    expect(leadingRegion(index, "鄞州阳光", within("330200"))).toMatchObject({ within: "330212" });
    expect(leadingRegion(index, "鄞州阳光", within("330203"))).toBeNull();
    expect(leadingRegion(index, "鄞州阳光", within("330100"))).toBeNull();
  });
});

describe("the region a search's words name, wherever they stand", () => {
  const anywhere = (code: string) => code;
  const within = (chosen: string) => (code: string) => narrowerRegion(chosen, code);
  const among = (q: string, confine: (code: string) => string | null = anywhere) => regionAmongTerms(index, queryTerms(q), confine);

  it("reads a word that is a region's name, first or last, short or full, and searches the other words", () => {
    expect(among("阳光 海曙")).toEqual({ code: "330203", name: "海曙区", rest: "阳光", within: "330203" });
    expect(among("阳光 海曙区")).toEqual({ code: "330203", name: "海曙区", rest: "阳光", within: "330203" });
    expect(among("海曙 阳光")).toEqual({ code: "330203", name: "海曙区", rest: "阳光", within: "330203" });
    expect(among("阳光，双语、鄞州")).toEqual({ code: "330212", name: "鄞州区", rest: "阳光 双语", within: "330212" });
  });

  it("reads a region glued to a name in any word, and keeps the words' order in the rest", () => {
    expect(among("双语 鄞州阳光")).toEqual({ code: "330212", name: "鄞州区", rest: "双语 阳光", within: "330212" });
    expect(among("鄞州阳光")).toEqual(leadingRegion(index, "鄞州阳光", anywhere));
    expect(among("阳光 海曙區"), "traditional characters").toMatchObject({ code: "330203", rest: "阳光" });
  });

  it("takes the narrowest of the regions the words name when each holds the next, and none when they lie apart", () => {
    expect(among("阳光 宁波 海曙")).toMatchObject({ code: "330203", rest: "阳光" });
    expect(among("海曙 阳光 宁波市")).toMatchObject({ code: "330203", rest: "阳光" });
    expect(among("阳光 海曙 西湖")).toBeNull();
    expect(among("阳光 海曙 江北"), "two districts of one city").toBeNull();
  });

  it("singles out a name several regions bear by another word or by what the search is confined to", () => {
    expect(among("星星 江北")).toBeNull();
    expect(among("星星 江北 宁波")).toMatchObject({ code: "330205", rest: "星星" });
    expect(among("星星 江北 重庆")).toMatchObject({ code: "500105", rest: "星星" });
    expect(among("星星 江北", within("330200"))).toMatchObject({ code: "330205", within: "330205" });
  });

  it("is none where no word names a region, where only places were typed, or where the region chosen lies apart", () => {
    expect(among("阳光 双语")).toBeNull();
    expect(among("宁波 海曙")).toBeNull();
    expect(among("阳光 鄞州", within("330203"))).toBeNull();
    expect(among("阳光 宁波", within("330203"))).toMatchObject({ code: "330200", within: "330203" });
  });
});
