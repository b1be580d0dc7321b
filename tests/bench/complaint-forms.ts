/**
 * What the complaint benchmark posts (tests/bench/complaints.ts): the public
 * intake form (POST /complaints/new) as a parent's phone sends it, drawn with
 * the generator's seeded PRNG from the benchmark database's kindergartens.
 *
 * - `complaintVariants`: a list of filled-in forms (both tracks, every kind,
 *   1–3 charged items, dates in the past, a narrative of 40–400 characters,
 *   the contact a track needs, an empty honeypot), without the one-time
 *   `intakeKey`: each request adds a fresh one, since a repeated key answers
 *   with the first receipt and stores nothing.
 * - `urlencodedBody` / `MultipartForm`: the same fields urlencoded (a phone
 *   without files) or as multipart/form-data with the evidence files, the
 *   files' bytes shared by every request (one buffer; only the key part is new).
 * - `evidenceJpegs`: photo-like JPEGs of a few hundred KB made once with sharp
 *   (a smooth gradient with grain: what a photo of a receipt compresses like,
 *   not noise, which would make a small picture a large file).
 */
import SQLite from "better-sqlite3";
import sharp from "sharp";
import { ulid } from "ulid";
import { mulberry32 } from "./generate";

export type Fields = Array<[string, string]>;

/** The form's field for the evidence files, and the one-time key's. */
export const EVIDENCE_FIELD = "evidence";
export const INTAKE_KEY_FIELD = "intakeKey";

/** A tracking number as the receipt shows it (3 × 4 Crockford characters), not part of a longer code. */
export const TRACKING_NO_IN_TEXT = /(?<![0-9A-Z-])([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})(?![0-9A-Z-])/;

interface Kindergarten {
  id: string;
  name: string;
}

/** Kindergartens the public may complain about (not closed), in id order. */
export function complaintKindergartens(file: string): Kindergarten[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return sqlite.prepare(`SELECT id, approved_name AS name FROM kindergartens WHERE status != 'closed' ORDER BY id`).all() as Kindergarten[];
  } finally {
    sqlite.close();
  }
}

const KINDS = ["above_filed", "not_on_schedule", "prohibited_item", "other_account", "refund", "forced_service", "other"] as const;
/** Kinds whose form must name at least one charged item. */
const CHARGE_KINDS: readonly string[] = ["above_filed", "not_on_schedule", "prohibited_item", "forced_service"];
const UNITS = ["month", "semester", "year", "day", "once"] as const;
const ITEMS = ["保教费", "伙食费", "住宿费", "兴趣班费", "赞助费", "校服费", "空调费", "托管费", "教材费", "体检费"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
const GIVEN = ["丽", "伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "娟"];
const STREETS = ["中山东路", "解放南路", "天一路", "江东北路", "百丈路", "宁穿路"];
const NARRATIVE = [
  "孩子所在的{kg}本学期收取{item}{amount}元，比公示的标准高出不少，园方解释说是新学期调整，但我们没有看到任何备案或通知。",
  "{kg}要求家长缴纳{item}{amount}元，说是自愿，但不交就不能参加班级活动，老师多次在家长群里催缴。",
  "入园时{kg}收取了{item}{amount}元，没有开具正式收据，只给了一张手写的收条，转账也是转到个人账户。",
  "退园后申请退还{item}，{kg}只退了一部分，剩下的{amount}元说不退，也没有给出依据。",
  "{kg}在公示的收费项目之外另收{item}{amount}元，家长们都不清楚这项收费的依据。",
];

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
}

export interface VariantOptions {
  count: number;
  /** Today in Asia/Shanghai (YYYY-MM-DD): dates are drawn before it. */
  today: string;
  seed?: number;
}

const DAY_MS = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** `count` filled-in intake forms over `kindergartens` (see the header). */
export function complaintVariants(kindergartens: readonly Kindergarten[], opts: VariantOptions): Fields[] {
  if (kindergartens.length === 0) throw new Error("no kindergarten the public may complain about");
  const rand = mulberry32(opts.seed ?? 20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join("");
  const name = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : "");
  return Array.from({ length: opts.count }, () => {
    const kg = pick(kindergartens);
    const track = rand() < 0.5 ? "complaint" : "report";
    const kind = pick(KINDS);
    const anonymous = track === "report" && rand() < 0.5;
    const fields: Fields = [
      ["kindergartenId", kg.id],
      ["track", track],
      ["kind", kind],
    ];
    const itemCount = CHARGE_KINDS.includes(kind) ? 1 + Math.floor(rand() * 3) : rand() < 0.5 ? 1 : 0;
    let first = { item: pick(ITEMS), amount: "1200.00" };
    for (let i = 0; i < itemCount; i++) {
      const item = pick(ITEMS);
      const amount = `${100 + Math.floor(rand() * 5000)}.${rand() < 0.7 ? "00" : "50"}`;
      if (i === 0) first = { item, amount };
      fields.push([`items[${i}].name`, item], [`items[${i}].amount`, amount], [`items[${i}].unit`, pick(UNITS)]);
    }
    const paidAgo = 1 + Math.floor(rand() * 300);
    fields.push(["paidOn", daysBefore(opts.today, paidAgo)]);
    fields.push(["learnedOn", daysBefore(opts.today, Math.floor(rand() * paidAgo))]);
    if (kind === "other_account" || rand() < 0.1) fields.push(["accountPaidInto", `6222${digits(15)}`]);
    let narrative = fill(pick(NARRATIVE), { kg: kg.name, ...first });
    while (rand() < 0.4 && narrative.length < 300) narrative += "希望有关部门核实处理，督促园方按规定收费并退还多收的费用。";
    fields.push(["narrative", narrative]);
    if (anonymous) fields.push(["anonymous", "on"]);
    else {
      fields.push(["contactName", name()], ["contactPhone", `1${3 + Math.floor(rand() * 7)}${digits(9)}`]);
      if (track === "complaint") {
        fields.push(["contactAddress", `浙江省宁波市${pick(STREETS)}${1 + Math.floor(rand() * 400)}号`]);
        if (rand() < 0.5) fields.push(["shareContact", "on"]);
      }
    }
    if (rand() < 0.3) fields.push(["publishConsent", "on"]);
    fields.push(["website", ""]);
    return fields;
  });
}

/** A fresh one-time key (a ULID, as the page's loader makes them). */
export const newIntakeKey = () => ulid();

/** The form urlencoded with a fresh intake key. */
export function urlencodedBody(encodedFields: string): string {
  return `${encodedFields}&${INTAKE_KEY_FIELD}=${newIntakeKey()}`;
}

export const encodeFields = (fields: Fields) => new URLSearchParams(fields).toString();

/** multipart/form-data of the fields and the files: built once per variant, the key part added per request. */
export class MultipartForm {
  readonly boundary = `----complaint-bench-${ulid()}`;
  readonly contentType = `multipart/form-data; boundary=${this.boundary}`;
  private readonly filesPart: Buffer;

  constructor(files: ReadonlyArray<{ name: string; type: string; bytes: Buffer }>) {
    const parts: Buffer[] = [];
    for (const f of files) {
      parts.push(
        Buffer.from(
          `--${this.boundary}\r\nContent-Disposition: form-data; name="${EVIDENCE_FIELD}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
          "utf8",
        ),
        f.bytes,
        Buffer.from("\r\n"),
      );
    }
    parts.push(Buffer.from(`--${this.boundary}--\r\n`));
    this.filesPart = Buffer.concat(parts);
  }

  /** The text parts of one variant (without the key). */
  textPart(fields: Fields): Buffer {
    return Buffer.from(fields.map(([k, v]) => this.field(k, v)).join(""), "utf8");
  }

  /** A whole body: a fresh key, the variant's text parts, the shared files. */
  body(textPart: Buffer): Buffer {
    return Buffer.concat([Buffer.from(this.field(INTAKE_KEY_FIELD, newIntakeKey()), "utf8"), textPart, this.filesPart]);
  }

  get filesBytes(): number {
    return this.filesPart.byteLength;
  }

  private field(name: string, value: string): string {
    return `--${this.boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
}

/**
 * `count` photo-like JPEGs of roughly `targetBytes` each (a phone photo of a receipt, shrunk as a
 * messenger would send it): a smooth colour gradient with grain, the size tuned by the grain.
 */
export async function evidenceJpegs(count: number, targetBytes = 300 * 1024): Promise<Array<{ name: string; type: string; bytes: Buffer }>> {
  const width = 1280;
  const height = 960;
  const out: Array<{ name: string; type: string; bytes: Buffer }> = [];
  for (let n = 0; n < count; n++) {
    const rand = mulberry32(4242 + n);
    let grain = 24;
    let bytes = Buffer.alloc(0);
    for (let attempt = 0; attempt < 8; attempt++) {
      const raw = Buffer.alloc(width * height * 3);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 3;
          const g = (rand() - 0.5) * grain;
          raw[i] = Math.max(0, Math.min(255, 200 + (55 * x) / width - 40 * n + g));
          raw[i + 1] = Math.max(0, Math.min(255, 190 + (40 * y) / height + g));
          raw[i + 2] = Math.max(0, Math.min(255, 170 + (30 * (x + y)) / (width + height) + g));
        }
      }
      bytes = await sharp(raw, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 85 })
        .withMetadata({ exif: { IFD0: { Make: "BenchPhone", Model: "Receipt Cam" } } })
        .toBuffer();
      if (bytes.byteLength > targetBytes * 1.25) grain *= 0.7;
      else if (bytes.byteLength < targetBytes * 0.8) grain *= 1.5;
      else break;
    }
    out.push({ name: `收据照片${n + 1}.jpg`, type: "image/jpeg", bytes });
  }
  return out;
}
