# Nested dicts and lists: building, querying and transforming a small data set.
library = {
    "fiction": [
        {"title": "Dune", "year": 1965, "tags": ["sf", "classic"]},
        {"title": "Neuromancer", "year": 1984, "tags": ["sf", "cyberpunk"]},
    ],
    "science": [
        {"title": "Cosmos", "year": 1980, "tags": ["space"]},
        {"title": "The Gene", "year": 2016, "tags": ["biology", "history"]},
    ],
    "empty": [],
}
for section in sorted(library):
    books = library[section]
    print(section, len(books), [b["title"] for b in books])
all_books = [b for s in sorted(library) for b in library[s]]
print(sorted(b["year"] for b in all_books))
by_tag = {}
for b in all_books:
    for t in b["tags"]:
        by_tag.setdefault(t, []).append(b["title"])
for t in sorted(by_tag):
    print(t, by_tag[t])
oldest = min(all_books, key=lambda b: b["year"])
print("oldest:", oldest["title"], oldest["year"])
library["fiction"][0]["tags"].append("desert")
print(library["fiction"][0]["tags"])
copy = {k: [dict(b) for b in v] for k, v in library.items()}
copy["science"][0]["year"] = 0
print(library["science"][0]["year"], copy["science"][0]["year"])
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
alias = [[0] * 4] * 3
alias[1][2] = 5
print(grid, alias)
