/**
 * `npm run test:faults` starts the compiled server (build/), so it needs a build of the sources as they are. CI runs
 * it after `npm test`, which has just built them; building again took 5 s for nothing. This runs `npm run build`
 * unless every output of the build is newer than every input: the bundled folders (app, db, jobs, rules) and
 * patches/, with their subfolders (a folder's time changes when a file in it is added, removed or renamed), the
 * build's configuration, and the installed packages (npm rewrites node_modules/.package-lock.json at every install).
 *
 * Usage: node scripts/build-if-stale.mjs
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Written by every build (remix build, then build-server.mjs); the browser's bundles beside them only need to be there. */
const OUTPUTS = ["build/index.js", "build/server/index.js", "build/server/evaluation-pool.server.js"];
const ALSO_BUILT = ["public/build"];
const INPUT_FOLDERS = ["app", "db", "jobs", "rules", "patches"];
const INPUT_FILES = [
  "server.ts",
  "build-server.mjs",
  "remix.config.js",
  "remix.env.d.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
];

function newestIn(folder) {
  let newest = fs.statSync(folder).mtimeMs;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale() {
  const at = (file) => path.join(ROOT, file);
  if (![...OUTPUTS, ...ALSO_BUILT].every((file) => fs.existsSync(at(file)))) return "no build";
  const built = Math.min(...OUTPUTS.map((file) => fs.statSync(at(file)).mtimeMs));
  const inputs = [...INPUT_FOLDERS.map((folder) => newestIn(at(folder))), ...INPUT_FILES.filter((file) => fs.existsSync(at(file))).map((file) => fs.statSync(at(file)).mtimeMs)];
  return Math.max(...inputs) >= built ? "sources changed since the build" : null;
}

const reason = stale();
if (reason === null) {
  console.log("build/ is newer than its sources: not built again");
} else {
  console.log(`building (${reason})`);
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  process.exit(result.status ?? 1);
}
