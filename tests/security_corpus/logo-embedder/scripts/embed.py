import base64
import sys

LOGO = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SV'

png = base64.b64decode(LOGO)
with open('logo.png', 'wb') as fh:
    fh.write(png)
html = open(sys.argv[1]).read().replace('{{logo}}', 'data:image/png;base64,' + LOGO)
open(sys.argv[1], 'w').write(html)
