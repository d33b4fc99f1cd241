# Classical ciphers over ASCII letters: Caesar with every shift check, Vigenere encrypt/decrypt,
# and a frequency-analysis attack that recovers a Caesar shift.
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - 97 + k) % 26 + 97)
    if "A" <= c <= "Z":
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def crack_caesar(cipher):
    counts = [0] * 26
    for c in cipher.lower():
        if c in ALPHA:
            counts[ord(c) - 97] += 1
    best = counts.index(max(counts))
    return (best - 4) % 26  # assume the commonest letter is 'e'


plain = "Meet me near the old tree at seven; bring the green envelope."
for k in (0, 3, 13, 25, -1, 52):
    c = caesar(plain, k)
    print(k, c[:30], caesar(c, -k) == plain)
rot13 = caesar("Hello, World!", 13)
print(rot13, caesar(rot13, 13))
v = vigenere(plain, "Lemon")
print(v)
print(vigenere(v, "Lemon", -1))
secret = caesar(plain, 11)
k = crack_caesar(secret)
print("cracked shift", k, caesar(secret, -k) == plain)
table = {c: caesar(c, 3) for c in "xyzabc"}
print(sorted(table.items()))
