package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Error: order ORD-1042 not found",
        "  error - upstream refused",
        "ERROR [orders] timeout",
        "Error 503: lookup service unavailable",
        "ERROR [E1042]: quota exceeded",
        "Exception: boom",
        "FAILED: 3 of 4 checks",
        "Failure (retryable)",
        "fatal: not a git repository",
        "java.lang.IllegalStateException: connection pool closed",
        "raised ValueError('bad sku')",
        "IOError: disk full",
        "Traceback (most recent call last):\n  File \"tool.py\", line 3",
        "HTTP/1.1 404 Not Found",
        "HTTP 503 Service Unavailable",
        "{\"status\": 429, \"detail\": \"slow down\"}",
        "statusCode=500",
        "{\"error\": \"invalid token\"}",
        " { \"error\" : {\"code\": 7} }",
        // An object with several fields that says by its structure that the call failed.
        "{\"error\": \"quota\", \"limit\": 100, \"used\": 100}",
        "{\"error\": \"rate limited\", \"retry_after\": 30}",
        "{\"status\": 502, \"service\": \"ledger\", \"retry_after\": 30}",
        "{\"exit_code\": 1, \"stdout\": \"\", \"stderr\": \"make: *** [all] Error 2\"}",
        "{\"stdout\": \"\", \"stderr\": \"Traceback (most recent call last):\\n  File x\", \"took_ms\": 40}",
        "{\"result\": null, \"message\": \"Error: index not ready\", \"took_ms\": 12}"})
    void recognisesErrorReports(String text) {
        assertTrue(ErrorText.looksLikeError(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Error handling guide: retry with exponential backoff, then page the on-call engineer.",
        "This document covers error handling: retries, timeouts and fallbacks.",
        // An answer that reports errors of something else among its data.
        "{\"queue\": \"orders-eu\", \"depth\": 48210, \"last_consumer_error\": \"HTTP 503 from broker-proxy\"}",
        "{\"canary\": {\"error_rate_pct\": 6.8}, \"top_error\": \"HTTP 502 from ledger-gateway\", \"window_min\": 15}",
        "{\"endpoint\": \"/pay\", \"status\": 200, \"body\": \"see statusCode=500 in the upstream log\"}",
        "The errors section lists what can go wrong.",
        "No error occurred; 3 items returned.",
        "Exceptions are rare in this service.",
        "HTTP/2 200 OK",
        "status: 200",
        "{\"errors\": [], \"items\": 3}",
        "{\"result\": {\"error\": null}}",
        // A leading error field that says there was none.
        "{\"error\": null, \"result\": {\"balance\": \"12.50\"}}",
        "{\"error\": false, \"data\": [1, 2]}",
        "{\"error\": 0, \"requests\": 18342, \"p99_ms\": 412}",
        "A film about terror: the review.",
        "He fixed the mirror (again).",
        "error",
        "Error 404 pages are styled in the theme settings.",
        ""})
    void leavesOrdinaryTextAlone(String text) {
        assertFalse(ErrorText.looksLikeError(text), text);
    }

    @Test
    void nullIsNotAnError() {
        assertFalse(ErrorText.looksLikeError(null));
    }

    @Test
    void aLogExcerptReportsTheLoggedSystemNotAFailedCall() {
        String logs = "2025-11-18T03:12:07Z ERROR api migrate: column \"settled_at\" does not exist\n"
                + "2025-11-18T03:12:07Z WARN  api readiness probe failed: HTTP 500\n";
        assertFalse(ErrorText.looksLikeError(logs));
        assertFalse(ErrorText.looksLikeError("Nov 18 03:12:07 host api[412]: HTTP 503 upstream\n"
                + "Nov 18 03:12:09 host api[412]: ValueError: bad row\n"));
        // One timestamped line is a message, and a failure before the lines is the call's own.
        assertTrue(ErrorText.looksLikeError("2025-11-18T03:12:07Z HTTP 500 from the log service"));
        assertTrue(ErrorText.looksLikeError("Error: log service unavailable\n" + logs));
    }
}
