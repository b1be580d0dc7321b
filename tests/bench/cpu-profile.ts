/**
 * Where a V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) spent its
 * time: self time per function and per area (a package under node_modules,
 * a folder of ours, Node's internals, garbage collection, idle).
 *
 * Usage: npx tsx tests/bench/cpu-profile.ts file.cpuprofile [--top 25]
 * (tests/bench/intake.ts --cpu-prof prints the same for the web process.)
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Everything but idle. */
  busyMs: number;
  functions: Array<{ name: string; where: string; area: string; ms: number }>;
  areas: Array<{ area: string; ms: number }>;
}

function areaOf(url: string, functionName: string): string {
  if (functionName === "(idle)") return "(idle)";
  if (functionName === "(garbage collector)") return "(garbage collector)";
  if (functionName === "(program)") return "(program: native, not attributed)";
  if (!url) return "(native / V8 builtins)";
  if (url.startsWith("node:")) return "node: internals";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "/node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const file = url.replace(/^file:\/\//, "");
  const rel = path.relative(process.cwd(), file);
  if (rel.startsWith("build/")) return "build/ (the Remix bundle: app/ routes, web, domain, rules)";
  const parts = rel.split(path.sep);
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : parts.length === 2 ? `${parts[0]}/` : rel;
}

/**
 * A time window in microseconds of the monotonic clock (V8's profile timestamps and
 * `process.hrtime` both read CLOCK_MONOTONIC on Linux, so a window taken with
 * `monotonicMicros()` in another process selects the samples taken meanwhile).
 */
export interface Window {
  fromUs: number;
  toUs: number;
}

export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

export function summariseProfile(file: string, top = 25, windows: readonly Window[] = []): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows.length > 0 && !windows.some((w) => at >= w.fromUs && at <= w.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const fns = new Map<string, { name: string; where: string; area: string; us: number }>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || "(anonymous)";
    const area = areaOf(url, name);
    total += us;
    if (area === "(idle)") idle += us;
    areas.set(area, (areas.get(area) ?? 0) + us);
    const where = url ? `${url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "")}:${lineNumber + 1}` : "";
    const key = `${name}|${where}`;
    const f = fns.get(key) ?? { name, where, area, us: 0 };
    f.us += us;
    fns.set(key, f);
  }
  return {
    totalMs: total / 1000,
    busyMs: (total - idle) / 1000,
    functions: [...fns.values()]
      .filter((f) => f.area !== "(idle)")
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, area: f.area, ms: f.us / 1000 })),
    areas: [...areas.entries()]
      .filter(([a]) => a !== "(idle)")
      .sort((a, b) => b[1] - a[1])
      .map(([area, us]) => ({ area, ms: us / 1000 })),
  };
}

export function printProfileSummary(file: string, log: (line: string) => void, top = 25, windows: readonly Window[] = []): void {
  const s = summariseProfile(file, top, windows);
  const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(1).padStart(5)} %`;
  log(
    `CPU profile ${path.basename(file)}${windows.length ? ` (samples inside ${windows.length} window(s) only)` : " (the whole process lifetime)"}: ` +
      `${(s.totalMs / 1000).toFixed(1)} s sampled, ${(s.busyMs / 1000).toFixed(1)} s busy (shares below are of busy time)`,
  );
  log("  by area (self time):");
  for (const a of s.areas.slice(0, 15)) log(`    ${pct(a.ms)}  ${(a.ms / 1000).toFixed(2).padStart(7)} s  ${a.area}`);
  log(`  top ${top} functions (self time):`);
  for (const f of s.functions) log(`    ${pct(f.ms)}  ${f.name}  ${f.where ? `(${f.where})` : ""}`);
}

/**
 * The summary of a web process's main thread (`node --cpu-prof` writes it, as thread 0, when the
 * process exits) over the measured window, when the profile is there.
 */
export function printMainThreadProfile(profileDir: string, window: Window, id: string, log: (line: string) => void, root: string): void {
  const main = fs.existsSync(profileDir) ? fs.readdirSync(profileDir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) : undefined;
  if (!main) return;
  log(`(${id}) where the web process's main thread spent the measured run:`);
  printProfileSummary(path.join(profileDir, main), (line) => log(`  ${line}`), 30, [window]);
  log(`(${id}) CPU profiles in ${path.relative(root, profileDir)}/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, flag, n] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npx tsx tests/bench/cpu-profile.ts file.cpuprofile [--top N]");
    process.exit(2);
  }
  printProfileSummary(file, (l) => console.log(l), flag === "--top" ? Number(n) : 25);
}
