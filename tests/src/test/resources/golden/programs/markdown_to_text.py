# Render a small subset of Markdown to plain text with re: headings, emphasis, inline code, links, bullet and
# numbered lists, and a table of contents.
import re

DOC = """# Device Manual
Welcome to the *sensor node*. Read **carefully**.

## Wiring
- Connect `VCC` to 3.3V
- Connect `GND` to ground
- Data goes to [GPIO 4](https://example.com/pins)

## Setup
1. Flash the firmware
2. Run `setup()` once
3. Reboot

### Troubleshooting
If the LED blinks *rapidly*, see [the FAQ](https://example.com/faq) or the **status** page.
"""

HEADING = re.compile(r"^(#+)\s+(.*)$")
BULLET = re.compile(r"^[-*]\s+(.*)$")
NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")

def inline(text, links):
    while True:
        m = LINK.search(text)
        if not m:
            break
        links.append(m.group(2))
        text = text.replace(m.group(0), "%s[%d]" % (m.group(1), len(links)), 1)
    text = re.sub(r"\*\*([^*]+)\*\*", lambda mm: mm.group(1).upper(), text)
    text = re.sub(r"\*([^*]+)\*", r"_\1_", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    return text

def render(doc):
    out, toc, links = [], [], []
    counters = [0, 0, 0]
    for line in doc.split("\n"):
        m = HEADING.match(line)
        if m:
            level = len(m.group(1))
            counters[level - 1] += 1
            for i in range(level, 3):
                counters[i] = 0
            number = ".".join(str(c) for c in counters[:level])
            title = inline(m.group(2), links)
            toc.append("  " * (level - 1) + number + " " + title)
            out.append("")
            out.append(number + " " + title)
            out.append(("=" if level == 1 else "-") * (len(number) + 1 + len(title)))
            continue
        m = BULLET.match(line)
        if m:
            out.append("  * " + inline(m.group(1), links))
            continue
        m = NUMBERED.match(line)
        if m:
            out.append("  %s) %s" % (m.group(1), inline(m.group(2), links)))
            continue
        if line.strip():
            out.append(inline(line, links))
    return out, toc, links

body, toc, links = render(DOC)
print("CONTENTS")
print("\n".join(toc))
print("\n".join(body))
print()
for i, url in enumerate(links, 1):
    print("[%d] %s" % (i, url))
