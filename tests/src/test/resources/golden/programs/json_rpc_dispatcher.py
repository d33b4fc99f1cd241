# A JSON-RPC 2.0 style dispatcher: method registry via decorator, parameter binding, error objects, batches.
import json

METHODS = {}

def rpc(name=None):
    def deco(fn):
        METHODS[name or fn.__name__] = fn
        return fn
    return deco

class RpcError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

@rpc()
def add(a, b):
    return a + b

@rpc("led.set")
def led_set(pin, on=True):
    if not 0 <= pin < 40:
        raise RpcError(-32602, "pin out of range")
    return {"pin": pin, "state": "on" if on else "off"}

@rpc()
def stats(*values):
    if not values:
        raise ValueError("no values")
    return {"n": len(values), "min": min(values), "max": max(values), "mean": sum(values) / len(values)}

def handle(req):
    rid = req.get("id") if isinstance(req, dict) else None
    try:
        if not isinstance(req, dict) or req.get("jsonrpc") != "2.0" or "method" not in req:
            raise RpcError(-32600, "invalid request")
        fn = METHODS.get(req["method"])
        if fn is None:
            raise RpcError(-32601, "method not found: %s" % req["method"])
        params = req.get("params", [])
        try:
            result = fn(**params) if isinstance(params, dict) else fn(*params)
        except TypeError as e:
            raise RpcError(-32602, "invalid params")
        resp = {"jsonrpc": "2.0", "result": result, "id": rid}
    except RpcError as e:
        resp = {"jsonrpc": "2.0", "error": {"code": e.code, "message": str(e)}, "id": rid}
    except Exception as e:
        resp = {"jsonrpc": "2.0", "error": {"code": -32000, "message": "%s: %s" % (type(e).__name__, e)}, "id": rid}
    if isinstance(req, dict) and "id" not in req and "error" not in resp:
        return None  # a notification gets no response
    return resp

def serve(text):
    try:
        req = json.loads(text)
    except ValueError:
        return json.dumps({"jsonrpc": "2.0", "error": {"code": -32700, "message": "parse error"}, "id": None})
    if isinstance(req, list):
        out = [r for r in (handle(x) for x in req) if r is not None]
        return canon(out) if out else ""
    r = handle(req)
    return canon(r) if r is not None else ""

def canon(v):
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (json.dumps(k), canon(v[k])) for k in sorted(v)) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(canon(x) for x in v) + "]"
    return json.dumps(v)

requests = [
    '{"jsonrpc": "2.0", "method": "add", "params": [2, 3], "id": 1}',
    '{"jsonrpc": "2.0", "method": "add", "params": {"a": "x", "b": "y"}, "id": 2}',
    '{"jsonrpc": "2.0", "method": "led.set", "params": {"pin": 13}, "id": 3}',
    '{"jsonrpc": "2.0", "method": "led.set", "params": [99], "id": 4}',
    '{"jsonrpc": "2.0", "method": "stats", "params": [4, 8, 15, 16, 23, 42], "id": 5}',
    '{"jsonrpc": "2.0", "method": "stats", "id": 6}',
    '{"jsonrpc": "2.0", "method": "reboot", "id": 7}',
    '{"jsonrpc": "2.0", "method": "add", "params": [1], "id": 8}',
    '{"jsonrpc": "2.0", "method": "add", "params": [1, 1]}',
    '{"method": "add", "id": 9}',
    '{"jsonrpc": "2.0", "method": "add", "params": [1, 2], "id": 10',
    '[{"jsonrpc": "2.0", "method": "add", "params": [1, 2], "id": "a"}, {"jsonrpc": "2.0", "method": "nope", "id": "b"}, 5]',
]
for r in requests:
    print(serve(r) or "(notification, no response)")
print(sorted(METHODS))
