package dev.coroner.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The page builder escapes text and attribute values unless markup is asked for by name. */
class HtmlTest {

    @Test
    void textAndAttributeValuesAreEscaped() {
        String hostile = "\"'><script>alert(1)</script>&amp;\u001b[2J\u202E";
        String page = new Html().open("a", "href", "#" + hostile).text(hostile).close("a").element("code", hostile)
                .toString();
        String escaped = "&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;\\x1B[2J\\u202E";
        assertEquals("<a href=\"#" + escaped + "\">" + escaped + "</a><code>" + escaped + "</code>", page);
    }

    @Test
    void onlyRawWritesMarkup() {
        assertEquals("<b>x</b> 42", new Html().raw("<b>x</b> ").text(42).toString());
    }

    @Test
    void elementAndAttributeNamesCannotCarryMarkup() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a onclick=alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href=\"x\" onclick", "y"));
        assertThrows(IllegalArgumentException.class, () -> new Html().close("a><script"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
    }
}
