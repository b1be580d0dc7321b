/**
 * How an evidence file answers (app/web/evidence.server.ts): a fee account's certificate is opened in the browser
 * only when its stored type is one the evidence check accepts by content, each with a policy that fetches and runs
 * nothing (an image sandboxed as well); any other type, and every file asked for as a download, is an attachment.
 */
import { describe, expect, it } from "vitest";
import { certificateResponse, evidenceResponse } from "~/web/evidence.server";

const file = (mediaType: string, name = "开户许可证.jpg") => ({ mediaType, name, bytes: Buffer.from("bytes") });

describe("an evidence file asked for inline", () => {
  it.each(["image/jpeg", "image/png"])("a %s opens in the browser, sandboxed, its name in UTF-8", (type) => {
    const res = evidenceResponse(file(type), { inline: true });
    expect(res.headers.get("Content-Type")).toBe(type);
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="_____.jpg"; filename*=UTF-8''${encodeURIComponent("开户许可证.jpg")}`);
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; sandbox");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("a PDF opens in the browser without `sandbox` (Safari's viewer shows nothing in a sandboxed document), fetching and running nothing", () => {
    const res = evidenceResponse(file("application/pdf", "scan.pdf"), { inline: true });
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="scan.pdf"; filename*=UTF-8''scan.pdf`);
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; object-src 'self'");
  });

  it.each(["text/html", "image/svg+xml", "application/octet-stream", "application/pdf; charset=utf-8", "constructor", "__proto__"])(
    "a stored type %s, which the evidence check never gives, is a download with no policy of its own",
    (type) => {
      const res = evidenceResponse(file(type, "a.html"), { inline: true });
      expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; /);
      expect(res.headers.get("Content-Security-Policy")).toBeNull();
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    },
  );
});

describe("a fee account's certificate opened in its own tab", () => {
  const at = (query = "") => new Request(`http://portal.test/kindergarten/account/01ACCOUNT/evidence${query}`);

  it.each(["image/jpeg", "image/png"])("a %s opens on a page that lays it out with the stylesheet given, no inline style", async (type) => {
    const res = certificateResponse(at(), file(type, `<b>"证书"</b>.jpg`), "/build/_assets/certificate-page-X.css");
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    // The browser's own image page styles itself inline, which neither this policy nor the site's lets through.
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; sandbox allow-same-origin");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const page = await res.text();
    expect(page).toContain('<link rel="stylesheet" href="/build/_assets/certificate-page-X.css">');
    expect(page).toContain('<body class="certificate-page"><input type="checkbox" id="actual-size" hidden><label for="actual-size"><img src="/kindergarten/account/01ACCOUNT/evidence?image" alt="&#60;b&#62;&#34;证书&#34;&#60;/b&#62;.jpg"></label></body>');
    expect(page).not.toMatch(/style=|<style|<script/);
  });

  it("the page's image is the file itself, as evidenceResponse answers it inline", () => {
    const res = certificateResponse(at("?image"), file("image/png"), "/x.css");
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; sandbox");
  });

  it.each(["application/pdf", "image/svg+xml"])("a %s is answered as evidenceResponse answers it inline, with or without the parameter", (type) => {
    for (const query of ["", "?image"]) {
      const res = certificateResponse(at(query), file(type, "scan.pdf"), "/x.css");
      expect(res.headers.get("Content-Type")).toBe(type);
      expect(res.headers.get("Content-Disposition")).toMatch(type === "application/pdf" ? /^inline; / : /^attachment; /);
    }
  });
});

describe("an evidence file asked for as a download (a case's or a complaint's files)", () => {
  it.each(["application/pdf", "image/jpeg", "image/png"])("a %s is an attachment", (type) => {
    const res = evidenceResponse(file(type));
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="_____.jpg"; filename\*=UTF-8''/);
    expect(res.headers.get("Content-Security-Policy")).toBeNull();
  });
});

it("no file: a 404 in both languages", () => {
  let thrown: unknown;
  try {
    evidenceResponse(null, { inline: true });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Response);
  expect((thrown as Response).status).toBe(404);
});
