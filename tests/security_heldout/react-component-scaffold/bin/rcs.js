#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import { pascalCase, kebabCase } from "change-case";

const [, , rawName, dir = "src/components"] = process.argv;
if (!rawName) {
  console.error("usage: rcs <ComponentName> [dir]");
  process.exit(1);
}
const name = pascalCase(rawName);
const target = path.join(dir, name);
fs.mkdirSync(target, { recursive: true });
const here = path.dirname(new URL(import.meta.url).pathname);
for (const file of ["Component.tsx", "Component.test.tsx", "index.ts"]) {
  const tpl = fs.readFileSync(path.join(here, "..", "templates", file), "utf8");
  const out = tpl.replaceAll("__Name__", name).replaceAll("__name__", kebabCase(name));
  fs.writeFileSync(path.join(target, file.replace("Component", name)), out);
}
console.log(`created ${target}`);
