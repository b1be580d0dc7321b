/**
 * Compiles the web process (server.ts) into build/server/index.js for production, so that
 * `npm start` and `npm run serve` run plain JavaScript on node: no TypeScript loader (tsx and its
 * esbuild) in the serving process, which saves ~50 MB of memory and half of the start-up.
 * `npm run build` runs it after `remix build`; the Remix app itself stays build/index.js, which
 * server.ts imports at start as before.
 *
 * - Our modules (server.ts, app/, db/, jobs/, rules/, the `~/` aliases of tsconfig.json) are
 *   bundled; npm packages stay in node_modules (native addons, workers), except JSON files,
 *   which Node's ESM loader would refuse without an import attribute.
 * - The evaluation pool's worker threads load their module as a file of its own: it is written
 *   beside the bundle (build/server/evaluation-pool.server.js), where the bundled pool finds it.
 *
 * Usage: node build-server.mjs   (takes well under a second)
 */
import * as esbuild from "esbuild";

const started = Date.now();
await esbuild.build({
  absWorkingDir: new URL(".", import.meta.url).pathname,
  entryPoints: {
    index: "server.ts",
    "evaluation-pool.server": "app/domain/filings/evaluation-pool.server.ts",
  },
  outdir: "build/server",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  // Not minified: stack traces in the log keep the names and code as written.
  minify: false,
  logLevel: "warning",
  plugins: [
    {
      name: "packages-stay-in-node-modules",
      setup(build) {
        // A bare specifier (not ./, ../, / or the ~/ alias) is a package: left to Node, but for JSON.
        build.onResolve({ filter: /^[^./~]/ }, (args) => (args.path.endsWith(".json") ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
console.log(`build/server/index.js compiled in ${Date.now() - started} ms`);
