package dev.coroner.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real entry point with captured streams. */
final class Cli {

    /** The repository root (tests run in the cli module directory). */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    record Run(int exit, String out, String err) {
    }

    private Path cwd = ROOT;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private boolean tty;
    private boolean errTty;
    private final Map<String, String> env = new HashMap<>();

    Cli cwd(Path value) {
        cwd = value;
        return this;
    }

    Cli stdin(InputStream value) {
        stdin = value;
        return this;
    }

    Cli tty(boolean value) {
        tty = value;
        return this;
    }

    Cli errTty(boolean value) {
        errTty = value;
        return this;
    }

    Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Environment(stdin, new PrintWriter(out), new PrintWriter(err), env, tty, cwd,
                errTty));
        return new Run(exit, out.toString(), err.toString());
    }

    /** An environment with nothing on stdin, streams that go nowhere, run in the repository root. */
    static Environment environment() {
        return new Environment(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), false, ROOT);
    }

    static Run exec(String... args) {
        return new Cli().run(args);
    }
}
