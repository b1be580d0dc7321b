/**
 * Fixtures for the fee-account tests (domain and routes): the officers who
 * review and read accounts, evidence bytes of every kind the content check must tell apart, the
 * filing form's fields as the page posts them, and the row counts a refused
 * filing must leave as they were.
 */
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import type { Actor } from "~/domain/users/actor";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { fileAccount } from "~/domain/fee-accounts/fee-account.service.server";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { createActor, createKindergartenWithOperator, createOfficer, HAISHU, JIANGBEI } from "./domain";

/** Who reads and reviews fee accounts: 海曙区's education officer (reviews) and market officer (reads), 江北区's education officer, the administrator; made in that order. */
export async function accountOfficers(db: DB): Promise<{ haishuEdu: Actor; haishuMarket: Actor; jiangbeiEdu: Actor; admin: Actor }> {
  const haishuEdu = await createOfficer(db, "education", HAISHU);
  const haishuMarket = await createActor(db, "officer", { regionCode: HAISHU });
  const jiangbeiEdu = await createOfficer(db, "education", JIANGBEI);
  const admin = await createActor(db, "admin");
  return { haishuEdu, haishuMarket, jiangbeiEdu, admin };
}

/** A non-profit kindergarten of 海曙区 with its operator, named (the name an account must carry) by a fresh suffix. */
export async function namedKindergarten(db: DB): Promise<{ id: string; name: string; operator: Actor }> {
  const name = `宁波市海曙区测试幼儿园${ulid().slice(-6)}`;
  const { kg, operator } = await createKindergartenWithOperator(db, { name, nature: "nonprofit_private", region_code: HAISHU });
  return { id: kg.id, name, operator };
}

/** The kindergarten's operator files a valid account in its name from `today`, with a PDF certificate; its id. */
export async function fileAccountFor(
  ctx: { db: DB; rules: RulesRuntime; store: EvidenceStore },
  kg: { id: string; name: string; operator: Actor },
  today: string,
  now: Date,
): Promise<string> {
  const result = await fileAccount({
    ...ctx,
    actor: kg.operator,
    kindergartenId: kg.id,
    input: accountFields(kg.name, today),
    evidence: { name: "开户许可证.pdf", bytes: pdfBytes() },
    submissionKey: ulid(),
    now,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.accountId;
}

/** A small but well-formed PDF: what an account-opening certificate scan looks like to the sniffer. */
export function pdfBytes(size?: number): Uint8Array {
  const body = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
  if (size === undefined || size <= body.length) return new Uint8Array(body);
  // Padding inside a PDF comment keeps the magic bytes first and the file a PDF.
  const out = Buffer.alloc(size, 0x20);
  body.copy(out);
  return new Uint8Array(out);
}

/** A valid 1×1 PNG. */
export const PNG_BYTES = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);

/** A Windows executable's first bytes (the "MZ" DOS header with its PE pointer), whatever it is called. */
export function exeBytes(): Uint8Array {
  const out = Buffer.alloc(256, 0);
  out.write("MZ", 0, "latin1");
  out.writeUInt32LE(0x80, 0x3c);
  out.write("PE\0\0", 0x80, "latin1");
  return new Uint8Array(out);
}

/** Text claiming to be a PDF: no %PDF magic at the start. */
export const FAKE_PDF_BYTES = new Uint8Array(Buffer.from("This is not really a PDF, just text with a .pdf name.\n"));

/** One byte over the limit, still a PDF by its magic bytes. */
export const OVERSIZED_PDF_BYTES = pdfBytes(EVIDENCE_MAX_BYTES + 1);

export interface AccountFields {
  bankName: string;
  branchName: string;
  accountName: string;
  accountNumber: string;
  cnapsCode: string;
  effectiveFrom: string;
}

/** The filing form's text fields as a valid filing would carry them; override what a test is about. */
export function accountFields(accountName: string, effectiveFrom: string, overrides: Partial<AccountFields> = {}): AccountFields {
  return {
    bankName: "中国建设银行",
    branchName: "宁波海曙支行",
    accountName,
    accountNumber: "3315 0198 3601 0000 1234",
    cnapsCode: "105332000012",
    effectiveFrom,
    ...overrides,
  };
}

/** The multipart body the filing page posts: its fields, the kindergarten, a one-time key and the evidence file. */
export function accountFormData(
  kindergartenId: string,
  fields: AccountFields,
  evidence: { name: string; bytes: Uint8Array; type?: string } | null = { name: "开户许可证.pdf", bytes: pdfBytes(), type: "application/pdf" },
  submissionKey = ulid(),
): FormData {
  const form = new FormData();
  form.set("submissionKey", submissionKey);
  form.set("kindergartenId", kindergartenId);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (evidence) form.set("evidence", new File([Buffer.from(evidence.bytes)], evidence.name, { type: evidence.type ?? "application/octet-stream" }));
  return form;
}

export type AccountTable = "bank_accounts" | "evidence_files" | "account_flags" | "audit_log" | "outbox";

/** Row counts of every table a filing or a review writes to, as numbers on both dialects. */
export async function accountRowCounts(db: DB): Promise<Record<AccountTable, number>> {
  const tables: AccountTable[] = ["bank_accounts", "evidence_files", "account_flags", "audit_log", "outbox"];
  const counts = await Promise.all(
    tables.map(async (table) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n)),
  );
  return Object.fromEntries(tables.map((table, i) => [table, counts[i]])) as Record<AccountTable, number>;
}
