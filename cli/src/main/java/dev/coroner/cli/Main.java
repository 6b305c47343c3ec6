package dev.coroner.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: everything happens in {@link #run}, so tests call exactly what users run. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (versionOnly(args)) {
            // Before the environment is read: the version needs nothing of it.
            printVersion(out);
            System.exit(ExitCode.OK.code());
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Environment environment = new Environment(System.in, out, err, System.getenv(), System.console() != null,
                Path.of("").toAbsolutePath(), stderrIsTerminal());
        System.exit(run(args, environment));
    }

    /** Runs one command line and returns the exit code. */
    public static int run(String[] args, Environment environment) {
        int code;
        if (versionOnly(args)) {
            printVersion(environment.out());
            return ExitCode.OK.code();
        }
        try {
            code = CommandLineFactory.create(environment, args).execute(args);
        } catch (OutOfMemoryError e) {
            environment.err().println(OutOfMemory.line(null));
            code = ExitCode.INTERNAL_ERROR.code();
        }
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /** {@code coroner --version} (or {@code -V}) and nothing else. */
    private static boolean versionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Answered before the command tree is built: the version costs no reflection over every command's
     * options (the same lines picocli prints through CommandLineFactory.Version).
     */
    private static void printVersion(PrintWriter out) {
        for (String line : CommandLineFactory.Version.lines()) {
            out.println(line);
        }
        out.flush();
    }

    /**
     * True when stderr is a terminal. Java can only tell whether stdin and stdout both are, so the
     * launcher says what {@code [ -t 2 ]} says in the system property {@code coroner.stderr.tty}; run
     * without it (java -jar), on Linux file descriptor 2 linking to a terminal device tells, elsewhere
     * false (a progress line can still be asked for with {@code --progress}).
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("coroner.stderr.tty");
        if (told != null) {
            return told.equals("true");
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
