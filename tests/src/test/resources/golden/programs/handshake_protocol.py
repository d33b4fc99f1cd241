# A simulated client/server handshake (SYN, SYN-ACK, ACK, data with sequence numbers, retransmit, FIN) over a lossy link.
import random

random.seed(2024)

class Packet:
    def __init__(self, kind, seq=0, ack=0, data=b""):
        self.kind = kind
        self.seq = seq
        self.ack = ack
        self.data = data

    def __repr__(self):
        s = "%s(seq=%d ack=%d" % (self.kind, self.seq, self.ack)
        if self.data:
            s += " %r" % self.data
        return s + ")"

class Link:
    def __init__(self, loss):
        self.loss = loss
        self.sent = 0
        self.lost = 0

    def deliver(self, pkt):
        self.sent += 1
        if random.random() < self.loss:
            self.lost += 1
            return None
        return pkt

class Server:
    def __init__(self):
        self.state = "LISTEN"
        self.expected = 0
        self.received = b""

    def handle(self, p):
        if self.state == "LISTEN" and p.kind == "SYN":
            self.state = "SYN_RCVD"
            self.expected = p.seq + 1
            return Packet("SYNACK", 500, self.expected)
        if self.state == "SYN_RCVD" and p.kind == "SYN":
            return Packet("SYNACK", 500, self.expected)
        if self.state == "SYN_RCVD" and p.kind == "ACK":
            self.state = "ESTABLISHED"
            return None
        if self.state in ("ESTABLISHED", "SYN_RCVD") and p.kind == "DATA":
            self.state = "ESTABLISHED"
            if p.seq == self.expected:
                self.received += p.data
                self.expected += len(p.data)
            return Packet("ACK", 501, self.expected)
        if p.kind == "FIN":
            self.state = "CLOSED"
            return Packet("FINACK", 501, p.seq + 1)
        return Packet("RST")

class Client:
    def __init__(self, link, server, payload, chunk=4, max_tries=6):
        self.link = link
        self.server = server
        self.payload = payload
        self.chunk = chunk
        self.max_tries = max_tries
        self.trace = []

    def exchange(self, pkt, want):
        for attempt in range(1, self.max_tries + 1):
            out = self.link.deliver(pkt)
            if out is None:
                self.trace.append("lost %r (try %d)" % (pkt, attempt))
                continue
            reply = self.server.handle(out)
            if reply is None:
                return None
            back = self.link.deliver(reply)
            if back is None:
                self.trace.append("lost reply to %r (try %d)" % (pkt, attempt))
                continue
            if back.kind == want:
                return back
            self.trace.append("unexpected %r" % back)
        raise RuntimeError("gave up on %r" % pkt)

    def run(self):
        isn = 100
        r = self.exchange(Packet("SYN", isn), "SYNACK")
        self.trace.append("got %r" % r)
        self.link.deliver(Packet("ACK", isn + 1, r.seq + 1)) and self.server.handle(Packet("ACK", isn + 1, r.seq + 1))
        seq = isn + 1
        for i in range(0, len(self.payload), self.chunk):
            part = self.payload[i:i + self.chunk]
            r = self.exchange(Packet("DATA", seq, 0, part), "ACK")
            seq = r.ack
        r = self.exchange(Packet("FIN", seq), "FINACK")
        self.trace.append("closed with %r" % r)

link = Link(0.3)
srv = Server()
cli = Client(link, srv, b"hello, embedded world!")
try:
    cli.run()
except RuntimeError as e:
    cli.trace.append("error: %s" % e)
print("\n".join(cli.trace))
print("server state:", srv.state)
print("server got:", srv.received)
print("packets sent %d lost %d" % (link.sent, link.lost))
