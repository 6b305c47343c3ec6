package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnEveryLineEndingAndNumbersFromOne() throws IOException {
        LineReader reader = new LineReader(new StringReader("a\nb\r\nc\rd"));
        assertEquals(new LineReader.Line(1, "a", 1), reader.next());
        assertEquals(new LineReader.Line(2, "b", 1), reader.next());
        assertEquals(new LineReader.Line(3, "c", 1), reader.next());
        assertEquals(new LineReader.Line(4, "d", 1), reader.next());
        assertNull(reader.next());
    }

    @Test
    void keepsEmptyLinesAndIgnoresTheFinalNewline() throws IOException {
        LineReader reader = new LineReader(new StringReader("x\n\ny\n"));
        assertEquals("x", reader.next().text());
        assertEquals("", reader.next().text());
        assertEquals(new LineReader.Line(3, "y", 1), reader.next());
        assertNull(reader.next());
    }

    @Test
    void overlongLineIsMarkedAndTheNextLineStillRead() throws IOException {
        LineReader reader = new LineReader(new StringReader("0123456789\nok\n"), 4);
        LineReader.Line first = reader.next();
        assertTrue(first.tooLong());
        assertEquals(10, first.length());
        assertEquals(new LineReader.Line(2, "ok", 2), reader.next());
    }

    @Test
    void crlfSplitAcrossTwoReadsIsOneLineEnd() throws IOException {
        String first = "a".repeat((1 << 16) - 1);
        LineReader reader = new LineReader(new StringReader(first + "\r\nb\n"));
        LineReader.Line line = reader.next();
        assertEquals(1, line.number());
        assertEquals(first.length(), line.length());
        assertEquals(new LineReader.Line(2, "b", 1), reader.next());
        assertNull(reader.next());
    }

    @Test
    void longLinesSpanningManyReadsKeepEveryCharacter() throws IOException {
        String longLine = "0123456789".repeat(20_000);
        LineReader reader = new LineReader(new StringReader("x\n" + longLine + "\ny"));
        assertEquals("x", reader.next().text());
        assertEquals(longLine, reader.next().text());
        assertEquals(new LineReader.Line(3, "y", 1), reader.next());
        assertNull(reader.next());
    }

    @Test
    void overlongLineSpanningReadsAtTheEndIsMarkedAndAShortLastLineKept() throws IOException {
        String longLine = "x".repeat(200_000);
        LineReader reader = new LineReader(new StringReader("a\r" + longLine), 100_000);
        assertEquals(new LineReader.Line(1, "a", 1), reader.next());
        LineReader.Line second = reader.next();
        assertTrue(second.tooLong());
        assertEquals(200_000, second.length());
        assertNull(reader.next());
        LineReader shortLast = new LineReader(new StringReader(longLine + "\n" + "tail"), 300_000);
        assertEquals(longLine, shortLast.next().text());
        assertEquals(new LineReader.Line(2, "tail", 4), shortLast.next());
        assertNull(shortLast.next());
    }
}
