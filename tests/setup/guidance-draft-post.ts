/**
 * The fields of a one-row guidance-price draft of 海曙 (330203) posted to /officer/guidance-prices/new, as the
 * officer's form sends them, with a fresh submission key: for the route tests, the browser's confirmations and the
 * accessibility check (the demo has no batch).
 */
import type { Page } from "playwright-core";
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

/** Such a draft posted by a browser page signed in as a guidance-price editor (haishu.edu), as its form would: the batch's id. */
export async function postGuidanceDraft(page: Page, origin: string): Promise<string> {
  const answer = await page.request.post("/officer/guidance-prices/new", { headers: { Origin: origin }, form: guidanceDraftFields(), maxRedirects: 0 });
  const id = /\/officer\/guidance-prices\/batches\/([0-9A-Z]+)/.exec(answer.headers().location ?? "")?.[1];
  if (!id) throw new Error(`no draft made: ${answer.status()} ${await answer.text()}`);
  return id;
}
