package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;

/**
 * One retrieved item.
 *
 * @param id       document id, or empty
 * @param content  the text handed on
 * @param score    relevance score, if recorded
 * @param metadata metadata as recorded (owner, session, source…), or an empty object
 */
public record Document(String id, String content, OptionalDouble score, JsonNode metadata) {
}
