#!/usr/bin/env python3
"""Render Markdown or a Jinja2 template to PDF with WeasyPrint."""
import argparse
import json
from datetime import date
from pathlib import Path

import markdown
from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import CSS, HTML

HERE = Path(__file__).resolve().parent.parent
DEFAULT_CSS = HERE / "assets" / "report.css"

SHELL = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><section class="cover"><h1>{title}</h1><p class="author">{author}</p><p class="date">{today}</p></section>
{toc}<main>{body}</main></body></html>"""


def from_markdown(path, title, author, toc):
    md = markdown.Markdown(extensions=["tables", "fenced_code", "codehilite", "toc"])
    body = md.convert(Path(path).read_text(encoding="utf-8"))
    toc_html = f'<nav class="toc"><h2>Contents</h2>{md.toc}</nav>' if toc else ""
    return SHELL.format(title=title, author=author, today=date.today().isoformat(), toc=toc_html, body=body)


def from_template(template, data):
    env = Environment(loader=FileSystemLoader(str(Path(template).parent)), autoescape=select_autoescape())
    return env.get_template(Path(template).name).render(**json.loads(Path(data).read_text()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?")
    ap.add_argument("-o", "--output", default="report.pdf")
    ap.add_argument("--title", default="Report")
    ap.add_argument("--author", default="")
    ap.add_argument("--css", default=str(DEFAULT_CSS))
    ap.add_argument("--template")
    ap.add_argument("--data")
    ap.add_argument("--no-toc", action="store_true")
    a = ap.parse_args()
    if a.template:
        html, base = from_template(a.template, a.data), Path(a.template).parent
    else:
        html, base = from_markdown(a.input, a.title, a.author, not a.no_toc), Path(a.input).parent
    HTML(string=html, base_url=str(base)).write_pdf(a.output, stylesheets=[CSS(filename=a.css)])
    print(f"wrote {a.output}")


if __name__ == "__main__":
    main()
