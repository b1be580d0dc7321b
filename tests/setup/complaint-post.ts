/**
 * The base fields of a parent's refund complaint as the public form posts them to /complaints/new (no JavaScript
 * needed): a fresh intake key, the honeypot left empty, the form's empty item row, and the contact. The caller adds
 * the refund months, the dates and the narrative its test is about.
 */
import { ulid } from "ulid";

export function refundComplaintFields(kindergartenId: string, fields: Record<string, string>): Record<string, string> {
  return {
    intakeKey: ulid(),
    kindergartenId,
    website: "",
    track: "complaint",
    kind: "refund",
    // The empty item row the phone form shows: no item.
    "items[0].name": "",
    "items[0].amount": "",
    "items[0].unit": "once",
    contactName: "张女士",
    contactPhone: "13800138000",
    contactAddress: "宁波市海曙区某路1号",
    ...fields,
  };
}
