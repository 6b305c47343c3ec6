package dev.coroner.cli;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.IoProblems;
import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the options that carry structure ({@code --fail-on}, {@code --report},
 * {@code --suppress}, {@code --state-schema}): picocli converts each value while it parses the
 * command line, so a bad one is a usage error, said as {@code coroner: OPTION: what was expected},
 * before any input is read. The converters that read files are made with the command's
 * {@link Environment} (through {@link CommandLineFactory}), so relative paths resolve against its
 * working directory.
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /** {@code --fail-on SEVERITY}. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One {@code --report FORMAT=FILE}: a reporter and the file it writes. */
    record ReportTarget(Reporter reporter, Path file) {
    }

    /** {@code --report FORMAT=FILE}. */
    static final class ReportTargetConverter implements ITypeConverter<ReportTarget> {
        @Override
        public ReportTarget convert(String value) {
            int equals = value.indexOf('=');
            if (equals <= 0 || equals == value.length() - 1) {
                throw new TypeConversionException("expected FORMAT=FILE, found '" + value + "'");
            }
            String name = value.substring(0, equals);
            Reporter reporter = Reporters.byFormat(name).orElseThrow(() -> new TypeConversionException(
                    "unknown report format '" + name + "' (expected one of: " + Reporters.formats() + ")"));
            return new ReportTarget(reporter, Path.of(value.substring(equals + 1)));
        }
    }

    /** {@code --suppress CHECK-ID[:SESSION]=REASON}, for a check the catalogue knows. */
    static final class SuppressionConverter implements ITypeConverter<Suppression> {
        @Override
        public Suppression convert(String value) {
            Suppression suppression;
            try {
                suppression = Suppression.parse(value, "--suppress");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (CheckCatalog.info(suppression.checkId()).isEmpty()) {
                throw new TypeConversionException("unknown check id '" + suppression.checkId()
                        + "' (coroner checks lists them)");
            }
            return suppression;
        }
    }

    /** {@code --state-schema [NAMESPACE=]FILE}: the file read and parsed as a JSON Schema. */
    static final class StateSchemaConverter implements ITypeConverter<AnalysisOptions.StateSchema> {
        private final Environment environment;

        StateSchemaConverter(Environment environment) {
            this.environment = environment;
        }

        @Override
        public AnalysisOptions.StateSchema convert(String value) {
            int eq = value.indexOf('=');
            Optional<String> namespace = eq < 0 ? Optional.empty() : Optional.of(value.substring(0, eq));
            String file = eq < 0 ? value : value.substring(eq + 1);
            if (file.isEmpty()) {
                throw new TypeConversionException("expected [NAMESPACE=]FILE, found '" + value + "'");
            }
            String text;
            try {
                text = Files.readString(environment.cwd().resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TypeConversionException("cannot read " + file + ": " + IoProblems.describe(e, "no such file"));
            }
            try {
                return new AnalysisOptions.StateSchema(namespace, file, DeclaredSchema.parse(text));
            } catch (DeclaredSchema.UnusableSchemaException e) {
                throw new TypeConversionException(file + " is not a usable JSON Schema: " + e.getMessage());
            }
        }
    }
}
