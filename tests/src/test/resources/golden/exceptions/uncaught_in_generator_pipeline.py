# exit: 1
# An error deep in a chain of generators surfaces where the pipeline is consumed; every generator frame is listed.
def read_lines(text):
    for line in text.split("\n"):
        yield line

def fields(lines):
    for line in lines:
        yield line.split(";")

def to_numbers(rows):
    for row in rows:
        yield [float(x) for x in row]

DATA = "1;2;3\n4;5;6\n7;x;9\n10;11;12"
total = 0
for nums in to_numbers(fields(read_lines(DATA))):
    total += sum(nums)
    print("running total", total)
print("unreachable")
