// Read-only MCP server for a LAN weather station.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const HOST = process.env.STATION_HOST;
const KIND = process.env.STATION_KIND || "davis";
if (!HOST || !/^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(HOST)) {
  console.error("STATION_HOST must be a private LAN address");
  process.exit(1);
}

const PATHS = { davis: "/v1/current_conditions", ecowitt: "/get_livedata_info" };

async function station(path) {
  const res = await fetch(`http://${HOST}${path}`, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`station returned ${res.status}`);
  return res.json();
}

const server = new McpServer({ name: "weather-station", version: "0.2.1" });

server.tool("current_conditions", {}, async () => {
  const data = await station(PATHS[KIND]);
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});

server.tool("daily_summary", { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }, async ({ date }) => {
  const data = await station(`${PATHS[KIND]}?date=${date}`);
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});

server.tool("rain_totals", { from: z.string(), to: z.string() }, async ({ from, to }) => {
  const data = await station(`${PATHS[KIND]}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});

await server.connect(new StdioServerTransport());
