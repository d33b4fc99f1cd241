# Morse code encoder/decoder with timing units (dit=1, dah=3, gaps 1/3/7), keying to an on/off signal and back.
CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..",
    "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
    "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "?": "..--..", "/": "-..-.",
}
DECODE = {v: k for k, v in CODE.items()}

def encode(text):
    words = []
    for word in text.upper().split():
        letters = []
        for ch in word:
            if ch not in CODE:
                raise ValueError("cannot encode %r" % ch)
            letters.append(CODE[ch])
        words.append(" ".join(letters))
    return " / ".join(words)

def decode(morse):
    out = []
    for word in morse.split(" / "):
        out.append("".join(DECODE.get(sym, "?") for sym in word.split()))
    return " ".join(out)

def key(morse):
    # returns a list of (level, units)
    signal = []
    for wi, word in enumerate(morse.split(" / ")):
        if wi:
            signal.append((0, 7))
        for li, letter in enumerate(word.split()):
            if li:
                signal.append((0, 3))
            for si, sym in enumerate(letter):
                if si:
                    signal.append((0, 1))
                signal.append((1, 1 if sym == "." else 3))
    return signal

def unkey(signal):
    words, letters, sym = [], [], ""
    for level, units in signal:
        if level:
            sym += "." if units < 2 else "-"
        elif units >= 5:
            letters.append(sym)
            words.append(" ".join(letters))
            letters, sym = [], ""
        elif units >= 2:
            letters.append(sym)
            sym = ""
    letters.append(sym)
    words.append(" ".join(letters))
    return " / ".join(words)

for msg in ("SOS", "Hello World", "CQ CQ DE W1AW", "73, see you at 1900?"):
    m = encode(msg)
    sig = key(m)
    units = sum(u for _, u in sig)
    print("%-22s %s" % (msg, m))
    print("%-22s %d units, %d elements, wpm@60ms=%.1f" % ("", units, len(sig), 1200 / 60))
    assert decode(unkey(sig)) == msg.upper(), msg
print(decode("... --- ... / .-.. --- ..--.. / ........"))
wave = "".join(("#" if lvl else "_") * u for lvl, u in key(encode("PARIS")))
print(wave, len(wave))
try:
    encode("50% off")
except ValueError as e:
    print("ValueError:", e)
