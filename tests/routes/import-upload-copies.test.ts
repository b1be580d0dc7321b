/**
 * An import's preview reads the uploaded file into text once. The three previews that send the file's text back for
 * their confirmation (the registry's, the accounts', the division table's) decoded it in the route for the page and
 * again in the domain for the reader (the registry's twice there), so a file was held as text two or three times
 * during its preview. Counted here as the times TextDecoder decodes the whole file during one preview through the
 * route's action: once. The figures of a 5,000-row registry file (decoded bytes, and the heap's peak above its
 * baseline, sampled with a full GC between the action's awaits) are printed with IMPORT_MEMORY=1; docs/decisions.md
 * (twenty-first session) has them.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { ulid } from "ulid";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { REGISTRY_COLUMNS } from "~/domain/registry/registry.schema";
import * as registryImport from "~/routes/officer+/kindergartens.import";
import * as userImport from "~/routes/admin+/users.import";
import * as regionLoad from "~/routes/admin+/regions.load";
import { setDb } from "~/web/db.server";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const who of ["haishu.edu", "admin"])
    cookies[who] = await sessionCookieFor(t.db, who);
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * What TextDecoder decodes while `run` runs (every decoder: the routes', the domain's, the reader's): the bytes, and
 * how many times `file` itself (its whole length) was decoded. The session's own decoding adds a few dozen bytes.
 */
async function decodedDuring<T>(
  run: () => Promise<T>,
  file: string
): Promise<{ result: T; bytes: number; times: number }> {
  const decode = TextDecoder.prototype.decode;
  const whole = new TextEncoder().encode(file).byteLength;
  let bytes = 0;
  let times = 0;
  vi.spyOn(TextDecoder.prototype, "decode").mockImplementation(function (
    this: TextDecoder,
    input?: AllowSharedBufferSource,
    options?: TextDecodeOptions
  ) {
    if (input) bytes += input.byteLength;
    if (input?.byteLength === whole) times += 1;
    return decode.call(this, input, options);
  });
  const result = await run();
  vi.restoreAllMocks();
  return { result, bytes, times };
}

function upload(
  text: string,
  name: string,
  fields: Record<string, string> = {}
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new File([text], name, { type: "text/csv" }));
  return form;
}

/** `rows` new 海曙 kindergartens, with Chinese names and addresses, a BOM and CR LF as Excel writes them. */
function registryFile(rows: number): string {
  const lines = [REGISTRY_COLUMNS.join(",")];
  for (let i = 0; i < rows; i++) {
    const first17 = `52330203MJD${String(i).padStart(6, "0")}`;
    const row: Record<string, string> = {
      uscc: first17 + computeUsccCheckChar(first17),
      approved_name: `宁波市海曙区内存测量幼儿园${i}`,
      nature: "inclusive_private",
      grade: "class1",
      region_code: "330203",
      address: `宁波市海曙区测量路 ${i} 号`,
      status: "active",
    };
    lines.push(REGISTRY_COLUMNS.map((c) => row[c] ?? "").join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const size = (text: string) => new TextEncoder().encode(text).byteLength;

describe("a preview holds its file as text once", () => {
  it(
    "the registry's: 5,000 rows decoded once",
    { timeout: 120_000 },
    async () => {
      const text = registryFile(5000);
      const form = upload(text, "名录.csv", {
        submissionKey: ulid(),
        intent: "preview",
      });
      const { result, times } = await decodedDuring(
        () =>
          callRoute(registryImport.action, "/officer/kindergartens/import", {
            cookie: cookies["haishu.edu"],
            form,
          }),
        text
      );
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({
        preview: { counts: { new: 5000, refused: 0 } },
      });
      // The confirmation's text is the file's, without its BOM.
      expect((result.body as { csv: string }).csv).toBe(text.slice(1));
      expect(times).toBe(1);
    }
  );

  it("the accounts': decoded once", async () => {
    const text =
      "username,display_name,role,kindergarten_uscc,agency,region_code,lead\r\ncopies.one,甲,officer,,market,330203,\r\n";
    const form = upload(text, "accounts.csv", {
      submissionKey: ulid(),
      intent: "preview",
    });
    const { result, times } = await decodedDuring(
      () =>
        callRoute(userImport.action, "/admin/users/import", {
          cookie: cookies.admin,
          form,
        }),
      text
    );
    expect(result.body).toMatchObject({
      stage: "preview",
      errorCount: 0,
      csv: text,
    });
    expect(times).toBe(1);
  });

  it("the division table's: decoded once", async () => {
    const text = "code,name\r\n330000,浙江省\r\n330296,测量新区\r\n";
    const form = upload(text, "regions.csv", {
      intent: "preview",
      source: "csv",
      province: "",
    });
    const { result, times } = await decodedDuring(
      () =>
        callRoute(regionLoad.action, "/admin/regions/load", {
          cookie: cookies.admin,
          form,
        }),
      text
    );
    expect(result.body).toMatchObject({
      stage: "preview",
      preview: { counts: { inserted: 1 } },
      csv: text,
    });
    expect(times).toBe(1);
  });

  it("a file that is not UTF-8 is still refused, saying so", async () => {
    const gbk = new Uint8Array([
      ...new TextEncoder().encode("code,name\r\n330296,"),
      0xb2,
      0xe2,
      0x0d,
      0x0a,
    ]);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      intent: "preview",
      source: "csv",
      province: "",
    }))
      form.append(k, v);
    form.append("file", new File([gbk], "regions.csv", { type: "text/csv" }));
    const regions = await callRoute(regionLoad.action, "/admin/regions/load", {
      cookie: cookies.admin,
      form,
    });
    expect(regions).toMatchObject({
      status: 400,
      body: { stage: "refused", formErrors: [{ key: "csv.notUtf8" }] },
    });
    const accounts = new FormData();
    accounts.append(
      "file",
      new File([gbk], "accounts.csv", { type: "text/csv" })
    );
    expect(
      await callRoute(userImport.action, "/admin/users/import", {
        cookie: cookies.admin,
        form: accounts,
      })
    ).toMatchObject({
      status: 400,
      body: { stage: "refused", fileErrors: [{ key: "csv.notUtf8" }] },
    });
    const registry = new FormData();
    registry.append("submissionKey", ulid());
    registry.append("file", new File([gbk], "名录.csv", { type: "text/csv" }));
    expect(
      await callRoute(registryImport.action, "/officer/kindergartens/import", {
        cookie: cookies["haishu.edu"],
        form: registry,
      })
    ).toMatchObject({
      status: 400,
      body: { fileErrors: [{ key: "csv.notUtf8" }], preview: null },
    });
  });

  it.runIf(process.env.IMPORT_MEMORY === "1")(
    "prints the registry preview's figures",
    { timeout: 300_000 },
    async () => {
      v8.setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc") as () => void;
      const text = registryFile(5000);
      const used = () => {
        const m = process.memoryUsage();
        return m.heapUsed + m.arrayBuffers;
      };
      const runs: number[] = [];
      for (let run = 0; run < 5; run++) {
        const form = upload(text, "名录.csv", {
          submissionKey: ulid(),
          intent: "preview",
        });
        gc();
        const base = used();
        let peak = base;
        const sampler = setInterval(() => {
          gc();
          peak = Math.max(peak, used());
        }, 0);
        const answer = await callRoute(
          registryImport.action,
          "/officer/kindergartens/import",
          { cookie: cookies["haishu.edu"], form }
        );
        clearInterval(sampler);
        expect(answer.status).toBe(200);
        runs.push(peak - base);
      }
      const { bytes, times } = await decodedDuring(
        () =>
          callRoute(registryImport.action, "/officer/kindergartens/import", {
            cookie: cookies["haishu.edu"],
            form: upload(text, "名录.csv", {
              submissionKey: ulid(),
              intent: "preview",
            }),
          }),
        text
      );
      const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
      console.log(
        `registry preview, 5,000 rows, file ${mb(size(text))} MB (${
          text.length
        } UTF-16 units): decoded ${mb(
          bytes
        )} MB, the whole file ${times} times; live heap+buffers peak above baseline per run ${runs
          .map(mb)
          .join(", ")} MB`
      );
    }
  );
});
