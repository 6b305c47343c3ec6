package dev.coroner.ingest;

import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line inputs into files: files as given, directories walked recursively in
 * sorted path order, {@code -} for standard input, named pipes and process substitutions
 * ({@code <(zcat day.jsonl.gz)}) as streams named as given, database URLs ({@code postgresql://…})
 * as they are. In a directory only files whose names end in
 * one of {@link #TRACE_SUFFIXES} are read, and hidden entries are skipped, so that notes, READMEs
 * and reports kept beside a dump are not mistaken for evidence; a file named explicitly is always
 * read.
 */
public final class InputSet {

    /** Name endings of files read when walking a directory. */
    public static final List<String> TRACE_SUFFIXES = List.of(
            ".jsonl", ".ndjson", ".json", ".gz", ".zst", ".sqlite", ".sqlite3", ".db", ".rdb");

    private final List<InputFile> files;
    private final List<ImportProblem> problems;

    private InputSet(List<InputFile> files, List<ImportProblem> problems) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
    }

    /** The arguments expanded, database URLs being those of the standard formats. */
    public static InputSet expand(List<String> arguments, Path base) {
        return expand(arguments, base, FormatRegistry.standard());
    }

    /**
     * @param arguments paths as the user gave them
     * @param base      paths are displayed relative to this directory when they lie under it
     * @param registry  says which arguments are database URLs
     */
    public static InputSet expand(List<String> arguments, Path base, FormatRegistry registry) {
        List<InputFile> files = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Path absoluteBase = base.toAbsolutePath().normalize();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(new InputFile(InputFile.STDIN, null, true));
                continue;
            }
            if (registry.isDatabaseUrl(argument)) {
                files.add(InputFile.database(argument));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .filter(InputSet::hasTraceSuffix)
                            .sorted()
                            .forEach(p -> files.add(new InputFile(display(p, absoluteBase), p, false)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new ImportProblem(SourceRef.line(display(path, absoluteBase), 0),
                            "cannot list directory: " + e.getMessage(), true));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(display(path, absoluteBase), path, true));
            } else if (Files.exists(path) && Files.isReadable(path)) {
                // A named pipe or a process substitution (<(zcat day.jsonl.gz), /dev/fd/63): read once,
                // as a stream, like standard input, and named as the user gave it.
                files.add(new InputFile(argument, path, true));
            } else {
                String why = Files.exists(path) ? "not a regular file or directory" : "no such file or directory";
                problems.add(new ImportProblem(SourceRef.line(display(path, absoluteBase), 0), why, true));
            }
        }
        return new InputSet(files, problems);
    }

    private static boolean hasTraceSuffix(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return TRACE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The path relative to base when it lies under it, with forward slashes; otherwise as absolute. */
    static String display(Path path, Path absoluteBase) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    public List<InputFile> files() {
        return files;
    }

    /** Arguments that named nothing readable. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
