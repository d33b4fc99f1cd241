# Quaternion class for IMU orientation: multiplication, normalisation, rotating vectors, Euler angle conversion.
import math

class Quat:
    def __init__(self, w, x, y, z):
        self.w, self.x, self.y, self.z = w, x, y, z

    @classmethod
    def from_axis_angle(cls, axis, deg):
        ax, ay, az = axis
        n = math.sqrt(ax * ax + ay * ay + az * az)
        h = math.radians(deg) / 2
        s = math.sin(h) / n
        return cls(math.cos(h), ax * s, ay * s, az * s)

    def __mul__(self, o):
        return Quat(
            self.w * o.w - self.x * o.x - self.y * o.y - self.z * o.z,
            self.w * o.x + self.x * o.w + self.y * o.z - self.z * o.y,
            self.w * o.y - self.x * o.z + self.y * o.w + self.z * o.x,
            self.w * o.z + self.x * o.y - self.y * o.x + self.z * o.w)

    def conj(self):
        return Quat(self.w, -self.x, -self.y, -self.z)

    def norm(self):
        return math.sqrt(self.w ** 2 + self.x ** 2 + self.y ** 2 + self.z ** 2)

    def normalized(self):
        n = self.norm()
        return Quat(self.w / n, self.x / n, self.y / n, self.z / n)

    def rotate(self, v):
        p = Quat(0, *v)
        r = self * p * self.conj()
        return (r.x, r.y, r.z)

    def euler(self):
        w, x, y, z = self.w, self.x, self.y, self.z
        roll = math.atan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y))
        s = 2 * (w * y - z * x)
        pitch = math.copysign(math.pi / 2, s) if abs(s) >= 1 else math.asin(s)
        yaw = math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z))
        return tuple(math.degrees(a) for a in (roll, pitch, yaw))

    def __repr__(self):
        return "Q(%.4f, %.4f, %.4f, %.4f)" % (self.w, self.x, self.y, self.z)

def fmt(v):
    return "(" + ", ".join("%.3f" % (c + 0.0 if abs(c) > 5e-10 else 0.0) for c in v) + ")"

qz = Quat.from_axis_angle((0, 0, 1), 90)
qx = Quat.from_axis_angle((1, 0, 0), 90)
print(qz, qx)
print("z90 * x-axis", fmt(qz.rotate((1, 0, 0))))
print("x90 * y-axis", fmt(qx.rotate((0, 1, 0))))
both = qz * qx
print("combined", both, "norm %.6f" % both.norm())
print("combined on (1,2,3)", fmt(both.rotate((1, 2, 3))))
print("euler z90", fmt(qz.euler()), "euler x90", fmt(qx.euler()))
# integrate a constant angular rate around a tilted axis in small steps and watch drift of the norm
q = Quat(1, 0, 0, 0)
step = Quat.from_axis_angle((1, 1, 0), 3)
for i in range(120):
    q = q * step
    if i % 30 == 29:
        print("step %3d norm %.9f euler %s" % (i + 1, q.norm(), fmt(q.euler())))
q = q.normalized()
print("after 360 degrees:", q, fmt(q.rotate((0, 0, 1))))
