/**
 * The project's import graph, read from the sources with a regular
 * expression (enough for our own code: static imports, re-exports and
 * dynamic import() of string literals) and resolved the way tsconfig does:
 * ~/db/* and ~/rules/* are the top-level folders, every other ~/ is app/.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root, which `sourceFiles` names files relative to. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE_DIRS = ["app", "jobs", "db", "rules"];
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

export interface ImportEdge {
  /** Importing file, relative to the project root. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** The imported project file (relative), or null for a package. */
  to: string | null;
  typeOnly: boolean;
}

/** The project's TypeScript sources under `dirs` (relative to ROOT, POSIX separators), and server.ts. */
export function sourceFiles(dirs: readonly string[] = SOURCE_DIRS): string[] {
  const out: string[] = ["server.ts"];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  dirs.forEach(walk);
  return out;
}

function resolve(fromFile: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/db/") || spec.startsWith("~/rules/")) base = spec.slice(2);
  else if (spec.startsWith("~/")) base = `app/${spec.slice(2)}`;
  else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${fromFile}: cannot resolve "${spec}"`);
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s+["']([^"']+)["']/g;

export function importGraph(): { files: string[]; edges: ImportEdge[]; processEnvReaders: string[] } {
  const files = sourceFiles();
  const edges: ImportEdge[] = [];
  const processEnvReaders: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (/process\.env\b/.test(text)) processEnvReaders.push(file);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? m[5];
      edges.push({ from: file, spec, to: resolve(file, spec), typeOnly: Boolean(m[2]) });
    }
  }
  return { files, edges, processEnvReaders };
}

const featureOf = (file: string | null) => (file?.startsWith("app/domain/") ? file.split("/")[2] : null);

/** Cycles between app/domain/<feature> folders (strongly connected components of more than one folder, or a folder importing itself through another). */
export function featureCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = featureOf(e.from);
    const b = featureOf(e.to);
    if (!a || !b || a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!indexOf.has(v)) visit(v);
  return cycles;
}
