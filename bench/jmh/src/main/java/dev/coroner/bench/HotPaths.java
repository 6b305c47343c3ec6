package dev.coroner.bench;

import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.trace.Message;
import dev.coroner.trace.Session;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot paths of {@code coroner examine}, each over the whole of one trace (the file named by the
 * system property {@code coroner.bench.trace}; {@code bench/jmh/run} generates it with
 * {@code bench/GenerateTrace.java}): loading (parse and interning of repeated context messages), value
 * extraction and identifier search over every distinct message, the provenance map of every
 * session, and the cross-session index (one part per session, then the merge). Scores are
 * milliseconds per pass over the trace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    private Path trace;
    private List<Session> sessions;
    private List<SessionFacts> facts;
    private List<String> texts;

    @Setup(Level.Trial)
    public void load() {
        String name = System.getProperty("coroner.bench.trace");
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("set -Dcoroner.bench.trace=FILE (bench/jmh/run generates one)");
        }
        trace = Path.of(name);
        sessions = read(trace).sessions();
        facts = sessions.stream().map(SessionFacts::new).toList();
        Set<String> distinct = new LinkedHashSet<>();
        for (Session session : sessions) {
            for (Message message : session.messages()) {
                distinct.add(message.text());
            }
        }
        texts = new ArrayList<>(distinct);
    }

    private static LoadedTrace read(Path trace) {
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream)
                .load(InputSet.expand(List.of(trace.toString()), Path.of("")));
    }

    /** Parse and intern: each repeated context message is stored once. */
    @Benchmark
    public LoadedTrace loadAndIntern() {
        return read(trace);
    }

    /** Amounts, quantities, dates and identifiers in every distinct message. */
    @Benchmark
    public void extractValues(Blackhole sink) {
        for (String text : texts) {
            sink.consume(ValueExtractor.find(text));
        }
    }

    /** E-mail addresses, phones, IBANs, ids and tokens in every distinct message. */
    @Benchmark
    public void findIdentifiers(Blackhole sink) {
        for (String text : texts) {
            sink.consume(Identifiers.find(text));
        }
    }

    /** The provenance map of every session. */
    @Benchmark
    public void provenance(Blackhole sink) {
        for (Session session : sessions) {
            sink.consume(ProvenanceMap.of(session));
        }
    }

    /** One index part per session, then their merge. */
    @Benchmark
    public CrossSessionIndex crossSessionIndex() {
        List<CrossSessionIndex> parts = new ArrayList<>(facts.size());
        for (SessionFacts f : facts) {
            parts.add(CrossSessionIndex.of(f));
        }
        return CrossSessionIndex.mergeAll(parts);
    }
}
