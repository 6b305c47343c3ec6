package dev.coroner.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.report.ContractCases;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV report parsed back as RFC 4180: header, one row per finding, cells safe for spreadsheets. */
class CsvReporterTest {

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    /** The rows after the header, addressable by column name. */
    private static List<CSVRecord> parse(String name) throws IOException {
        String csv = ContractCases.render("csv", ContractCases.get(name));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            assertEquals(CsvReporter.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void headerThenOneRowPerFindingActiveAndSuppressed(String name) throws IOException {
        List<CSVRecord> records = parse(name);
        var result = ContractCases.get(name);
        assertEquals(result.findings().size() + result.suppressed().size(), records.size());
        for (CSVRecord r : records) {
            assertEquals(CsvReporter.COLUMNS.size(), r.size(), "every row has every column");
        }
        String raw = ContractCases.render("csv", result);
        assertTrue(raw.contains("\r\n") && !raw.replace("\r\n", "").contains("\r"), "CRLF record ends, no stray CR");
    }

    @Test
    void rowsFollowTheDocumentedColumns() throws IOException {
        List<CSVRecord> records = parse("suppressed");
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            rows.add(String.join("|", r.get("status"), r.get("severity"), r.get("check"), r.get("session"), r.get("step"),
                    r.get("line"), r.get("verdict"), r.get("reason"), r.get("origin")));
        }
        assertEquals(List.of(
                "active|low|retrieval.empty-then-confident|s-amnesia|2|10|state-failure||",
                "active|medium|evidence.model-input-missing|s-gap||6|inconclusive||",
                "active|info|evidence.model-input-missing|s-gap|1|7|inconclusive||",
                "suppression|high|state.field-dropped|s-amnesia|4|12|state-failure|tier moved to the profile service "
                        + "(INC-2291)|.coroner.yml:3",
                "baseline|critical|bleed.foreign-identifier|s-bleed|1|3|state-failure|already in the baseline|baseline.json"),
                rows);
        CSVRecord dropped = records.get(3);
        assertEquals("\"customer.tier\" at step 1 (incidents/a.jsonl:9): \"gold\"\n\"customer\" at step 4 has only "
                + "(incidents/a.jsonl:12): id", dropped.get("evidence"));
        assertEquals("span 9f2c", records.get(0).get("locator"));
    }

    @Test
    void noCellOfHostileContentCanRunAsAFormula() throws IOException {
        List<CSVRecord> records = parse("hostile");
        for (CSVRecord r : records) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula-like cell: " + cell);
            }
        }
        CSVRecord carried = records.get(0);
        assertTrue(carried.get("message").startsWith("'=HYPERLINK(\"http://evil.example\",\"x\") </script>"),
                carried.get("message"));
        assertTrue(carried.get("evidence").startsWith("'@SUM(1+1) label\ttab"), carried.get("evidence"));
        assertTrue(carried.get("evidence").contains("line one\\x0D\nline two"), "CR shown, LF kept in the cell");
        assertEquals("'+1 model call has no recorded input; lone surrogate \\uD800 here", records.get(1).get("message"));
        assertEquals("s<script>alert('id')</script>", carried.get("session"), "markup is just text in CSV");
    }

    @Test
    void formulaGuard() {
        assertEquals("'=1+1", CsvReporter.cell("=1+1"));
        assertEquals("'-2", CsvReporter.cell("-2"));
        assertEquals("'@x", CsvReporter.cell("@x"));
        assertEquals("'+x", CsvReporter.cell("+x"));
        assertEquals("'\tx", CsvReporter.cell("\tx"));
        assertEquals("\\x0Dx", CsvReporter.cell("\rx"), "a CR is made visible, which disarms it");
        assertEquals("a=1", CsvReporter.cell("a=1"));
        assertEquals("", CsvReporter.cell(""));
    }
}
