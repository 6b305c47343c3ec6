package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.text.Identifiers.Found;
import dev.coroner.analysis.text.Identifiers.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    private static List<String> values(String text) {
        return Identifiers.find(text).stream().map(Found::value).toList();
    }

    @Test
    void emailsAreFoundAndLowerCased() {
        assertEquals(List.of(
                        new Found(Kind.EMAIL, "alice.w@example.com", "Alice.W@Example.com"),
                        new Found(Kind.EMAIL, "bob+shop@mail.example.co.uk", "bob+shop@mail.example.co.uk")),
                Identifiers.find("Mail Alice.W@Example.com or bob+shop@mail.example.co.uk."));
    }

    @Test
    void spacedRegistrationAndCardNumbersAreIds() {
        assertEquals(List.of(new Found(Kind.ACCOUNT_ID, "53211890400027", "532 118 904 00027")),
                Identifiers.find("SIRET 532 118 904 00027."));
        assertEquals(List.of(new Found(Kind.ACCOUNT_ID, "4111111111111111", "4111 1111 1111 1111")),
                Identifiers.find("card 4111 1111 1111 1111"));
        assertEquals(List.of(), Identifiers.find("1 234 567 visitors, scores 85 92 78 64 90"),
                "thousands and lists of small numbers are no ids");
        assertEquals(List.of(new Found(Kind.PHONE, "+14155550142", "+1 415 555 0142")),
                Identifiers.find("mobile +1 415 555 0142"), "a phone number is read once, as a phone");
    }

    @Test
    void internationalNumbersInTheirCountrysGroups() {
        assertEquals(List.of(new Found(Kind.PHONE, "+34622481907", "+34 622 481 907")),
                Identifiers.find("línea +34 622 481 907"));
        assertEquals(List.of(new Found(Kind.PHONE, "+33612345678", "+33 6 12 34 56 78")),
                Identifiers.find("mobile : +33 6 12 34 56 78."));
        assertEquals(List.of(new Found(Kind.PHONE, "+525531048826", "+52 55 3104 8826")),
                Identifiers.find("tel. +52 55 3104 8826"));
        assertEquals(List.of(), Identifiers.find("+3 4 5 6"), "too few digits for a phone");
        assertTrue(Identifiers.find("+12 3456 7890 1234 5678").stream().noneMatch(f -> f.kind() == Kind.PHONE),
                "more digits than E.164 allows");
    }

    @Test
    void notEmails() {
        assertEquals(List.of(), values("ping @handle, a@b, user@localhost, x@y.z, see docs@"));
    }

    @Test
    void phonesAreNormalisedToDigits() {
        assertEquals(List.of(
                        new Found(Kind.PHONE, "+14155550134", "+1 (415) 555-0134"),
                        new Found(Kind.PHONE, "4155550134", "415.555.0134")),
                Identifiers.find("Call +1 (415) 555-0134 or 415.555.0134, or +1-415-555-0134 again."));
        assertEquals(values("+1 (415) 555-0134"), values("+1-415-555-0134"));
        assertEquals(values("+1 (415) 555-0134"), values("+14155550134"));
    }

    @Test
    void notPhones() {
        assertEquals(List.of(), values("ext 555-0134, on 2024-01-15 at 10:15:00, v1.2.3, 12 345 678"));
    }

    @Test
    void prefixedAccountAndOrderIds() {
        assertEquals(List.of(
                        new Found(Kind.ACCOUNT_ID, "ORD-1042", "ORD-1042"),
                        new Found(Kind.ACCOUNT_ID, "ACCT1234567", "ACCT1234567"),
                        new Found(Kind.ACCOUNT_ID, "INV_20931", "INV_20931")),
                Identifiers.find("Orders ORD-1042 and ACCT1234567, invoice INV_20931."));
    }

    @Test
    void prefixedIdsWithALetteredSuffix() {
        assertEquals(List.of(new Found(Kind.ACCOUNT_ID, "CX7781-0452-FR", "CX7781-0452-FR"),
                        new Found(Kind.ACCOUNT_ID, "RB-4471-KX", "RB-4471-KX")),
                Identifiers.find("l’envoi CX7781-0452-FR, dossier RB-4471-KX."));
    }

    @Test
    void notPrefixedIds() {
        // Too few digits, lower case, a one-letter or seven-letter prefix, part of a longer token.
        assertEquals(List.of(), values("ORD-12, ord-1042, X-1234, ABCDEFG-1234, Q-ORD-1042, ORD-1042-B"));
    }

    @Test
    void keyedIdsNeedALowerCasePrefixAndDigitsInTheBody() {
        assertEquals(List.of(
                        new Found(Kind.ACCOUNT_ID, "cus_9f8a7b6c2d", "cus_9f8a7b6c2d"),
                        new Found(Kind.ACCOUNT_ID, "acct_1Nf83kd9", "acct_1Nf83kd9")),
                Identifiers.find("Customer cus_9f8a7b6c2d, account acct_1Nf83kd9."));
        assertEquals(List.of(), values("user_profile, cus_abcdefgh, cus_1abcdef, snake_case_var1, cus_9f8"));
    }

    @Test
    void highEntropyTokens() {
        assertEquals(List.of(
                        new Found(Kind.TOKEN, "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
                        new Found(Kind.TOKEN, "9b2f8c1e-77aa-4d0e-b9a1-3c5d7e9f1a2b",
                                "9b2f8c1e-77aa-4d0e-b9a1-3c5d7e9f1a2b")),
                Identifiers.find("key sk_live_4eC39HqLyjWDarjtT1zdp7dc, trace 9b2f8c1e-77aa-4d0e-b9a1-3c5d7e9f1a2b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "internationalization",
        "counterrevolutionaries",
        "electroencephalographically",
        "Pneumonoultramicroscopicsilicovolcanoconiosis",
        "aaaaaaaaaaaaaaaaaaaa1",
        "abcabcabcabcabcabcabc1",
        "12345678901234567890123",
        "short1token"})
    void longWordsAndLowEntropyStringsAreNotTokens(String word) {
        assertEquals(List.of(), values("the word " + word + " here"));
    }

    @Test
    void entropyIsBitsPerCharacter() {
        assertEquals(0.0, Identifiers.entropy("aaaa"), 1e-9);
        assertEquals(1.0, Identifiers.entropy("abab"), 1e-9);
        assertEquals(2.0, Identifiers.entropy("abcd"), 1e-9);
        assertEquals(1.0, Identifiers.entropy("éa"), 1e-9);
        assertTrue(Identifiers.entropy("4eC39HqLyjWDarjtT1zdp7dc") >= Identifiers.TOKEN_MIN_ENTROPY);
    }

    @Test
    void eachValueOnceInOrderOfKind() {
        assertEquals(List.of("a@example.com", "ORD-5555"),
                values("ORD-5555 for a@example.com; again ORD-5555 and A@EXAMPLE.COM"));
    }

    @Test
    void nothingInEmptyOrNullText() {
        assertEquals(List.of(), Identifiers.find(""));
        assertEquals(List.of(), Identifiers.find(null));
    }
}
