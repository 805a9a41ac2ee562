package studio.quire.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.LoggerFactory;
import studio.quire.app.signin.ConnectionState;
import studio.quire.app.window.MainWindowViewModel;
import studio.quire.editor.view.EditorArea;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A scripted writer inside a real studio JVM, for the {@code manuscript} bench and the kill -9
 * test: opens a project (timing the binder), opens sections (timing the editor), types into the
 * first one through real key events while the studio saves, and reports on stdout
 * ({@code QUIRE_PROBE name value}, {@code QUIRE_TYPED count epochMillis}, {@code QUIRE_TEXT base64}).
 * Started by the launcher when {@link #PROPERTY} names the project; see {@link Script} for the rest.
 * Stdout is the protocol with the parent process, as for the launcher's start-up milestones.
 */
public final class WritingProbe {
    /** The project to open: its id, or its title. */
    public static final String PROPERTY = "quire.probe.project";
    private static final long WAIT_SECONDS = 120;
    private static final java.io.PrintStream PARENT = System.out;

    private final Script script;
    private final MainWindowViewModel viewModel;
    private final Scene scene;

    /** What to do, from system properties. */
    record Script(String project, List<String> sections, int opens, int typeSeconds, boolean readOnly, boolean exit) {
        static Script fromSystemProperties() {
            return new Script(System.getProperty(PROPERTY),
                    List.of(System.getProperty("quire.probe.sections", "").split("\\|")),
                    Integer.getInteger("quire.probe.opens", 1), Integer.getInteger("quire.probe.typeSeconds", 0),
                    Boolean.getBoolean("quire.probe.read"), !Boolean.getBoolean("quire.probe.stay"));
        }
    }

    private WritingProbe(Script script, MainWindowViewModel viewModel, Scene scene) {
        this.script = script;
        this.viewModel = viewModel;
        this.scene = scene;
    }

    /** Runs the script from system properties on its own thread; {@code close} ends the studio afterwards. */
    public static void start(MainWindowViewModel viewModel, Scene scene, Runnable close) {
        WritingProbe probe = new WritingProbe(Script.fromSystemProperties(), viewModel, scene);
        Thread thread = new Thread(() -> {
            try {
                probe.run();
            } catch (Exception e) {
                LoggerFactory.getLogger(WritingProbe.class).error("The scripted writer failed", e);
                tell("QUIRE_PROBE_FAILED " + e);
            }
            tell("QUIRE_PROBE_DONE");
            if (probe.script.exit()) {
                Platform.runLater(close);
            }
        }, "quire-writing-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() throws Exception {
        await("signed in", () -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        for (int i = 0; i < script.opens(); i++) {
            report("tree_view_shown_ms", openProject());
        }
        for (int i = 0; i < script.opens() * script.sections().size(); i++) {
            String section = script.sections().get(i % script.sections().size());
            report("section_open_20k_ms", openSection(section));
        }
        String first = script.sections().get(0);
        if (!isOpen(first)) {
            openSection(first);
        }
        if (script.readOnly()) {
            await("saved", () -> find(scene.getRoot(), Labeled.class, l -> l.isVisible() && "Saved".equals(l.getText())).isPresent());
            String text = onFx(() -> area().getText());
            tell("QUIRE_TEXT " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        if (script.typeSeconds() > 0) {
            type(script.typeSeconds());
            System.gc();
            report("rss_mb", residentMegabytes());
        }
    }

    private boolean isOpen(String section) throws Exception {
        return onFx(() -> selectedTitle().map(section::equals).orElse(false));
    }

    /** Milliseconds from asking for the project to its binder laid out with its nodes. */
    private double openProject() throws Exception {
        Project project = findProject();
        long started = onFx(() -> {
            viewModel.navigation().openProject(project);
            return System.nanoTime();
        });
        await("the binder", () -> tree().map(t -> !t.getRoot().getChildren().isEmpty() && t.isVisible()).orElse(false));
        return (afterNextLayout() - started) / 1e6;
    }

    /** Milliseconds from selecting the section in the binder to its text laid out in the editor. */
    private double openSection(String title) throws Exception {
        String before = onFx(() -> prefix(area()));
        long started = onFx(() -> {
            TreeView<ManuscriptNodeViewModel> tree = tree().orElseThrow();
            TreeItem<ManuscriptNodeViewModel> item = item(tree.getRoot(), title)
                    .orElseThrow(() -> new IllegalStateException("no section titled " + title));
            for (TreeItem<ManuscriptNodeViewModel> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(item);
            return System.nanoTime();
        });
        await("the section text", () -> {
            EditorArea area = area();
            return area != null && area.getLength() > 1000 && !prefix(area).equals(before);
        });
        return (afterNextLayout() - started) / 1e6;
    }

    /** Types at about ten characters a second into the open section, counting FX pauses over 50 ms. */
    private void type(int seconds) throws Exception {
        String words = "the keeper climbed the stair and lit the lamp against the long dark ";
        List<Double> pauses = new ArrayList<>();
        PauseMeter meter = new PauseMeter(pauses);
        onFx(() -> {
            EditorArea area = area();
            area.requestFocus();
            area.moveTo(area.getLength());
            area.requestFollowCaret();
            return null;
        });
        // Jumping to the end of the section is navigation, not typing: the meter starts once it is laid out.
        afterNextLayout();
        onFx(() -> {
            meter.start();
            return null;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int typed = 0;
        while (System.nanoTime() < end) {
            String ch = String.valueOf(words.charAt(typed % words.length()));
            onFx(() -> {
                EditorArea area = area();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false, false, false, false));
                return null;
            });
            typed++;
            tell("QUIRE_TYPED " + typed + " " + System.currentTimeMillis());
            Thread.sleep(100);
        }
        onFx(() -> {
            meter.stop();
            return null;
        });
        report("fx_pauses_over_50ms", pauses.size());
        report("fx_pause_max_ms", meter.longest());
    }

    /** Gaps between frames while an animation runs: a pause is a frame that came over 50 ms late. */
    private static final class PauseMeter extends AnimationTimer {
        private final List<Double> pauses;
        private long last;
        private long first;
        private double longest;

        PauseMeter(List<Double> pauses) {
            this.pauses = pauses;
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                double gap = (now - last) / 1e6;
                longest = Math.max(longest, gap);
                if (gap > 50) {
                    pauses.add(gap);
                    tell(String.format("QUIRE_PAUSE %.1f ms, %.1f s into typing", gap, (now - first) / 1e9));
                }
            } else {
                first = now;
            }
            last = now;
        }

        double longest() {
            return longest;
        }
    }

    private Project findProject() {
        var session = viewModel.session().sessionProperty().get();
        ProjectRepository projects = new ProjectRepository(session.database().dsl());
        Predicate<Project> wanted = isUuid(script.project())
                ? p -> p.id().equals(UUID.fromString(script.project()))
                : p -> p.title().equals(script.project());
        return projects.list(session.organization().orgId()).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new IllegalStateException("no project " + script.project()));
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<TreeView<ManuscriptNodeViewModel>> tree() {
        return find(scene.getRoot(), TreeView.class, t -> "tree".equals(t.getId()) && t.getScene() != null)
                .map(t -> (TreeView<ManuscriptNodeViewModel>) t);
    }

    private Optional<String> selectedTitle() {
        return tree().map(t -> t.getSelectionModel().getSelectedItem())
                .map(item -> item.getValue().titleProperty().get());
    }

    private EditorArea area() {
        return find(scene.getRoot(), EditorArea.class, a -> true).orElse(null);
    }

    private static String prefix(EditorArea area) {
        return area == null ? "" : area.getText(0, Math.min(200, area.getLength()));
    }

    private static Optional<TreeItem<ManuscriptNodeViewModel>> item(TreeItem<ManuscriptNodeViewModel> from, String title) {
        if (from.getValue() != null && title.equals(from.getValue().titleProperty().get())) {
            return Optional.of(from);
        }
        for (TreeItem<ManuscriptNodeViewModel> child : from.getChildren()) {
            Optional<TreeItem<ManuscriptNodeViewModel>> found = item(child, title);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> find(Node node, Class<T> type, Predicate<T> test) {
        if (type.isInstance(node) && test.test(type.cast(node))) {
            return Optional.of(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible()) {
                    Optional<T> found = find(child, type, test);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private long afterNextLayout() throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> studio.quire.ui.Pulses.afterNextLayout(scene, () -> laidOut.complete(System.nanoTime())));
        return laidOut.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls on the FX thread at every frame until {@code condition} holds. */
    private static void await(String what, Supplier<Boolean> condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                try {
                    if (condition.get()) {
                        stop();
                        done.complete(null);
                    }
                } catch (RuntimeException e) {
                    stop();
                    done.completeExceptionally(e);
                }
            }
        }.start());
        try {
            done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("waited " + WAIT_SECONDS + " s for " + what, e);
        }
    }

    /** A line for the process that started this studio (its stdout is the protocol, as for start-up milestones). */
    private static void tell(String line) {
        PARENT.println(line);
    }

    private static void report(String name, double value) {
        tell("QUIRE_PROBE " + name + " " + value);
    }

    private static double residentMegabytes() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
