"""The readers of files tools run by themselves (analyzers/scan/hooks.py): which commands
each finds, on which line, and that a malformed file yields nothing rather than an error."""

from __future__ import annotations

import json

import pytest

from skcc.analyzers.scan import hooks


def _commands(units):  # type: ignore[no-untyped-def]
    return [(u.language, u.text.strip(), u.first_line) for u in units]


def test_devcontainer_string_list_and_object_forms() -> None:
    text = """{
  // comments and trailing commas are allowed in devcontainer.json
  "initializeCommand": "echo host",
  "postCreateCommand": ["bash", "-c", "make setup"],
  "postStartCommand": {"a": "echo a", "b": ["echo", "b c"]},
}"""
    assert _commands(hooks.devcontainer(text, "d.json")) == [
        ("bash", "echo host", 3), ("bash", "bash -c 'make setup'", 4),
        ("bash", "echo a", 5), ("bash", "echo 'b c'", 5)]


def test_justfile_recipes_with_interpolation_and_shebang() -> None:
    text = ('host := "mirror.example.invalid"\n\n# build it\nbuild: deps\n'
            "    @echo {{host}}\n    -rm -rf out\n\npy:\n    #!/usr/bin/env python3\n"
            "    print('x')\n")
    assert _commands(hooks.justfile(text, "justfile")) == [
        ("bash", "echo mirror.example.invalid\nrm -rf out", 5),
        ("python", "#!/usr/bin/env python3\nprint('x')", 9)]


def test_taskfile_commands_and_vars() -> None:
    text = ("version: '3'\nvars:\n  DIR: out\ntasks:\n  clean:\n    cmds:\n"
            "      - rm -rf {{.DIR}}\n      - cmd: echo done\n  short: echo hi\n")
    assert _commands(hooks.taskfile(text, "Taskfile.yml")) == [
        ("bash", "rm -rf out", 7), ("bash", "echo done", 8), ("bash", "echo hi", 9)]


def test_tox_ini_multi_line_values() -> None:
    text = ("[tox]\nenvlist = py3\n\n[testenv]\ndeps = pytest\ncommands_pre =\n"
            "    pip --version\n    - make fixtures\ncommands = pytest {posargs}\n")
    assert _commands(hooks.tox_ini(text, "tox.ini")) == [
        ("bash", "pip --version\nmake fixtures", 6), ("bash", "pytest {posargs}", 9)]


def test_pth_file_keeps_only_import_lines() -> None:
    assert _commands(hooks.pth_file("lib\nimport os; os.getcwd()\nvendor\n", "a.pth")) == [
        ("python", "import os; os.getcwd()", 2)]
    assert hooks.pth_file("lib\nvendor\n", "a.pth") == []


def test_notebook_cells() -> None:
    notebook = {"cells": [
        {"cell_type": "markdown", "source": ["Run:\n", "\n", "```bash\n", "make data\n",
                                             "```\n"]},
        {"cell_type": "code", "source": ["import os\n", "!pip list\n", "print(1)\n"]},
        {"cell_type": "code", "source": "%%bash\nls -la\n"},
    ], "metadata": {"kernelspec": {"language": "python"}}}
    text = json.dumps(notebook, indent=1)
    found = _commands(hooks.notebook(text, "n.ipynb"))
    assert [(language, code) for language, code, _ in found] == [
        ("bash", "make data"), ("bash", "pip list"), ("python", "import os\n\nprint(1)"),
        ("bash", "ls -la")]
    assert all(line > 1 for _, _, line in found)


def test_rust_command_chain() -> None:
    text = ('fn main() {\n    Command::new("sh")\n        .arg("-c")\n'
            '        .arg("echo \\"hi\\"")\n        .status();\n'
            '    Command::new("cc").args(&["-O2", "a.c"]).status();\n}\n')
    assert _commands(hooks.rust(text, "build.rs")) == [
        ("bash", "sh -c 'echo \"hi\"'", 2), ("bash", "cc -O2 a.c", 6)]


def test_gradle_and_maven() -> None:
    gradle = ("task a(type: Exec) {\n    commandLine 'make', 'all'\n}\n"
              "def v = 'git describe'.execute()\n")
    assert _commands(hooks.gradle(gradle, "build.gradle")) == [
        ("bash", "make all", 2), ("bash", "git describe", 4)]
    pom = ("<plugin><configuration>\n<executable>npm</executable>\n<arguments>"
           "<argument>ci</argument><argument>--ignore-scripts</argument></arguments>\n"
           "</configuration></plugin>")
    assert _commands(hooks.maven(pom, "pom.xml")) == [("bash", "npm ci --ignore-scripts", 2)]


def test_gitconfig_command_settings() -> None:
    text = ('[filter "tidy"]\n\tclean = "sh -c \\"tidy %f\\""\n\tsmudge = cat\n'
            '[alias]\n\tst = status\n\tsync = !git pull && git push\n'
            '[credential]\n\thelper = store\n')
    assert _commands(hooks.gitconfig(text, "gitconfig")) == [
        ("bash", 'sh -c "tidy %f"', 2), ("bash", "cat", 3),
        ("bash", "git pull && git push", 6)]


@pytest.mark.parametrize("reader", [hooks.devcontainer, hooks.taskfile, hooks.notebook])
@pytest.mark.parametrize("text", ["{", "[1, 2]", "- a\n- b", ": :"])
def test_malformed_files_yield_nothing(reader, text) -> None:  # type: ignore[no-untyped-def]
    assert reader(text, "x") == []


@pytest.mark.parametrize("path, name", [
    (".devcontainer/devcontainer.json", "devcontainer"), (".envrc", "_whole_shell"),
    ("Justfile", "justfile"), ("Taskfile.yaml", "taskfile"), ("tox.ini", "tox_ini"),
    ("lib/x.pth", "pth_file"), ("nb/a.ipynb", "notebook"), ("build.rs", "rust"),
    ("app/build.gradle.kts", "gradle"), ("pom.xml", "maven"), ("git/gitconfig", "gitconfig"),
    ("README.md", None), ("data.json", None)])
def test_reader_by_file_name(path: str, name: str | None) -> None:
    reader = hooks.reader(path)
    assert (reader.__name__ if reader else None) == name
