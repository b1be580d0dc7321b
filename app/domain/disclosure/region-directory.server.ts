/**
 * The regions as the public pages name and offer them: the district chooser
 * (province → city → district) and each kindergarten's place. Made once per
 * reading of the regions table (regionTable: kept until the table changes),
 * not on every request.
 */
import type { RegionLevel } from "~/db/schema";
import { PLACEHOLDER_NAMES } from "~/domain/regions/leading-region";
import { fromRegionTable } from "~/domain/regions/region-table.server";

export interface RegionChoice {
  code: string;
  name: string;
}

interface Entry {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

export class RegionDirectory {
  readonly #byCode: Map<string, Entry>;
  readonly #children = new Map<string | null, RegionChoice[]>();
  /** Places named so far: a directory never changes, and every hit and page names one. */
  readonly #places = new Map<string, string>();

  constructor(entries: readonly Entry[]) {
    this.#byCode = new Map(entries.map((e) => [e.code, e]));
    for (const e of [...entries].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      const parent = e.level === "province" ? null : e.parent_code;
      const list = this.#children.get(parent) ?? this.#children.set(parent, []).get(parent)!;
      list.push({ code: e.code, name: e.name });
    }
  }

  has(code: string): boolean {
    return this.#byCode.has(code);
  }

  /** A known region's level (province, city, district); undefined for an unknown code. */
  level(code: string): RegionLevel | undefined {
    return this.#byCode.get(code)?.level;
  }

  /** The provinces (parent null) or the regions directly under a code. */
  children(parent: string | null): RegionChoice[] {
    return this.#children.get(parent) ?? [];
  }

  /** A region by its names from the province down, placeholders left out: 浙江省 宁波市 海曙区, 北京市 东城区. */
  place(code: string): string {
    const known = this.#places.get(code);
    if (known !== undefined) return known;
    const names: string[] = [];
    for (let e = this.#byCode.get(code); e; e = e.parent_code ? this.#byCode.get(e.parent_code) : undefined) {
      if (!PLACEHOLDER_NAMES.has(e.name)) names.unshift(e.name);
    }
    const place = names.length > 0 ? names.join(" ") : code;
    // Codes of the directory only: an unknown code (a stale row) is not kept.
    if (this.#byCode.has(code)) this.#places.set(code, place);
    return place;
  }
}

export const regionDirectory = fromRegionTable((rows) => new RegionDirectory(rows));

/** The chooser's three lists: every province, the chosen province's cities, the chosen city's districts. */
export function regionChoices(directory: RegionDirectory, chosen: { province?: string; city?: string }) {
  const province = chosen.province && directory.has(chosen.province) ? chosen.province : undefined;
  const city = province && chosen.city?.startsWith(province.slice(0, 2)) && directory.has(chosen.city) ? chosen.city : undefined;
  return {
    provinces: directory.children(null),
    cities: province ? directory.children(province) : [],
    districts: city ? directory.children(city) : [],
  };
}
