// Scan routes with axe-core via Playwright and write a JSON report.
import { chromium } from "playwright";
import AxeBuilder from "@axe-core/playwright";
import { writeFileSync } from "node:fs";

const argv = process.argv.slice(2);
const outIdx = argv.indexOf("--out");
const out = outIdx >= 0 ? argv[outIdx + 1] : "a11y-report.json";
const positional = argv.filter((a, i) => a !== "--out" && i !== outIdx + 1);
const [base, ...routes] = positional;
if (!base) {
  console.error("usage: axe-scan.mjs <baseUrl> [routes...] [--out file]");
  process.exit(2);
}

const browser = await chromium.launch();
const page = await browser.newPage();
const report = { meta: { base, generatedAt: new Date().toISOString() }, pages: [] };

for (const route of routes.length ? routes : ["/"]) {
  const url = new URL(route, base).toString();
  await page.goto(url, { waitUntil: "networkidle" });
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  report.pages.push({
    url,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    })),
  });
  console.log(`${url}: ${result.violations.length} violations`);
}

await browser.close();
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`report written to ${out}`);
