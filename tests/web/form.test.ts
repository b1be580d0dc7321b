/**
 * The shared form reader (app/web/form.server.ts): what it accepts, what it
 * refuses with which status, and that a refusal costs no more than the bytes
 * it was allowed to read.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it, vi } from "vitest";
import { filingInput, MAX_ITEMS } from "~/domain/filings/filing.schema";
import { encodeMessage, translate } from "~/i18n";
import { fieldPath, FORM_MAX_BYTES, readForm, readFormResult, type ReadFormOptions } from "~/web/form.server";
import { cpuMillis } from "../setup/cpu-time";

const URL_ = "http://portal.test/form";

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

function urlencoded(fields: Record<string, string> | string): Request {
  const body = typeof fields === "string" ? fields : new URLSearchParams(fields).toString();
  return post(body, { "Content-Type": "application/x-www-form-urlencoded" });
}

async function refusal(request: Request, options?: ReadFormOptions) {
  const result = await readFormResult(request, options);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify([...result.form])}`);
  return result.refusal;
}

describe("accepted forms", () => {
  it("reads urlencoded fields and cleans every text value once", async () => {
    const form = await readForm(
      urlencoded({ name: "保\u0000教\u202E费", note: "line1\r\nline2\u200B", accent: "e\u0301" }),
    );
    expect(form.get("name")).toBe("保教费");
    expect(form.get("note")).toBe("line1\nline2");
    expect(form.get("accent")).toBe("é");
  });

  it("passes verbatim fields as sent (a password is compared, never stored)", async () => {
    const form = await readForm(urlencoded({ username: "kg\u200B006", password: "pa\u200Bss" }), { verbatim: ["password"] });
    expect(form.get("username")).toBe("kg006");
    expect(form.get("password")).toBe("pa\u200Bss");
  });

  it("reads multipart text fields, and files only where the form takes them (with a cleaned name)", async () => {
    const body = new FormData();
    body.append("note", "a\u202Eb");
    body.append("file", new File(["x,y\n"], "pri\u202Eces.csv", { type: "text/csv" }));
    const form = await readForm(new Request(URL_, { method: "POST", body }), { files: true });
    expect(form.get("note")).toBe("ab");
    const file = form.get("file") as File;
    expect(file.name).toBe("prices.csv");
    expect(await file.text()).toBe("x,y\n");

    const noFiles = new FormData();
    noFiles.append("file", new File(["x"], "a.csv"));
    expect(await refusal(new Request(URL_, { method: "POST", body: noFiles }))).toMatchObject({ status: 400, reason: "unexpected-file" });
  });

  it("takes a post without a body or type as an empty form (a bare sign-out button)", async () => {
    expect([...(await readForm(post(null)))]).toEqual([]);
  });
});

describe("refused bodies", () => {
  it("a content type that is not a form is 415, whatever the body", async () => {
    for (const type of ["application/json", "text/plain", "application/xml", "text/csv"]) {
      expect(await refusal(post('{"a":1}', { "Content-Type": type }))).toMatchObject({ status: 415, reason: "unsupported-type" });
    }
    expect(await refusal(post("a=1", {}))).toMatchObject({ status: 415 });
  });

  it("a malformed multipart body, or one without a boundary, is 400", async () => {
    const cases = [
      post("garbage", { "Content-Type": "multipart/form-data; boundary=XYZ" }),
      post("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno closing boundary", { "Content-Type": "multipart/form-data; boundary=XYZ" }),
      post("--XYZ--", { "Content-Type": "multipart/form-data" }),
    ];
    for (const request of cases) expect(await refusal(request)).toMatchObject({ status: 400, reason: "malformed" });
  });

  it("a declared Content-Length over the limit is 413 without reading", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = post(body, { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(8 * 1024 * 1024) });
    expect(await refusal(request)).toMatchObject({ status: 413, reason: "too-large" });
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pull once when it is built
  });

  it("an endless body without Content-Length is cut off at the limit: 413 after about maxBytes", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 4096;
        controller.enqueue(new TextEncoder().encode("a".repeat(4096)));
      },
    });
    // CPU time, not wall time (tests/setup/cpu-time.ts): on a loaded machine the wall clock counts the wait for a core.
    let answer: unknown;
    const spent = await cpuMillis(async () => {
      answer = await refusal(post(endless, { "Content-Type": "application/x-www-form-urlencoded" }), { maxBytes: 16 * 1024 });
    });
    expect(answer).toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(16 * 1024 + 3 * 4096);
    expect(spent).toBeLessThan(500);
  });

  it("the default limit is FORM_MAX_BYTES", async () => {
    expect(await refusal(urlencoded(`a=${"x".repeat(FORM_MAX_BYTES)}`))).toMatchObject({ status: 413 });
    await expect(readForm(urlencoded(`a=${"x".repeat(FORM_MAX_BYTES - 10)}`))).resolves.toBeInstanceOf(FormData);
  });

  it("more fields than maxFields is 400", async () => {
    expect(await refusal(urlencoded("a=1&".repeat(11)), { maxFields: 10 })).toMatchObject({ status: 400, reason: "too-many-fields" });
  });

  it("a multipart body of more parts than maxFields is 400 before it is parsed (a megabyte of empty parts took half a second)", async () => {
    const parse = vi.spyOn(Response.prototype, "formData");
    try {
      const body = `--B\r\nContent-Disposition: form-data; name="evidence"; filename="a.png"\r\n\r\n\r\n`.repeat(20_000) + "--B--\r\n";
      const read = await refusal(post(body, { "Content-Type": "multipart/form-data; boundary=B" }), { maxBytes: 2 * 1024 * 1024, files: true });
      expect(read).toMatchObject({ status: 400, reason: "too-many-fields" });
      expect(parse).not.toHaveBeenCalled();
      // A quoted boundary is counted too; a form within the bound is parsed as before.
      const within = `--B q\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n`.repeat(10) + "--B q--\r\n";
      const ok = await readFormResult(post(within, { "Content-Type": 'multipart/form-data; boundary="B q"' }), { maxFields: 10 });
      expect(ok.ok && ok.form.getAll("a")).toEqual(Array(10).fill("1"));
      const over = `--B q\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n`.repeat(11) + "--B q--\r\n";
      expect(await refusal(post(over, { "Content-Type": 'multipart/form-data; boundary="B q"' }), { maxFields: 10 })).toMatchObject({ reason: "too-many-fields" });
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("readForm throws the refusal as a plain-text Response in both languages", async () => {
    const thrown = await readForm(post("{}", { "Content-Type": "application/json" })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(415);
    expect(response.headers.get("Content-Type")).toContain("text/plain");
    expect(await response.text()).toMatch(/不支持.*·.*Unsupported content type/);
  });
});

describe("list fields", () => {
  const lists = { items: MAX_ITEMS };

  it("accepts indexes up to the bound, so the schema can say there are too many", async () => {
    const fields = new URLSearchParams({ term: "2027-spring", effectiveFrom: "2027-03-01", publishedOn: "2026-12-01" });
    for (let i = 0; i <= MAX_ITEMS; i++) {
      fields.set(`items[${i}].code`, `CODE${i}`);
      fields.set(`items[${i}].amount`, "100");
      fields.set(`items[${i}].unit`, "month");
      fields.set(`items[${i}].ageBand`, "all");
    }
    const form = await readForm(urlencoded(fields.toString()), { lists });
    const submission = parseWithZod(form, { schema: filingInput });
    if (submission.status === "success") throw new Error("41 items were accepted");
    // The message names the bound, so the bookkeeper knows how many to remove.
    expect(submission.error?.items).toContain(encodeMessage({ key: "filing.items.tooMany", vars: { max: MAX_ITEMS } }));
    expect(translate("zh-CN", "filing.items.tooMany", { max: MAX_ITEMS })).toBe("收费项目最多 40 项，请删去多出的项目");
  });

  it.each([
    ["items[41].code", "beyond the bound"],
    ["items[2000].code", "far beyond"],
    ["items[02000].code", "with a leading zero"],
    ["items.2000", "as a dotted key (an array index once items is an array)"],
    ["items[].code", "appended ([])"],
    ["rows[0].code", "on a field that is no list of this form"],
    ["items[0].tags[1]", "nested under an entry"],
    ["note[0]", "on a text field"],
  ])("refuses %s (%s) before any parsing", async (name) => {
    let refused: unknown;
    // CPU time, not wall time: "note[0]" took over 100 ms of wall time while the machine's load was twelve, waiting
    // for a core, not working. Work beyond reading the name (backtracking over it, a structure built up to the
    // index) still counts.
    const spent = await cpuMillis(async () => {
      refused = await refusal(urlencoded({ [name]: "x", "items[0].code": "CARE_EDU" }), { lists });
    });
    expect(refused).toMatchObject({ status: 400, reason: "list-index" });
    expect(spent).toBeLessThan(100);
  });

  it.each(["__proto__.polluted", "items[0].constructor", "a..b", "items[x]", "", "a]"])("refuses the field name %j", async (name) => {
    expect(await refusal(urlencoded(`${encodeURIComponent(name)}=1`), { lists })).toMatchObject({ status: 400, reason: "field-name" });
  });

  it("fieldPath reads names as conform does, digit keys and [] included", () => {
    expect(fieldPath("items[3].code")).toEqual(["items", 3, "code"]);
    expect(fieldPath("params.maxIncrease")).toEqual(["params", "maxIncrease"]);
    expect(fieldPath("items.7")).toEqual(["items", 7]);
    expect(fieldPath("items[]")).toEqual(["items", -1]);
    expect(fieldPath("items[3")).toBeNull();
  });
});

describe("conform's control fields", () => {
  const lists = { items: MAX_ITEMS };
  const intent = (value: unknown) => urlencoded({ __intent__: JSON.stringify(value), "items[0].code": "CARE_EDU" });

  it("accepts the list buttons our forms render and validation of a field", async () => {
    for (const value of [
      { type: "insert", payload: { name: "items", defaultValue: JSON.stringify({}) } },
      { type: "insert", payload: { name: "items", defaultValue: { code: "", unit: "month", voluntary: "on" } } },
      { type: "remove", payload: { name: "items", index: 3 } },
      { type: "reorder", payload: { name: "items", from: 0, to: 2 } },
      { type: "validate", payload: { name: "items[0].code" } },
      { type: "reset", payload: {} },
    ]) {
      await expect(readForm(intent(value), { lists })).resolves.toBeInstanceOf(FormData);
    }
  });

  it.each([
    ["not JSON", "{"],
    ["no payload", JSON.stringify({ type: "insert" })],
    ["insert far beyond the list", JSON.stringify({ type: "insert", payload: { name: "items", index: 100_000 } })],
    ["insert into a field that is no list", JSON.stringify({ type: "insert", payload: { name: "note" } })],
    ["an inserted entry with nested lists", JSON.stringify({ type: "insert", payload: { name: "items", defaultValue: { code: ["a", "b"] } } })],
    ["update (an arbitrary value)", JSON.stringify({ type: "update", payload: { name: "items", value: new Array(5000).fill({}) } })],
    ["validate of a sparse index", JSON.stringify({ type: "validate", payload: { name: "items[5000].code" } })],
    ["an unknown type", JSON.stringify({ type: "drop", payload: {} })],
  ])("refuses %s", async (_what, serialized) => {
    const request = urlencoded({ __intent__: serialized });
    expect(await refusal(request, { lists })).toMatchObject({ status: 400, reason: "intent" });
  });

  it("refuses __state__ (our forms send none; conform would echo it back)", async () => {
    expect(await refusal(urlencoded({ __state__: "{}" }), { lists })).toMatchObject({ status: 400, reason: "field-name" });
  });
});
