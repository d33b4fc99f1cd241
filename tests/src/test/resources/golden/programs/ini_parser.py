# A small INI configuration parser with sections, comments, typed getters and defaults.
CONFIG = """
; device configuration
[network]
ssid = workshop-ap
password = "s3cret pass"
retries = 5
timeout = 2.5
dhcp = yes

[sensors]
# polled in this order
names = temp, humidity , pressure
interval_ms=250
enabled = off

[display]
width = 128
height = 64
invert = true
broken line without equals
[empty]
"""

class ConfigError(Exception):
    pass

class Config:
    TRUE = ("1", "yes", "true", "on")
    FALSE = ("0", "no", "false", "off")

    def __init__(self, text):
        self.sections = {}
        self.order = []
        self.warnings = []
        current = None
        for lineno, raw in enumerate(text.split("\n"), 1):
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1].strip()
                self.sections[current] = {}
                self.order.append(current)
                continue
            if "=" not in line or current is None:
                self.warnings.append("line %d ignored: %r" % (lineno, line))
                continue
            key, _, value = line.partition("=")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            self.sections[current][key.strip().lower()] = value

    def get(self, section, key, default=None):
        try:
            return self.sections[section][key]
        except KeyError:
            if default is None:
                raise ConfigError("missing %s.%s" % (section, key))
            return default

    def getint(self, section, key, default=None):
        return int(self.get(section, key, default))

    def getfloat(self, section, key, default=None):
        return float(self.get(section, key, default))

    def getbool(self, section, key, default=None):
        v = str(self.get(section, key, default)).lower()
        if v in self.TRUE:
            return True
        if v in self.FALSE:
            return False
        raise ConfigError("not a boolean: %s.%s=%r" % (section, key, v))

    def getlist(self, section, key):
        return [p.strip() for p in self.get(section, key).split(",") if p.strip()]

cfg = Config(CONFIG)
print("sections:", cfg.order)
for w in cfg.warnings:
    print("warning:", w)
print("ssid:", cfg.get("network", "ssid"))
print("password:", repr(cfg.get("network", "password")))
print("retries*2:", cfg.getint("network", "retries") * 2)
print("timeout:", cfg.getfloat("network", "timeout"))
print("dhcp:", cfg.getbool("network", "dhcp"))
print("sensors:", cfg.getlist("sensors", "names"))
print("interval:", cfg.getint("sensors", "interval_ms"))
print("enabled:", cfg.getbool("sensors", "enabled"))
print("pixels:", cfg.getint("display", "width") * cfg.getint("display", "height"))
print("invert:", cfg.getbool("display", "invert"))
print("contrast default:", cfg.getint("display", "contrast", 7))
print("empty section keys:", len(cfg.sections["empty"]))
for probe in (("display", "depth"), ("nosuch", "x")):
    try:
        cfg.get(*probe)
    except ConfigError as e:
        print("error:", e)
try:
    cfg.getbool("network", "ssid")
except ConfigError as e:
    print("error:", e)
