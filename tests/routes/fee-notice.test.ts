/**
 * The printable fee notice (/kindergartens/<id>/notice), signed out on the demo data: the approved name, the
 * schedule in force item by item, the masked account with the sentence that fees go only there, the complaint
 * channels, the print date, and a QR code that is the code of the public page's account check at the configured
 * address (read back from the SVG module by module, never the Host a request names); the same 404s as the public
 * page; a kindergarten with no schedule or no account says so; the operator's home and the officer's kindergarten
 * page link to it. The built app answers the document requests, as a browser's reach it.
 */
import QRCode from "qrcode";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as notice from "~/routes/_public+/kindergartens.$id.notice";
import * as page from "~/routes/_public+/kindergartens.$id._index";
import { parseEnv, reloadEnv } from "~/utils/env.server";
import { QR_OPTIONS } from "~/web/qr-code.server";
import { kindergartenCheckUrl, publicOrigin } from "~/web/public-origin.server";
import { createKindergarten } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute } from "../setup/route-helpers";

const app = useBuiltApp();
const EN = "lang=ImVuIg%3D%3D";

let kg006: { id: string; approved_name: string };
let accountNumbers: string[];

beforeAll(async () => {
  const db = app.db();
  const user = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  kg006 = await db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", user.kindergarten_id!).executeTakeFirstOrThrow();
  accountNumbers = (await db.selectFrom("bank_accounts").select("account_number").execute()).map((a) => a.account_number);
});

afterEach(() => {
  delete process.env.PUBLIC_ORIGIN;
  reloadEnv();
});

/**
 * The dark modules of a QR code drawn by qrcode's SVG renderer, read back from its path: each row's runs are
 * `M<x> <y+0.5>` (a row's first run) or `m<dx> 0` (the next run, from the previous run's end), then `h<length>`.
 */
function modulesOfSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)?.[1];
  expect(size, "a square viewBox").toBeGreaterThan(20);
  expect(path, "a dark path").toBeTruthy();
  const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path!.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    if (op === "M") [x, y] = [Number(a), Number(b) - 0.5];
    else if (op === "m") x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++) grid[y][x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

/** The modules of the QR code of `text`, with the notice's quiet zone around them. */
function modulesOfText(text: string): boolean[][] {
  const code = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  const margin = QR_OPTIONS.margin;
  const size = code.modules.size + 2 * margin;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => {
      const r = row - margin;
      const c = col - margin;
      return r >= 0 && c >= 0 && r < code.modules.size && c < code.modules.size && code.modules.get(r, c) === 1;
    }),
  );
}

function qrOf(html: string): string {
  const svg = /data-testid="notice-qr"[^>]*><svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  expect(svg, "the page carries the QR code's SVG").toBeTruthy();
  return svg!.slice(svg!.indexOf("<svg"));
}

describe("GET /kindergartens/:id/notice", () => {
  it("prints the approved name, the schedule in force, the masked account with its sentence, the complaint channels and the date", async () => {
    const res = await app.get(`/kindergartens/${kg006.id}/notice`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    const html = await res.text();
    const text = textOf(html);
    // The public page's own data: the notice prints the same schedule and account.
    const publicView = (await callRoute(page.loader, `/kindergartens/${kg006.id}`, { params: { id: kg006.id } })).body as {
      inForce: { version: number; effective_from: string; items: Array<{ name: string; voluntary: boolean }>; texts: { complaint_channel: string } };
      account: { last4: string; account_name: string };
    };
    const filing = publicView.inForce;
    const items = filing.items;
    const account = publicView.account;
    expect(items.length).toBeGreaterThan(1);
    expect(filing.texts.complaint_channel, "the demo's filing names its complaint channel").not.toBe("");

    expect(html).toMatch(new RegExp(`<h1[^>]*>.*${kg006.approved_name}.*收费公示.*</h1>`));
    expect(text).toContain(`第 ${filing.version} 版 · ${filing.effective_from} 起执行`);
    const rows = [...html.matchAll(/<tr><td>([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]));
    expect(rows.map((r) => r.trim().split(" ")[0])).toEqual(items.map((i) => i.name));
    expect(text).toContain("每月 2,380.00 元");
    // The voluntary column marks exactly the opt-in items.
    expect(rows.map((r) => r.trim().endsWith(" 是"))).toEqual(items.map((i) => i.voluntary));
    expect(items.some((i) => i.voluntary) && items.some((i) => !i.voluntary), "the demo has both kinds").toBe(true);
    expect(text).toContain("本园收取的各项费用只缴入以下经教育部门备案的本园收费账户");
    expect(text).toContain(`尾号 ${account.last4}`);
    expect(text).toContain(account.account_name);
    for (const number of accountNumbers) expect(html).not.toContain(number);
    expect(text).toContain(`本园投诉渠道： ${filing.texts.complaint_channel}`);
    expect(text).toContain("可拨打 12315 向市场监管部门投诉举报");
    expect(text).toContain(`http://portal.test/complaints/new?kindergarten=${kg006.id}`);
    expect(text).toMatch(/打印日期： \d{4}-\d{2}-\d{2} 。/);
  });

  it("carries a QR code of the public page's account check, absolute, drawn on the server as SVG", async () => {
    const html = await (await app.get(`/kindergartens/${kg006.id}/notice`)).text();
    const expected = `http://portal.test/kindergartens/${kg006.id}#check`;
    expect(modulesOfSvg(qrOf(html))).toEqual(modulesOfText(expected));
    // Not just any code: another kindergarten's address draws another.
    expect(modulesOfSvg(qrOf(html))).not.toEqual(modulesOfText(`http://portal.test/kindergartens/${kg006.id.slice(0, -1)}X#check`));
    expect(textOf(html)).toContain(expected);
    // The page the code opens has the section the anchor names.
    expect(await (await app.get(`/kindergartens/${kg006.id}`)).text()).toContain('id="check"');
  });

  it("in English through the language switch, the kindergarten's own words marked Chinese", async () => {
    const html = await (await app.get(`/kindergartens/${kg006.id}/notice`, undefined, EN)).text();
    const text = textOf(html);
    expect(html).toContain('<html lang="en"');
    expect(text).toContain("Fee notice");
    expect(text).toContain("fee account below, filed with the education department: never into another account or to a person");
    expect(text).toContain("Care and education fee");
    expect(html).toMatch(/<span class="prewrap" lang="zh-CN">本园收费监督电话/);
  });

  it("points the code at PUBLIC_ORIGIN, whatever host the request names", async () => {
    process.env.PUBLIC_ORIGIN = "https://fees.example.gov.cn";
    reloadEnv();
    const res = await callRoute(notice.loader, `http://attacker.example/kindergartens/${kg006.id}/notice`, {
      params: { id: kg006.id },
      headers: { Host: "attacker.example", "X-Forwarded-Host": "attacker.example" },
    });
    const body = res.body as { checkUrl: string; complaintUrl: string; qrSvg: string };
    expect(body.checkUrl).toBe(`https://fees.example.gov.cn/kindergartens/${kg006.id}#check`);
    expect(body.complaintUrl).toBe(`https://fees.example.gov.cn/complaints/new?kindergarten=${kg006.id}`);
    expect(modulesOfSvg(body.qrSvg)).toEqual(modulesOfText(body.checkUrl));
  });

  it("says plainly that there is no schedule in force and no filed account, instead of an empty table", async () => {
    const { id } = await createKindergarten(app.db(), { name: "宁波市海曙区公示测试幼儿园" });
    const html = await (await app.get(`/kindergartens/${id}/notice`)).text();
    expect(html).toContain('data-testid="notice-no-schedule"');
    expect(html).not.toContain('data-testid="notice-items"');
    expect(textOf(html)).toContain("本园目前没有已生效的备案收费标准。");
    expect(html).toContain('data-testid="notice-no-account"');
    expect(textOf(html)).toContain("本园尚未备案收费账户：请勿向任何账户缴费，可向当地教育部门反映。");
    expect(html).not.toContain('data-testid="notice-last4"');
    // The code is printed all the same: the page it opens says the same, and takes complaints.
    expect(modulesOfSvg(qrOf(html))).toEqual(modulesOfText(`http://portal.test/kindergartens/${id}#check`));
  });

  it("is not found for an unknown, malformed or closed kindergarten, as the public page is", async () => {
    const { id: closed } = await createKindergarten(app.db(), { status: "closed" });
    for (const id of ["01J00000000000000000000000", "not-an-id", "%00", "x".repeat(3000), closed]) {
      const res = await callRoute(notice.loader, `/kindergartens/${encodeURIComponent(id)}/notice`, { params: { id } });
      expect([res.status, res.thrown], id).toEqual([404, true]);
    }
    expect((await app.get(`/kindergartens/${closed}/notice`)).status).toBe(404);
  });

  it("is linked from the operator's home and the officer's kindergarten page", async () => {
    const home = await (await app.get("/kindergarten/fees", "kg006")).text();
    expect(home).toMatch(new RegExp(`<a[^>]*href="/kindergartens/${kg006.id}/notice"[^>]*>打印收费公示</a>`));
    const officer = await (await app.get(`/officer/kindergartens/${kg006.id}`, "haishu.edu")).text();
    expect(officer).toMatch(new RegExp(`<a[^>]*href="/kindergartens/${kg006.id}/notice"[^>]*>打印收费公示</a>`));
  });
});

describe("the notice's address", () => {
  const request = new Request("http://internal-host:3000/kindergartens/x/notice");

  it("is PUBLIC_ORIGIN when set; the request's origin only outside production; none in production without it", () => {
    expect(publicOrigin(request, parseEnv({ PUBLIC_ORIGIN: "https://fees.example.gov.cn/", NODE_ENV: "production" }))).toBe("https://fees.example.gov.cn");
    expect(publicOrigin(request, parseEnv({ NODE_ENV: "development" }))).toBe("http://internal-host:3000");
    expect(publicOrigin(request, parseEnv({ NODE_ENV: "production" }))).toBeNull();
  });

  it("refuses a PUBLIC_ORIGIN that is not an origin", () => {
    for (const bad of ["fees.example.gov.cn", "ftp://fees.example.gov.cn", "https://fees.example.gov.cn/portal", "https://a:b@fees.example.gov.cn", "https://fees.example.gov.cn?x=1", "https://fees.example.gov.cn#x"]) {
      expect(() => parseEnv({ PUBLIC_ORIGIN: bad }), bad).toThrow(/PUBLIC_ORIGIN/);
    }
  });

  it("anchors the kindergarten's page at its account check, the id encoded", () => {
    expect(kindergartenCheckUrl("https://fees.example.gov.cn", "01J/x y")).toBe("https://fees.example.gov.cn/kindergartens/01J%2Fx%20y#check");
  });

  it("without an address the notice prints no code and says why", async () => {
    const html = await renderStatic(notice.default, {
      loaderData: {
        asOf: "2026-12-05",
        kindergarten: { id: "k", uscc: "x", approved_name: "甲幼儿园", name_in_use: "甲幼儿园", nature: "forprofit_private", grade: "class1", address: "", region_code: "330203", place: "浙江省 宁波市 海曙区" },
        inForce: null,
        next: null,
        account: null,
        upcomingAccount: null,
        checkUrl: null,
        complaintUrl: null,
        qrSvg: null,
      },
    });
    expect(html).not.toContain("<svg");
    expect(textOf(html)).toContain("未生成二维码：平台的公开网址（PUBLIC_ORIGIN）尚未配置");
  });
});
