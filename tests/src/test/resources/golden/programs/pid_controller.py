# A discrete PID controller regulating a simulated heater with a first-order thermal model, anti-windup and logging.
class PID:
    def __init__(self, kp, ki, kd, out_min, out_max):
        self.kp, self.ki, self.kd = kp, ki, kd
        self.out_min, self.out_max = out_min, out_max
        self.integral = 0.0
        self.prev_error = None

    def update(self, setpoint, measured, dt):
        error = setpoint - measured
        p = self.kp * error
        d = 0.0 if self.prev_error is None else self.kd * (error - self.prev_error) / dt
        self.prev_error = error
        candidate = self.integral + self.ki * error * dt
        out = p + candidate + d
        if out > self.out_max:
            out = self.out_max
        elif out < self.out_min:
            out = self.out_min
        else:
            self.integral = candidate  # only integrate while not saturated (anti-windup)
        return out, p, self.integral, d

class Plant:
    def __init__(self, temp, ambient, gain, tau):
        self.temp = temp
        self.ambient = ambient
        self.gain = gain
        self.tau = tau

    def step(self, power, dt):
        target = self.ambient + self.gain * power
        self.temp += (target - self.temp) * dt / self.tau
        return self.temp

def run(kp, ki, kd, steps=60, dt=1.0, setpoint=60.0):
    pid = PID(kp, ki, kd, 0.0, 100.0)
    plant = Plant(20.0, 20.0, 0.8, 15.0)
    t = plant.temp
    history = []
    for k in range(steps):
        if k == 40:
            plant.ambient = 10.0  # disturbance: a window opens
        out, p, i, d = pid.update(setpoint, t, dt)
        t = plant.step(out, dt)
        history.append((k, out, t))
    return history

for gains in ((2.0, 0.0, 0.0), (2.0, 0.15, 0.0), (3.0, 0.2, 4.0)):
    h = run(*gains)
    peak = max(x[2] for x in h)
    settled = next((k for k, _, t in h if abs(t - 60.0) < 1.0 and all(abs(tt - 60.0) < 1.0 for _, _, tt in h[k:40])), None)
    print("kp=%.1f ki=%.2f kd=%.1f: peak %.2f final %.2f settle %s" % (gains + (peak, h[-1][2], settled)))
    for k, out, t in h[::8]:
        bar = "#" * int(t / 4)
        print("  %2d out=%6.2f temp=%6.2f %s" % (k, out, t, bar))
