# A command-driven to-do list: parse commands, add/done/undo/remove/list with priorities and tags,
# an undo stack of inverse operations and a summary.
todos = []
undo = []
next_id = [1]


def add(text, prio=2, tags=()):
    item = {"id": next_id[0], "text": text, "prio": prio, "done": False, "tags": sorted(tags)}
    next_id[0] += 1
    todos.append(item)
    undo.append(("remove", item["id"]))
    return item["id"]


def find(tid):
    for t in todos:
        if t["id"] == tid:
            return t
    raise KeyError("no todo %d" % tid)


def run(cmd):
    words = cmd.split()
    op, args = words[0], words[1:]
    if op == "add":
        tags = [w[1:] for w in args if w.startswith("#")]
        prio = [int(w[1:]) for w in args if w.startswith("!")]
        text = " ".join(w for w in args if w[0] not in "#!")
        return add(text, prio[0] if prio else 2, tags)
    if op == "done":
        t = find(int(args[0]))
        t["done"] = True
        undo.append(("undone", t["id"]))
        return t["text"]
    if op == "rm":
        t = find(int(args[0]))
        todos.remove(t)
        undo.append(("restore", t))
        return t["text"]
    if op == "undo":
        kind, what = undo.pop()
        if kind == "remove":
            todos.remove(find(what))
        elif kind == "undone":
            find(what)["done"] = False
        else:
            todos.append(what)
        return kind
    if op == "ls":
        rows = sorted(todos, key=lambda t: (t["done"], t["prio"], t["id"]))
        return ["%s %d p%d %s%s" % ("x" if t["done"] else " ", t["id"], t["prio"], t["text"],
                                   "".join(" #" + g for g in t["tags"])) for t in rows]
    raise ValueError("unknown command " + op)


script = ["add buy milk #home", "add fix bug !1 #work #urgent", "add call mom !3", "done 1", "ls", "rm 3", "ls",
          "undo", "undo", "ls", "done 9", "fly away", "add write report #work", "ls"]
for cmd in script:
    try:
        r = run(cmd)
        if isinstance(r, list):
            print(cmd + ":")
            for line in r:
                print("   ", line)
        else:
            print(cmd, "->", r)
    except (KeyError, ValueError) as e:
        print(cmd, "!!", type(e).__name__, e)
tags = {}
for t in todos:
    for g in t["tags"]:
        tags[g] = tags.get(g, 0) + 1
print(sorted(tags.items()), sum(1 for t in todos if not t["done"]), len(undo))
