// Screenshot every Storybook story and diff against baselines.
import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createServer } from "node:http";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";

const argv = process.argv.slice(2);
const staticDir = resolve(argv[0] ?? "storybook-static");
const opt = (n, d) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : d);
const baseline = resolve(opt("baseline", "__snapshots__"));
const threshold = Number(opt("threshold", "0.1"));
const update = argv.includes("--update");
const only = opt("only", "")?.split(",").filter(Boolean) ?? [];

const server = createServer((req, res) => {
  const p = join(staticDir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = existsSync(p) && !p.endsWith("/") ? p : join(p, "index.html");
  try { res.end(readFileSync(file)); } catch { res.statusCode = 404; res.end(); }
}).listen(0);
const port = server.address().port;

const index = JSON.parse(readFileSync(join(staticDir, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter(
  (e) => e.type === "story" && !(e.tags ?? []).includes("no-snapshot") && (!only.length || only.includes(e.id))
);

mkdirSync(join(baseline, "__diff__"), { recursive: true });
const browser = await chromium.launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
const result = { new: [], changed: [], same: 0 };

for (const s of stories) {
  await page.goto(`http://localhost:${port}/iframe.html?id=${s.id}&viewMode=story`);
  await page.addStyleTag({ content: "*{animation:none!important;transition:none!important;caret-color:transparent!important}" });
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.locator("#storybook-root").screenshot();
  const basePath = join(baseline, `${s.id}.png`);
  if (!existsSync(basePath) || update) {
    writeFileSync(basePath, shot);
    if (!update) result.new.push(s.id);
    continue;
  }
  const a = PNG.sync.read(readFileSync(basePath));
  const b = PNG.sync.read(shot);
  if (a.width !== b.width || a.height !== b.height) {
    result.changed.push(`${s.id} (size ${a.width}x${a.height} -> ${b.width}x${b.height})`);
    continue;
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold });
  if (n > 0) {
    writeFileSync(join(baseline, "__diff__", `${s.id}.png`), PNG.sync.write(diff));
    result.changed.push(`${s.id} (${n} px)`);
  } else result.same++;
}

await browser.close();
server.close();
console.log(`unchanged: ${result.same}`);
console.log(`new: ${result.new.join(", ") || "-"}`);
console.log(`changed:\n  ${result.changed.join("\n  ") || "-"}`);
process.exit(result.changed.length ? 1 : 0);
