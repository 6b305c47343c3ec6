package dev.coroner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command. With no subcommand it prints a few example invocations. */
@Command(name = "coroner",
        mixinStandardHelpOptions = true,
        versionProvider = CommandLineFactory.Version.class,
        description = "Post-mortem forensics for AI agent systems: finds the state failure behind a failed run.")
// The subcommands are added by CommandLineFactory (SUBCOMMANDS), only the one a command line runs when it
// names one: building every command's options by reflection is a good part of a short run.
final class CoronerCommand implements Callable<Integer> {

    static final String EXAMPLES = """
            Examples:
              coroner examine trace.jsonl               report on a dump (text on the terminal)
              coroner examine --format json -o r.json dumps/
                                                        every trace under a folder, as JSON
              coroner examine --fail-on medium run.jsonl.gz
                                                        exit 4 in CI when anything medium or worse is found
              coroner examine checkpoints.sqlite        a LangGraph checkpointer file (opened read-only)
              coroner timeline trace.jsonl              every step of every session, findings pinned to steps
              coroner context --session s-1 --step 7 trace.jsonl
                                                        exactly what the model was given at step 7
              coroner explore trace.jsonl               load once, then ask at a prompt (sessions, findings, …)
              coroner diff --db checkpoints.sqlite t-1@9 t-1@10
                                                        what changed between two checkpoints
              coroner checks                            list every check
              coroner explain state.field-dropped       what a check looks for, and how to fix it
              coroner formats                           the input formats, and what each can show
              coroner convert -o run.jsonl spans.json   any supported input as coroner JSONL

            Run `coroner help examine` for all options.""";

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean debug;

    private final Environment environment;

    CoronerCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        environment.out().println(EXAMPLES);
        return ExitCode.OK.code();
    }

    /** True when {@code --debug} was given anywhere on the command line. */
    static boolean debug(CommandLine.ParseResult parseResult) {
        return parseResult.originalArgs().contains("--debug");
    }
}
