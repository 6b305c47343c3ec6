package dev.coroner.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.Check;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Stage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The naming and metadata rules every check in the catalogue keeps (STYLE.md 6, 7 and 15). */
class CheckCatalogTest {

    @Test
    void catalogueIsNotEmptyAndEveryCheckIsRegisteredOnce() {
        List<Check> checks = CheckCatalog.all();
        assertFalse(checks.isEmpty(), "the catalogue lists no checks");
        Set<Class<?>> classes = new HashSet<>();
        for (Check check : checks) {
            assertTrue(classes.add(check.getClass()), check.getClass() + " is registered twice");
        }
    }

    /** The checks whose thresholds, phrase lists and patterns have been moved into heuristics so far. */
    private static final Set<String> HEURISTICS_DECLARED = Set.of("context.error-carried-forward",
            "retrieval.empty-ignored", "boundary.value-misread", "retrieval.off-topic", "bleed.foreign-content",
            "context.bad-value-propagated", "state.field-dropped", "state.history-forgotten",
            "state.history-regressed", "state.schema-drift", "state.record-field-lost", "state.unpaired-tool-call",
            "handoff.context-dropped", "handoff.tool-not-owned", "boundary.schema-violation",
            "boundary.malformed-tool-arguments", "boundary.unvalidated-tool-output", "boundary.type-coercion",
            "context.repeated-failure", "context.stale-content", "context.window-pressure",
            "evidence.checkpoint-undecodable", "evidence.content-unread", "evidence.model-input-missing",
            "evidence.payload-truncated", "evidence.redacted", "evidence.unpaired-span", "retrieval.foreign-session",
            "context.injected-instruction", "context.failure-taken-as-fact", "bleed.foreign-identifier",
            "context.claimed-verification", "handoff.plan-drift",
            "context.made-up-data");

    /**
     * Package helpers that hold heuristics of the checks beside them: the checks that use them list
     * their constants.
     */
    private static final List<String> HEURISTIC_HELPERS = List.of("dev.coroner.checks.handoff.HandoffFacts",
            "dev.coroner.checks.boundary.Representation", "dev.coroner.checks.boundary.Producers",
            "dev.coroner.checks.retrieval.Owners", "dev.coroner.checks.context.Requests");

    @Test
    void checksWithDeclaredHeuristicsListTheirOwn() {
        for (String id : HEURISTICS_DECLARED) {
            CheckInfo info = CheckCatalog.info(id).orElseThrow();
            assertTrue(info.heuristics().stream().anyMatch(h -> !(h instanceof Heuristic.Shared)),
                    id + " declares no heuristic of its own");
        }
    }

    /**
     * A listed heuristic is a constant of the check's class (the one its code reads), of a helper in
     * its package, or a shared one, and every heuristic constant of the class is listed: none is shown
     * that is not the live value, and none is used without being shown.
     */
    @Test
    void listedHeuristicsAreTheCheckConstants() throws ReflectiveOperationException {
        List<Heuristic> shared = constants(SharedHeuristics.class);
        for (Check check : CheckCatalog.all()) {
            List<Heuristic> own = constants(check.getClass());
            List<Heuristic> helpers = helperConstants(check.getClass().getPackageName());
            List<Heuristic> listed = check.info().heuristics();
            for (Heuristic heuristic : listed) {
                assertTrue(own.stream().anyMatch(c -> c == heuristic) || helpers.stream().anyMatch(c -> c == heuristic)
                                || shared.stream().anyMatch(c -> c == heuristic),
                        check.info().id() + ": " + heuristic.id() + " is not a constant of the check");
            }
            for (Heuristic constant : own) {
                assertTrue(listed.stream().anyMatch(h -> h == constant),
                        check.info().id() + ": " + constant.id() + " is not listed in its metadata");
            }
        }
    }

    /** Every heuristic constant of a package helper is listed by a check of its package. */
    @Test
    void helperHeuristicsAreListed() throws ReflectiveOperationException {
        for (String helper : HEURISTIC_HELPERS) {
            Class<?> owner = Class.forName(helper);
            List<Heuristic> listed = CheckCatalog.all().stream()
                    .filter(check -> check.getClass().getPackageName().equals(owner.getPackageName()))
                    .flatMap(check -> check.info().heuristics().stream()).toList();
            for (Heuristic constant : constants(owner)) {
                assertTrue(listed.stream().anyMatch(h -> h == constant),
                        helper + ": " + constant.id() + " is listed by no check");
            }
        }
    }

    /** The heuristic constants of the package helpers in one package. */
    private static List<Heuristic> helperConstants(String packageName) throws ReflectiveOperationException {
        List<Heuristic> constants = new ArrayList<>();
        for (String helper : HEURISTIC_HELPERS) {
            Class<?> owner = Class.forName(helper);
            if (owner.getPackageName().equals(packageName)) {
                constants.addAll(constants(owner));
            }
        }
        return constants;
    }

    /** The static heuristic constants a class declares. */
    private static List<Heuristic> constants(Class<?> owner) throws IllegalAccessException {
        List<Heuristic> constants = new ArrayList<>();
        for (Field field : owner.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Heuristic.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                constants.add((Heuristic) field.get(null));
            }
        }
        return constants;
    }

    @Test
    void idsAreUnique() {
        List<String> ids = CheckCatalog.infos().stream().map(CheckInfo::id).toList();
        Set<String> duplicates = ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(duplicates.isEmpty(), "duplicate check ids: " + duplicates);
    }

    @Test
    void idPrefixIsAChecklistStageOrHandoff() {
        Set<String> prefixes = Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.toSet());
        prefixes.add("handoff");
        for (CheckInfo info : CheckCatalog.infos()) {
            String prefix = info.id().substring(0, info.id().indexOf('.'));
            assertTrue(prefixes.contains(prefix), info.id() + ": prefix '" + prefix + "' is not one of " + prefixes);
        }
    }

    @Test
    void classIsNamedAfterTheIdInThePackageOfItsPrefix() {
        for (Check check : CheckCatalog.all()) {
            CheckInfo info = check.info();
            String prefix = info.id().substring(0, info.id().indexOf('.'));
            String expected = "dev.coroner.checks." + prefix + "." + className(info.id());
            assertEquals(expected, check.getClass().getName(), "class of check " + info.id());
        }
    }

    @Test
    void classNameRuleWorksOnTheStyleGuideExample() {
        assertEquals("ErrorCarriedForwardCheck", className("context.error-carried-forward"));
        assertEquals("FieldDroppedCheck", className("state.field-dropped"));
        assertEquals("Utf8Check", className("boundary.utf8"));
    }

    @Test
    void everyMetadataFieldIsFilledIn() {
        for (CheckInfo info : CheckCatalog.infos()) {
            String id = info.id();
            assertNotBlank(info.title(), id + ": title");
            assertNotNull(info.severity(), id + ": severity");
            assertNotBlank(info.since(), id + ": since");
            assertTrue(info.since().matches("\\d+\\.\\d+\\.\\d+"), id + ": since is a version, found '" + info.since() + "'");
            assertNotBlank(info.rationale(), id + ": rationale");
            assertNotBlank(info.remediation(), id + ": remediation");
            assertNotBlank(info.example(), id + ": example");
        }
    }

    @Test
    void catalogueIsInChecklistOrder() {
        List<CheckInfo> infos = CheckCatalog.infos();
        for (int i = 1; i < infos.size(); i++) {
            assertTrue(infos.get(i - 1).stage().compareTo(infos.get(i).stage()) <= 0,
                    infos.get(i - 1).id() + " is listed before " + infos.get(i).id() + " but its stage comes later");
        }
    }

    @Test
    void lookupByIdFindsEveryCheck() {
        for (Check check : CheckCatalog.all()) {
            assertSame(check.info(), CheckCatalog.info(check.info().id()).orElseThrow());
        }
        assertTrue(CheckCatalog.info("context.no-such-check").isEmpty());
    }

    /** {@code context.error-carried-forward} → {@code ErrorCarriedForwardCheck}. */
    static String className(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.substring(id.indexOf('.') + 1).split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.append("Check").toString();
    }

    private static void assertNotBlank(String value, String what) {
        assertTrue(value != null && !value.isBlank(), what + " is empty");
    }
}
