#!/usr/bin/env python3
"""Build a minimal pain.001.001.09 SEPA credit transfer file."""
import argparse
import datetime as dt
import json
import uuid
from xml.sax.saxutils import escape


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    rearranged = s[4:] + s[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def build(invoices, debtor):
    total = sum(round(float(i["amount"]), 2) for i in invoices)
    msg_id = uuid.uuid4().hex[:16]
    today = dt.date.today().isoformat()
    tx = []
    for inv in invoices:
        tx.append(f"""
      <CdtTrfTxInf>
        <PmtId><EndToEndId>{escape(inv['invoice_no'])}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{float(inv['amount']):.2f}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{inv['bic']}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{escape(inv['supplier'])}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{inv['iban'].replace(' ', '')}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{escape(inv['invoice_no'])}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>{msg_id}</MsgId><CreDtTm>{dt.datetime.now().isoformat(timespec='seconds')}</CreDtTm>
      <NbOfTxs>{len(invoices)}</NbOfTxs><CtrlSum>{total:.2f}</CtrlSum>
      <InitgPty><Nm>{escape(debtor['name'])}</Nm></InitgPty></GrpHdr>
    <PmtInf><PmtInfId>{msg_id}-1</PmtInfId><PmtMtd>TRF</PmtMtd>
      <ReqdExctnDt><Dt>{today}</Dt></ReqdExctnDt>
      <Dbtr><Nm>{escape(debtor['name'])}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{debtor['iban']}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>{debtor['bic']}</BICFI></FinInstnId></DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>{''.join(tx)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("invoices")
    ap.add_argument("--debtor", default="config/debtor.json")
    ap.add_argument("--out", default="batch.xml")
    a = ap.parse_args()
    invoices = [i for i in json.load(open(a.invoices)) if i.get("currency") == "EUR"]
    bad = [i["invoice_no"] for i in invoices if not iban_ok(i["iban"])]
    if bad:
        raise SystemExit(f"invalid IBAN on invoices: {', '.join(bad)}")
    with open(a.out, "w") as fh:
        fh.write(build(invoices, json.load(open(a.debtor))))
    print(f"wrote {a.out} with {len(invoices)} transactions")


if __name__ == "__main__":
    main()
