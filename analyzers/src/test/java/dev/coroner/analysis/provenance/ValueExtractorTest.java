package dev.coroner.analysis.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueExtractorTest {

    private static List<String> found(String text) {
        return ValueExtractor.find(text).stream().map(v -> v.kind() + " " + v.asWritten() + " " + v.key()).toList();
    }

    @Test
    void amountsInEitherConventionAndCurrencySpellingAreOneFact() {
        Value german = ValueExtractor.find("Gesamt: 1.234,50 €").get(0);
        Value english = ValueExtractor.find("total EUR 1,234.50").get(0);
        assertEquals(ValueKind.AMOUNT, german.kind());
        assertEquals("amt:1234.5:EUR", german.key());
        assertTrue(german.sameFact(english));
        assertEquals("amt:1500:BRL", ValueExtractor.find("até R$ 1.500,00 por ano").get(0).key());
    }

    @Test
    void yenYearsAndDatesWrittenInJapanese() {
        assertEquals("amt:40000:JPY", ValueExtractor.find("支給月額：自宅通学の場合 40,000円").get(0).key());
        assertEquals("amt:55000:JPY", ValueExtractor.find("月額55,000円（返還不要）").get(0).key(),
                "a Han character right before the number");
        assertEquals(ValueKind.QUANTITY, ValueExtractor.find("最長4年間").get(0).kind());
        assertEquals("year", ValueExtractor.find("最長4年間").get(0).unit());
        Value day = ValueExtractor.find("締切：2027年1月15日（金）17時まで").get(0);
        assertEquals(ValueKind.DATE, day.kind());
        assertTrue(day.keys().contains("date:2027-01-15"), day.keys().toString());
    }

    @Test
    void timesOnATwelveHourClock() {
        assertEquals(List.of("time:19:45"), ValueExtractor.find("arrival 07:45 PM").get(0).keys());
        assertEquals("07:45 PM", ValueExtractor.find("arrival 07:45 PM").get(0).asWritten());
        assertEquals(List.of("time:19:45"), ValueExtractor.find("llegada 7:45 p.m.").get(0).keys());
        assertEquals(List.of("time:07:45"), ValueExtractor.find("departure 7:45 AM").get(0).keys());
        assertEquals(List.of("time:00:10"), ValueExtractor.find("at 12:10 AM").get(0).keys());
        assertEquals(List.of("time:12:30"), ValueExtractor.find("lunch 12:30 PM").get(0).keys());
        assertEquals(List.of("time:07:45"), ValueExtractor.find("ab 07:45 Uhr").get(0).keys());
    }

    @Test
    void cubicMetres() {
        for (String text : List.of("relevé de 1275 m³", "volume 1275 m3", "1275 M3 consommés")) {
            Value volume = ValueExtractor.find(text).get(0);
            assertEquals(ValueKind.QUANTITY, volume.kind(), text);
            assertEquals("m³", volume.unit(), text);
        }
        assertEquals("m³", ValueExtractor.unit("m3"));
        assertEquals("volume", Units.dimension("m³"));
        assertFalse(Units.sameDimension("m³", "kwh"));
        assertEquals("minute", ValueExtractor.find("15 min").get(0).unit(), "minutes are not cubic metres");
    }

    @Test
    void thousandsGroupedWithPlainSpacesBeforeACurrency() {
        assertEquals(List.of("AMOUNT 68 000 € amt:68000:EUR"), found("une rémunération de 68 000 € brut annuel"));
        assertEquals(List.of("AMOUNT 1 850 € amt:1850:EUR"), found("le dépôt de 1 850 €"));
        // before the currency only: two bare numbers in a row stay two numbers
        assertEquals(List.of("NUMBER 12 num:12", "NUMBER 000 num:0"), found("les lots 12 000"));
    }

    @Test
    void quantitiesInSeveralLanguagesShareTheirUnit() {
        assertEquals(List.of("QUANTITY 6 meses qty:6:month", "QUANTITY 80 % qty:80:%"),
                found("carencia de 6 meses y 80 % de reembolso"));
        assertTrue(ValueExtractor.find("3 Tage").get(0).sameFact(ValueExtractor.find("3 days").get(0)));
        assertEquals("qty:8:°c", ValueExtractor.find("entre +2 et +8 °C").get(1).key());
        assertEquals("qty:5:day", ValueExtractor.find("within 5 business days").get(0).key());
    }

    @Test
    void kubernetesQuantitiesAreBinarySizesButMilesStayMiles() {
        assertEquals("qty:1.5:gb", ValueExtractor.find("p95 memory 1.5Gi").get(0).key());
        assertEquals("qty:768:mb", ValueExtractor.find("limit 768Mi").get(0).key());
        assertEquals("qty:64:kb", ValueExtractor.find("buffer 64 KiB").get(0).key());
        assertEquals("qty:3:mile", ValueExtractor.find("about 3 mi away").get(0).key());
    }

    @Test
    void datesInIsoNumericAndMonthNameForms() {
        assertEquals("date:2024-03-15", ValueExtractor.find("2024-03-15T10:00:00Z").get(0).key());
        assertEquals("date:2024-03-15", ValueExtractor.find("am 15.03.2024").get(0).key());
        assertEquals("date:2024-03-15", ValueExtractor.find("March 15, 2024").get(0).key());
        assertEquals("date:2024-03-15", ValueExtractor.find("15 de marzo de 2024").get(0).key());
        assertEquals(List.of("date:2025-03-04", "date:2025-04-03", "day:03-04", "day:04-03"),
                ValueExtractor.find("03/04/2025").get(0).keys(), "month or day first: both readings");
    }

    @Test
    void datesWithoutAYearMatchTheFullDatesOfThatDayOnly() {
        assertEquals(List.of("DATE 1. Juni day:06-01", "DATE 5 de mayo day:05-05", "DATE May 5th day:05-05"),
                found("ab 1. Juni; el 5 de mayo; on May 5th"));
        assertEquals(List.of("NUMBER 5 num:5"), found("section 5 may apply"), "a lower-case word month is not a date");
        Value yearless = ValueExtractor.find("ab 1. Juni").get(0);
        Value full = ValueExtractor.find("am 01.06.2026").get(0);
        Value otherYear = ValueExtractor.find("am 01.06.2025").get(0);
        assertTrue(yearless.sameFact(full), "1. Juni is the day of 01.06.2026");
        assertTrue(full.sameFact(yearless));
        assertFalse(full.sameFact(otherYear), "two full dates of the same day in different years are different facts");
    }

    @Test
    void identifiersFoldCaseAndLookAlikeCharacters() {
        Value written = ValueExtractor.find("order ORD-1O42 arrived").get(0);
        Value typed = ValueExtractor.find("ord-1042").get(0);
        assertEquals(ValueKind.IDENTIFIER, written.kind());
        assertFalse(written.key().equals(typed.key()));
        assertTrue(written.sameFact(typed), "O and 0 fold to one look-alike key");
        assertEquals(List.of("IDENTIFIER KV-8810-SW id:KV-8810-SW", "IDENTIFIER 2026-DE-771904 id:2026-DE-771904"),
                found("SKU KV-8810-SW, Bestellung 2026-DE-771904"));
    }

    @Test
    void charactersTakenByAnEarlierKindAreNotReadAgain() {
        assertEquals(List.of("DATE 2024-03-15 date:2024-03-15"), found("2024-03-15"));
        assertEquals(List.of("AMOUNT $ 40 amt:40:USD"), found("$ 40"));
        assertEquals(List.of("NUMBER 42 num:42"), found("answer 42."));
    }

    @Test
    void anIsoDateTimeWithAnOffsetIsItsDateAndTimeNotATimeOfDay() {
        assertEquals(List.of("date:2026-03-02", "day:03-02", "time:05:10"),
                ValueExtractor.find("{\"maj\":\"2026-03-02T05:10:00+01:00\"}").get(0).keys());
        assertEquals(List.of("date:2026-06-18", "day:06-18", "time:21:40"),
                ValueExtractor.find("partida 2026-06-18T21:40-03:00").get(0).keys(), "minutes, then an offset");
        assertTrue(ValueExtractor.find("Vos soldes au 2 mars").get(0)
                .sameFact(ValueExtractor.find("2026-03-02T05:10:00+01:00").get(0)));
    }

    @Test
    void theEndOfARangeOfTimesIsATimeOfDay() {
        assertEquals(List.of("DATE 2026-12-03 15:00 date:2026-12-03", "DATE 18:00 time:18:00"),
                found("appuntamento 2026-12-03 15:00-18:00"), "-18:00 ends a range, it is no offset");
        assertEquals(List.of("DATE 20:00 time:20:00", "DATE 06:00 time:06:00"), found("janela 20:00-06:00"));
        assertEquals(List.of("QUANTITY 10h qty:10:hour", "DATE 11h40 time:11:40"), found("ter/qui 10h-11h40"));
    }

    @Test
    void anHourWrittenWithHIsAlsoThatTimeOfDay() {
        Value twenty = ValueExtractor.find("noturno (20h às 6h)").get(0);
        assertTrue(twenty.keys().contains("time:20:00"));
        assertTrue(twenty.sameFact(ValueExtractor.find("20:00").get(0)));
        assertTrue(ValueExtractor.find("in 3 hours").get(0).keys().stream().noneMatch(k -> k.startsWith("time:")),
                "a spelled-out duration is no time of day");
    }

    @Test
    void aDurationIsOneFactInAnyTimeUnit() {
        assertTrue(ValueExtractor.find("a 10 s timeout").get(0).sameFact(ValueExtractor.find("after 10000 ms").get(0)));
        assertTrue(ValueExtractor.find("2 weeks").get(0).sameFact(ValueExtractor.find("14 days").get(0)));
        assertTrue(ValueExtractor.find("10 min").get(0).keys().contains("dur:600"));
    }

    @Test
    void aPercentageIsAlsoTheRatioItWrites() {
        Value percent = ValueExtractor.find("an error ratio of 0.41%").get(0);
        assertTrue(percent.sameFact(ValueExtractor.find("ratio 0.0041").get(0)));
        assertFalse(percent.sameFact(ValueExtractor.find("0.041").get(0)));
    }

    @Test
    void anAmountInMinorUnitsIsAlsoTheAmountInMajorUnits() {
        Value limit = ValueExtractor.find("Limite autorizado: 200000 centavos.").get(0);
        assertTrue(limit.sameFact(ValueExtractor.find("Só não passa de R$ 2.000,00").get(0)),
                "200000 centavos are R$ 2.000,00");
        assertTrue(ValueExtractor.find("1250 cents").get(0).keys().contains("num:12.5"));
        assertFalse(limit.sameFact(ValueExtractor.find("R$ 200,00").get(0)));
    }

    @Test
    void spacedDigitGroupsThatAreNoNumberAreOneIdentifier() {
        Value siret = ValueExtractor.find("SIRET 532 118 904 00027").get(0);
        assertEquals(List.of("id:53211890400027", "idl:53211890400027", "num:53211890400027"), siret.keys());
        assertTrue(siret.sameFact(ValueExtractor.find("{\"siret\":\"53211890400027\"}").get(0)));
        assertEquals(List.of("NUMBER 1 num:1", "NUMBER 234 num:234", "NUMBER 567 num:567"), found("1 234 567"),
                "a number's thousands are no identifier");
        assertEquals(List.of("NUMBER 12 num:12", "NUMBER 15 num:15", "NUMBER 18 num:18", "NUMBER 20 num:20"),
                found("12 15 18 20"), "a list of small numbers is no identifier");
    }

    @Test
    void bytesAreAQuantityOfData() {
        assertEquals(List.of("QUANTITY 0 bytes qty:0:byte"), found("fully caught up (0 bytes of lag)"));
        assertEquals(List.of("QUANTITY 512 octets qty:512:byte"), found("reste 512 octets"));
    }

    @Test
    void aKubernetesCpuQuantityInThousandthsOfACoreUnderACpuKey() {
        Value cpu = ValueExtractor.cpuQuantity("requests.cpu", "1500m");
        assertEquals("qty:1.5:core", cpu.key());
        assertEquals("1.5", cpu.number().orElseThrow().toPlainString());
        assertTrue(cpu.keys().contains("num:1.5"));
        assertFalse(cpu.keys().contains("num:1500"));
        assertEquals("qty:0.25:core", ValueExtractor.cpuQuantity("containers[0].cpu_request", "250m").key());
        assertEquals("qty:2:core", ValueExtractor.cpuQuantity("vcpus", "2000m").key());
        // under another key "m" is metres or minutes, and a whole count of cores is not in thousandths
        assertEquals(null, ValueExtractor.cpuQuantity("timeout", "1500m"));
        assertEquals(null, ValueExtractor.cpuQuantity("limits.cpu", "2"));
    }
}
