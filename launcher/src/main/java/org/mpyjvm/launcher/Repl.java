package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.mpyjvm.language.parser.InputCompleteness;

/**
 * MicroPython's friendly REPL on a terminal: banner, {@code >>> } and {@code ... } prompts, line editing and history
 * through JLine. Ctrl-D at an empty prompt exits, Ctrl-C abandons the current input, as on the unix port.
 */
final class Repl {
    private final Interpreter interpreter;
    private final String banner;
    private final Path historyFile;

    Repl(Interpreter interpreter, String banner, Path historyFile) {
        this.interpreter = interpreter;
        this.banner = banner;
        this.historyFile = historyFile;
    }

    int run(PrintStream out) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
            if (historyFile != null) {
                Files.createDirectories(historyFile.getParent());
                builder.variable(LineReader.HISTORY_FILE, historyFile);
            }
            LineReader reader = builder.build();
            out.println(banner);
            out.flush();
            StringBuilder input = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(input.length() == 0 ? ">>> " : "... ");
                } catch (UserInterruptException e) {
                    input.setLength(0);
                    continue;
                } catch (EndOfFileException e) {
                    if (input.length() == 0) {
                        return 0;
                    }
                    input.setLength(0);
                    continue;
                }
                if (input.length() > 0) {
                    input.append('\n');
                }
                input.append(line);
                String text = input.toString();
                if (InputCompleteness.needsMoreInput(text)) {
                    continue;
                }
                input.setLength(0);
                if (!text.isBlank()) {
                    interpreter.runInteractive(text + "\n");
                }
            }
        }
    }
}
