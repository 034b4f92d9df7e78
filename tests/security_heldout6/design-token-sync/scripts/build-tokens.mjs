#!/usr/bin/env node
// Build CSS variables and a typed TS theme from Tokens Studio JSON.
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, v, i, a) => (v.startsWith("--") ? [...acc, [v.slice(2), a[i + 1]]] : acc), [])
);
const inDir = args.in ?? "tokens";
const outDir = args.out ?? "src/styles";

const read = (f) => JSON.parse(fs.readFileSync(path.join(inDir, f), "utf8"));
const flatten = (obj, prefix = []) =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" && !("value" in v) ? flatten(v, [...prefix, k]) : [[[...prefix, k].join("."), v.value]]
  );

const global = Object.fromEntries(flatten(read("global.json")));
const resolve = (val, table) =>
  typeof val === "string" ? val.replace(/\{([^}]+)\}/g, (_, ref) => resolve(table[ref] ?? `/*missing ${ref}*/`, table)) : val;

const cssName = (p) =>
  "--" + p.replace(/^colors\./, "color.").replace(/^spacing\./, "space.").replace(/\./g, "-");

function block(selector, set) {
  const table = { ...global, ...Object.fromEntries(flatten(set)) };
  const lines = Object.keys(Object.fromEntries(flatten(set))).map((k) => `  ${cssName(k)}: ${resolve(table[k], table)};`);
  return `${selector} {\n${lines.join("\n")}\n}\n`;
}

const css = block(":root", { ...read("global.json"), ...read("light.json") }) + "\n" + block("[data-theme=dark]", read("dark.json"));
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, "tokens.css"), css);
const ts = `export const tokens = ${JSON.stringify(Object.fromEntries(flatten(read("light.json")).map(([k]) => [k, `var(${cssName(k)})`])), null, 2)} as const;\n`;
fs.writeFileSync(path.join(outDir, "tokens.ts"), ts);
console.log(`wrote ${path.join(outDir, "tokens.css")} and tokens.ts`);
