/**
 * A complainant's own stored contact (name, phone, address) masked wherever the complainant wrote it in a text, then
 * whatever else the personal-data gate finds. The gate finds a name or an address by its context ("我叫王小明", "住
 * 某某路1号"); the complainant's own are known, so they are masked in any context: a name the gate has no pattern for
 * ("Wang Xiaoming", "已电话回访张丽华"), an address without a house number ("望春街道丽园北路88弄").
 *
 * Used where a text of the complainant's leaves the officers: the kindergarten's view of a complaint in mediation
 * (complaint-kindergarten.server.ts: PIPL, and the form's promise "您的身份不会告诉幼儿园"), the item a case from
 * complaints names to the kindergarten (cases/case-kindergarten.server.ts, several complainants' contacts at once),
 * and the texts erased when the contact's retention ends (complaint-contact-retention.server.ts). Here beside the gate,
 * not in complaints/, which imports cases/: the cases' side could not import it from there.
 */
import { nationalMobile } from "./mobile-number";
import { maskHit, redact } from "./personal-data-gate";

export interface ComplainantContact {
  contact_name: string | null;
  contact_phone: string | null;
  contact_address: string | null;
}

export function complainantMasker(...contacts: ComplainantContact[]): (text: string) => string {
  const known: Array<[string, string]> = [];
  for (const contact of contacts) {
    const name = contact.contact_name?.trim();
    // Two characters at least: a one-character "name" would mask every word it is part of.
    if (name && name.length >= 2) known.push([name, maskHit({ kind: "person_name", text: name })]);
    if (contact.contact_phone) {
      // Stored before 2026-12-06 a mobile number could keep its +86; either way it is masked as written.
      for (const phone of new Set([contact.contact_phone, nationalMobile(contact.contact_phone)])) {
        known.push([phone, maskHit({ kind: nationalMobile(phone).startsWith("1") ? "mobile" : "landline", text: phone })]);
      }
    }
    const address = contact.contact_address?.trim();
    if (address && address.length >= 2) known.push([address, maskHit({ kind: "address", text: address })]);
  }
  // Longest first: an address may hold a name, one complainant's name another's.
  known.sort((a, b) => b[0].length - a[0].length);
  const patterns = known.map(([value, masked]) => [new RegExp(escapeRegExp(value), "giu"), masked] as const);
  return (text) => redact(patterns.reduce((out, [pattern, masked]) => out.replace(pattern, () => masked), text));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
