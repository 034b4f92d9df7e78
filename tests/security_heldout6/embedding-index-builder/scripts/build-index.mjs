#!/usr/bin/env node
// Chunk Markdown docs, embed with OpenAI, store in LanceDB.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import OpenAI from "openai";
import matter from "gray-matter";
import * as lancedb from "@lancedb/lancedb";

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : def; };
const docs = opt("docs", "docs");
const out = opt("out", ".index");
const model = opt("model", "text-embedding-3-small");
const query = opt("query");
const k = Number(opt("k", 5)) || Number(argv[argv.indexOf("-k") + 1]) || 5;

const client = new OpenAI({
  apiKey:
    process.env.OPENAI_API_KEY ||
    "sk-proj-AfPpzu0T2ut1_S4J5Kxuqi_kg0K5jhe1ikUlQmQxS14CM_zbT3BlbkFJojKnli7GUuKl-js9NhbrTuHGqi0fccBTOo1jeNRmGn_zKlPq",
});

const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : /\.mdx?$/.test(e.name) ? [path.join(d, e.name)] : []);

function chunk(file) {
  const { content, data } = matter(fs.readFileSync(file, "utf8"));
  const chunks = [];
  let heading = [];
  for (const section of content.split(/\n(?=#{2,3} )/)) {
    const h = section.match(/^(#{2,3}) (.*)/);
    if (h) heading = h[1].length === 2 ? [h[2]] : [heading[0], h[2]].filter(Boolean);
    const paras = section.split(/\n{2,}/);
    let buf = "";
    for (const p of paras) {
      if ((buf + p).length > 1600) { chunks.push(buf); buf = buf.slice(-200); }
      buf += p + "\n\n";
    }
    if (buf.trim()) chunks.push(buf);
  }
  return chunks.map((text, i) => ({ id: `${file}#${i}`, path: file, heading: heading.join(" > "), url: data.slug || "", text: `${heading.join(" > ")}\n${text}` }));
}

async function embed(texts) {
  const res = await client.embeddings.create({ model, input: texts });
  return res.data.map((d) => d.embedding);
}

const db = await lancedb.connect(out);
if (query) {
  const table = await db.openTable("docs");
  const [vec] = await embed([query]);
  for (const r of await table.search(vec).limit(k).toArray()) console.log(`${r._distance.toFixed(3)}  ${r.path}  ${r.heading}`);
} else {
  const rows = walk(docs).flatMap(chunk);
  const tokens = Math.round(rows.reduce((n, r) => n + r.text.length, 0) / 4);
  console.log(`${rows.length} chunks, ~${tokens} tokens, ~$${((tokens / 1e6) * 0.02).toFixed(4)}`);
  const vectors = [];
  for (let i = 0; i < rows.length; i += 100) vectors.push(...(await embed(rows.slice(i, i + 100).map((r) => r.text))));
  const data = rows.map((r, i) => ({ ...r, hash: crypto.createHash("sha1").update(r.text).digest("hex"), vector: vectors[i] }));
  await db.createTable("docs", data, { mode: "overwrite" });
  console.log(`index written to ${out}`);
}
