package dev.coroner.cli;

import dev.coroner.analysis.CoronerVersion;
import java.lang.reflect.Constructor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * All picocli wiring in one place: writers, exit codes, error handlers. The default handlers are
 * decorated: a usage error prints one line and a hint; a bug prints one line, and the stack trace
 * only with {@code --debug}.
 */
final class CommandLineFactory {

    private CommandLineFactory() {
    }

    /**
     * The subcommands by name, in the order {@code coroner --help} lists them. {@code help} and
     * {@code generate-completion} look at every other command, so they get the whole tree.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("examine", ExamineCommand.class);
        all.put("timeline", TimelineCommand.class);
        all.put("context", ContextCommand.class);
        all.put("explore", ExploreCommand.class);
        all.put("diff", DiffCommand.class);
        all.put("checks", ChecksCommand.class);
        all.put("explain", ExplainCommand.class);
        all.put("formats", FormatsCommand.class);
        all.put("convert", ConvertCommand.class);
        all.put("generate-completion", picocli.AutoComplete.GenerateCompletion.class);
        all.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(all);
    }

    /** The whole command tree, as {@code coroner --help} shows it. */
    static CommandLine create(Environment environment) {
        return create(environment, SUBCOMMANDS.keySet());
    }

    /**
     * The command tree a command line needs: the root and the subcommand the line names, or every
     * subcommand when it names none of them, or {@code help} or {@code generate-completion} (so that
     * the root's help, picocli's suggestions for a mistyped name and the completion script see them all).
     * What is parsed and run is the same either way.
     */
    static CommandLine create(Environment environment, String[] args) {
        String named = invoked(args);
        boolean alone = named != null && SUBCOMMANDS.containsKey(named) && !named.equals("help")
                && !named.equals("generate-completion");
        return create(environment, alone ? Set.of(named) : SUBCOMMANDS.keySet());
    }

    /**
     * The first argument after any {@code --debug}s, when it is not an option: a subcommand's name. After
     * the root's {@code --help} or {@code --version} (or anything else) the root answers, so none.
     */
    private static String invoked(String[] args) {
        for (String arg : args) {
            if (!arg.equals("--debug")) {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }

    private static CommandLine create(Environment environment, Set<String> wanted) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
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
        };
        CommandLine cli = new CommandLine(new CoronerCommand(environment), factory);
        SUBCOMMANDS.forEach((name, type) -> {
            if (wanted.contains(name)) {
                cli.addSubcommand(name, new CommandLine(type, factory));
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
                // The heap ran out, on this thread or a worker's: one line, and a stack trace only when
                // asked for (where the last allocation failed, which is not always what filled the heap).
                environment.err().println(outOfMemory);
                if (CoronerCommand.debug(parseResult)) {
                    ex.printStackTrace(environment.err());
                }
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
            return new String[] {"coroner " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        /**
         * The build's version: from the jar's manifest, which the class loader has read already (the
         * same project version the build writes into CoronerVersion's resource, whose lookup costs a
         * short run more), else from CoronerVersion (classes run from a directory, as in the tests).
         */
        static String version() {
            String fromManifest = CommandLineFactory.class.getPackage().getImplementationVersion();
            return fromManifest != null ? fromManifest : CoronerVersion.get();
        }
    }
}
