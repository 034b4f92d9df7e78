"""Hints: words a phrase pattern cannot match without, found for all patterns in one scan.

The phrase patterns of ``_phrases`` are long alternations that ``re`` tries at every
position of the text, and they almost never match. Each has here a hint: groups of literal
strings, and every match of the pattern (on folded text) contains at least one string of
each group. Text that lacks a group is skipped without running the pattern.

The hints must stay necessary conditions: a string left out means phrases the rule silently
stops seeing. ``tests/test_hints.py`` generates strings from each pattern's syntax tree and
checks that whenever the pattern matches their fold, the hint is present.

Literals rather than regular expressions, because all of them can then be looked for at
once: ``scan`` runs one trie-shaped alternation of every literal over a skill's joined folds
and reports, per segment, which groups it contains. The trie tries longer literals first,
so at each position it reports the longest literal found there; every other literal that
starts at that position is a prefix of it, and counts as found too (``_BITS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import reduce
from operator import or_

from skcc.analyzers.rules import _phrases as P
from skcc.regex_cache import compiled, derived

# Each pattern's groups; comments name the alternatives of the pattern a literal is for.
_GROUPS: dict[re.Pattern[str], tuple[tuple[str, ...], ...]] = {
    P.INJECTION: (
        # the dismissing verb (or the verdict: "... are void", "... supersede ...")
        ("ignor", "disregard", "forget", "overrid", "overrul", "bypass", "discard", "abandon",
         "priority",
         "neglect", "aside", "throw", "attention", "follow", "void", "null", "cancel", "deprecated",
         "revoke", "obsolete", "supersed", "no longer", "precedence", "replace", "trump",
         "invalid", "disabled", "obey", "prioriti", "lugar", "olvid", "descart", "omit",
         "caso", "oubli", "tiens", "vergi", "vergess", "missacht", "esque", "desconsider",
         "dimentic", "игнор", "забуд", "внимани", "忽", "无视", "無視", "無効", "取り消", "忘", "不要理", "不理",
         "放弃", "放棄", "무시", "잊어", "優先", "当てはまらない", "適用されない", "deixaram de",
         "revogad", "substituíd", "não se aplicam", "outdated", "nicht mehr", "ungültig", "hinfällig",
         "aufgehoben", "ausser kraft", "veraltet", "nichtig", "desatualizad", "válidas",
         "validas", "vigentes", "valem mais", "validade", "valide", "valgono", "superate",
         "obsolet", "obsolèt", "non si applicano", "anulad", "valen", "aplican", "valables",
         "s'appliquent", "caduques", "continue", "keep going", "stop", "carry on", "proceed",
         "prossiga", "vorrang", "carry", "execute", "apply", "withdrawn", "rescinded", "retracted", "lifted", "suspended",
         "replaced", "retired", "revoked", "superseded", "voided", "advisory", "optional",
         "suggestions", "comply", "act on", "decod", "deciph", "unscrambl", "obfuscat",
         "unrot", "tenez", "fais abstraction", "faites abstraction", "faire abstraction",
         "s'appliquent", "comptent", "annulé", "caduque",
         "révoqué", "levées", "suspendu", "ya no", "quedan", "han sido", "sigas", "obedezcas",
         "hagas caso", "conto", "valgono", "applicano", "annullate", "revocate", "sospese",
         "negeer", "negeren", "vergeet", "vergeten", "rekening", "gelden", "langer", "vervallen",
         "ingetrokken", "ongeldig", "zapomnij", "pomiń", "pomin", "porzuć", "obowi", "niewa",
         "anulowane", "abaikan", "lupakan", "acuhkan", "jangan", "berlaku", "dibatalkan",
         "bỏ qua", "phớt lờ", "lờ đi", "quên", "làm theo", "tuân theo", "تجاهل", "انس", "أهمل",
         "اهمل", "لا تتبع", "अनदेखा", "रअंदाज", "भूल", "अनसुना", "दरकिनार"),
        # what is dismissed: the earlier, original, system's or user's instructions
        ("previous", "prior", "above", "earlier", "preceding", "former", "foregoing",
         "original", "initial", "old", "existing", "system", "developer", "safety", "your",
         "all", "before", "told", "instructed", "said", "other", "user", "operator",
         "anterior", "previa", "precedent", "antes", "précéd", "précède", "antérieur", "ci-dessus",
         "d'avant", "vorherig", "vorig", "bisherig", "früher", "obig", "vorangegangen",
         "vorhergehend", "alten", "prévia", "предыдущ", "прежн", "предшеств", "прошл",
         "вышеуказ", "上", "前", "原来", "原來", "原有", "これまで", "先", "이전", "앞의", "위의",
         "기존", "recebid", "dadas", "diretriz", "until now", "so far", "erhalten", "bekommen", "received", "given", "got", "recebeu", "recebeste", "ricevuto",
         "recibido", "recibiste", "reçu", "stop", "parar", "conflict", "contradict",
         "entwickler", "gesagt", "dito", "leu", "disseram", "directives", "instructions",
         "orders", "commands", "rules", "tasks", "decod", "deciph", "unscrambl", "obfuscat",
         "unrot", "instruction", "directive", "consignes", "règles",
         "ordres", "instrucciones", "reglas", "normas", "restricciones", "directrices",
         "indicaciones", "órdenes", "istruzioni", "regole", "indicazioni", "direttive",
         "eerdere", "vorige", "voorgaande", "oorspronkelijke", "bovenstaande", "instructies",
         "aanwijzingen", "regels", "opdrachten", "richtlijnen", "wcze", "poprzedni",
         "dotychczasow", "pierwotn", "sebelumnya", "terdahulu", "lama", "awal", "asli", "di atas", "sistem", "trước", "ban đầu", "cũ", "hệ thống",
         "السابقة", "الأصلية", "الاصلية", "القديمة", "الأولى", "पिछल", "पहले", "पूर्व", "पुरान")),
    P.ROLE_HIJACK: (
        ("you are", "you're", "you will be", "become", "system", "override", "is from",
         "comes from", "is by", "comes by", "act as", "act like", "behave as", "behave like",
         "respond as", "respond like", "answer as", "answer like", "roleplay", "im_start",
         "[inst]", "<<", "developer mode", "dev mode", "god mode", "jailbreak mode",
         "dan mode", "unrestricted mode", "admin mode", "from now on", "pretend", "your new",
         "eres", "del sistema", "tu es", "vous êtes", "prompt système", "du bist", "你现在",
         "你現在", "从现在", "從現在", "系统提示", "系統提示", "新系统", "新身份", "新角色",
         "新人设", "新人設", "不再是", "ты теперь", "sie sind", "your ", "you stop",
         "теперь ты", "a partir de agora", "treat ", "あなたは"),),
    P.CONCEAL_STRONG: (
        # telling, letting know, hiding, noticing...
        ("tell", "inform", "notif", "alert", "reveal", "disclos", "mention", "report", "describ",
         "admit", "let", "hide", "keep", "know", "find", "learn", "notic", "see", "aware",
         "diga", "menciones", "reveles", "sepa", "note", "entere", "dis ", "dites", "révèle", "révél",
         "revele", "mencione", "divulg", "erwähn", "nenne",
         "sache", "remarque", "sag", "erzähl", "verrate", "merkt", "weiss", "告诉", "告訴",
         "通知", "提醒", "透露", "让", "讓", "知道", "发现", "發現", "察觉", "察覺", "говори",
         "提及", "提到", "说明", "說明", "展示", "显示", "顯示", "报告", "報告", "说起", "說起",
         "сообщай", "рассказывай", "упоминай",
         # (the patterns of the languages below all name the user: their word for "user"
         # is rarer than any of their verbs)
         "l'utilisat", "usuari", "utente", "gebruiker", "użytkownik", "uzytkownik", "사용자",
         "مستخدم", "उपयोगकर्ता", "यूज", "प्रयोक्ता", "người dùng", "pengguna"),
        # ...forbidden or done without them
        ("not", "n't", "dont", "never", "avoid", "without", "hide", "keep", "no ", "ne ",
         "não", "nao", "nie",
         "nicht", "ohne", "sin ", "sans", "不要", "别", "別", "不得", "切勿", "请勿", "請勿", "не ",
         "senza", "non ", "zonder", "niets", "niet", "nooit", "bez ", "말고", "마", "모르게",
         "몰래", "دون", "غير", "لا", "बिना", "न", "मत", "không", "đừng", "tanpa", "jangan"),
        # ...towards the user (or about the skill itself)
        ("user", "human", "operator", "owner", "person", "requester", "customer", "them",
         "their", "anyone", "skill", "instruction", "that you", "usuario", "utilisateur",
         "rules", "section", "note", "regras", "instruç", "instruc", "reglas", "règles",
         "consignes", "regeln", "anweisungen", "instruktionen",
         "benutzer", "nutzer", "anwender", "用户", "用戶", "使用者", "пользовател", "usuari",
         "utilisat", "utente", "gebruiker", "użytkownik", "uzytkownik", "사용자", "مستخدم",
         "उपयोगकर्ता", "यूज", "प्रयोक्ता", "người dùng", "pengguna")),
    P.CONCEAL_DENY: (
        ("ask", "question", "wonder", "mention", "reveal", "disclos", "admit", "history",
         "histfile", "fragt", "fragen", "nenne", "pregunt", "demande", "pergunt", "still", "heimlich",
         "unbemerkt", "hintergrund", "erwähn", "verlauf", "historial", "summary", "reply",
         "response", "final message", "bring", "replies", "refer to", "talk about", "report", "appear",
         "show up", "shown", "含めない",
         "見せない", "伝えない", "知らせない", "書かない", "言わない", "não ",
         "no le", "no menc", "no dig", "no cuent",
         "no inform", "no revel", "no coment", "vraagt", "noem", "chiede", "all'utente",
         "perguntarem", "preguntan",
         "description", "commit message", "status update", "out of", "no incluy", "no muestr",
         "如果用户", "如果用戶", "如果使用者", "尋ね", "聞い", "質問"),),
    P.SECRET_FILES: (
        ("credentials", ".ssh/id", "id rsa", "id_rsa", "id ed25519", "id_ed25519", "id ecdsa",
         "id_ecdsa", "id dsa", "id_dsa", ".npmrc", ".netrc", ".pypirc", ".docker/config",
         ".kube/config", "secret", "login data", "keychain",
         "gh/hosts"),),
    P.ACCESS_FILES: (
        ("authorized keys", "authorized_keys", "sudoers", "nopasswd", "permitrootlogin",
         "passwordauthentication"),),
    P.AGENT_CONFIG: (
        (".claude/settings", ".claude.json", ".claude/hooks", "bypasspermissions",
         "dangerously", "permissions.", "mcpservers", ".codex/config", "approval policy",
         "approval_policy", "sandbox mode", "sandbox_mode", ".gemini/settings", ".cursor/mcp",
         ".vscode/settings", "claude.md", "agents.md", "gemini.md", ".cursorrules",
         ".windsurfrules", "copilot-instructions"),),
    P.CONCEAL_WEAK: (
        ("without telling", "without informing", "without notifying", "without alerting",
         "without mentioning", "silently", "secretly", "covertly", "stealthily",
         "discreetly", "in the background without", *(
             f"{no} {verb}" for no in ("do not", "don't", "never")
             for verb in ("show", "display", "print", "echo", "log"))),),
    P.PIPE_TO_SHELL: (
        ("curl", "wget", "fetch", "iwr", "irm", "invoke-", "base64", "iex"),
        ("|", "<(", "$(", "iex")),
    P.DISABLE_SAFEGUARD: (
        # the protection (or the flag, command or prompt that stands for it)
        ("antivirus", "anti-virus", "anti-malware", "defender", "firewall", "gatekeeper",
         "integrity", "selinux", "apparmor", "sandbox", "edr", "endpoint protection",
         "xprotect", "smartscreen", "realtime protection", "real-time protection", "security",
         "safety", "certificate", "dangerously", "danger-full", "mppreference", "setenforce",
         "spctl", "csrutil", "quarantine", "permission", "approval", "confirmation", "consent", "sudo",
         "sslverify", "branch protection", "push protection", "secret scanning",
         "code scanning", "required status", "required review", "always allow", "koruma",
         "her zaman izin",
         "access", "authori", "uac", "tool",
         "without",  # approve all prompts without reading: "\s+" there, not one space
         "user to", "cortafuegos", "pare-feu",
         "virenschutz", "杀毒", "殺毒", "防病毒", "防火", "沙箱", "安全", "ask again", "ask me again", "bash(",
         "pre-approved", "preapproved", "pre-authori", "preauthori", "no need"),
        # what is done to it
        ("disable", "turn off", "deactivate", "switch off", "bypass", "uninstall", "kill",
         "stop", "pause", "whitelist", "allowlist", "exclusion", "dangerously", "danger-",
         "setenforce", "spctl", "csrutil", "xattr", "approve", "accept", "allow", "confirm",
         "sslverify", "kapat", "devre dışı", "seç",
         "click", "say yes", "ignore", "dismiss", "skip", "desactiv", "deshabilit",
         "désactiv", "deaktivier", "schalte", "关闭", "關閉", "禁用", "停用", "grant", "ask again", "ask me again",
         "bash(", "pre-approved", "preapproved", "pre-authori", "preauthori", "no need",
         "without")),
    P.DISABLE_SAFEGUARD_WEAK: (
        ("ssl", "tls", "https", "cert", "no-verify", "no-sandbox", "disable-web-security",
         "insecure", "consent", "permission", "approval"),),
    P.SECRET_REQUEST: (
        ("user", "them", "الصق", "ألصق", "أرسل", "اكتب", *(
            f"{verb} {what}" for verb in ("paste", "type", "enter", "send", "share")
            for what in ("it", "the code", "that code"))),
        ("key", "password", "passphrase", "token", "secret", "credential", "seed", "recovery",
         "mnemonic", "2fa", "otp", "one-time", "mfa", "authenticator", "verification code",
         "credit card", "cvv", "pat", "digit code", "security code", "login code", "sms code",
         "رمز", "كلمة المرور",
         "عبارة المرور", "مفتاح", "توكن")),
}


def _trie(words: Iterable[str]) -> str:
    """An alternation matching any of ``words``, shaped as a trie (``re`` tries branches in
    turn, so sharing prefixes makes each position cheaper), the longest word first."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else body + "?"

    return emit(tree)


def _compiled_trie(words: Iterable[str]) -> re.Pattern[str]:
    words = tuple(words)
    return compiled(derived("trie " + "\0".join(words), lambda: _trie(words), __file__))


# Keyed by id(): hashing a compiled pattern hashes its whole source, on every lookup.
HINTS: dict[int, tuple[re.Pattern[str], ...]] = {
    id(pattern): tuple(_compiled_trie(group) for group in groups)
    for pattern, groups in _GROUPS.items()}

# One bit per group; a pattern's mask has the bits of all its groups.
_LITERAL_BITS: dict[str, int] = {}
REQUIRED: dict[int, int] = {}
_bit = 1
for _pattern, _groups in _GROUPS.items():
    REQUIRED[id(_pattern)] = 0
    for _group in _groups:
        for _literal in _group:
            _LITERAL_BITS[_literal] = _LITERAL_BITS.get(_literal, 0) | _bit
        REQUIRED[id(_pattern)] |= _bit
        _bit <<= 1
# A literal found at a position means every literal that is a prefix of it is found too.
_BITS = {literal: reduce(or_, (_LITERAL_BITS.get(literal[:end], 0)
                               for end in range(1, len(literal) + 1)))
         for literal in _LITERAL_BITS}
# Literals that start with an ASCII character, and the others: most text is ASCII, and the
# scan skips the second alternation for it (``str.isascii`` is a flag check).
_ASCII_SCAN = _compiled_trie(w for w in _BITS if w[0].isascii())
_WIDE_SCAN = _compiled_trie(w for w in _BITS if not w[0].isascii())


# Markdown decoration: the prose fold drops it or makes it a blank, the command fold keeps it.
_DECORATION = frozenset("*`~|>#_")
# The literals holding some, each with one of those characters: it must be in the text.
_DECORATED = {literal: next(c for c in literal if c in _DECORATION) for literal in _BITS
              if not _DECORATION.isdisjoint(literal)}
assert not any(c.isspace() for literal in _DECORATED for c in literal)


def command_bits(text: str, prose_bits: int) -> int | None:
    """Bits of at least the hint groups in ``text``'s command fold, from ``prose_bits`` (those
    in its prose fold) without folding again; None for text that is not ASCII.

    In ASCII text, a literal without decoration found in the command fold is in the prose
    fold too: it comes from source characters (no decoration, no line break, blanks inside
    only) that both folds turn into the same characters. A literal with decoration has no
    blanks, so it is in the command fold exactly when it is in the lower-cased text.
    ``tests/test_hints.py`` checks this on the test corpora and on random strings.
    """
    if not text.isascii():
        return None
    bits = prose_bits
    lower = None
    for literal, char in _DECORATED.items():
        if char in text:
            lower = lower if lower is not None else text.lower()
            if literal in lower:
                bits |= _BITS[literal]
    return bits


def scan(text: str, starts: Sequence[int]) -> list[int]:
    """For folds joined by "\\n" into ``text`` (fold ``i`` starts at ``starts[i]``), the bits
    of the hint groups each fold contains. No literal holds a "\\n", so none is found across
    two folds."""
    found = [0] * len(starts)
    scanners = (_ASCII_SCAN,) if text.isascii() else (_ASCII_SCAN, _WIDE_SCAN)
    for scanner in scanners:
        index = 0
        last = len(starts) - 1
        m = scanner.search(text)
        while m is not None:
            at = m.start()
            while index < last and starts[index + 1] <= at:
                index += 1
            found[index] |= _BITS[m.group()]
            m = scanner.search(text, at + 1)  # literals may overlap: look again one further
    return found
