# A priority-queue job scheduler with a binary heap, aging, and retry of failed jobs.
import heapq

class Job:
    seq = 0

    def __init__(self, name, priority, duration, fail_times=0):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.fail_times = fail_times
        self.attempts = 0
        Job.seq += 1
        self.order = Job.seq

    def key(self):
        return (self.priority, self.order)

    def run(self, clock):
        self.attempts += 1
        if self.attempts <= self.fail_times:
            raise RuntimeError("%s failed (attempt %d)" % (self.name, self.attempts))
        return clock + self.duration

class Scheduler:
    def __init__(self, max_retries=2):
        self.heap = []
        self.clock = 0
        self.done = []
        self.dead = []
        self.max_retries = max_retries

    def submit(self, job):
        heapq.heappush(self.heap, (job.key(), job))

    def age(self):
        aged = []
        while self.heap:
            (prio, order), job = heapq.heappop(self.heap)
            if prio > 0:
                job.priority = prio - 1
            aged.append(job)
        for job in aged:
            self.submit(job)

    def run(self):
        tick = 0
        while self.heap:
            tick += 1
            _, job = heapq.heappop(self.heap)
            try:
                self.clock = job.run(self.clock)
                self.done.append((job.name, self.clock, job.attempts))
                print("t=%3d ran %-8s prio=%d attempts=%d" % (self.clock, job.name, job.priority, job.attempts))
            except RuntimeError as e:
                print("t=%3d %s" % (self.clock, e))
                if job.attempts > self.max_retries:
                    self.dead.append(job.name)
                else:
                    job.priority += 1
                    self.submit(job)
            if tick % 3 == 0:
                self.age()

s = Scheduler()
for name, prio, dur, fails in [("backup", 5, 30, 0), ("email", 1, 2, 0), ("report", 3, 10, 1),
                               ("flaky", 2, 5, 5), ("index", 4, 20, 0), ("ping", 0, 1, 0), ("cleanup", 5, 3, 2)]:
    s.submit(Job(name, prio, dur, fails))
s.run()
print("done", s.done)
print("dead", s.dead, "clock", s.clock)
