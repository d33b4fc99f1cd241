# Parse NMEA 0183 sentences from a GPS receiver: checksum, GGA/RMC fields, coordinates in decimal degrees.
SENTENCES = [
    "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
    "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A",
    "$GPGGA,235317.000,4124.8963,N,08151.6838,W,1,05,1.5,280.2,M,-34.0,M,,*63",
    "$GPRMC,081836,A,3751.65,S,14507.36,E,000.0,360.0,130998,011.3,E*62",
    "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48",
    "GPGGA,no,dollar",
    "$GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00*74",
]

def checksum(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return c

def to_degrees(value, hemi):
    if not value:
        return None
    dot = value.index(".")
    deg = int(value[:dot - 2])
    minutes = float(value[dot - 2:])
    d = deg + minutes / 60
    if hemi in ("S", "W"):
        d = -d
    return d

def parse(line):
    if not line.startswith("$"):
        raise ValueError("no start delimiter")
    star = line.rfind("*")
    if star < 0:
        raise ValueError("no checksum")
    body = line[1:star]
    given = int(line[star + 1:], 16)
    calc = checksum(body)
    if given != calc:
        raise ValueError("checksum %02X != %02X" % (given, calc))
    fields = body.split(",")
    kind = fields[0][2:]
    if kind == "GGA":
        return {
            "type": kind,
            "time": fields[1][:2] + ":" + fields[1][2:4] + ":" + fields[1][4:6],
            "lat": to_degrees(fields[2], fields[3]),
            "lon": to_degrees(fields[4], fields[5]),
            "fix": int(fields[6]),
            "sats": int(fields[7]),
            "alt": float(fields[9]),
        }
    if kind == "RMC":
        d = fields[9]
        return {
            "type": kind,
            "valid": fields[2] == "A",
            "lat": to_degrees(fields[3], fields[4]),
            "lon": to_degrees(fields[5], fields[6]),
            "knots": float(fields[7]),
            "date": "20%s-%s-%s" % (d[4:6], d[2:4], d[0:2]) if int(d[4:6]) < 80 else "19%s-%s-%s" % (d[4:6], d[2:4], d[0:2]),
        }
    return {"type": kind, "fields": len(fields) - 1}

good = 0
for s in SENTENCES:
    try:
        rec = parse(s)
    except ValueError as e:
        print("reject:", e)
        continue
    good += 1
    t = rec["type"]
    if t == "GGA":
        print("GGA %s lat=%.5f lon=%.5f fix=%d sats=%d alt=%.1fm" % (
            rec["time"], rec["lat"], rec["lon"], rec["fix"], rec["sats"], rec["alt"]))
    elif t == "RMC":
        kmh = rec["knots"] * 1.852
        print("RMC valid=%s lat=%.4f lon=%.4f speed=%.2f km/h date=%s" % (
            rec["valid"], rec["lat"], rec["lon"], kmh, rec["date"]))
    else:
        print("other", t, "with", rec["fields"], "fields")
print("accepted %d of %d" % (good, len(SENTENCES)))
