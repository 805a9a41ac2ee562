package studio.quire.app;

import org.junit.jupiter.api.Test;
import studio.quire.bench.BenchSettings;
import studio.quire.bench.ChildStudio;
import studio.quire.bench.WritingProbe;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import studio.quire.demo.DemoWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never lose a word, test (a): the real studio, in its own JVM on its own embedded server, types
 * into a section of the sample novel through real key events and is killed with
 * {@code destroyForcibly} (kill -9) mid-sentence. A second studio started on the same data
 * directory shows, and has saved, everything typed more than a second before the kill.
 */
@studio.quire.testsupport.Slow
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class KillWhileTypingTest {
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(180);
    /** What the probe types, over and over: keep in step with WritingProbe. */
    private static final String TYPED = "the keeper climbed the stair and lit the lamp against the long dark ";

    private record Typed(int count, long atMillis) {
    }

    @Test
    void studioKilledWhileTyping_keepsEverythingTypedASecondBeforeTheKill_afterARestart() throws Exception {
        Path home = homeSharingBinaries();
        String section = DemoWorkspace.sampleBook().chapters().get(0).sections().get(0).title();
        Map<String, String> script = Map.of(WritingProbe.PROPERTY, DemoWorkspace.SAMPLE_PROJECT,
                "quire.probe.sections", section, "quire.probe.typeSeconds", "120", "quire.probe.stay", "true");

        List<Typed> typed = new ArrayList<>();
        long killedAt;
        try (ChildStudio writer = ChildStudio.start(BenchSettings.STUDIO_MAIN, home, "typing", script)) {
            for (ChildStudio.Line line = writer.next(LINE_TIMEOUT); ; line = writer.next(LINE_TIMEOUT)) {
                assertThat(line.isEnd()).as("the studio stopped before typing enough (see %s)", home.resolve("typing.err"))
                        .isFalse();
                assertThat(line.text()).doesNotStartWith("QUIRE_PROBE_FAILED");
                if (line.text().startsWith("QUIRE_TYPED ")) {
                    String[] parts = line.text().split(" ");
                    typed.add(new Typed(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
                    if (typed.size() >= 45) {
                        break;
                    }
                }
            }
            writer.process().destroyForcibly();
            killedAt = System.currentTimeMillis();
            assertThat(writer.waitFor(Duration.ofSeconds(30))).isTrue();
        }
        int safe = typed.stream().filter(t -> t.atMillis() <= killedAt - 1000).mapToInt(Typed::count).max().orElse(0);
        assertThat(safe).as("characters typed more than a second before the kill").isGreaterThan(20);
        String mustSurvive = TYPED.repeat(2).substring(0, safe);

        Map<String, String> reader = Map.of(WritingProbe.PROPERTY, DemoWorkspace.SAMPLE_PROJECT,
                "quire.probe.sections", section, "quire.probe.read", "true");
        String text = null;
        try (ChildStudio restarted = ChildStudio.start(BenchSettings.STUDIO_MAIN, home, "restarted", reader)) {
            for (ChildStudio.Line line = restarted.next(LINE_TIMEOUT); !line.isEnd(); line = restarted.next(LINE_TIMEOUT)) {
                assertThat(line.text()).doesNotStartWith("QUIRE_PROBE_FAILED");
                if (line.text().startsWith("QUIRE_TEXT ")) {
                    text = new String(Base64.getDecoder().decode(line.text().substring(11)), StandardCharsets.UTF_8);
                }
                if (line.text().equals("QUIRE_PROBE_DONE")) {
                    break;
                }
            }
            assertThat(restarted.waitFor(Duration.ofSeconds(60))).as("the restarted studio closes itself").isTrue();
        }
        assertThat(text).as("the restarted studio showed the section, saved (see %s)", home.resolve("restarted.err"))
                .isNotNull()
                .contains(mustSurvive);
    }

    private static Path homeSharingBinaries() throws Exception {
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        Path home = Files.createDirectories(TestServer.root().resolve("homes")).resolve("kill-" + System.nanoTime());
        Files.createDirectories(home.resolve("runtime"));
        // Share the unpacked binaries of the test server instead of unpacking them again.
        Files.createSymbolicLink(home.resolve("runtime").resolve("postgresql-" + PostgresBinaries.VERSION),
                TestServer.binariesCache().resolve("postgresql-" + PostgresBinaries.VERSION).toAbsolutePath());
        return home;
    }
}
