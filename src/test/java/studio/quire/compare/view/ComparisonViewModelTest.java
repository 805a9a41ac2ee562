package studio.quire.compare.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.compare.ChangeKind;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.diff.Granularity;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.QueuedTaskExecutor;
import studio.quire.ui.SameThreadTaskExecutor;
import studio.quire.ui.TaskExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.compare.view.ComparisonFixture.NEWER;
import static studio.quire.compare.view.ComparisonFixture.OLDER;
import static studio.quire.compare.view.ComparisonFixture.text;

class ComparisonViewModelTest {
    private final ComparisonFixture.RecordingTarget target = new ComparisonFixture.RecordingTarget();

    private static ComparisonViewModel viewModel(ComparisonRequest request, TaskExecutor executor) {
        return new ComparisonViewModel(request, (c, title, older, newer) -> "<h1>" + title + "</h1>" + older + "|" + newer
                + "|" + c.changes().size(), executor);
    }

    private ComparisonViewModel loaded(ComparedText... texts) {
        ComparisonViewModel vm = viewModel(ComparisonFixture.mergeable(target, texts), new SameThreadTaskExecutor());
        vm.load();
        return vm;
    }

    private ComparisonViewModel loaded() {
        return loaded(text("Scene", OLDER, NEWER));
    }

    @Test
    void load_comparesTheTexts_andListsTheChangesWithTheirSums() {
        ComparisonViewModel vm = loaded();

        assertThat(vm.comparisonProperty().get()).isNotNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.changes()).extracting(ChangeItem::summary).containsExactly("Replaced “cat” with “dog”",
                "Deleted “This one goes away entirely now.”", "Inserted “Completely fresh words appear here.”");
        assertThat(vm.changes()).allMatch(ChangeItem::accepted).allMatch(c -> c.partTitle().isEmpty());
        assertThat(vm.statsProperty().get()).isEqualTo("5 words added · 6 removed · 1 changed");
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.choicesSummaryProperty().get()).isEqualTo("All 3 changes accepted");
        assertThat(vm.currentChangeProperty().get()).isEqualTo(-1);
        assertThat(vm.linesProperty().get().lines()).hasSize(4);
    }

    @Test
    void load_sameTexts_saysNoDifferences() {
        ComparisonViewModel vm = loaded(text("Scene", OLDER, OLDER));

        assertThat(vm.statsProperty().get()).isEqualTo("No differences");
        assertThat(vm.changes()).isEmpty();
        assertThat(vm.nextCommand().isExecutable()).isFalse();
    }

    @Test
    void load_failingLoader_givesOneLineMessage() {
        ComparisonViewModel vm = viewModel(ComparisonFixture.request(() -> {
            throw new IOException("The revision is gone\nat some stack frame");
        }, target), new SameThreadTaskExecutor());

        vm.load();

        assertThat(vm.messageProperty().get()).isEqualTo("Could not read the texts to compare: The revision is gone");
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void next_stepsThroughTheChanges_stopsAtTheLastWithANote_thenGoesRound() {
        ComparisonViewModel vm = loaded();

        vm.nextCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isZero();
        vm.nextCommand().execute();
        vm.nextCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(2);

        vm.nextCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).isEqualTo(ComparisonRun.LAST);

        vm.nextCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isZero();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void previous_fromNoCurrentChange_goesToTheLast_andNotesTheFirst() {
        ComparisonViewModel vm = loaded();

        vm.previousCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(2);

        vm.selectChange(0);
        vm.previousCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo(ComparisonRun.FIRST);
        vm.nextCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void granularity_recomputes_andKeepsTheCurrentChangeNearWhereItWas() {
        ComparisonViewModel vm = loaded(text("Scene", "One two three four five six.\n\nKeep this.\n\nLast words here.\n",
                "One two THREE four five six.\n\nKeep this.\n\nLast words there.\n"));
        vm.selectChange(1);

        vm.granularityProperty().set(Granularity.PARAGRAPH);

        assertThat(vm.comparisonProperty().get().options().granularity()).isEqualTo(Granularity.PARAGRAPH);
        assertThat(vm.currentChangeProperty().get()).isEqualTo(1);
        assertThat(vm.changes().get(1).summary()).contains("Last words there.");
    }

    @Test
    void ignoreCase_changingTheChanges_acceptsEveryChangeAgain_andSaysSo() {
        ComparisonViewModel vm = loaded(text("Scene", "Hello World.\n\nThe sea was calm.\n", "hello world.\n\nThe sea was rough.\n"));
        vm.selectChange(0);
        vm.rejectCommand().execute();
        assertThat(vm.choicesProperty().get().rejectedCount()).isEqualTo(1);

        vm.ignoreCaseProperty().set(true);

        assertThat(vm.changes()).extracting(ChangeItem::kind).containsExactly(ChangeKind.REPLACED.label());
        assertThat(vm.choicesProperty().get().rejectedCount()).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo(ComparisonRun.RESET);
        assertThat(vm.undoCommand().isExecutable()).isFalse();
    }

    @Test
    void ignoreWhitespace_leavingTheChangesAlone_keepsTheChoices() {
        ComparisonViewModel vm = loaded();
        vm.selectChange(1);
        vm.rejectCommand().execute();

        vm.ignoreWhitespaceProperty().set(true);

        assertThat(vm.choicesProperty().get().isAccepted(1)).isFalse();
        assertThat(vm.changes().get(1).accepted()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void optionChange_aStaleResultArrivingLate_isDropped() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ComparisonViewModel vm = viewModel(ComparisonFixture.mergeable(target, text("Scene", OLDER, NEWER)), executor);
        vm.load();
        executor.runAll();

        vm.granularityProperty().set(Granularity.SENTENCE);
        vm.granularityProperty().set(Granularity.PARAGRAPH);
        assertThat(vm.loadingProperty().get()).isTrue();
        executor.run(1);
        executor.run(0);

        assertThat(vm.comparisonProperty().get().options().granularity()).isEqualTo(Granularity.PARAGRAPH);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void reject_marksTheChange_movesOn_andUndoTakesItBack() {
        ComparisonViewModel vm = loaded();
        vm.selectChange(0);

        vm.rejectCommand().execute();

        assertThat(vm.changes().get(0).accepted()).isFalse();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(1);
        assertThat(vm.choicesSummaryProperty().get()).isEqualTo("1 of 3 changes rejected");

        vm.acceptCommand().execute();
        assertThat(vm.currentChangeProperty().get()).isEqualTo(2);
        assertThat(vm.undoCommand().isExecutable()).isTrue();

        vm.undoCommand().execute();
        assertThat(vm.changes().get(0).accepted()).isTrue();
        assertThat(vm.choicesSummaryProperty().get()).isEqualTo("All 3 changes accepted");
        assertThat(vm.undoCommand().isExecutable()).isFalse();
    }

    @Test
    void rejectAll_thenUndo_restoresEveryChoice() {
        ComparisonViewModel vm = loaded();

        vm.rejectAllCommand().execute();
        assertThat(vm.choicesSummaryProperty().get()).isEqualTo("3 of 3 changes rejected");
        vm.acceptAllCommand().execute();
        vm.undoCommand().execute();

        assertThat(vm.changes()).noneMatch(ChangeItem::accepted);
    }

    @Test
    void save_handsTheMergedTextToTheTarget_andAsksToClose() {
        ComparisonViewModel vm = loaded();
        vm.selectChange(0);
        vm.rejectCommand().execute();

        vm.saveCommand().execute();

        assertThat(target.saved).hasSize(1);
        assertThat(MarkdownFormat.write(target.saved.get(0).get(0)))
                .isEqualTo("The cat sat on the mat.\n\nA second paragraph stays.\n\nCompletely fresh words appear here.\n");
        assertThat(vm.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void save_everythingRejected_handsOverTheOlderText() {
        ComparisonViewModel vm = loaded();
        vm.rejectAllCommand().execute();

        vm.saveCommand().execute();

        assertThat(target.saved.get(0)).containsExactly(MarkdownFormat.parse(OLDER));
    }

    @Test
    void save_refusedByTheTarget_keepsTheWindowOpenWithAMessage() {
        ComparisonViewModel vm = viewModel(ComparisonFixture.request(() -> List.of(text("Scene", OLDER, NEWER)),
                refusingTarget(() -> {
                    throw new IllegalStateException("The section was deleted");
                })), new SameThreadTaskExecutor());
        vm.load();

        vm.saveCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo("Could not save the merged text: The section was deleted");
        assertThat(vm.closeRequestedProperty().get()).isFalse();
        assertThat(vm.saveLabel()).isEqualTo("Use this version");
    }

    @Test
    void save_failingLaterInTheTarget_keepsTheWindowOpenWithTheReason() {
        ComparisonViewModel vm = viewModel(ComparisonFixture.request(() -> List.of(text("Scene", OLDER, NEWER)),
                refusingTarget(() -> CompletableFuture.failedFuture(
                        new IllegalStateException("The newest text is not in the database yet")))),
                new SameThreadTaskExecutor());
        vm.load();

        vm.saveCommand().execute();

        assertThat(vm.messageProperty().get())
                .isEqualTo("Could not save the merged text: The newest text is not in the database yet");
        assertThat(vm.closeRequestedProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.saveCommand().isExecutable()).as("the writer can try again").isTrue();
    }

    private static MergeTarget refusingTarget(
            Supplier<CompletionStage<Void>> answer) {
        return new MergeTarget() {
            @Override
            public String saveLabel() {
                return "Use this version";
            }

            @Override
            public CompletionStage<Void> save(List<Document> merged) {
                return answer.get();
            }
        };
    }

    @Test
    void merging_isOff_whileDifferencesAreIgnored_andSaysHowToTurnItOn() {
        ComparisonViewModel vm = loaded();
        vm.nextCommand().execute();
        assertThat(vm.acceptCommand().isExecutable()).isTrue();

        vm.ignoreCaseProperty().set(true);

        assertThat(vm.acceptCommand().isExecutable()).isFalse();
        assertThat(vm.rejectAllCommand().isExecutable()).isFalse();
        assertThat(vm.saveCommand().isExecutable()).isFalse();
        assertThat(vm.choicesSummaryProperty().get()).isEqualTo(ComparisonViewModel.MERGING_NEEDS_ALL_DIFFERENCES);

        vm.ignoreCaseProperty().set(false);

        assertThat(vm.saveCommand().isExecutable()).isTrue();
        assertThat(vm.choicesSummaryProperty().get()).isNotEqualTo(ComparisonViewModel.MERGING_NEEDS_ALL_DIFFERENCES);
    }

    @Test
    void exportTo_writesTheExportersPage() throws IOException {
        ComparisonViewModel vm = loaded();
        Path file = Files.createTempDirectory("quire-export").resolve("compare.html");

        vm.exportTo(file);

        assertThat(Files.readString(file)).isEqualTo("<h1>The Lighthouse: 3 May / now</h1>Revision of 3 May|Current text|3");
        assertThat(vm.messageProperty().get()).isEqualTo("Exported to compare.html.");
        assertThat(vm.exportFileName()).isEqualTo("The Lighthouse 3 May now.html");
    }

    @Test
    void exportTo_aFolderThatIsGone_givesAMessage(@TempDir Path dir) {
        ComparisonViewModel vm = loaded();

        vm.exportTo(dir.resolve("missing").resolve("compare.html"));

        assertThat(vm.messageProperty().get()).startsWith("Could not export the comparison: no such folder or file: ");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void readOnlyRequest_offersNoMergeCommands() {
        ComparisonViewModel vm = viewModel(ComparisonFixture.readOnly(text("Scene", OLDER, NEWER)), new SameThreadTaskExecutor());
        vm.load();
        vm.selectChange(0);

        assertThat(vm.isMergeable()).isFalse();
        assertThat(List.of(vm.acceptCommand(), vm.rejectCommand(), vm.acceptAllCommand(), vm.rejectAllCommand(),
                vm.undoCommand(), vm.saveCommand())).noneMatch(c -> c.isExecutable());
        assertThat(vm.choicesSummaryProperty().get()).isEmpty();
        assertThat(vm.nextCommand().isExecutable()).isTrue();
        assertThat(vm.exportCommand().isExecutable()).isTrue();
    }

    @Test
    void chapter_namesEachChangesSection() {
        ComparisonViewModel vm = loaded(text("Arrival", "The boat came in.\n", "The ferry came in.\n"),
                text("Departure", "She left at dawn.\n", "She left at dusk.\n"));

        assertThat(vm.changes()).extracting(ChangeItem::partTitle).containsExactly("Arrival", "Departure");
        assertThat(vm.linesProperty().get().lines()).filteredOn(ComparisonLine::isTitle)
                .extracting(ComparisonLine::title).containsExactly("Arrival", "Departure");
    }
}
