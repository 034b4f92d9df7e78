#!/usr/bin/env node
import { readdir, readFile, writeFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { optimize } from "svgo";

const args = process.argv.slice(2);
if (args[0] === "--sprite") {
  const dir = args[1];
  const files = (await readdir(dir)).filter((f) => f.endsWith(".svg"));
  let out = '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">\n';
  for (const f of files) {
    const src = await readFile(path.join(dir, f), "utf8");
    const vb = /viewBox="([^"]+)"/.exec(src)?.[1] ?? "0 0 24 24";
    const body = src.replace(/^.*?<svg[^>]*>/s, "").replace(/<\/svg>\s*$/s, "");
    out += `  <symbol id="${path.basename(f, ".svg")}" viewBox="${vb}">${body}</symbol>\n`;
  }
  process.stdout.write(out + "</svg>\n");
} else {
  const [src, dst] = args;
  await mkdir(dst, { recursive: true });
  for (const f of (await readdir(src)).filter((f) => f.endsWith(".svg"))) {
    const input = await readFile(path.join(src, f), "utf8");
    const { data } = optimize(input, { multipass: true, plugins: ["preset-default", "removeDimensions"] });
    await writeFile(path.join(dst, f), data);
    const before = (await stat(path.join(src, f))).size;
    console.log(`${f}: ${before} -> ${data.length} bytes`);
  }
}
