package dev.coroner.ingest;

import java.util.List;

/**
 * What a trace format can and cannot show, for {@code coroner formats}: which parts of the
 * checklist have evidence to work with, and which gaps the format leaves whatever the producer does.
 *
 * @param sessionKey where the session id comes from, in the format's own field names
 * @param shows      what the format records that coroner reads
 * @param cannotShow what the format never records (or records only optionally), so no check can see it
 */
public record FormatCapabilities(String sessionKey, List<String> shows, List<String> cannotShow) {

    public FormatCapabilities {
        shows = List.copyOf(shows);
        cannotShow = List.copyOf(cannotShow);
    }
}
