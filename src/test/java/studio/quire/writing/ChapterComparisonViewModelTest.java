package studio.quire.writing;

import org.junit.jupiter.api.Test;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonRequest;
import studio.quire.text.Document;
import studio.quire.manuscript.NodeKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChapterComparisonViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:30:00Z"), BERLIN);
    private final List<OffsetDateTime> asked = new ArrayList<>();
    private final List<ComparisonRequest> requests = new ArrayList<>();
    private final ChapterComparisonViewModel viewModel = new ChapterComparisonViewModel((id, asOf) -> {
        asked.add(asOf);
        return List.of(new ComparedText(id, "Arrival", Document.EMPTY, Document.EMPTY));
    }, clock);

    @Test
    void available_forChaptersPartsAndBooks_notForSections() {
        assertThat(viewModel.availableProperty().get()).isFalse();
        viewModel.choose(new ChapterComparisonViewModel.Chosen(UUID.randomUUID(), "Chapter 3", NodeKind.CHAPTER));
        assertThat(viewModel.availableProperty().get()).isTrue();
        assertThat(viewModel.promptProperty().get()).isEqualTo("Compare “Chapter 3” with its text at the end of");
        viewModel.choose(new ChapterComparisonViewModel.Chosen(UUID.randomUUID(), "A scene", NodeKind.SECTION));
        assertThat(viewModel.availableProperty().get()).isFalse();
        assertThat(viewModel.compareCommand().isExecutable()).isFalse();
    }

    @Test
    void compare_readsTheTextsAsOfTheEndOfTheChosenDay_inTheWritersTimeZone() throws Exception {
        viewModel.setOnCompare(requests::add);
        UUID chapter = UUID.randomUUID();
        viewModel.choose(new ChapterComparisonViewModel.Chosen(chapter, "Chapter 3", NodeKind.CHAPTER));
        assertThat(viewModel.dayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));

        viewModel.compareCommand().execute();

        ComparisonRequest request = requests.get(0);
        assertThat(request.mergeable()).isFalse();
        assertThat(request.olderLabel()).isEqualTo("As it was at the end of 21 Nov 2026");
        assertThat(request.newerLabel()).isEqualTo("Current text");
        assertThat(request.title()).isEqualTo("“Chapter 3”: 21 Nov 2026 ↔ now");
        assertThat(asked).as("nothing is read before the window loads").isEmpty();
        assertThat(request.loader().load()).extracting(ComparedText::sectionId).containsExactly(chapter);
        assertThat(asked).containsExactly(OffsetDateTime.parse("2026-11-22T00:00+01:00"));
    }

    @Test
    void compare_today_meansNow_andLaterDaysCannotBeChosen() throws Exception {
        viewModel.setOnCompare(requests::add);
        viewModel.choose(new ChapterComparisonViewModel.Chosen(UUID.randomUUID(), "Part One", NodeKind.PART));
        viewModel.dayProperty().set(LocalDate.of(2026, 11, 22));

        viewModel.compareCommand().execute();
        requests.get(0).loader().load();

        assertThat(asked).containsExactly(OffsetDateTime.now(clock));
        assertThat(viewModel.choosable(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(viewModel.choosable(LocalDate.of(2026, 11, 22))).isTrue();
    }

    @Test
    void compare_notOffered_forADayTypedInTheFuture_orNoDay() {
        viewModel.choose(new ChapterComparisonViewModel.Chosen(UUID.randomUUID(), "Part One", NodeKind.PART));

        viewModel.dayProperty().set(LocalDate.of(2026, 11, 23));
        assertThat(viewModel.compareCommand().isExecutable()).isFalse();
        viewModel.dayProperty().set(null);
        assertThat(viewModel.compareCommand().isExecutable()).isFalse();
        viewModel.dayProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(viewModel.compareCommand().isExecutable()).isTrue();
    }
}
