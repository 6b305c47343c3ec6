package dev.coroner.ingest;

/**
 * One record of an input cannot be read; carries the "expected …, found …" text of the import
 * problem. Importers throw it inside a record and catch it at the record boundary.
 */
public final class RecordException extends Exception {

    private static final long serialVersionUID = 1L;

    public RecordException(String message) {
        super(message, null, false, false);
    }

    public static RecordException expected(String expected, String found) {
        return new RecordException("expected " + expected + ", found " + found);
    }
}
