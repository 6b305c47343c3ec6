package dev.coroner.analysis.provenance;

/** Kinds of fact that the provenance map follows. */
public enum ValueKind {
    /** Order, account, ticket, device ids; e-mail addresses; phone numbers. */
    IDENTIFIER,
    /** A number with a currency. */
    AMOUNT,
    /** A number with a unit: a duration, a percentage, a weight, a count of items. */
    QUANTITY,
    /** A calendar date. */
    DATE,
    /** A number with neither currency nor unit. */
    NUMBER;

    /** True for the specifics an answer can only state when it has a source for them. */
    public boolean isSpecific() {
        return this != NUMBER;
    }
}
