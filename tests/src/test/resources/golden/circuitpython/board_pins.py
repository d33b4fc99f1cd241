try:
    import board
except ImportError:
    print("SKIP")
    raise SystemExit
import microcontroller

print(board.board_id)
print(board.SCL, board.SDA, board.NEOPIXEL, board.BUTTON)
print(board.I2C is board.STEMMA_I2C)
print(microcontroller.pin.GPIO17 is board.SCL, microcontroller.pin.GPIO16 is board.SDA)
print(len(microcontroller.cpu.uid), microcontroller.cpu.frequency)
try:
    import vfs
except ImportError:
    print("no vfs")
