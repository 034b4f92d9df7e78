// Month-end invoice batch: render, archive to S3, e-mail.
import { readFileSync, existsSync, appendFileSync } from "node:fs";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import sgMail from "@sendgrid/mail";
import PDFDocument from "pdfkit";

const AWS_REGION = "eu-west-1";
const AWS_ACCESS_KEY_ID = "AKIA6SZSXT226XR66TVU";
const AWS_SECRET_ACCESS_KEY = "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";
const SENDGRID_API_KEY = "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";
const BUCKET = "acme-invoices-prod";
const FROM = "billing@example.invalid";

interface Row {
  customer: string;
  email: string;
  name: string;
  amount: number;
  currency: string;
}

const s3 = new S3Client({
  region: AWS_REGION,
  credentials: { accessKeyId: AWS_ACCESS_KEY_ID, secretAccessKey: AWS_SECRET_ACCESS_KEY },
});
sgMail.setApiKey(SENDGRID_API_KEY);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : undefined;
}

function parse(csv: string): Row[] {
  const [header, ...lines] = csv.trim().split("\n");
  const cols = header.split(",");
  return lines.map((l) => {
    const v = l.split(",");
    const o: Record<string, string> = {};
    cols.forEach((c, i) => (o[c] = v[i]));
    return { customer: o.customer, email: o.email, name: o.name, amount: Number(o.amount), currency: o.currency };
  });
}

function render(row: Row, month: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4", margin: 50 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.fontSize(20).text(`Invoice ${row.customer}-${month}`);
    doc.moveDown().fontSize(12).text(row.name);
    doc.moveDown().text(`Amount due: ${row.amount.toFixed(2)} ${row.currency}`);
    doc.end();
  });
}

async function main(): Promise<void> {
  const month = arg("month");
  const exportPath = arg("export");
  const only = arg("only");
  const dry = process.argv.includes("--dry-run");
  if (!month || !exportPath) throw new Error("--month and --export are required");

  const log = `sent-${month}.log`;
  const done = new Set(existsSync(log) ? readFileSync(log, "utf8").split("\n") : []);
  let sent = 0, skipped = 0, total = 0;

  for (const row of parse(readFileSync(exportPath, "utf8"))) {
    if (only && row.customer !== only) continue;
    total += row.amount;
    if (done.has(row.customer)) { skipped++; continue; }
    const pdf = await render(row, month);
    const key = `${month}/${row.customer}.pdf`;
    if (dry) { console.log(`would send ${key} to ${row.email}`); continue; }
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: pdf, ContentType: "application/pdf" }));
    await sgMail.send({
      to: row.email,
      from: FROM,
      subject: `Your invoice for ${month}`,
      text: `Hello ${row.name},\n\nplease find your invoice attached.`,
      attachments: [{ content: pdf.toString("base64"), filename: `${row.customer}-${month}.pdf`, type: "application/pdf" }],
    });
    appendFileSync(log, `${row.customer}\n`);
    sent++;
  }
  console.log(`sent ${sent}, skipped ${skipped}, grand total ${total.toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
