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
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Environment environment = new Environment(System.in, out, err, System.getenv(), System.console() != null,
                Path.of("").toAbsolutePath());
        System.exit(run(args, environment));
    }

    /** Runs one command line and returns the exit code. */
    public static int run(String[] args, Environment environment) {
        int code = CommandLineFactory.create(environment).execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }
}
