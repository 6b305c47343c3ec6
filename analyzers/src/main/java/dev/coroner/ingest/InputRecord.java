package dev.coroner.ingest;

/**
 * One input as read, for the chain of custody in every report.
 *
 * @param path   the input as displayed
 * @param format the importer that read it, or empty when none could
 * @param sha256 SHA-256 of the bytes as stored (before decompression), hex
 * @param bytes  size as stored
 */
public record InputRecord(String path, String format, String sha256, long bytes) {
}
