package dev.coroner.checks.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnersTest {

    private static final String OWN = "tenant-acme/user-42";

    @Test
    void aValueNamesTheOwnPrincipalWholeOrByAnyPart() {
        for (String value : new String[] {OWN, "TENANT-ACME/USER-42", "user-42", "tenant-acme", "acme", "42",
                "acme:user-42"}) {
            assertTrue(Owners.namesOwn(value, OWN), value);
        }
        assertFalse(Owners.namesOwn("user-142", OWN));
        assertFalse(Owners.namesOwn("2", OWN));
    }

    @Test
    void anotherPrincipalMustBeComparable() {
        assertTrue(Owners.isAnotherPrincipal("user-17", OWN, Set.of()));
        assertTrue(Owners.isAnotherPrincipal("tenant-globex", OWN, Set.of()));
        assertTrue(Owners.isAnotherPrincipal("17", "42", Set.of()));
        assertTrue(Owners.isAnotherPrincipal("bob@example.com", "alice@example.org", Set.of()));
        assertFalse(Owners.isAnotherPrincipal("docs-team", OWN, Set.of()));
        assertFalse(Owners.isAnotherPrincipal("kettlefan", "alice", Set.of()));
        assertTrue(Owners.isAnotherPrincipal("kettlefan", "alice", Set.of("alice", "kettlefan")));
    }

    @Test
    void theRunPrincipalAValueNamesIsTheFirstInSortedOrder() {
        assertEquals(Optional.of("tenant-a/user-17"), Owners.runPrincipalNamed("user-17", OWN,
                Set.of(OWN, "tenant-b/user-17", "tenant-a/user-17")));
        assertEquals(Optional.empty(), Owners.runPrincipalNamed("user-42", OWN, Set.of(OWN)));
    }

    @Test
    void sharedMarkersAreNobodys() {
        assertTrue(Owners.isNobodys("Shared"));
        assertTrue(Owners.isNobodys("*"));
        assertFalse(Owners.isNobodys("user-17"));
    }
}
