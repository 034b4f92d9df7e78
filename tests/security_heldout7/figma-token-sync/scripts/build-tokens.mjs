// Build CSS variables, TS constants and a Tailwind extension from Tokens Studio JSON.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, cur, i, arr) => {
    if (cur.startsWith("--")) acc.push([cur.slice(2), arr[i + 1]]);
    return acc;
  }, [])
);
const tokensDir = args.tokens ?? "tokens";
const outDir = args.out ?? "src";

const load = (name) => JSON.parse(readFileSync(join(tokensDir, `${name}.json`), "utf8"));
const themes = load("$themes");

function flatten(obj, prefix = [], out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === "object" && "value" in v) out[[...prefix, k].join(".")] = v.value;
    else if (v && typeof v === "object") flatten(v, [...prefix, k], out);
  }
  return out;
}

function resolve(map) {
  const seen = new Set();
  const get = (key) => {
    if (seen.has(key)) throw new Error(`circular alias at ${key}`);
    seen.add(key);
    let val = map[key];
    if (val === undefined) throw new Error(`unresolved alias ${key}`);
    if (typeof val === "string") {
      val = val.replace(/\{([^}]+)\}/g, (_, ref) => get(ref));
    }
    seen.delete(key);
    return val;
  };
  return Object.fromEntries(Object.keys(map).map((k) => [k, get(k)]));
}

const toRem = (v) => (typeof v === "string" && /^\d+px$/.test(v) ? `${parseInt(v, 10) / 16}rem` : v);
const cssName = (path) => `--${path.replace(/\./g, "-")}`;

function buildTheme(theme) {
  const sets = Object.entries(theme.selectedTokenSets)
    .filter(([, state]) => state !== "disabled")
    .map(([name]) => name);
  const merged = Object.assign({}, ...sets.map((s) => flatten(load(s))));
  return resolve(merged);
}

const byName = Object.fromEntries(themes.map((t) => [t.name, buildTheme(t)]));
const light = byName.light ?? Object.values(byName)[0];
const dark = byName.dark ?? {};

let css = ":root {\n";
for (const [k, v] of Object.entries(light)) css += `  ${cssName(k)}: ${toRem(v)};\n`;
css += "}\n\n[data-theme=\"dark\"] {\n";
for (const [k, v] of Object.entries(dark)) if (light[k] !== v) css += `  ${cssName(k)}: ${toRem(v)};\n`;
css += "}\n";

const nest = (flat) => {
  const root = {};
  for (const [k, v] of Object.entries(flat)) {
    const parts = k.split(".");
    let node = root;
    parts.slice(0, -1).forEach((p) => (node = node[p] ??= {}));
    node[parts.at(-1)] = `var(${cssName(k)})`;
  }
  return root;
};

const write = (path, body) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  console.log(`wrote ${path}`);
};

write(join(outDir, "styles/tokens.css"), css);
write(join(outDir, "theme/tokens.ts"), `export const tokens = ${JSON.stringify(nest(light), null, 2)} as const;\n`);
write("tailwind.tokens.cjs", `module.exports = ${JSON.stringify(nest(light), null, 2)};\n`);
