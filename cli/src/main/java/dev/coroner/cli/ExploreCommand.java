package dev.coroner.cli;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.examination.Examination;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coroner explore}: reads the inputs and runs the checklist once, then answers commands —
 * sessions, verdict, findings, timeline, context, explain — at a prompt, so a post-mortem does not
 * reload a large dump for every question. On a terminal it edits lines and completes names; with
 * standard input from a pipe or file it reads one command a line and prints plain text.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Load a dump once and explore it at a prompt: sessions, session ID, verdict, findings, "
                + "timeline, context N, explain CHECK-ID, help, quit. Tab completes commands, session ids and "
                + "check ids.",
            "Secrets and personal identifiers are masked unless --reveal is given."})
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    TraceSources sources;

    @Mixin
    ExaminationOptions analysisOptions;

    private final Environment environment;

    ExploreCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        Examination examination = analysisOptions.examination(environment);
        try (LoadedTrace trace = sources.load(environment, sources.expand(environment))) {
            for (ImportProblem p : trace.problems()) {
                environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
            }
            environment.err().flush();
            AnalysisResult result = OutOfMemory.analyse(examination, trace);
            ExploreShell shell = new ExploreShell(trace.sessions(), result, examination);
            PrintWriter out = environment.out();
            try (Terminal terminal = terminal()) {
                LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("coroner")
                        .completer(shell.completer());
                if (!environment.colour()) {
                    builder.option(LineReader.Option.DISABLE_HIGHLIGHTER, true);
                }
                LineReader reader = builder.build();
                while (true) {
                    String line;
                    try {
                        line = reader.readLine(shell.prompt());
                    } catch (UserInterruptException e) {
                        continue;
                    } catch (EndOfFileException e) {
                        // A last line without a newline still counts (the editor has already ended the line).
                        terminal.flush();
                        String partial = e.getPartialLine();
                        if (partial != null && !partial.isBlank()) {
                            shell.execute(partial, out);
                        }
                        break;
                    }
                    terminal.flush();
                    if (!shell.execute(line, out)) {
                        break;
                    }
                }
            }
            out.flush();
            return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
    }

    /**
     * The user's terminal when there is one; otherwise a dumb terminal over the injected streams,
     * which neither echoes control sequences nor colours anything, so scripted sessions print
     * plain, repeatable text.
     */
    private Terminal terminal() throws IOException {
        if (environment.tty()) {
            return TerminalBuilder.builder().system(true).build();
        }
        Attributes attributes = new Attributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        attributes.setOutputFlag(Attributes.OutputFlag.OPOST, false);
        // Set when the terminal is built, before it starts reading: no echo of piped input, and wide
        // enough that the editor never wraps an echoed command line.
        return TerminalBuilder.builder().system(false).dumb(true).type(Terminal.TYPE_DUMB)
                .streams(environment.stdin(), new WriterStream(environment.out()))
                .encoding(StandardCharsets.UTF_8).attributes(attributes).size(new Size(Short.MAX_VALUE, 24)).build();
    }

    /**
     * Bytes written by the dumb terminal, decoded as UTF-8 onto the command's writer so they stay in
     * order with the commands' output; carriage returns are dropped.
     */
    private static final class WriterStream extends OutputStream {

        private final PrintWriter writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(4096);
        private final CharBuffer chars = CharBuffer.allocate(4096);

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, bytes.remaining());
                bytes.put(b, off, n);
                off += n;
                len -= n;
                CoderResult coded;
                bytes.flip();
                do {
                    coded = decoder.decode(bytes, chars, false);
                    chars.flip();
                    // The dumb line editor returns to column 0 before each newline; in a transcript that is noise.
                    for (int i = chars.position(); i < chars.limit(); i++) {
                        if (chars.get(i) != '\r') {
                            writer.append(chars.get(i));
                        }
                    }
                    chars.clear();
                } while (coded.isOverflow());
                bytes.compact();
            }
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
