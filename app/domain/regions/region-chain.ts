/**
 * A region chosen in a public filter, read as the narrowest code given with its own province and city (GB/T 2260:
 * a province is XX0000, a city XXXX00, a district any other code). A filter names the narrowest region; the form
 * shows that region's province and city chosen, so that what the list is filtered by is what the choosers say
 * (`?district=330203` alone, or a district under another province's `?province=`, showed 全部 while it filtered).
 */
export interface RegionChain {
  province?: string;
  city?: string;
  district?: string;
}

export function regionChainOf(chosen: RegionChain): RegionChain {
  const narrowest = chosen.district ?? chosen.city ?? chosen.province;
  if (narrowest === undefined) return {};
  const province = `${narrowest.slice(0, 2)}0000`;
  if (narrowest === province) return { province };
  const city = `${narrowest.slice(0, 4)}00`;
  if (narrowest === city) return { province, city };
  return { province, city, district: narrowest };
}
