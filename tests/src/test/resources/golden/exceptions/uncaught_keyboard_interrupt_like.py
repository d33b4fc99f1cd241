# exit: 1
# BaseException subclasses bypass "except Exception"; the one raised last is uncaught and ends the script.
class Shutdown(BaseException):
    pass

def worker(jobs):
    done = []
    for j in jobs:
        try:
            if j == "stop":
                raise Shutdown("operator requested stop")
            if j == "bad":
                raise ValueError("bad job")
            done.append(j)
        except Exception as e:
            print("job failed:", e)
        finally:
            print("after", j)
    return done

print(worker(["a", "bad", "b"]))
try:
    worker(["c", "stop", "d"])
except Exception:
    print("not reached: Shutdown is not an Exception")
except BaseException as e:
    print("caught at top:", type(e).__name__, e)
print(issubclass(Shutdown, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
worker(["e", "stop"])
