package studio.quire.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyset-paged list over numbers 1..n (each number its own key), read from a list in memory. */
class KeysetPagesTest {
    private final List<Integer> source = new ArrayList<>(IntStream.rangeClosed(1, 7).boxed().toList());
    private final List<String> reads = new ArrayList<>();
    private final List<String> reported = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private boolean failNext;

    private KeysetPages<Integer, Integer> pages(TaskExecutor executor) {
        Actions actions = new Actions(executor, error -> reported.add(error.getMessage()));
        return new KeysetPages<Integer, Integer>(actions, "Loading numbers", 3, 0, n -> n, (after, limit, fromStart) -> {
            reads.add(after + "+" + limit + (fromStart ? " from start" : ""));
            boolean fail = failNext;
            failNext = false;
            return () -> {
                if (fail) {
                    throw new IllegalStateException("gone");
                }
                List<Integer> rows = source.stream().filter(n -> n > after).limit(limit).toList();
                return new KeysetPages.Batch<>(rows, () -> shown.add("shown " + rows.size()));
            };
        });
    }

    @Test
    void reload_readsTheFirstPage_andOneRowMore_toKnowWhetherMoreExist() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());

        pages.reload();

        assertThat(pages.rows()).containsExactly(1, 2, 3);
        assertThat(pages.hasMoreProperty().get()).isTrue();
        assertThat(reads).containsExactly("0+4 from start");
        assertThat(shown).as("what came along is applied once the rows are shown").containsExactly("shown 4");
    }

    @Test
    void loadMore_readsAfterTheLastRowsKey_untilNoneIsLeft() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());
        pages.reload();

        pages.loadMore();
        pages.loadMore();

        assertThat(pages.rows()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(pages.hasMoreProperty().get()).isFalse();
        assertThat(reads).containsExactly("0+4 from start", "3+4", "6+4");
        pages.loadMore();
        assertThat(reads).as("nothing more to read").hasSize(3);
    }

    @Test
    void loadMore_readsTheFirstPage_whenNothingIsLoaded() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());

        pages.loadMore();

        assertThat(reads).containsExactly("0+4 from start");
    }

    @Test
    void reload_readsTheWholeLoadedRange_andKeepsTheSelectedRow() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());
        pages.reload();
        pages.loadMore();
        pages.selectedProperty().set(5);

        source.remove(Integer.valueOf(2));
        pages.reload();

        assertThat(reads).last().isEqualTo("0+7 from start");
        assertThat(pages.rows()).containsExactly(1, 3, 4, 5, 6, 7);
        assertThat(pages.selectedProperty().get()).isEqualTo(5);
    }

    @Test
    void reload_selectsNothing_whenTheSelectedRowIsGone() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());
        pages.reload();
        pages.selectedProperty().set(2);

        source.remove(Integer.valueOf(2));
        pages.reload();

        assertThat(pages.selectedProperty().get()).isNull();
    }

    @Test
    void sameRowWhen_followsTheSelection_byWhatMakesRowsTheSame() {
        Actions actions = new Actions(new SameThreadTaskExecutor(), error -> { });
        int[] round = {0};
        KeysetPages<String, Integer> pages = new KeysetPages<String, Integer>(actions, "Loading", 3, 0,
                row -> Integer.parseInt(row.substring(0, 1)), (after, limit, fromStart) -> {
                    round[0]++;
                    return () -> KeysetPages.Batch.of(List.of("1/" + round[0], "2/" + round[0]));
                }).sameRowWhen(row -> row.substring(0, 1));
        pages.reload();
        pages.selectedProperty().set("2/1");

        pages.reload();

        assertThat(pages.selectedProperty().get()).isEqualTo("2/2");
    }

    @Test
    void reload_whileALoadRuns_costsOneMoreLoad_whenItEnds() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        KeysetPages<Integer, Integer> pages = pages(executor);

        pages.reload();
        pages.reload();
        pages.reload();
        assertThat(pages.loadingProperty().get()).isTrue();
        assertThat(executor.waiting()).isEqualTo(1);
        executor.run(0);

        assertThat(executor.waiting()).as("the requests made meanwhile: one reload").isEqualTo(1);
        executor.runAll();
        assertThat(reads).hasSize(2);
        assertThat(pages.loadingProperty().get()).isFalse();
    }

    @Test
    void restart_dropsALoadStillRunning_andReadsOnePageNext() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        KeysetPages<Integer, Integer> pages = pages(executor);
        pages.reload();
        executor.runAll();
        pages.loadMore();
        executor.runAll();
        assertThat(pages.rows()).hasSize(6);

        pages.reload();
        pages.restart();
        pages.reload();
        executor.run(0);
        assertThat(pages.rows()).as("the dropped load changed nothing; the rows stay until the next lands").hasSize(6);
        executor.runAll();

        assertThat(reads).last().isEqualTo("0+4 from start");
        assertThat(pages.rows()).containsExactly(1, 2, 3);
    }

    @Test
    void clear_showsNothingAtOnce() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());
        pages.reload();

        pages.clear();

        assertThat(pages.rows()).isEmpty();
        assertThat(pages.hasMoreProperty().get()).isFalse();
    }

    @Test
    void reload_reportsAFailure_andKeepsTheRowsShown() {
        KeysetPages<Integer, Integer> pages = pages(new SameThreadTaskExecutor());
        pages.reload();

        failNext = true;
        pages.reload();

        assertThat(reported).containsExactly("gone");
        assertThat(pages.rows()).containsExactly(1, 2, 3);
        assertThat(pages.loadingProperty().get()).isFalse();
    }
}
