# A tiny text adventure driven by a scripted list of commands: rooms, items, a parser and game state.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class GameOver(Exception):
    pass

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "say something"
        verb, args = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return "I don't know how to %r" % verb
        self.moves += 1
        return handler(*args)

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return "You are in %s. You see %s. Exits: %s." % (r["desc"], items, exits)

    def cmd_go(self, direction=None):
        if direction is None:
            return "go where?"
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "you can't go %s" % direction
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "the way %s is locked" % direction
            ROOMS[target]["locked"] = False
            self.score += 10
        if target == "cellar" and "lamp" not in self.inventory:
            raise GameOver("you fell down the dark stairs")
        self.room = target
        return self.cmd_look()

    def cmd_take(self, item=None):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return "there is no %s here" % item
        items.remove(item)
        self.inventory.append(item)
        self.score += 50 if item == "treasure" else 5
        return "taken: %s" % item

    def cmd_inventory(self):
        return "you carry: " + (", ".join(sorted(self.inventory)) or "nothing")

game = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "dance", "", "go south", "go east", "go down", "take treasure", "inventory", "go up", "go sideways"]
for cmd in script:
    try:
        print("> %s\n  %s" % (cmd, game.do(cmd)))
    except GameOver as e:
        print("GAME OVER:", e)
        break
    except TypeError as e:
        print("  bad command arguments")
print("moves", game.moves, "score", game.score, "room", game.room)
