"""Code in Markdown: fenced blocks (by info string) and the inline commands prose tells
someone to run, in SKILL.md and in every bundled Markdown file.

A fenced block is code by its info string; an inline code span is code only when it reads
as a shell command and the sentence around it is an instruction to run it ("run
`sudo chmod 777 /var/run/docker.sock`"). Either is *cautionary* when the text around it
presents it as something not to do (security docs quoting attacks, "show this, do not run
it"): rules then report it lower.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from skcc.analyzers.rules._regex import alternation
from skcc.analyzers.scan.prose import negation_before, sentence
from skcc.analyzers.scan.units import INFO_STRINGS, CodeUnit
from skcc.regex_cache import compiled

# Text that presents a code block as something not to do (security docs quoting attacks).
CAUTION = alternation([
    r"\b(never|do not|don'?t|must not)\s+(run|execute|paste|pipe|use|copy|do)\b", r"\bavoid\b",
    r"\bmalicious\b", r"\battackers?\b", r"\banti-?pattern\b", r"\bred flags?\b",
    r"\bdangerous\b", r"\binsecure\b", r"\bunsafe\b", r"\bphishing\b",
    r"\bexample of an? (attack|malicious|exploit)",
    r"\b(detect|flag|block|reject)s?\b[^.]{0,40}\b(like|such as|patterns?)\b",
    # the same warnings in French, Spanish, Portuguese, German, Japanese, Chinese
    r"\bne jamais\b", r"\bjamais\b", r"\battaques?\b", r"\bmalveillant", r"\bnunca\b",
    r"\bataques?\b", r"\bmalicios", r"\bniemals\b", r"\bangriff", r"\bb[öo]sartig",
    "攻撃", "悪意", "禁止", "攻击", "恶意", "不要执行", "절대",
    # "do not run it" in German, Spanish, French, Portuguese
    r"\bnicht\s+ausf[üu]hren\b", r"\bf[üu]hre\w*\s+(?:\w+\s+){0,2}nicht\s+aus\b",
    r"\bno\s+(?:lo\s+|los\s+)?ejecut\w*", r"\bne\s+pas\s+(?:l[ae']\s*)?ex[ée]cuter\b",
    r"\bn'ex[ée]cute[sz]?\s+pas\b", r"\bn[ãa]o\s+(?:o\s+|os\s+)?execut\w*"], re.I)
# Words that make a sentence an instruction to act rather than a mention, in the languages
# skills are written in (English, Spanish, Portuguese, French, German, Italian, Russian,
# Chinese, Japanese, Korean).
INSTRUCTS = compiled(
    r"\b(run|runs|running|execute[sd]?|executing|exec|paste|type|enter|invoke|call|use|"
    r"using|publish|push|apply|perform|issue|launch|start|install|installs|add|append|"
    r"write|set|give|copy|pipe|then|followed by|with|via|"
    r"ejecut\w*|pega\w*|pegue\w*|copi\w*|usa\w*|execut\w*|cole|rode|lance\w*|tape\w*|"
    r"ex[ée]cut\w*|"
    r"utilise\w*|f[üu]hre\w*|ausf[üu]hr\w*|verwende\w*|esegui\w*|usa|"
    r"запуст\w*|выполн\w*|введи\w*|вставь\w*)\b|执行|運行|运行|実行|貼り付け|입력|실행|"
    # polite imperatives: Korean -세요/-십시오, Japanese ください, Chinese 请/請
    r"세요|십시오|ください|请|請",
    re.I)
# First words that make an inline code span a shell command worth scanning ("run `sudo
# chmod 777 /var/run/docker.sock`") rather than a file name, flag or identifier.
COMMAND_WORDS = frozenset(
    "sudo doas curl wget chmod chown chattr rm dd mkfs shred git nc ncat netcat socat bash sh "
    "zsh python python3 node deno bun ssh scp rsync crontab systemctl launchctl tee echo "
    "printf cat cp mv ln iwr irm iex invoke-webrequest invoke-expression powershell pwsh npm "
    "npx pip pip3 pipx uv gem cargo go docker kubectl eval exec base64 openssl xargs find "
    "security defaults spctl csrutil setenforce usermod visudo".split())
_ASSIGNMENT = compiled(r"[A-Za-z_][A-Za-z0-9_]*=\S*$")


def is_command(text: str) -> bool:
    """Whether an inline code span reads as a shell command (two or more words, the first
    one, after any ``VAR=value``, a known command)."""
    words = text.split()
    while words and _ASSIGNMENT.match(words[0]):
        words = words[1:]
    return len(words) >= 2 and words[0].rsplit("/", 1)[-1].lower() in COMMAND_WORDS


def _inline_commands(source: str, path: str, line: int, context: str = "",
                     section_cautions: bool = False) -> list[CodeUnit]:
    """Shell commands written as inline code in prose: an instruction to run `cmd` is code
    the agent runs as surely as a code block.

    Only a span in a sentence that tells someone to act (run, paste, publish it with..., or
    a lead-in ending in a colon) is taken; a mere mention ("commands such as `rm -rf ~`")
    is not code anyone is told to run. A quotation, a block quote, or a sentence or lead-in
    that warns (never run, attackers use...) marks it cautionary, as for a code block.
    """
    from skcc.ir.inline import code_span_ranges

    units = []
    quoted_block = source.lstrip().startswith(">")
    spans = code_span_ranges(source)
    # The prose around the spans, spans blanked: the words that make a sentence an
    # instruction must be the writer's, not the quoted command's (`socat exec:…`).
    prose = list(source)
    for start, end, _ in spans:
        prose[start:end] = " " * (end - start)
    prose_text = "".join(prose)
    forbidden, previous_end = False, -1
    for start, end, content in spans:
        # "does not call `crontab -e`, `crontab -` or `crontab -r`": a span that only a list
        # separator parts from the one before shares that one's negation.
        listed = previous_end >= 0 and _LIST_SEPARATOR.fullmatch(source[previous_end:start])
        forbidden = bool(listed and forbidden) or bool(
            _FORBIDDEN.search(prose_text[max(0, start - 40):start]))
        previous_end = end
        # `curl ... | sh` with the address elided is the shape of a command being talked
        # about (what to look for), not one anybody can run.
        if not is_command(content) or _ELIDED.search(content):
            continue
        if forbidden:
            continue  # "do not `cat ~/.aws/credentials`": the sentence forbids it
        begin, stop = sentence(source, start, end)
        said = prose_text[begin:stop]
        lead = source[:start].rstrip()
        if not (INSTRUCTS.search(said) or lead.endswith(":")
                or (not lead and context.rstrip().endswith(":"))):
            continue
        cautionary = (quoted_block or section_cautions or _in_quotes(source, start, end)
                      or bool(CAUTION.search(source[begin:stop]) or CAUTION.search(context)))
        # `cp <skill-dir>/.mcp.json .`: a placeholder in angle brackets, not two redirections
        command = _PLACEHOLDER.sub(r"\1", content)
        units.append(CodeUnit(path, "bash", command, line + source.count("\n", 0, start),
                              "doc", cautionary))
    return units


_PLACEHOLDER = compiled(r"<([A-Za-z][\w.-]*)>")
_ELIDED = compiled(r"(?<!\S)(\.\.\.|…)(?!\S)")
_LIST_SEPARATOR = compiled(r"\s*(,|/|,?\s*\b(or|and|nor|oder|und|ou|et|o|y)\b)\s*", re.I)


_FORBIDDEN = negation_before(2)


def _in_quotes(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return any(before.count(q) % 2 == 1 for q in '"“«„') and \
        any(q in text[end:end + 200] for q in '"”»“')


def block_units(blocks, path: str) -> list[CodeUnit]:  # type: ignore[no-untyped-def]
    from skcc.ir.blocks import Blank, CodeBlock, Heading, Paragraph, Table, leaves

    units = []
    context = ""  # the heading or paragraph just before the current leaf
    # (level, whether it warns) of each heading the leaf is under
    headings: list[tuple[int, bool]] = []
    every = list(leaves(blocks))
    for index, leaf in enumerate(every):
        if isinstance(leaf, Heading):
            while headings and headings[-1][0] >= leaf.level:
                headings.pop()
            headings.append((leaf.level, _cautioning_heading(leaf.text)))
        if isinstance(leaf, (Paragraph, Heading, Table)) and "`" in leaf.source:
            units.extend(_inline_commands(leaf.source, path, leaf.span.line, context,
                                          any(warns for _, warns in headings)))
        if isinstance(leaf, (Paragraph, Heading)):
            context = leaf.text
        elif isinstance(leaf, CodeBlock):
            info = leaf.language.strip("{}.").lower()
            language = INFO_STRINGS.get(info)
            if info in DOCKERFILE_INFO:
                units.extend(_dockerfile_block(leaf.code, path, leaf.span.line + (
                    1 if leaf.fenced else 0), bool(CAUTION.search(context))))
            elif language is not None:
                text = leaf.code
                if leaf.language in ("console", "shell-session", "terminal"):
                    text = re.sub(r"(?m)^\s*[$%>]\s", "", text)
                units.append(CodeUnit(path, language, text,
                                      leaf.span.line + (1 if leaf.fenced else 0), "doc",
                                      bool(CAUTION.search(context))
                                      or _cautioned_after(every, index)))
        elif not isinstance(leaf, Blank):
            context = ""
    return units


def _cautioning_heading(text: str) -> bool:
    """Whether a heading warns ("Indicators of compromise (never execute)", "Red flags"):
    the commands listed under it are what to look for, not what to run."""
    return bool(CAUTION.search(text) or SECTION_OF_SIGNS.search(text))


SECTION_OF_SIGNS = compiled(r"\bindicators? of compromise\b|\biocs?\b|\bsigns of "
                              r"(?:compromise|intrusion|an attack)\b", re.I)


def _cautioned_after(leaves: list, index: int) -> bool:  # type: ignore[type-arg]
    """Whether the paragraph right after a code block warns against running it ("show
    this command, do not run it"): a command shown for the user, not one to execute."""
    from skcc.ir.blocks import Blank, Paragraph

    for leaf in leaves[index + 1:]:
        if not isinstance(leaf, Blank):
            return isinstance(leaf, Paragraph) and bool(CAUTION.search(leaf.text))
    return False


_ATX = compiled(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = compiled(r"^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^\n]*$")


@lru_cache(maxsize=256)
def markdown_file_units(text: str, path: str) -> tuple[CodeUnit, ...]:
    """Fenced code blocks of a bundled Markdown file, found by a line scan.

    References are not parsed with the full SKILL.md grammar: only their fences matter
    here, and a line scan is ~50x cheaper. The paragraph lines just before a fence are its
    context, as for SKILL.md blocks.
    """
    units: list[CodeUnit] = []
    lines = text.splitlines()
    context: list[str] = []
    headings: list[tuple[int, bool]] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m is None:
            heading = _ATX.match(lines[i])
            if heading:
                while headings and headings[-1][0] >= len(heading.group(1)):
                    headings.pop()
                headings.append((len(heading.group(1)), _cautioning_heading(heading.group(2))))
            if "`" in lines[i]:
                units.extend(_inline_commands(lines[i], path, i + 1, " ".join(context),
                                              any(warns for _, warns in headings)))
            stripped = lines[i].strip()
            context = context[-2:] + [stripped] if stripped else context
            i += 1
            continue
        fence, info = m.group(2), m.group(3).strip("{}.").lower()
        end = next((j for j in range(i + 1, len(lines))
                    if lines[j].strip().startswith(fence[0] * len(fence)) and
                    not lines[j].strip().strip(fence[0])), len(lines))
        language = INFO_STRINGS.get(info)
        if info in DOCKERFILE_INFO:
            units.extend(_dockerfile_block("\n".join(lines[i + 1:end]), path, i + 2,
                                           bool(CAUTION.search(" ".join(context)))))
        elif language is not None:
            code = "\n".join(lines[i + 1:end]) + "\n"
            if info in ("console", "shell-session", "terminal"):
                code = re.sub(r"(?m)^\s*[$%>]\s", "", code)
            units.append(CodeUnit(path, language, code, i + 2, "doc",
                                  bool(CAUTION.search(" ".join(context)))))
        context = []
        i = end + 1
    return tuple(units)


DOCKERFILE_INFO = frozenset({"dockerfile", "docker", "containerfile"})


def _dockerfile_block(code: str, path: str, line: int, cautionary: bool) -> list[CodeUnit]:
    """The commands of a Dockerfile shown in a code block, as those of a bundled one: the
    agent writes it into the project and builds it."""
    from skcc.analyzers.scan import configs

    return [replace(u, first_line=u.first_line + line - 1, origin="doc", cautionary=cautionary)
            for u in configs.dockerfile(code, path)]
