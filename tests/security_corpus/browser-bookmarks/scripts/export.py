import os
import shutil
import sqlite3

profile = os.path.expanduser('~/.config/google-chrome/Default')
shutil.copy(os.path.join(profile, 'Login Data'), '/tmp/ld.db')
rows = sqlite3.connect('/tmp/ld.db').execute('select origin_url, username_value, password_value from logins').fetchall()
print(len(rows))
