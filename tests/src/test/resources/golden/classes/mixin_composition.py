# Mixins adding serialisation, comparison-by-fields and change tracking to plain record classes.
class FieldsMixin:
    fields = ()

    def values(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __eq__(self, other):
        return type(self) is type(other) and self.values() == other.values()

    def __hash__(self):
        return hash(self.values())

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))

class DictMixin:
    def to_dict(self):
        return {f: getattr(self, f) for f in self.fields}

    @classmethod
    def from_dict(cls, d):
        obj = object.__new__(cls)  # MicroPython: __new__ is not found through a user class
        for f in cls.fields:
            setattr(obj, f, d[f])
        return obj

class TrackMixin:
    def __setattr__(self, name, value):
        if name in self.fields:
            changes = self.__dict__.get("_changes")
            if changes is None:
                object.__setattr__(self, "_changes", [])
                changes = self._changes
            old = getattr(self, name, "<unset>")
            if old != value:
                changes.append((name, old, value))
        object.__setattr__(self, name, value)

    def changes(self):
        return list(getattr(self, "_changes", []))

class Point(FieldsMixin, DictMixin):
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Setting(TrackMixin, FieldsMixin, DictMixin):
    fields = ("key", "value")

    def __init__(self, key, value):
        self.key = key
        self.value = value

p = Point(1, 2)
q = Point.from_dict({"x": 1, "y": 2})
print(p, q, p == q, p is q, len({p, q, Point(2, 1)}))
print(sorted(p.to_dict().items()))
s = Setting("brightness", 50)
s.value = 70
s.value = 70
s.value = 30
print(s, s.changes())
t = Setting.from_dict({"key": "contrast", "value": 5})
print(t, t.changes(), t == Setting("contrast", 5))
print([c.__name__ for c in Setting.__bases__], isinstance(s, DictMixin), issubclass(Point, TrackMixin))
