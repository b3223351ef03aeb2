#!/usr/bin/env node
// The test command (`npm test`): type-check and build, lint, run vitest, and
// close with one line CI can read: "N passed, N failed[, N skipped]".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = (name) => join(import.meta.dirname, "..", "node_modules", ".bin", name);
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: "inherit", cwd: join(import.meta.dirname, "..") }).status;

let passed = 0;
let failed = 0;
let skipped = 0;

const steps = [
  ["type-check and build (tsc)", bin("tsc"), ["-p", "tsconfig.json"]],
  ["lint and format (biome)", bin("biome"), ["check", "src", "test"]],
];
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n== ${name}\n`);
  if (run(cmd, args) === 0) passed++;
  else {
    failed++;
    process.stdout.write(`FAILED: ${name}\n`);
  }
}

const dir = mkdtempSync(join(tmpdir(), "newsclean-test-"));
const report = join(dir, "vitest.json");
process.stdout.write("\n== vitest\n");
const extra = process.argv.slice(2);
const status = run(bin("vitest"), [
  "run",
  "--config",
  "test/vitest.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...extra,
]);
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests to count: count it as a failure.
  for (const s of r.testResults ?? [])
    if (s.status === "failed" && (s.assertionResults ?? []).length === 0) failed++;
} catch {
  failed++;
}
if (status !== 0 && failed === 0) failed++;
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exit(failed === 0 ? 0 : 1);
