try:
    import busio
except ImportError:
    print("SKIP")
    raise SystemExit
import board

def attempt(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

i2c = busio.I2C(board.SCL, board.SDA)
attempt(i2c.scan)
attempt(i2c.try_lock)
attempt(i2c.try_lock)
attempt(i2c.scan)
attempt(i2c.readfrom_into, 0x70, bytearray(1))
attempt(i2c.readfrom_into, 0x70, bytearray(0))
attempt(i2c.writeto_then_readfrom, 0x70, b"\x00", bytearray(0))
attempt(busio.I2C, board.SCL, board.SDA)
attempt(board.I2C)
i2c.deinit()
attempt(i2c.try_lock)
attempt(i2c.unlock)
attempt(i2c.deinit)
attempt(busio.I2C, board.SDA, board.SCL)
attempt(busio.I2C, board.SCL, board.SDA, frequency=1000001)
with board.I2C() as bus:
    print(bus is board.STEMMA_I2C())
print(board.I2C() is bus)
