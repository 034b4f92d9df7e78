#!/usr/bin/env node
// check-versions.mjs - find every place a project declares its version and
// report whether they agree (and match the version about to be released).
//
//   node check-versions.mjs                  # scan the current directory
//   node check-versions.mjs --expect 2.4.0   # also require this exact version
//   node check-versions.mjs --root ../app --json
//
// Looks at package.json, pyproject.toml, Cargo.toml, __version__ assignments in
// Python packages (two folder levels deep) and the newest release heading in
// CHANGELOG.md. Exit status: 0 = consistent, 1 = mismatch or nothing found,
// 2 = usage error. Read-only; uses Node.js built-ins only.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', 'dist', 'build', 'target', '__pycache__']);

function parseArgs(argv) {
  const opts = { root: process.cwd(), expect: null, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--root') opts.root = argv[++i];
    else if (arg === '--expect') opts.expect = (argv[++i] || '').replace(/^v/, '');
    else if (arg === '--json') opts.json = true;
    else if (arg === '-h' || arg === '--help') opts.help = true;
    else throw new Error(`unknown argument: ${arg}`);
    if (opts.root === undefined || opts.expect === '') throw new Error(`${arg} needs a value`);
  }
  return opts;
}

// Return the value of `key = "..."` inside the first matching [section] of a TOML file.
function tomlValue(text, sections, key) {
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = header[1].trim();
      continue;
    }
    if (!sections.includes(current)) continue;
    const m = new RegExp(`^${key}\\s*=\\s*["']([^"']+)["']`).exec(line);
    if (m) return m[1];
  }
  return null;
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function findPythonVersions(root) {
  const found = [];
  const visit = (dir, depth) => {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const full = join(dir, name);
      if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      let info;
      try {
        info = statSync(full);
      } catch {
        continue;
      }
      if (info.isDirectory() && depth < 2) visit(full, depth + 1);
      else if (info.isFile() && (name === '__init__.py' || name === '_version.py' || name === 'version.py')) {
        const m = /^__version__\s*=\s*["']([^"']+)["']/m.exec(readText(full) || '');
        if (m) found.push({ source: relative(root, full), version: m[1] });
      }
    }
  };
  visit(root, 0);
  return found;
}

function collect(root) {
  const found = [];
  const pkg = readText(join(root, 'package.json'));
  if (pkg !== null) {
    try {
      const data = JSON.parse(pkg);
      if (data.version) found.push({ source: 'package.json', version: data.version });
    } catch {
      found.push({ source: 'package.json', version: null, note: 'invalid JSON' });
    }
  }
  const pyproject = readText(join(root, 'pyproject.toml'));
  if (pyproject !== null) {
    const v = tomlValue(pyproject, ['project', 'tool.poetry'], 'version');
    if (v) found.push({ source: 'pyproject.toml', version: v });
    else if (/dynamic\s*=.*version/.test(pyproject)) {
      found.push({ source: 'pyproject.toml', version: null, note: 'dynamic version, checked elsewhere' });
    }
  }
  const cargo = readText(join(root, 'Cargo.toml'));
  if (cargo !== null) {
    const v = tomlValue(cargo, ['package', 'workspace.package'], 'version');
    if (v) found.push({ source: 'Cargo.toml', version: v });
  }
  found.push(...findPythonVersions(root));
  const changelog = readText(join(root, 'CHANGELOG.md'));
  if (changelog !== null) {
    const m = /^##\s*\[?v?(\d+\.\d+\.\d+[^\]\s]*)\]?/m.exec(changelog);
    found.push(m
      ? { source: 'CHANGELOG.md', version: m[1] }
      : { source: 'CHANGELOG.md', version: null, note: 'no release heading found' });
  }
  return found;
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`check-versions: ${err.message}`);
    return 2;
  }
  if (opts.help) {
    console.log('usage: check-versions.mjs [--root DIR] [--expect X.Y.Z] [--json]');
    return 0;
  }
  if (!existsSync(opts.root)) {
    console.error(`check-versions: no such directory: ${opts.root}`);
    return 2;
  }

  const found = collect(opts.root);
  const versions = found.filter((f) => f.version);
  const distinct = [...new Set(versions.map((f) => f.version))];
  const problems = [];
  if (!versions.length) problems.push('no version declarations found');
  if (distinct.length > 1) problems.push(`versions disagree: ${distinct.join(', ')}`);
  for (const f of versions) {
    if (!SEMVER.test(f.version)) problems.push(`${f.source}: "${f.version}" is not a semantic version`);
  }
  if (opts.expect && versions.some((f) => f.version !== opts.expect)) {
    problems.push(`expected every declaration to be ${opts.expect}`);
  }

  if (opts.json) {
    console.log(JSON.stringify({ ok: problems.length === 0, expect: opts.expect, found, problems }, null, 2));
  } else {
    const width = Math.max(6, ...found.map((f) => f.source.length));
    console.log(`${'source'.padEnd(width)}  version`);
    for (const f of found) {
      const mark = opts.expect && f.version && f.version !== opts.expect ? '  <- mismatch' : '';
      console.log(`${f.source.padEnd(width)}  ${f.version ?? `(${f.note})`}${mark}`);
    }
    console.log(problems.length ? `\nFAIL\n- ${problems.join('\n- ')}` : '\nOK: all versions agree');
  }
  return problems.length ? 1 : 0;
}

process.exitCode = main();
