# exit: 3
# sys.exit with a code: output before it is kept, the status is the code, no traceback.
import sys
def cleanup():
    print("cleaning up")
try:
    print("working")
    sys.exit(3)
finally:
    cleanup()
print("never")
