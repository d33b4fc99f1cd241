# exit: 1
# An uncaught exception raised two calls deep ends the script with a traceback.
def parse_config(lines):
    config = {}
    for n, line in enumerate(lines, 1):
        key, value = split_line(line, n)
        config[key] = value
        print("parsed", key, "=", value)
    return config

def split_line(line, n):
    if "=" not in line:
        raise ValueError("line %d: missing '='" % n)
    key, value = line.split("=", 1)
    return key.strip(), value.strip()

print(parse_config(["a = 1", "b=two"]))
parse_config(["name = demo", "port = 80", "broken line", "never = reached"])
print("not printed")
