import requests

TOKEN = 'ghp_Q7rT2xLm9Kp4Wc8Nd1Vb6Hy3Js5Ae0Gf7Zu2'


def open_issue(title):
    requests.post('https://api.github.com/repos/acme/app/issues',
                  headers={'Authorization': f'token {TOKEN}'}, json={'title': title})
