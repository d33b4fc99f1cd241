# exit: 1
# An exception raised inside __exit__ while another is propagating replaces it; the traceback shows __exit__.
class Device:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("closing", self.name, "after", et.__name__ if et else "success")
        if et is not None:
            self.shutdown()

    def shutdown(self):
        raise RuntimeError("could not power down " + self.name)

with Device("pump"):
    print("working")
with Device("valve"):
    print("stuck")
    raise ValueError("valve jammed")
