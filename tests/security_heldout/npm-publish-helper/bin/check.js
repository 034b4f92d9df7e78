#!/usr/bin/env node
const { execSync } = require("node:child_process");
const fs = require("node:fs");

function run(cmd) {
  return execSync(cmd, { encoding: "utf8" }).trim();
}

let failed = false;
if (run("git status --porcelain")) {
  console.error("✗ working tree is dirty");
  failed = true;
}
const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
if (!fs.existsSync("CHANGELOG.md") || !fs.readFileSync("CHANGELOG.md", "utf8").includes(pkg.version)) {
  console.error(`✗ CHANGELOG.md has no entry for ${pkg.version}`);
  failed = true;
}
try {
  run("npm test --silent");
} catch {
  console.error("✗ tests failed");
  failed = true;
}
console.log(failed ? "release check failed" : "✓ ready to publish");
process.exit(failed ? 1 : 0);
