package dev.coroner.cli;

import dev.coroner.analysis.CoronerVersion;
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
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExamineCommand.class) {
                    return type.cast(new ExamineCommand(environment));
                }
                if (type == ChecksCommand.class) {
                    return type.cast(new ChecksCommand(environment));
                }
                if (type == ExplainCommand.class) {
                    return type.cast(new ExplainCommand(environment));
                }
                if (type == DiffCommand.class) {
                    return type.cast(new DiffCommand(environment));
                }
                if (type == FormatsCommand.class) {
                    return type.cast(new FormatsCommand(environment));
                }
                if (type == ConvertCommand.class) {
                    return type.cast(new ConvertCommand(environment));
                }
                if (type == ContextCommand.class) {
                    return type.cast(new ContextCommand(environment));
                }
                if (type == ExploreCommand.class) {
                    return type.cast(new ExploreCommand(environment));
                }
                if (type == TimelineCommand.class) {
                    return type.cast(new TimelineCommand(environment));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        applyExitCodeHelp(cli);
        cli.setOut(environment.out());
        cli.setErr(environment.err());
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR.code());
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            environment.err().println("coroner: " + ex.getMessage());
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
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError) {
                    // Ran out in a worker thread: the same one line as on the main thread.
                    environment.err().println(Main.outOfMemory());
                    return ExitCode.INPUT_ERROR.code();
                }
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
