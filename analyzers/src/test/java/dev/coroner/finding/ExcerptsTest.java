package dev.coroner.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void shortTextIsOnlyStripped() {
        assertEquals("upstream timeout", Excerpts.cut("  upstream timeout\n"));
        assertEquals("x".repeat(Excerpts.MAX), Excerpts.cut("x".repeat(Excerpts.MAX)));
    }

    @Test
    void longTextIsCutWithTheNumberOfCharactersLeftOut() {
        assertEquals("x".repeat(240) + "… (+60 chars)", Excerpts.cut("x".repeat(300)));
        assertEquals("abc… (+3 chars)", Excerpts.cut("abcdef", 3));
        assertEquals("x".repeat(240) + "… (+1 chars)", Excerpts.cut("x".repeat(241)));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String faces = "\uD83D\uDE00".repeat(5);
        assertEquals("\uD83D\uDE00… (+8 chars)", Excerpts.cut(faces, 3));
    }

    @Test
    void aroundCentresOnTheNeedleInALongText() {
        String text = "a".repeat(500) + "NEEDLE" + "b".repeat(500);

        String excerpt = Excerpts.around(text, "needle");

        assertEquals("(420 chars) …" + "a".repeat(80) + "NEEDLE" + "b".repeat(154) + "… (+346 chars)", excerpt);
    }

    @Test
    void aroundANeedleAtTheEndShowsTheEnd() {
        assertEquals("(63 chars) …" + "a".repeat(237) + "END", Excerpts.around("a".repeat(300) + "END", "end"));
    }

    @Test
    void aroundFallsBackToACutWhenTheTextIsShortOrTheNeedleMissing() {
        assertEquals("short text", Excerpts.around("  short text ", "missing"));
        assertEquals("START" + "a".repeat(235) + "… (+65 chars)", Excerpts.around("START" + "a".repeat(300), "start"));
        assertEquals("x".repeat(240) + "… (+60 chars)", Excerpts.around("x".repeat(300), "nothing"));
    }
}
