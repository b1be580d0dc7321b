/**
 * The fields of a one-row guidance-price draft of 海曙 (330203) posted to /officer/guidance-prices/new, as the
 * officer's form sends them, with a fresh submission key: for the route tests and the browser's confirmations.
 */
import { ulid } from "ulid";

export function guidanceDraftFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "rows[0].region_code": "330203",
    "rows[0].nature": "inclusive_private",
    "rows[0].grade": "class1",
    "rows[0].age_band": "all",
    "rows[0].category": "care_education",
    "rows[0].base_price_yuan": "1090",
    "rows[0].max_float_percent": "10",
    "rows[0].effective_from": "2026-09-01",
    "rows[0].effective_to": "",
    "rows[0].source_document": "海发改〔2026〕12号",
    submissionKey: ulid(),
    ...overrides,
  };
}
