# select.poll over stream objects written in Python (io.IOBase subclasses answering ioctl(MP_STREAM_POLL)):
# a mock serial port and a mock button, as a driver polling both would use them.
import io
import select

MP_STREAM_POLL = 3


class Port(io.IOBase):
    def __init__(self, name):
        self.name = name
        self.ready = 0
        self.log = []

    def ioctl(self, req, arg):
        if req != MP_STREAM_POLL:
            return -1  # only polling is supported (the unix port also asks for a file descriptor)
        self.log.append(arg)
        if self.ready < 0:
            return self.ready  # -errno
        return self.ready & (arg | select.POLLERR | select.POLLHUP)

    def __repr__(self):
        return "<Port %s>" % self.name


def show(result):
    # the order of several ready objects is not defined: sort by name
    return sorted([(o.name, ev) for o, ev in result])


print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
uart = Port("uart")
button = Port("button")
p = select.poll()
print(type(p).__name__)
p.register(uart)  # default mask: POLLIN | POLLOUT
p.register(button, select.POLLIN)
print("nothing ready:", p.poll(0))
print("masks asked:", uart.log, button.log)

uart.ready = select.POLLOUT
button.ready = select.POLLIN | select.POLLOUT
print("ready:", show(p.poll(0)))

p.modify(uart, select.POLLIN)
print("after modify:", show(p.poll(0)))
p.register(uart, select.POLLIN | select.POLLOUT)  # registering again replaces the mask
print("re-registered:", show(p.poll(0)))

# an error or hang-up is reported even when not asked for
button.ready = select.POLLHUP
print("hang-up:", show(p.poll(0)))

# ipoll: the poller itself iterates over the ready objects
button.ready = select.POLLIN
it = p.ipoll(0)
print("ipoll returns the poller:", it is p)
print("ipoll:", sorted([(o.name, ev) for o, ev in it]))

# one-shot: a reported object is not polled for anything until its mask is set again
uart.log = []
print("one-shot:", sorted([(o.name, ev) for o, ev in p.ipoll(0, 1)]))
print("then:", show(p.poll(0)), "uart asked for", uart.log[-1])
p.modify(uart, select.POLLOUT)
p.modify(button, select.POLLIN)
print("re-armed:", show(p.poll(0)))

# a timeout with nothing ready returns an empty list
uart.ready = button.ready = 0
print("timeout:", p.poll(20))

# the ioctl's negative result is an OSError with that errno
button.ready = -5
try:
    p.poll(0)
except OSError as e:
    print("OSError", e.errno)
button.ready = 0

p.unregister(button)
p.unregister(button)  # not registered any more: no error
uart.ready = select.POLLOUT
print("after unregister:", show(p.poll(0)))
try:
    p.modify(button, select.POLLIN)
except OSError as e:
    print("modify unregistered:", repr(e))


class NotAStream:
    def ioctl(self, req, arg):
        return 0


# only streams can be polled: a plain class with an ioctl method is not one
try:
    p.register(NotAStream())
except OSError as e:
    print("OSError:", e)
try:
    p.register("text")
except OSError as e:
    print("OSError:", e)

# io.StringIO is a stream, but it does not support polling
s = io.StringIO("data")
q = select.poll()
q.register(s)
try:
    q.poll(0)
except OSError as e:
    print("StringIO poll:", repr(e))
try:
    p.poll(0, 1)
except TypeError as e:
    print("TypeError:", e)
