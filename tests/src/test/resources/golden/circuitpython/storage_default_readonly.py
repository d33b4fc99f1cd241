try:
    import storage
except ImportError:
    print("SKIP")
    raise SystemExit
import os

# After a boot that called nothing, CIRCUITPY is the USB host's: Python may read, not write.
print(storage.getmount("/").readonly)
print(open("/code.py").read(), end="")
for op, args in ((open, ("/new.txt", "w")), (os.mkdir, ("/d",)), (os.remove, ("/code.py",)),
                 (os.rename, ("/code.py", "/c.py"))):
    try:
        op(*args)
    except OSError as e:
        print("OSError:", e)
try:
    open("/missing.txt")
except OSError as e:
    print("OSError:", e)
# The host took the drive when USB came up, so remount is refused now.
try:
    storage.remount("/", False)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    storage.disable_usb_drive()
except RuntimeError as e:
    print("RuntimeError:", e)
