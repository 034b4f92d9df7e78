"""Package installs found in commands and requirements files, and name look-alikes.

``installs`` turns `pip install …`, `python -m pip install …`, `uv pip install`/`uv add`,
`pipx install`, `npm/pnpm/yarn/bun add|install …` into ``Install`` records: the package
specs plus the index/registry options. ``lookalike`` compares a name with a short list of
popular packages by Damerau-Levenshtein distance 1 (names of 5+ letters), minus known
legitimate neighbours, to catch typo-squats such as `reqeusts` or `lodahs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from skcc.analyzers.scan.facts import Command

POPULAR = {
    "pypi": """requests numpy pandas scipy matplotlib urllib3 setuptools boto3 botocore django
        flask fastapi pydantic pillow cryptography pyyaml jinja2 click pytest beautifulsoup4
        selenium tensorflow torch openai anthropic colorama python-dateutil certifi
        charset-normalizer packaging httpx aiohttp sqlalchemy psycopg2 pymongo redis celery
        scikit-learn opencv-python tqdm typer playwright langchain transformers tiktoken
        markdown openpyxl python-docx reportlab pypdf paramiko docker kubernetes""".split(),
    "npm": """lodash express react react-dom axios chalk commander moment request debug webpack
        typescript eslint dotenv next jquery yargs inquirer prettier mocha rimraf fs-extra
        body-parser mongoose socket.io node-fetch puppeteer playwright dayjs bcrypt
        jsonwebtoken nodemon cross-env webpack-cli babel-core semver minimist nodemailer
        sequelize underscore winston electron esbuild vitest bluebird helmet passport
        mongodb typeorm""".split(),
}
# Real packages one edit away from a popular one.
NEIGHBOURS = {"preact", "scapy", "boto", "jinja", "markdown2", "openapi", "torchx", "chalk",
              "requests", "request", "pyyaml", "yaml", "click", "flask", "pandas", "pillow",
              "docker", "redis", "react", "axios", "express", "mocha", "debug", "numpy",
              "nodemon", "typer", "types", "httpx", "selenium", "django", "celery", "pytest",
              "pydantic", "setuptools", "tiktoken", "moment", "momentjs", "bcryptjs", "dotenv",
              "torch", "httpie", "fastapi", "docx", "mongoose", "webpack", "jquery", "yargs",
              "urllib", "beautifulsoup", "pypdf2", "pdfplumber", "psycopg", "psycopg3",
              "pymongo3", "openpyxl", "boto3", "scipy", "tqdm", "typing", "pyjwt", "docopt",
              "lodash.get", "lodash-es", "uvicorn", "sqlmodel"}


@dataclass(frozen=True)
class Install:
    ecosystem: str  # pypi | npm
    packages: tuple[str, ...]
    index: tuple[str, ...]  # --index-url / --extra-index-url / --registry values
    line: int
    text: str


def _after(words: list[str], *markers: str) -> list[str] | None:
    for i, w in enumerate(words):
        if w in markers:
            return words[i + 1:]
    return None


def installs(command: Command) -> Install | None:
    words = [command.program, *command.args]
    if "pip" in words or "pip3" in words or command.program in ("pip", "pip3", "pipx"):
        rest = _after(words, "install")
        ecosystem = "pypi"
    elif command.program == "uv":
        rest = _after(words, "install", "add")
        ecosystem = "pypi"
    elif command.program in ("npm", "pnpm", "yarn", "bun", "cnpm"):
        rest = _after(words, "install", "i", "add")
        ecosystem = "npm"
    else:
        return None
    if rest is None:
        return None
    packages, index = [], []
    skip = False
    for i, w in enumerate(rest):
        if skip:
            skip = False
            continue
        if w in ("-i", "--index-url", "--extra-index-url", "--registry", "-f", "--find-links"):
            if i + 1 < len(rest):
                index.append(rest[i + 1])
            skip = True
        elif re.match(r"--(index-url|extra-index-url|registry|find-links)=", w):
            index.append(w.split("=", 1)[1])
        elif w in ("-r", "--requirement", "-c", "--constraint", "-t", "--target",
                   "--prefix", "--python", "-p"):
            skip = True
        elif not w.startswith("-") and w not in (".", "..") and not w.startswith("$"):
            packages.append(w)
    return Install(ecosystem, tuple(packages), tuple(index), command.line, command.text)


def name_of(spec: str) -> str:
    """The bare package name of a requirement spec (no version, extras or markers)."""
    spec = spec.strip().strip("'\"")
    if spec.startswith("@"):  # npm scope
        return re.split(r"(?<=.)@", spec, maxsplit=1)[0].lower()
    return re.split(r"[\[=<>!~;@ ]", spec, maxsplit=1)[0].lower().replace("_", "-")


def is_url_spec(spec: str) -> bool:
    return bool(re.match(r"(git\+|hg\+|svn\+|bzr\+)?(https?|ftp|file|ssh)://|git@|github:|"
                         r"gitlab:|bitbucket:|[\w.-]+/[\w.-]+#|.*\s@\s", spec.strip("'\"")))


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), capped for speed."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, prev2[j - 2] + 1)
            cur.append(value)
        prev2, prev = prev, cur
    return prev[-1]


# `python-requests`, `requests-py`, `node-lodash`: the real name plus decoration
_DECORATED_BEFORE = frozenset({"python-", "python", "py-", "py", "node-", "node"})
_DECORATED_AFTER = frozenset({"-py", "py", "-js", "js", "-lib", "lib", "-dev", "dev"})


@lru_cache(maxsize=4096)
def lookalike(name: str, ecosystem: str) -> str | None:
    """The popular package ``name`` imitates, or None."""
    popular = POPULAR.get(ecosystem, [])
    if name in popular or name in NEIGHBOURS or len(name) < 4:
        return None
    for real in popular:
        if len(real) < 5:
            continue
        if distance(name, real) == 1:
            return real
        if name.endswith(real) and name[:-len(real)] in _DECORATED_BEFORE or \
                name.startswith(real) and name[len(real):] in _DECORATED_AFTER:
            return real
    return None
