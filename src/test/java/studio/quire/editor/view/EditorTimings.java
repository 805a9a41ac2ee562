package studio.quire.editor.view;

import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.editor.RecordingSectionStore;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.editor.StyledDocuments;
import studio.quire.manuscript.DemoManuscript;
import studio.quire.testsupport.FxTests;
import studio.quire.ui.FxTaskExecutor;

import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * Scratch measurements of the editor (no assertions on time; not part of the suite, whose classes
 * end in Test): run with {@code mvn -Dtest=EditorTimings verify} and read the printed numbers.
 */
@ExtendWith(ApplicationExtension.class)
class EditorTimings {
    private final RecordingSectionStore store = new RecordingSectionStore();
    private FxTaskExecutor executor;
    private SectionEditorViewModel viewModel;
    private SectionEditorView view;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new SectionEditorViewModel(store, (id, name) -> { }, executor);
        view = new SectionEditorView(viewModel);
        FxTests.show(stage, view);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static String prose() {
        return DemoManuscript.generate(20_000, 1, 42, "Timing").chapters().get(0).sections().get(0).body();
    }

    @Test
    void openTwentyThousandWords(FxRobot robot) throws Exception {
        String markdown = prose();
        List<Double> convert = new ArrayList<>();
        List<Double> show = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long t0 = System.nanoTime();
            var document = StyledDocuments.fromMarkdown(markdown);
            long t1 = System.nanoTime();
            AtomicLong shown = new AtomicLong();
            robot.interact(() -> {
                long s0 = System.nanoTime();
                view.area().showDocument(document, true);
                view.applyCss();
                view.layout();
                shown.set(System.nanoTime() - s0);
            });
            convert.add((t1 - t0) / 1e6);
            show.add(shown.get() / 1e6);
        }
        System.out.printf("TIMING open 20k words (%d chars): convert median %.1f ms, FX show+layout median %.1f ms, max %.1f ms%n",
                markdown.length(), median(convert), median(show), Collections.max(show));
    }

    @Test
    void pauseWhilePastingAMegabyte(FxRobot robot) throws Exception {
        UUID id = UUID.randomUUID();
        store.put(id, "");
        robot.interact(() -> viewModel.open(id, "Paste", false));
        waitUntil(() -> !viewModel.loadingProperty().get());
        robot.clickOn(view.area());
        StringBuilder big = new StringBuilder();
        String prose = prose().replace("\n\n", "\n");
        while (big.length() < 1_000_000) {
            big.append(prose);
        }
        String text = big.substring(0, 1_000_000);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        try (PauseProbe probe = new PauseProbe()) {
            robot.push(KeyCode.CONTROL, KeyCode.V);
            waitUntil(() -> view.area().getLength() >= 999_000);
            waitUntil(() -> store.text(id) != null && store.text(id).length() > 900_000);
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // let the counts and the save snapshot finish while the probe watches
            System.out.printf("TIMING paste 1 MB: longest FX pause %.1f ms%n", probe.longestMillis());
        }
    }

    @Test
    void pauseWhileTypingIntoTwentyThousandWords(FxRobot robot) throws Exception {
        UUID id = UUID.randomUUID();
        store.put(id, prose());
        robot.interact(() -> viewModel.open(id, "Typing", false));
        waitUntil(() -> !viewModel.loadingProperty().get());
        robot.clickOn(view.area());
        robot.interact(() -> view.area().moveTo(view.area().getLength() / 2));
        try (PauseProbe probe = new PauseProbe()) {
            for (int i = 0; i < 6; i++) {
                robot.write("typing more words ");
                WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // lets the 300 ms save snapshot and the counts run between bursts
            }
            System.out.printf("TIMING typing into 20k words: longest FX pause %.1f ms%n", probe.longestMillis());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Posts a tick to the FX thread every 2 ms and records the longest wait for one to run. */
    private static final class PauseProbe implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private final AtomicLong longest = new AtomicLong();

        PauseProbe() {
            thread = new Thread(() -> {
                while (running) {
                    long posted = System.nanoTime();
                    java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                    Platform.runLater(() -> {
                        longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        ran.countDown();
                    });
                    try {
                        ran.await();
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "pause-probe");
            thread.setDaemon(true);
            thread.start();
        }

        double longestMillis() {
            return longest.get() / 1e6;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(1000);
        }
    }
}
