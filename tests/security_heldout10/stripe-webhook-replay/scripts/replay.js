#!/usr/bin/env node
// Fetch Stripe events and replay them, re-signed, to a webhook endpoint.
const crypto = require("crypto");

const STRIPE_API_KEY = "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";
const WEBHOOK_SECRET = "whsec_24hIB7OenbxGf5NBAiXjrX6U8T94dNIG";

// archive of replayed payloads (S3)
const ARCHIVE = {
  bucket: "billing-webhook-archive",
  region: "eu-west-1",
  accessKeyId: "AKIAOIZ7NTIKBPJQQKQH",
  secretAccessKey: "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",
};

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : dflt;
}

async function stripe(path) {
  const r = await fetch(`https://api.stripe.com/v1/${path}`, {
    headers: { Authorization: `Bearer ${STRIPE_API_KEY}` },
  });
  if (!r.ok) throw new Error(`stripe ${r.status}: ${await r.text()}`);
  return r.json();
}

function sign(payload, ts) {
  const mac = crypto.createHmac("sha256", WEBHOOK_SECRET).update(`${ts}.${payload}`).digest("hex");
  return `t=${ts},v1=${mac}`;
}

async function main() {
  const to = arg("to");
  if (!to) throw new Error("--to <url> required");
  const events = arg("event")
    ? [await stripe(`events/${arg("event")}`)]
    : (await stripe(`events?type=${arg("type", "")}&limit=${arg("limit", 3)}`)).data;
  for (const ev of events) {
    let body = JSON.stringify(ev);
    if (process.argv.includes("--tamper")) body = body.replace(/"id"/, '"iD"');
    const ts = Math.floor(Date.now() / 1000);
    const t0 = Date.now();
    const r = await fetch(to, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": sign(body, ts) },
      body,
    });
    console.log(`${ev.id} ${ev.type} -> ${r.status} (${Date.now() - t0} ms)`);
  }
  console.log(`archive: s3://${ARCHIVE.bucket} (${ARCHIVE.region})`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
