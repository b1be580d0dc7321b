/**
 * Launches headless Chromium for the browser tests (playwright-core), so that `npm ci && npm test`
 * passes on a machine with no browser installed. Which executable, in this order:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable and nothing else (to test against a particular build;
 *    a typo should fail loudly rather than quietly test another browser).
 * 2. `/usr/bin/chromium` (Debian's `chromium` package), when it exists.
 * 3. The Chromium that the npm devDependency `@sparticuz/chromium` carries inside its tarball. It is
 *    brotli-packed and unpacks to `$TMPDIR/chromium` (`/tmp/chromium`) at its first launch (~2 s,
 *    ~200 MB); later launches reuse that file, even from another checkout.
 *
 * If (2) exists but cannot be launched, (3) is tried too; the error names every attempt.
 *
 * Both browsers get the same flags (CHROMIUM_ARGS). The package's own `chromium.args` are for AWS
 * Lambda and are deliberately not used: they include `--disable-web-security`,
 * `--allow-running-insecure-content`, no site isolation and `--single-process`, so the tests would
 * no longer see the security model (same-origin, Origin headers on form posts) of a real browser.
 * Besides libc, the packaged build links only libnss3, libnspr4 and libexpat (on the base image here).
 *
 * Fonts: the packaged build reads the system's fontconfig setup (/etc/fonts), as Debian's does. With no
 * CJK font installed Chinese text shows as boxes in the screenshots; the tests pass all the same
 * (they read the DOM, not pixels). `apt-get install fonts-wqy-microhei` makes the screenshots
 * readable (checked with the packaged build). No CJK font from the npm registry fits: the packages
 * under 20 MB ship only WOFF2 slices, which the packaged build ignored when given them through
 * fontconfig (tried: noto-sans-sc 37.0.0), and those with TTF, OTF or WOFF files are 57–184 MB.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PACKAGE = "@sparticuz/chromium";

/** The machine has no internet: without these Chromium keeps trying to reach it. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

type Attempt = { label: string; problem: string };

export async function launchChromium(): Promise<Browser> {
  const browser = await launch();
  warnIfNoCjkFont();
  return browser;
}

async function launch(): Promise<Browser> {
  const attempts: Attempt[] = [];
  const override = process.env.CHROMIUM_PATH;

  if (override) {
    const label = `CHROMIUM_PATH=${override}`;
    if (!fs.existsSync(override)) {
      attempts.push({ label, problem: "no such file" });
    } else {
      const result = await tryLaunch(override);
      if ("browser" in result) return result.browser;
      attempts.push({ label, problem: result.problem });
    }
    throw notLaunched(attempts, "Unset CHROMIUM_PATH to use /usr/bin/chromium or the npm package instead.");
  }

  if (fs.existsSync(SYSTEM_CHROMIUM)) {
    const result = await tryLaunch(SYSTEM_CHROMIUM);
    if ("browser" in result) return result.browser;
    attempts.push({ label: SYSTEM_CHROMIUM, problem: result.problem });
    console.warn(`${SYSTEM_CHROMIUM} did not start (${firstLine(result.problem)}); trying the Chromium of ${PACKAGE}.`);
  } else {
    attempts.push({ label: SYSTEM_CHROMIUM, problem: "not installed (Debian: `apt-get install chromium`)" });
  }

  const packaged = await launchPackaged();
  if ("browser" in packaged) return packaged.browser;
  attempts.push({ label: `the Chromium of the npm package ${PACKAGE}`, problem: packaged.problem });
  throw notLaunched(attempts, "Set CHROMIUM_PATH to a Chromium executable to use that one instead.");
}

async function launchPackaged(): Promise<Launched> {
  let packageJson: string;
  let executable: string;
  try {
    // Resolved here rather than imported at the top, so a machine with /usr/bin/chromium never loads it.
    const entry = createRequire(import.meta.url).resolve(PACKAGE);
    packageJson = path.join(path.dirname(entry), "..", "package.json");
  } catch {
    return { problem: "not installed: run `npm ci` (it is a devDependency; `--omit=dev` leaves it out)" };
  }
  const version: string = JSON.parse(fs.readFileSync(packageJson, "utf8")).version;
  const unpacked = path.join(os.tmpdir(), "chromium");
  const stale = `; if ${unpacked} is a partial unpack or another version's, delete it so it is unpacked again`;
  try {
    const { default: packagedChromium } = await import("@sparticuz/chromium");
    executable = await packagedChromium.executablePath();
  } catch (error) {
    return { problem: `${PACKAGE}@${version} could not unpack its Chromium to ${unpacked}: ${message(error)}` };
  }
  let result = await tryLaunch(executable);
  if (!("browser" in result) && !result.missingLibrary && (await stillBeingUnpacked(executable))) {
    result = await tryLaunch(executable);
  }
  if (!("browser" in result)) {
    const hint = result.missingLibrary ? "; on Debian this build needs the packages libnss3, libnspr4 and libexpat1" : stale;
    return { problem: `${executable} (${PACKAGE}@${version}): ${result.problem}${hint}` };
  }
  // executablePath() returns whatever $TMPDIR/chromium holds, even one unpacked by another version
  // of the package; its major version is the Chromium major version it ships.
  const wanted = version.split(".")[0];
  const got = result.browser.version().split(".")[0];
  if (got !== wanted) {
    await result.browser.close().catch(() => {});
    return { problem: `${executable} is Chromium ${result.browser.version()}, not the ${wanted} of ${PACKAGE}@${version}${stale}` };
  }
  return result;
}

/**
 * executablePath() returns $TMPDIR/chromium as soon as it exists, so a second test run started while
 * another one unpacks it (two checkouts on one machine) gets a half-written file. Wait for it to stop
 * growing; true if it was still being written.
 */
async function stillBeingUnpacked(file: string): Promise<boolean> {
  const size = () => (fs.existsSync(file) ? fs.statSync(file).size : -1);
  if (!fs.existsSync(file) || Date.now() - fs.statSync(file).mtimeMs > 30_000) return false;
  let last = size();
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = size();
    if (now === last) return true;
    last = now;
  }
  return true;
}

type Launched = { browser: Browser } | { problem: string; missingLibrary?: boolean };

async function tryLaunch(executablePath: string): Promise<Launched> {
  try {
    return { browser: await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 }) };
  } catch (error) {
    const text = message(error);
    const library = /error while loading shared libraries: ([^:\s]+)/.exec(text)?.[1];
    if (library) return { problem: `the shared library ${library} is missing`, missingLibrary: true };
    return { problem: text };
  }
}

function notLaunched(attempts: Attempt[], hint: string): Error {
  const lines = attempts.map((a) => `  - ${a.label}: ${indent(a.problem)}`);
  return new Error(`Cannot launch Chromium for the browser tests (tests/setup/browser.ts). Tried:\n${lines.join("\n")}\n${hint}`);
}

let warnedAboutFonts = false;
/** Boxes instead of Chinese in the screenshots are puzzling; say once why, when fc-list can tell. */
function warnIfNoCjkFont(): void {
  if (warnedAboutFonts) return;
  warnedAboutFonts = true;
  const list = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  if (list.status === 0 && list.stdout.trim() === "") {
    console.warn(
      "No CJK font installed: Chinese text shows as boxes in tests/artifacts/e2e/*.png (the tests are not affected). " +
        "`apt-get install fonts-wqy-microhei` makes the screenshots readable.",
    );
  }
}

function message(error: unknown): string {
  // Playwright's launch errors carry its whole call log, with the (very long) command line twice; what
  // tells the cause is its first line and what the browser itself printed on stderr ("[pid=N][err] …").
  const lines = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, "").split("\n");
  const stderr = new Set(lines.filter((line) => /\[pid=\d+\]\[err\]/.test(line)).map((line) => line.replace(/^\s*-?\s*/, "")));
  return [lines[0] ?? "", ...[...stderr].slice(0, 8)].join("\n").trim();
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

function indent(text: string): string {
  return text.replace(/\n/g, "\n    ");
}
