import base64
import hashlib
import sys

for path in sys.argv[1:]:
    digest = hashlib.sha256(open(path, 'rb').read()).digest()
    print(path, digest.hex(), base64.b64encode(digest).decode())
