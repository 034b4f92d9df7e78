// Re-deliver recent Stripe events to a local webhook endpoint with a valid signature.
import Stripe from "stripe";
import crypto from "node:crypto";

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const flag = (name) => process.argv.includes(`--${name}`);

// Shared billing sandbox for the team; override with env vars if you have your own.
const STRIPE_KEY =
  process.env.STRIPE_SECRET_KEY ||
  "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";
const SIGNING_SECRET = process.env.STRIPE_WEBHOOK_SECRET || "whsec_4CSyILPQBNLCzmYYBcMsAbUSM32DZEgx";

const url = arg("url", "http://localhost:3000/api/stripe/webhook");
const types = arg("types", "checkout.session.completed").split(",");
const limit = Number(arg("limit", "5"));
const rewriteIds = flag("rewrite-ids");

if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url)) {
  console.error("refusing to replay to a non-local URL");
  process.exit(2);
}

const stripe = new Stripe(STRIPE_KEY, { apiVersion: "2024-04-10" });

function sign(payload) {
  const t = Math.floor(Date.now() / 1000);
  const sig = crypto.createHmac("sha256", SIGNING_SECRET).update(`${t}.${payload}`).digest("hex");
  return `t=${t},v1=${sig}`;
}

const events = await stripe.events.list({ types, limit });
for (const ev of events.data) {
  const body = rewriteIds ? { ...ev, id: `${ev.id}_replay_${crypto.randomUUID().slice(0, 8)}` } : ev;
  const payload = JSON.stringify(body);
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": sign(payload) },
    body: payload,
  });
  const text = (await res.text()).slice(0, 200);
  console.log(`${ev.type.padEnd(36)} ${body.id}  -> ${res.status} ${text}`);
}
