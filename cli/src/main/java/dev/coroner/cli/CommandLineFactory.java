package dev.coroner.cli;

import dev.coroner.analysis.CoronerVersion;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * All picocli wiring in one place: writers, exit codes, error handlers. The default handlers are
 * decorated: a usage error prints one line and a hint; a bug prints one line, and the stack trace
 * only with {@code --debug}.
 */
final class CommandLineFactory {

    private CommandLineFactory() {
    }

    static CommandLine create(Environment environment) {
        CommandLine cli = new CommandLine(new CoronerCommand(environment), new CommandLine.IFactory() {
            /** Commands and converters that take the environment get it; the rest picocli makes. */
            @Override
            public <K> K create(Class<K> type) throws Exception {
                Constructor<K> withEnvironment;
                try {
                    withEnvironment = type.getDeclaredConstructor(Environment.class);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
                return withEnvironment.newInstance(environment);
            }
        });
        applyExitCodeHelp(cli);
        cli.setOut(environment.out());
        cli.setErr(environment.err());
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR.code());
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            environment.err().println("coroner: " + usageMessage(ex));
            environment.err().println("try `" + failed.getCommandSpec().qualifiedName() + " --help`");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof InputException input) {
                environment.err().println("coroner: input error: " + input.getMessage());
                return ExitCode.INPUT_ERROR.code();
            }
            if (ex instanceof UsageException usage) {
                environment.err().println("coroner: " + usage.getMessage());
                environment.err().println("try `" + failed.getCommandSpec().qualifiedName() + " --help`");
                return ExitCode.USAGE.code();
            }
            String outOfMemory = OutOfMemory.lineFor(ex);
            if (outOfMemory != null) {
                // The heap ran out, on this thread or a worker's: one line, never a stack trace.
                environment.err().println(outOfMemory);
                return ExitCode.INTERNAL_ERROR.code();
            }
            environment.err().println("coroner: internal error: " + ex
                    + (CoronerCommand.debug(parseResult) ? "" : " (rerun with --debug for the stack trace)"));
            if (CoronerCommand.debug(parseResult)) {
                ex.printStackTrace(environment.err());
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli;
    }

    /**
     * picocli's message, except for a value a converter refused: that one is said as the option and what
     * was expected ({@code --fail-on: expected one of …}), as every other bad option is.
     */
    private static String usageMessage(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException refused
                && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + ": " + refused.getMessage();
        }
        return ex.getMessage();
    }

    private static void applyExitCodeHelp(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList())
                .footer("%nDocs: README.md and docs/ in the source tree; `coroner explain CHECK-ID` for one check.");
        command.getSubcommands().values().forEach(CommandLineFactory::applyExitCodeHelp);
    }

    /** {@code --version} text. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines();
        }

        /** coroner's version and the Java that runs it. */
        static String[] lines() {
            return new String[] {"coroner " + CoronerVersion.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
