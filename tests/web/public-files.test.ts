/**
 * public/'s files are served as files (app/web/http-guards.server.ts,
 * publicFiles), and every other path goes on to the app without a look on
 * disk: express.static mounted for every path made each page a stat and a
 * not-found error first.
 */
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publicFiles } from "~/web/http-guards.server";

describe("publicFiles", () => {
  let dir: string;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-public-"));
    fs.writeFileSync(path.join(dir, "favicon.svg"), "<svg/>");
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "assets", "a b.css"), "body{}");
    const app = express();
    app.use(publicFiles(dir, { maxAge: "1h" }));
    app.use((_req, res) => res.status(200).send("the app"));
    await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", resolve)));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = async (p: string) => {
    const res = await fetch(`${base}${p}`);
    return { status: res.status, body: await res.text(), cacheControl: res.headers.get("cache-control") };
  };

  it("serves the folder's files with the options given", async () => {
    expect(await get("/favicon.svg")).toEqual({ status: 200, body: "<svg/>", cacheControl: "public, max-age=3600" });
    expect((await get("/assets/a%20b.css")).body).toBe("body{}");
  });

  it("hands a missing file under an entry of the folder to the app", async () => {
    expect((await get("/assets/missing.css")).body).toBe("the app");
  });

  it("hands every other path to the app without looking on disk", async () => {
    const stat = vi.spyOn(fs, "stat");
    try {
      for (const p of ["/", "/about", "/kindergartens?q=x", "/kindergartens/01ABC/fees.json", "/%E0%A4%A", "/favicon.svg.bak"]) {
        expect((await get(p)).body).toBe("the app");
      }
      expect(stat).not.toHaveBeenCalled();
      await get("/favicon.svg");
      expect(stat).toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });
});
