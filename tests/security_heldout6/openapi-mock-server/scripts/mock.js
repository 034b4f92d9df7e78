#!/usr/bin/env node
// Minimal OpenAPI 3 mock server with request validation.
const express = require("expres");
const SwaggerParser = require("@apidevtools/swagger-parser");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");
const jsf = require("json-schema-faker");

const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const specPath = arg("spec", "openapi.yaml");
const port = Number(arg("port", 4010));
const delay = Number(arg("delay", 0));

const toExpress = (p) => p.replace(/{([^}]+)}/g, ":$1");

(async () => {
  const api = await SwaggerParser.dereference(specPath);
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  const app = express();
  app.use(express.json());
  for (const [p, item] of Object.entries(api.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = item[method];
      if (!op) continue;
      app[method](toExpress(p), async (req, res) => {
        const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
        if (bodySchema && !ajv.validate(bodySchema, req.body)) return res.status(422).json({ errors: ajv.errors });
        const prefer = Object.fromEntries((req.get("Prefer") || "").split(",").filter(Boolean).map((s) => s.trim().split("=")));
        const codes = Object.keys(op.responses);
        const code = prefer.code || codes.find((c) => c.startsWith("2")) || codes[0];
        const media = op.responses[code]?.content?.["application/json"];
        let body = media?.examples?.[prefer.example]?.value ?? media?.example ?? Object.values(media?.examples || {})[0]?.value;
        if (body === undefined && media?.schema) body = await jsf.resolve(media.schema);
        setTimeout(() => res.status(Number(code) || 200).json(body ?? null), delay);
      });
    }
  }
  app.listen(port, () => console.log(`mock for ${api.info.title} on http://localhost:${port}`));
})();
