package dev.coroner.cli;

import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code coroner checks}: the catalogue as a table. */
@Command(name = "checks", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = "List every check: id, default severity, title. `coroner explain ID` tells more.")
final class ChecksCommand implements Callable<Integer> {

    private final Environment environment;

    ChecksCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<CheckInfo> checks = CheckCatalog.infos();
        int width = checks.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        environment.out().println(String.format("%-" + width + "s  %-8s  %s", "ID", "SEVERITY", "TITLE"));
        for (CheckInfo check : checks) {
            environment.out().println(String.format("%-" + width + "s  %-8s  %s", check.id(),
                    check.severity().label(), check.title()));
        }
        return ExitCode.OK.code();
    }
}
