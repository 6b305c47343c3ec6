package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.testing.Traces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSetTest {

    @TempDir
    Path dir;

    private static List<String> displays(InputSet set) {
        return set.files().stream().map(InputFile::display).toList();
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderWithoutHiddenEntries() throws Exception {
        Traces.write(dir, "dumps/b.jsonl", "{}");
        Traces.write(dir, "dumps/a/z.jsonl", "{}");
        Traces.write(dir, "dumps/a.jsonl", "{}");
        Traces.write(dir, "dumps/a/b/c.jsonl.gz", "{}");
        Traces.write(dir, "dumps/.hidden.jsonl", "{}");
        Traces.write(dir, "dumps/.git/objects/x.jsonl", "{}");
        Traces.write(dir, "dumps/a/.cache/y.jsonl", "{}");
        Files.createDirectories(dir.resolve("dumps/empty"));

        InputSet set = InputSet.expand(List.of(dir.resolve("dumps").toString()), dir);

        assertEquals(List.of("dumps/a.jsonl", "dumps/a/b/c.jsonl.gz", "dumps/a/z.jsonl", "dumps/b.jsonl"),
                displays(set));
        assertEquals(List.of(false, false, false, false), set.files().stream().map(InputFile::explicit).toList());
        assertEquals(List.of(), set.problems());
    }

    @Test
    void namedFilesKeepTheirOrderAndAreExplicitEvenWhenHidden() {
        Traces.write(dir, "z.jsonl", "{}");
        Traces.write(dir, ".hidden.jsonl", "{}");
        Traces.write(dir, "d/a.jsonl", "{}");

        InputSet set = InputSet.expand(List.of(dir.resolve("z.jsonl").toString(), "-",
                dir.resolve(".hidden.jsonl").toString(), dir.resolve("d").toString()), dir);

        assertEquals(List.of("z.jsonl", "<stdin>", ".hidden.jsonl", "d/a.jsonl"), displays(set));
        assertEquals(List.of(true, true, true, false), set.files().stream().map(InputFile::explicit).toList());
        assertNull(set.files().get(1).path());
        assertTrue(set.files().get(1).isStdin());
    }

    @Test
    void aHiddenDirectoryNamedExplicitlyIsWalked() {
        Traces.write(dir, ".traces/run-1.jsonl", "{}");

        InputSet set = InputSet.expand(List.of(dir.resolve(".traces").toString()), dir);

        assertEquals(List.of(".traces/run-1.jsonl"), displays(set));
    }

    @Test
    void missingInputsAreWholeInputProblems() {
        InputSet set = InputSet.expand(List.of(dir.resolve("nope.jsonl").toString()), dir);

        assertEquals(List.of(), set.files());
        assertEquals(List.of("nope.jsonl: no such file or directory"),
                set.problems().stream().map(ImportProblem::toString).toList());
        assertTrue(set.problems().get(0).wholeInput());
    }

    @Test
    void pathsOutsideTheBaseAreShownAbsolute() {
        Path file = Traces.write(dir, "elsewhere/t.jsonl", "{}");
        Path base = dir.resolve("work");

        InputSet set = InputSet.expand(List.of(file.toString()), base);

        assertEquals(List.of(file.toAbsolutePath().normalize().toString().replace('\\', '/')), displays(set));
    }
}
