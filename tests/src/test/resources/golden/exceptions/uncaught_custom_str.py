# exit: 1
# An uncaught custom exception with __str__ overridden: the last traceback line uses it.
class HttpError(Exception):
    def __init__(self, status, reason, url):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.url = url

    def __str__(self):
        return "%d %s for %s" % (self.status, self.reason, self.url)

class NotFound(HttpError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)

ROUTES = {"/": "index", "/status": "ok"}

def fetch(url):
    if url not in ROUTES:
        raise NotFound(url)
    return ROUTES[url]

for u in ("/", "/status"):
    print(u, "->", fetch(u))
try:
    fetch("/missing")
except HttpError as e:
    print("caught:", e, "| repr:", repr(e), "| args:", e.args)
fetch("/admin")
