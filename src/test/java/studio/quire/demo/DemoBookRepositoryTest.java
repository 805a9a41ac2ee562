package studio.quire.demo;

import studio.quire.text.WordCount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

class DemoBookRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Seeded");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void createBook_asWriter_writesTreeAndBodiesInBatches() {
        DemoBook book = DemoManuscript.generate(5_000, 20, 11, "Seeded book");
        List<DemoBookRepository.Progress> progress = new ArrayList<>();

        DemoBookRepository.Written written = new DemoBookRepository(db.open(db.as(org.writer())).dsl(), 8)
                .createBook(org.id(), book, progress::add);

        DSLContext owner = db.openOwner().dsl();
        var project = written.project().id();
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(project).and(NODE.KIND.eq("section")))).isEqualTo(20);
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(project).and(NODE.KIND.eq("chapter"))))
                .isEqualTo(book.chapters().size());
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(project).and(NODE.PARENT_ID.isNull()))).isEqualTo(1);
        List<String> bodies = owner.select(NODE_CONTENT.BODY).from(NODE_CONTENT).join(NODE).on(NODE.ID.eq(NODE_CONTENT.NODE_ID))
                .where(NODE.PROJECT_ID.eq(project)).fetch(NODE_CONTENT.BODY);
        assertThat(bodies.stream().mapToInt(b -> WordCount.of(b).words()).sum()).isEqualTo(5_000);
        assertThat(owner.select(DSL.sum(NODE_CONTENT.WORD_COUNT)).from(NODE_CONTENT)
                .join(NODE).on(NODE.ID.eq(NODE_CONTENT.NODE_ID)).where(NODE.PROJECT_ID.eq(project))
                .fetchOne(0, Integer.class)).isEqualTo(5_000);
        assertThat(progress).extracting(DemoBookRepository.Progress::sectionsWritten).containsExactly(0, 8, 16, 20);
        assertThat(written.words()).isEqualTo(5_000);
    }

    @Test
    void createBook_asEditor_isRefusedByTheDatabase() {
        DemoBook book = DemoManuscript.generate(100, 2, 1, "Not mine to write");

        assertThatThrownBy(() -> new DemoBookRepository(db.open(db.as(org.editor())).dsl())
                .createBook(org.id(), book, p -> { }))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageContaining("role");
    }
}
