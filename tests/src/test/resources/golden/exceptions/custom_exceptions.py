# User-defined exception classes with extra state, str overrides and hierarchy.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return "%s: %s" % (self.field, self.problem)

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %r" % (key,))
        self.key = key

def validate(record):
    if "name" not in record:
        raise NotFound("name")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be int")
    if record["age"] < 0:
        raise ValidationError("age", "must be >= 0")
    return "ok"

records = [{"name": "a", "age": 3}, {"age": 1}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]
for r in records:
    try:
        print(validate(r))
    except ValidationError as e:
        print("invalid", e, "| field", e.field, "| args", e.args, "|", repr(e))
    except AppError as e:
        print("app error", e, repr(e), isinstance(e, NotFound))

class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain("x")), repr(Plain("x", 1)), str(Plain("only")))
