package studio.quire.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonHtml;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.view.ComparisonView;
import studio.quire.compare.view.ComparisonViewModel;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.FxTaskExecutor;
import studio.quire.ui.Pulses;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Times the comparison window's inline view on a 20,000-word section with 5% of its paragraphs
 * revised, in a child JVM (headless Monocle, as {@link ChildStudio} starts it): from asking the
 * window's view model to compare to the first layout pass that shows the result, so the time
 * covers comparing in the background, laying out the rows and building the visible cells. Prints
 * {@code QUIRE_RENDER <ms>} per round, then {@code QUIRE_RENDER_DONE}.
 */
public final class InlineRenderProbe {
    static final String ROUNDS = "quire.render.rounds";
    static final String LINE = "QUIRE_RENDER ";
    static final String DONE = "QUIRE_RENDER_DONE";

    private InlineRenderProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger(ROUNDS, 20);
        String before = DiffCorpus.manuscript(20_000, 31);
        List<Document> olders = List.of(MarkdownFormat.parse(before), MarkdownFormat.parse(DiffCorpus.revised(before, 0.05, 33)));
        Document newer = MarkdownFormat.parse(DiffCorpus.revised(before, 0.05, 32));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskExecutor executor = new FxTaskExecutor(Platform::runLater, 2);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            stage[0] = new Stage();
            stage[0].show();
        });
        for (int round = 0; round < rounds; round++) {
            Document older = olders.get(round % olders.size());
            System.out.println(LINE + timeOneShow(stage, executor, older, newer));
        }
        System.out.println(DONE);
        System.out.flush();
        executor.close();
        Platform.exit();
        System.exit(0);
    }

    /** Milliseconds from asking a fresh window's view model to compare to the layout that shows the rows. */
    private static double timeOneShow(Stage[] stage, FxTaskExecutor executor, Document older, Document newer)
            throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        double[] millis = new double[1];
        Platform.runLater(() -> {
            ComparisonRequest request = new ComparisonRequest("Render probe", "Older", "Newer",
                    () -> List.of(new ComparedText(null, "Section", older, newer)), null);
            ComparisonViewModel viewModel = new ComparisonViewModel(request, ComparisonHtml::render, executor);
            ComparisonView view = new ComparisonView(viewModel);
            Scene scene = new Scene(view, 1100, 720);
            stage[0].setScene(scene);
            long start = System.nanoTime();
            viewModel.linesProperty().addListener((obs, was, lines) -> {
                if (lines != null) {
                    Pulses.afterNextLayout(scene, () -> {
                        millis[0] = (System.nanoTime() - start) / 1e6;
                        viewModel.dispose();
                        shown.countDown();
                    });
                    Platform.requestNextPulse();
                }
            });
            viewModel.load();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The comparison was not shown within a minute");
        }
        return millis[0];
    }
}
