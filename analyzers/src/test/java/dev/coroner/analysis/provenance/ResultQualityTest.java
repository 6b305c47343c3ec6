package dev.coroner.analysis.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultQualityTest {

    private static ResultQuality.Kind kind(String content) {
        return ResultQuality.of(content, false).kind();
    }

    @Test
    void errorsFlaggedOrWritten() {
        assertEquals(ResultQuality.Kind.ERROR, ResultQuality.of("anything", true).kind());
        assertEquals(ResultQuality.Kind.ERROR, kind("Error: carrier API timeout after 10000 ms"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"code\":\"UPSTREAM_TIMEOUT\",\"events\":[],\"status\":\"error\"}"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"ok\":false,\"reason\":\"locked\"}"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"esito\":\"KO\",\"codice_errore\":\"FSE-INI-504\",\"allergie\":[]}"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"statut\":\"échec\",\"commandes\":[]}"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"errors\":[\"upstream 502\"],\"requests\":120}"));
        assertEquals(ResultQuality.Kind.ERROR, kind("{\"error\":504,\"service\":\"gw\"}"));
        // a count of errors is a measurement, 0 says there was none
        assertEquals(ResultQuality.Kind.OK, kind("{\"errors\":0,\"requests\":18342,\"p99_ms\":412}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"errors\":3,\"requests\":18342,\"p99_ms\":412}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"error\":0,\"balance\":\"12.50\"}"));
    }

    @Test
    void emptyResultsWhateverTheirMetadata() {
        assertEquals(ResultQuality.Kind.EMPTY, kind("[]"));
        assertEquals(ResultQuality.Kind.EMPTY, kind("No results found."));
        assertEquals(ResultQuality.Kind.EMPTY, kind("keine Treffer"));
        assertEquals(ResultQuality.Kind.EMPTY,
                kind("{\"consulta\":\"ortodoncia\",\"resultados\":[],\"top_k\":5,\"total\":0}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"hits\":[{\"text\":\"26 weeks\"}],\"total\":1}"));
    }

    @Test
    void degenerateResultsNameTheirFields() {
        ResultQuality.Quality fallback = ResultQuality.of(
                "{\"sku\":\"KV-8810-SW\",\"verfuegbar\":0,\"quelle\":\"fallback_cache\",\"stand\":\"1970-01-01T00:00:00Z\"}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, fallback.kind());
        assertTrue(fallback.wholeResultSuspect());
        assertEquals(List.of("quelle", "stand"), fallback.fields().stream().map(ResultQuality.DegenerateField::path).toList());
        ResultQuality.Quality price = ResultQuality.of("{\"sku\":\"A-1\",\"price\":0,\"currency\":\"EUR\"}", false);
        assertEquals(List.of("price: amount of 0"), price.fields().stream().map(f -> f.path() + ": " + f.reason()).toList());
        assertTrue(price.degenerateAt("price"));
    }

    @Test
    void zerosBesideAFailureNoticeAreADefault() {
        ResultQuality.Quality timedOut = ResultQuality.of("{\"hs_code\":\"8518.30\",\"kazei_kakaku_jpy\":68400,"
                + "\"kanzei_jpy\":0,\"shouhizei_jpy\":0,\"hs_lookup\":\"timeout after 8000ms\"}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, timedOut.kind());
        assertTrue(timedOut.wholeResultSuspect());
        assertEquals(List.of("kanzei_jpy", "shouhizei_jpy", "hs_lookup"),
                timedOut.fields().stream().map(ResultQuality.DegenerateField::path).toList());
        assertTrue(timedOut.fields().get(2).stampsTheRecord());
        // Real amounts beside the notice are an answer; a zero under a currency key alone is one too.
        assertEquals(ResultQuality.Kind.OK, kind("{\"duty_eur\":55.46,\"tariff_lookup\":\"timeout after 5000ms, cached tariff\"}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"saldo_da_pagare_eur\":0,\"ultimo_incasso_eur\":142.6,\"cliente\":\"0044812077\"}"));
        // A failure notice with a reason beside it: the zero is explained.
        assertEquals(ResultQuality.Kind.OK, kind("{\"fee\":0,\"reason\":\"waived\",\"sms\":\"timeout after 30s\"}"));
        assertEquals("duty_eur", ResultQuality.zeroAmountKey(dev.coroner.trace.TraceJson.tryParse("{\"order\":\"A-1\",\"duty_eur\":0}")));
    }

    @Test
    void aRecordThatWorkedThroughNoneOfWhatItWasGivenIsADefault() {
        ResultQuality.Quality none = ResultQuality.of("{\"interactions\":[],\"molecules_analysees\":0,"
                + "\"molecules_demandees\":3,\"statut\":\"DEGRADE\"}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, none.kind());
        assertTrue(none.wholeResultSuspect());
        assertEquals(List.of("molecules_analysees: none of the items worked through"),
                none.fields().stream().map(f -> f.path() + ": " + f.reason()).toList());
        assertEquals(ResultQuality.Kind.DEGENERATE, kind("{\"matches\":[],\"recordsProcessed\":0,\"total\":40}"));
        assertEquals(ResultQuality.Kind.DEGENERATE, kind("{\"treffer\":[],\"dokumente_geprueft\":0,\"dokumente\":12}"));
        // All of it worked through, nothing found: an answer.
        assertEquals(ResultQuality.Kind.EMPTY, kind("{\"interactions\":[],\"molecules_analysees\":3,\"molecules_demandees\":3}"));
        // None found among the items checked: an answer too.
        assertEquals(ResultQuality.Kind.OK, kind("{\"molecules_with_interactions\":0,\"molecules_checked\":3,\"note\":\"ok\"}"));
        // Nothing was given to work through.
        assertEquals(ResultQuality.Kind.OK, kind("{\"files_scanned\":0,\"files\":0,\"state\":\"done\"}"));
        // 0 of one kind beside a count of another kind of work.
        assertEquals(ResultQuality.Kind.OK, kind("{\"rows_processed\":0,\"batches_checked\":2,\"state\":\"done\"}"));
    }

    @Test
    void anEmptyResultThatSaysItIsPartialIsADefault() {
        ResultQuality.Quality partial = ResultQuality.of("{\"entregas\":[],\"total\":0,"
                + "\"aviso\":\"shard aula-3 no disponible, resultados parciales\"}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, partial.kind());
        assertTrue(partial.wholeResultSuspect());
        assertTrue(partial.empty());
        assertEquals(ResultQuality.Kind.DEGENERATE, kind("{\"hits\":[],\"meta\":{\"warning\":\"incomplete results: 2 of 5 shards failed\"}}"));
        // Empty, and nothing says the search was cut short.
        assertEquals(ResultQuality.Kind.EMPTY, kind("{\"entregas\":[],\"total\":0,\"aviso\":\"búsqueda en todas las secciones\"}"));
        // Items came back: a partial result still answers with them.
        assertEquals(ResultQuality.Kind.OK, kind("{\"hits\":[{\"text\":\"26 weeks\"}],\"warning\":\"partial results\"}"));
    }

    @Test
    void aWeightOfZeroForAThingOfSomeSizeIsNoReading() {
        ResultQuality.Quality taring = ResultQuality.of("{\"bulto\":\"B-1\",\"dimensiones_cm\":{\"alto\":42,\"ancho\":40},"
                + "\"estado_bascula\":\"TARA_EN_CURSO\",\"peso_kg\":0}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, taring.kind());
        assertTrue(taring.wholeResultSuspect());
        assertEquals(List.of("peso_kg"), taring.fields().stream().map(ResultQuality.DegenerateField::path).toList());
        assertEquals(ResultQuality.Kind.DEGENERATE, kind("{\"weight_lb\":0,\"length_in\":0,\"height_mm\":120}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"peso_kg\":7.4,\"dimensiones_cm\":{\"alto\":42}}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"peso_kg\":0,\"estado\":\"vacio\"}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"peso_kg\":0,\"dimensiones_cm\":{\"alto\":0}}"));
    }

    @Test
    void aStatisticOfZeroOverNothingCountedIsNoMeasurement() {
        ResultQuality.Quality none = ResultQuality.of("{\"request_count\":0,\"error_rate\":0,\"p99_latency_ms\":0}", false);
        assertEquals(ResultQuality.Kind.DEGENERATE, none.kind());
        assertTrue(none.wholeResultSuspect());
        assertEquals(List.of("p99_latency_ms"), none.fields().stream().map(ResultQuality.DegenerateField::path).toList());
        assertEquals(ResultQuality.Kind.OK, kind("{\"request_count\":1200,\"error_count\":0,\"p99_latency_ms\":0}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"request_count\":0,\"p99_latency_ms\":180}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"error_count\":0,\"error_rate\":0}"));
        // Loaded none of what was expected.
        assertEquals(ResultQuality.Kind.DEGENERATE, kind("{\"listas\":{\"cargadas\":0,\"esperadas\":7},\"resultados\":[]}"));
    }

    @Test
    void ordinaryValuesAreNotDegenerate() {
        assertEquals(ResultQuality.Kind.OK, kind("{\"allergens\":\"none\",\"price\":4.99}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"message_id\":\"<0f1d2c4e.7a91@example.de>\"}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"stock\":0,\"source\":\"cache\"}"), "a plain cache, a real zero");
    }

    @Test
    void unsetDatesOnlyUnderKeysThatNameADate() {
        assertEquals(List.of("no date", "no date", "no date", "epoch date"), List.of(
                "{\"sku\":\"A-1\",\"restock_date\":null}", "{\"sku\":\"A-1\",\"expiresAt\":null}",
                "{\"sku\":\"A-1\",\"duedate\":null}", "{\"sku\":\"A-1\",\"created_at\":0}").stream()
                .map(c -> ResultQuality.of(c, false).fields().get(0).reason()).toList());
        // "time" inside a word is another word: Sortiment (assortment), assortimento, sentiment
        assertEquals(ResultQuality.Kind.OK, kind("{\"lager\":\"LG-WEST\",\"verfuegbar\":5,\"sortiment\":null}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"sku\":\"A-1\",\"assortimento_previsto\":null}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"review\":\"A-1\",\"sentiment\":null}"));
    }

    @Test
    void amountsOnlyUnderKeysThatNameMoney() {
        assertEquals(List.of("amount of 0", "amount of 0", "no amount"), List.of(
                "{\"sku\":\"A-1\",\"unit_price\":0}", "{\"sku\":\"A-1\",\"totalPrice\":0}",
                "{\"sku\":\"A-1\",\"exchangerate\":null}").stream()
                .map(c -> ResultQuality.of(c, false).fields().get(0).reason()).toList());
        // "rate" inside "generated" or "moderated" is another word; a null "…_at" there is a date
        assertEquals(List.of("no date"), ResultQuality.of("{\"key\":\"f-1\",\"rollup_generated_at\":null}", false)
                .fields().stream().map(ResultQuality.DegenerateField::reason).toList());
        assertEquals(ResultQuality.Kind.OK, kind("{\"post\":\"p-1\",\"moderated_by\":null}"));
    }

    @Test
    void aZeroChargeOnTopOfAPriceIsNone() {
        assertEquals(ResultQuality.Kind.OK, kind("{\"voo\":\"AZ4172\",\"tarifa_diferenca_brl\":0,\"assentos\":7}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"sku\":\"A-1\",\"price\":19.9,\"restocking_fee\":0}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"sku\":\"A-1\",\"price\":19.9,\"discountEur\":0}"));
        assertEquals(ResultQuality.Kind.OK, kind("{\"student\":\"S-1\",\"balance_due_usd\":0,\"last_payment_usd\":940}"));
        assertEquals(List.of("price: amount of 0"), ResultQuality.of("{\"sku\":\"A-1\",\"price\":0}", false).fields()
                .stream().map(f -> f.path() + ": " + f.reason()).toList());
    }
}
