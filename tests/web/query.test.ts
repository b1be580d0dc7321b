/** The shared query reader (app/web/query.server.ts): malformed parameters are a 400 naming them. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { queryParam, readQuery } from "~/web/query.server";

const schema = z.object({
  from: queryParam.date(),
  version: queryParam.positiveInt(),
  region: queryParam.regionCode(),
  nature: queryParam.oneOf(["public", "inclusive_private"] as const),
  q: queryParam.search(10),
  rule: queryParam.text(5),
});

const read = (query: string) => readQuery(new Request(`http://portal.test/x${query}`), schema);

async function refusedWith(query: string): Promise<string> {
  try {
    read(query);
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
    return (thrown as Response).text();
  }
  throw new Error(`"${query}" was accepted`);
}

describe("readQuery", () => {
  it("returns the parsed parameters; absent and empty mean not given", () => {
    expect(read("?from=2026-09-01&version=2&region=330203&nature=public&q=春芽&rule=R06")).toEqual({
      from: "2026-09-01",
      version: 2,
      region: "330203",
      nature: "public",
      q: "春芽",
      rule: "R06",
    });
    expect(read("")).toEqual({});
    expect(read("?from=&q=")).toEqual({});
  });

  it("ignores keys it does not know (Remix's index, _data, _routes)", () => {
    expect(read("?index&_data=routes%2Fx&_routes=root&utm_source=mail")).toEqual({});
  });

  it.each([
    ["?from=2026-13-45", "from"],
    ["?from=2026-02-30", "from"],
    ["?from=yesterday", "from"],
    ["?version=abc", "version"],
    ["?version=0", "version"],
    ["?version=99999999999", "version"],
    ["?region=33020", "region"],
    ["?nature=private", "nature"],
    ["?rule=R06R06R06", "rule"],
    ["?from=2026-09-01&from=2026-10-01", "from"],
  ])("%s is a 400 naming %s", async (query, name) => {
    expect(await refusedWith(query)).toContain(name);
  });

  it("cuts a long search to its length instead of refusing it; an absurd one is refused", async () => {
    expect(read(`?q=${"a".repeat(50)}`).q).toBe("a".repeat(10));
    expect(await refusedWith(`?q=${"a".repeat(5000)}`)).toContain("q");
  });

  it("cleans values like form fields (NUL, bidi)", () => {
    expect(read("?q=%E6%98%A5%00%E2%80%AE%E8%8A%BD").q).toBe("春芽");
  });
});
