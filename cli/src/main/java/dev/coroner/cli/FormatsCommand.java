package dev.coroner.cli;

import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.TraceImporter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code coroner formats}: every input format, in sniffing order, with what it can and cannot show. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = "List the input formats coroner reads (detected automatically; `--from NAME` forces one), "
                + "with what each can and cannot show.")
final class FormatsCommand implements Callable<Integer> {

    private final Environment environment;

    FormatsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = environment.out();
        boolean first = true;
        for (TraceImporter importer : FormatRegistry.standard().importers()) {
            if (!first) {
                out.println();
            }
            first = false;
            FormatCapabilities can = importer.capabilities();
            out.println(importer.name() + ": " + importer.description());
            out.println("  session: " + can.sessionKey());
            can.shows().forEach(s -> out.println("  shows:   " + s));
            can.cannotShow().forEach(s -> out.println("  cannot:  " + s));
        }
        return ExitCode.OK.code();
    }
}
