package dev.coroner.report.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.report.ContractCases;
import dev.coroner.report.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown report parsed back with a CommonMark parser (GitHub tables on): the structure a
 * post-mortem document needs, evidence verbatim in fenced blocks, and trace content that stays
 * text: no raw HTML, no links, no emphasis smuggled in.
 */
class MarkdownReporterTest {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    private static Node parse(String name) {
        return PARSER.parse(ContractCases.render("markdown", ContractCases.get(name)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void traceContentNeverBecomesHtmlOrLinks(String name) {
        Node doc = parse(name);
        List<String> found = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found.add("html " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                found.add("html block " + html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                found.add("link " + link.getDestination());
            }
        });
        assertEquals(List.of(), found);
        String html = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(doc);
        for (String tag : List.of("<script", "<img", "<textarea", "<b>", "<co>", "<e1>")) {
            assertFalse(html.contains(tag), name + " renders " + tag);
        }
    }

    @Test
    void headingsFollowTheChecklist() {
        List<String> headings = new ArrayList<>();
        parse("many").accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + " " + text(heading));
            }
        });
        assertEquals(List.of("2 coroner post-mortem: 5 sessions, 5 findings", "3 Verdicts", "3 Root-cause chains",
                "3 Findings by checklist stage",
                "4 Context: what was in the context window at each model call",
                "4 Retrieval: how history and knowledge were retrieved, and from whom",
                "4 Inter-step state: what state passed between steps and checkpoints",
                "4 Handoffs: what one agent handed to the next, and what it left out",
                "4 Boundary validation: whether state was validated where it was read or written",
                "4 Isolation: whether one user's content reached another user's session",
                "4 Evidence gaps: what the trace failed to record", "3 Inputs"), headings);
    }

    @Test
    void verdictTableHasARowPerSessionWithTheTextAsWritten() {
        List<List<String>> rows = table(parse("hostile"), 0);
        assertEquals(List.of("session", "principal", "verdict", "reason"), rows.get(0));
        var session = ContractCases.get("hostile").sessions().get(0);
        assertEquals(List.of(session.id(), session.principal(), "state-failure",
                TerminalText.sanitize(session.verdict().reason())), rows.get(1));
        List<List<String>> many = table(parse("many"), 0);
        assertEquals(6, many.size());
        assertEquals(List.of("s-gap", "", "inconclusive", "missing evidence: 2 of 2 model calls have no recorded input"),
                many.get(4));
    }

    @Test
    void evidenceIsVerbatimInFencedBlocks() {
        List<String> blocks = new ArrayList<>();
        parse("hostile").accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block.getLiteral());
            }
        });
        var evidence = ContractCases.get("hostile").findings().get(0).evidence();
        assertEquals(List.of(TerminalText.sanitize(evidence.get(0).excerpt()).replace("\r\n", "\n") + "\n",
                TerminalText.sanitize(evidence.get(1).excerpt()) + "\n"), blocks);
    }

    @Test
    void rootCauseChainsAreTheVerdictsChains() {
        String md = ContractCases.render("markdown", ContractCases.get("many"));
        assertTrue(md.contains("Session `s-amnesia`:\n\n"
                + "1. step 2 (`incidents/a.jsonl:10`): retrieval.empty-then-confident: The memory lookup at step 2 returned"
                + " nothing and the run went on\n"
                + "2. step 4 (`incidents/a.jsonl:12`): state.field-dropped: State field \"customer.tier\" present at"
                + " step 1 is missing at step 4 with no delete recorded\n\n"), md);
    }

    @Test
    void inlineEscapesOnlyWhatMarkdownActsOn() {
        assertEquals("order ORD-1042 (eu-west): 3.5 = ok", MarkdownReporter.inline("order ORD-1042 (eu-west): 3.5 = ok"));
        assertEquals("\\- not a list", MarkdownReporter.inline("- not a list"));
        assertEquals("12\\. not a list", MarkdownReporter.inline("12. not a list"));
        assertEquals("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\&amp; \\| \\~\\~f\\~\\~ \\# \\`g\\`",
                MarkdownReporter.inline("*a* _b_ [c](d) <e> &amp; | ~~f~~ # `g`"));
        assertEquals("``a`b``", MarkdownReporter.code("a`b"));
        assertEquals("`` `x` ``", MarkdownReporter.code("`x`"));
        assertEquals("`a\\|b`", MarkdownReporter.cell("a|b"));
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    /** The cells of the n-th table, row by row, as plain text. */
    private static List<List<String>> table(Node doc, int n) {
        List<TableBlock> tables = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                }
                visitChildren(block);
            }
        });
        List<List<String>> rows = new ArrayList<>();
        collectRows(tables.get(n), rows);
        return rows;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell).replace("**", ""));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }
}
