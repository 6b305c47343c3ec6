package dev.coroner.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch outside its arguments, injected so that tests run the real entry
 * point: standard streams, environment variables, whether stdout is a terminal, the working
 * directory.
 *
 * @param stdin  standard input (read for the input {@code -})
 * @param out    where reports go
 * @param err    where diagnostics go
 * @param env    environment variables (NO_COLOR)
 * @param tty    true when stdout is a terminal
 * @param cwd    the working directory, the default {@code --base}
 * @param errTty true when stderr is a terminal (a progress line may be drawn there)
 */
public record Environment(InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env, boolean tty,
                          Path cwd, boolean errTty) {

    /** An environment whose stderr is not a terminal. */
    public Environment(InputStream stdin, PrintWriter out, PrintWriter err, Map<String, String> env, boolean tty,
                       Path cwd) {
        this(stdin, out, err, env, tty, cwd, false);
    }

    /** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty. */
    public boolean colour() {
        String noColor = env.get("NO_COLOR");
        return tty && (noColor == null || noColor.isEmpty());
    }
}
