package org.mpyjvm.stdlib.circuitpython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.i2c.PinClaims;
import org.mpyjvm.stdlib.os.BuildInfo;
import org.mpyjvm.stdlib.session.Session;

/**
 * One run of a CircuitPython board beyond what every board has: the CIRCUITPY drive and its permissions, the I2C
 * wiring, the claimed pins and the {@code board.I2C()} singleton, and the chip's identity (version line, unique id).
 * Reached by the {@code storage}, {@code board}, {@code busio} and {@code microcontroller} modules through
 * {@link #of(Session)}.
 */
public final class CircuitPythonBoard {
    private static final String KEY = "circuitpython.board";

    private final Session session;
    private final CircuitPyDrive drive;
    private final I2cWiring wiring;
    private final PinClaims claims = new PinClaims();
    private final Pins pins;
    private I2cType i2cType;
    private Object defaultI2c;
    private BootOutput bootCapture;
    /** The flags of VfsFat volumes the program mounted with {@code storage.mount} (never visible via USB). */
    private final Map<ProtectedFilesystem, DrivePermissions> mountPermissions = new java.util.IdentityHashMap<>();

    CircuitPythonBoard(Session session, CircuitPyDrive drive, I2cWiring wiring) {
        this.session = session;
        this.drive = drive;
        this.wiring = wiring;
        this.pins = new Pins(session.board());
    }

    static void register(Session session, CircuitPythonBoard board) {
        session.singleton(KEY, () -> board);
    }

    /** The CircuitPython state of this run; IllegalStateException on a MicroPython board. */
    public static CircuitPythonBoard of(Session session) {
        Object o = session.singleton(KEY, () -> null);
        if (!(o instanceof CircuitPythonBoard b)) {
            throw new IllegalStateException(session.board().id() + " is not a CircuitPython board");
        }
        return b;
    }

    public Session session() {
        return session;
    }

    public Board board() {
        return session.board();
    }

    public CircuitPyDrive drive() {
        return drive;
    }

    public DrivePermissions permissions() {
        return drive.permissions();
    }

    I2cWiring wiring() {
        return wiring;
    }

    PinClaims claims() {
        return claims;
    }

    Pins pins() {
        return pins;
    }

    /** The {@code busio.I2C} class of this run (shared by {@code busio} and {@code board.I2C()}). */
    synchronized I2cType i2cType() {
        if (i2cType == null) {
            i2cType = new I2cType(this);
        }
        return i2cType;
    }

    Object defaultI2c() {
        return defaultI2c;
    }

    void setDefaultI2c(Object i2c) {
        this.defaultI2c = i2c;
    }

    DrivePermissions mountPermissions(ProtectedFilesystem fs) {
        return mountPermissions.computeIfAbsent(fs, f -> new DrivePermissions(false));
    }

    void setMountPermissions(ProtectedFilesystem fs, DrivePermissions permissions) {
        mountPermissions.put(fs, permissions);
    }

    BootOutput bootCapture() {
        return bootCapture;
    }

    void setBootCapture(BootOutput capture) {
        this.bootCapture = capture;
    }

    /** Keeps the permission flags in {@code board.json} so the next run and the host tools see them. */
    void savePermissions() {
        try {
            for (Map.Entry<String, String> e : permissions().save().entrySet()) {
                session.device().setState(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            session.note("mpy: cannot record the CIRCUITPY permissions in board.json: " + e.getMessage());
        }
    }

    /** The VM ends (after boot.py, after code.py): objects the program made lose their pins. */
    void resetPins() {
        claims.releaseTransient();
    }

    /** {@code Adafruit CircuitPython 9.2.9 (mpy-jvm) on DATE; Adafruit QT2040 Trinkey with rp2040} (BOARDS.md 7). */
    public String versionLine() {
        Board b = board();
        return "Adafruit CircuitPython " + b.version() + " (mpy-jvm) on " + BuildInfo.date() + "; " + b.name()
                + " with " + b.mcu();
    }

    public String boardId() {
        return board().property("board_id").orElse(board().board());
    }

    /**
     * The MCU's unique id (RP2040: the flash chip's 8-byte id): a board file's {@code uid} (hex) or, chosen, the
     * first 8 bytes of SHA-256 of the board id, so every simulated Trinkey reports the same stable id.
     */
    public byte[] uid() {
        String hex = board().property("uid").orElse(null);
        if (hex != null && hex.matches("([0-9a-fA-F]{2})+")) {
            return HexFormat.of().parseHex(hex);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(board().id().getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String uidHex() {
        return HexFormat.of().withUpperCase().formatHex(uid());
    }
}
