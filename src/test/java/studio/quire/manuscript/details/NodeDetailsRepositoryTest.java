package studio.quire.manuscript.details;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.TreeFixture;
import studio.quire.manuscript.NodeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeDetailsRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository tree;
    private static NodeDetailsRepository writer;
    private static NodeDetailsRepository consultant;
    private static NodeDetailsRepository editor;
    private TreeFixture f;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Details");
        tree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        writer = new NodeDetailsRepository(db.open(db.as(org.writer())).dsl());
        consultant = new NodeDetailsRepository(db.open(db.as(org.consultant())).dsl());
        editor = new NodeDetailsRepository(db.open(db.as(org.editor())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, tree, 1, 1);
    }

    private static NodeDetails edit(NodeDetails d, String title, List<String> keywords, Map<String, String> snippets) {
        return new NodeDetails(d.id(), d.kind(), d.version(), title, NodeStatus.DISCARDED, "What happens", "Check dates",
                List.of(" draft ", "spring", "", "spring"), ContentType.IMAGE, keywords, snippets);
    }

    @Test
    void save_keepsTheStatusAReviewGave_evenWhenTheInspectorReadItBefore() {
        UUID section = f.sections.get(0).get(0).id();
        NodeDetails before = writer.load(section).orElseThrow();
        SectionTextRepository texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
        texts.save(section, texts.load(section).version(), "Submitted words.\n");
        new ReviewRepository(db.open(db.as(org.writer())).dsl()).submit(section);

        NodeSaveResult result = writer.save(new NodeDetails(before.id(), before.kind(), before.version(), "Renamed",
                NodeStatus.DRAFT, before.synopsis(), before.notes(), before.tags(), before.contentType(), before.keywords(),
                before.socialSnippets()));

        assertThat(result).isInstanceOf(NodeSaveResult.Saved.class);
        NodeDetails after = writer.load(section).orElseThrow();
        assertThat(after.title()).isEqualTo("Renamed");
        assertThat(after.status()).isEqualTo(NodeStatus.IN_REVIEW);
    }

    @Test
    void save_thenLoad_roundTripsEveryField_includingTheJsonb() {
        NodeDetails before = writer.load(f.sections.get(0).get(0).id()).orElseThrow();
        assertThat(before.keywords()).isEmpty();
        assertThat(before.socialSnippets()).isEmpty();
        Map<String, String> snippets = new LinkedHashMap<>();
        snippets.put("Mastodon", "A toot about “Rain” \\ \"quoted\"");
        snippets.put("LinkedIn", "Line one\nline two");

        NodeSaveResult result = writer.save(edit(before, "  Rain  ", List.of("weather", "mood ", "weather"), snippets));

        assertThat(result).isInstanceOf(NodeSaveResult.Saved.class);
        NodeDetails after = writer.load(before.id()).orElseThrow();
        assertThat(after).isEqualTo(result.details());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.title()).isEqualTo("Rain");
        assertThat(after.status()).isEqualTo(NodeStatus.DISCARDED);
        assertThat(after.synopsis()).isEqualTo("What happens");
        assertThat(after.notes()).isEqualTo("Check dates");
        assertThat(after.tags()).containsExactly("draft", "spring");
        assertThat(after.contentType()).isEqualTo(ContentType.IMAGE);
        assertThat(after.keywords()).containsExactly("weather", "mood");
        assertThat(after.socialSnippets()).containsExactlyInAnyOrderEntriesOf(snippets);
        assertThat(tree.tree(f.project).children(f.chapters.get(0).id()).get(0).title()).isEqualTo("Rain");
    }

    @Test
    void save_atAStaleVersion_writesNothing_andReturnsTheirVersion() {
        NodeDetails mine = writer.load(f.chapters.get(0).id()).orElseThrow();
        NodeSaveResult theirs = consultant.save(edit(mine, "Their title", List.of("theirs"), Map.of()));
        assertThat(theirs).isInstanceOf(NodeSaveResult.Saved.class);

        NodeSaveResult result = writer.save(edit(mine, "My title", List.of("mine"), Map.of("X", "mine")));

        assertThat(result).isInstanceOf(NodeSaveResult.Conflict.class);
        assertThat(result.details().title()).isEqualTo("Their title");
        assertThat(result.details().keywords()).containsExactly("theirs");
        assertThat(writer.load(mine.id()).orElseThrow().title()).isEqualTo("Their title");
    }

    @Test
    void save_byAnEditor_isRefused_andAnEmptyTitleNeverReachesTheDatabase() {
        NodeDetails d = editor.load(f.book.id()).orElseThrow();
        assertThatThrownBy(() -> editor.save(edit(d, "Mine now", List.of(), Map.of())))
                .isInstanceOf(RefusedByDatabaseException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> writer.save(edit(d, "   ", List.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(writer.load(f.book.id()).orElseThrow().version()).isEqualTo(d.version());
    }

    @Test
    void load_ofATrashedNode_isEmpty() {
        tree.trash(f.sections.get(0).get(0).id());
        assertThat(writer.load(f.sections.get(0).get(0).id())).isEmpty();
    }
}
