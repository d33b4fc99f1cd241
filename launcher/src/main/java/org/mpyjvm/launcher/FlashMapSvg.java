package org.mpyjvm.launcher;

import java.util.Map;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.board.RomSegment;

/**
 * {@code flash map --svg}: the board's media as horizontal bars, one row per medium, with each region of the use
 * map drawn to scale and coloured by use (protected regions red or grey, storage green, ROM blue, user yellow).
 * ROM segments are outlined on top. Hovering a box shows its label, range and size.
 */
final class FlashMapSvg {
    private static final int WIDTH = 960;
    private static final int LEFT = 150;
    private static final int ROW = 70;
    private static final int BAR = 36;
    private static final Map<String, String> COLOURS = Map.of("bootloader", "#d9534f", "firmware", "#f0ad4e",
            "reserved", "#9e9e9e", "config", "#bdbdbd", "nvm", "#bdbdbd", "storage", "#5cb85c", "rom", "#5bc0de",
            "user", "#ffe066", "unused", "#ffffff");

    private final Board board;

    FlashMapSvg(Board board) {
        this.board = board;
    }

    String render() {
        int height = 50 + ROW * board.media().size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height));
        svg.append(String.format("<text x=\"10\" y=\"22\" font-size=\"15\">%s: %s (%s)</text>%n", escape(board.id()),
                escape(board.name()), escape(board.mcu())));
        int y = 40;
        for (Medium m : board.media()) {
            double scale = (WIDTH - LEFT - 10) / (double) m.size();
            svg.append(String.format("<text x=\"10\" y=\"%d\">%s</text>%n", y + BAR / 2 - 2, escape(m.id())));
            svg.append(String.format("<text x=\"10\" y=\"%d\" fill=\"#666\">%s %s</text>%n", y + BAR / 2 + 12,
                    escape(m.kind()), BoardsCommand.size(m.size())));
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" "
                    + "stroke=\"#333\"/>%n", LEFT, y, WIDTH - LEFT - 10, BAR));
            for (Region r : board.regions()) {
                if (r.medium().equals(m.id())) {
                    box(svg, m, scale, y, r.offset(), r.size(), r.label() + " (" + r.use() + ")",
                            COLOURS.getOrDefault(r.use(), "#e0e0e0"), false);
                }
            }
            for (RomSegment s : board.romSegments()) {
                if (s.medium().equals(m.id())) {
                    box(svg, m, scale, y, s.offset(), s.size(), "ROM segment " + s.index(), "none", true);
                }
            }
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void box(StringBuilder svg, Medium m, double scale, int y, long offset, long size, String label,
                            String fill, boolean outline) {
        double x = LEFT + offset * scale;
        double w = Math.max(1.5, size * scale);
        String title = String.format("%s: 0x%x..0x%x, %s", label, offset, offset + size - 1, BoardsCommand.size(size));
        svg.append(String.format("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"%s\"%s>"
                + "<title>%s</title></rect>%n", x, y, w, BAR, fill, outline ? "#0b5394" : "#333",
                outline ? " stroke-width=\"2\" stroke-dasharray=\"4 2\"" : "", escape(title)));
        if (!outline && w > 7 * label.length()) {
            svg.append(String.format("<text x=\"%.1f\" y=\"%d\">%s</text>%n", x + 3, y + BAR / 2 + 4, escape(label)));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
