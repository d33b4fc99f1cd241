# Collecting several errors from independent validation steps and reporting them together, since MicroPython
# has no ExceptionGroup: a custom aggregate exception carrying a list of causes.
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__("%s: %s" % (field, msg))
        self.field = field

class MultipleErrors(Exception):
    def __init__(self, errors):
        super().__init__("%d validation errors" % len(errors))
        self.errors = errors

    def by_field(self):
        out = {}
        for e in self.errors:
            out.setdefault(e.field, []).append(str(e))
        return out

def check_name(rec):
    if not rec.get("name"):
        raise ValidationError("name", "required")
    if len(rec["name"]) > 8:
        raise ValidationError("name", "too long")

def check_port(rec):
    port = rec.get("port")
    if not isinstance(port, int):
        raise ValidationError("port", "must be int")
    if not 1 <= port <= 65535:
        raise ValidationError("port", "out of range")

def check_tags(rec):
    for i, t in enumerate(rec.get("tags", [])):
        if not t.isalpha():
            raise ValidationError("tags", "tag %d not alphabetic" % i)

def validate(rec):
    errors = []
    for check in (check_name, check_port, check_tags):
        try:
            check(rec)
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise MultipleErrors(errors)
    return rec

records = [
    {"name": "sensor", "port": 1883, "tags": ["temp"]},
    {"name": "", "port": "80", "tags": ["ok", "b4d"]},
    {"name": "averyverylongname", "port": 70000},
    {"port": 22, "tags": ["x1"]},
]
for r in records:
    try:
        validate(r)
        print("valid:", r["name"])
    except MultipleErrors as e:
        print(e)
        for field, msgs in sorted(e.by_field().items()):
            print("   ", field, "->", msgs)
        print("    first error type:", type(e.errors[0]).__name__, "isinstance Exception:", isinstance(e.errors[0], Exception))
