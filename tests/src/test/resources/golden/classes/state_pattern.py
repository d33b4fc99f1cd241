# The state pattern: a media player whose behaviour is delegated to state objects that replace themselves.
class State:
    name = "abstract"

    def __init__(self, player):
        self.player = player

    def press_play(self):
        return "ignored"

    def press_stop(self):
        return "ignored"

    def tick(self):
        pass

    def __repr__(self):
        return "<%s>" % self.name

class Stopped(State):
    name = "stopped"

    def press_play(self):
        if not self.player.playlist:
            return "nothing to play"
        self.player.change(Playing)
        return "start %s" % self.player.current()

class Playing(State):
    name = "playing"

    def press_play(self):
        self.player.change(Paused)
        return "pause at %ds" % self.player.position

    def press_stop(self):
        self.player.position = 0
        self.player.change(Stopped)
        return "stop"

    def tick(self):
        self.player.position += 1
        if self.player.position >= self.player.length():
            self.player.position = 0
            self.player.index += 1
            if self.player.index >= len(self.player.playlist):
                self.player.index = 0
                self.player.change(Stopped)
                self.player.events.append("end of playlist")
            else:
                self.player.events.append("next: %s" % self.player.current())

class Paused(State):
    name = "paused"

    def press_play(self):
        self.player.change(Playing)
        return "resume %s at %ds" % (self.player.current(), self.player.position)

    def press_stop(self):
        self.player.position = 0
        self.player.change(Stopped)
        return "stop from pause"

class Player:
    def __init__(self, playlist):
        self.playlist = playlist
        self.index = 0
        self.position = 0
        self.events = []
        self.state = Stopped(self)
        self.history = [self.state.name]

    def change(self, cls):
        self.state = cls(self)
        self.history.append(cls.name)

    def current(self):
        return self.playlist[self.index][0]

    def length(self):
        return self.playlist[self.index][1]

    def __getattr__(self, name):
        # forward press_* to the current state
        if name.startswith("press_"):
            return getattr(self.state, name)
        raise AttributeError(name)

p = Player([("intro", 3), ("song", 4), ("outro", 2)])
script = "P..P.P.....S.P..........P"
for t, ch in enumerate(script):
    if ch == "P":
        print(t, "play ->", p.press_play(), p.state)
    elif ch == "S":
        print(t, "stop ->", p.press_stop(), p.state)
    p.state.tick()
print(p.events)
print(p.history)
empty = Player([])
print(empty.press_play(), empty.press_stop())
try:
    p.volume
except AttributeError as e:
    print("AttributeError:", e)
