"""SKC016 special-file: The skill folder contains a device, FIFO or socket.

## What it does
Reports bundled entries that are not regular files, folders or symlinks.

## Why is this bad?
Reading a FIFO blocks forever and a device file can leak or destroy data; they cannot be packaged or installed safely.

## Example
```
skills/demo/assets/pipe (a FIFO)
```

## Use instead
```
Remove the special file from the skill folder.
```
"""

from skcc.diagnostics import Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC016",
    name="special-file",
    severity=Severity.ERROR,
    summary="The skill folder contains a device, FIFO or socket.",
)
