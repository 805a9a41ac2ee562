package studio.quire.goals;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import studio.quire.db.Database;
import studio.quire.db.Migrations;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.WRITING_SESSION;

/** V14 applies on top of V12 with writing sessions in it: what they added stays written. */
class PastedWordsMigrationTest {

    @Test
    void v14_onSessionsRecordedBeforeIt_countsTheirWordsAsWritten() {
        try (TestDatabase db = TestServer.get().newUnmigratedDatabase()) {
            Database owner = db.openOwner();
            Flyway.configure().dataSource(owner.dataSource()).locations("classpath:db/migration")
                    .schemas(Migrations.SCHEMA).defaultSchema(Migrations.SCHEMA).target("12").load().migrate();
            DSLContext dsl = owner.dsl();
            UUID org = dsl.fetchSingle("insert into quire.organization (name) values ('Before V14') returning id")
                    .get(0, UUID.class);
            UUID person = dsl.fetchSingle("insert into quire.person (role_name, display_name) values (?, 'Old writer') "
                    + "returning id", TestDatabase.uniqueLogin("oldwriter")).get(0, UUID.class);
            UUID project = dsl.fetchSingle("insert into quire.project (org_id, kind, title) values (?, 'book', 'Old book') "
                    + "returning id", org).get(0, UUID.class);
            Instant end = Instant.now();
            dsl.execute("insert into quire.writing_session (org_id, project_id, person_id, started_at, ended_at, "
                    + "words_added, words_removed) values (?, ?, ?, ?::timestamptz - interval '10 minutes', ?::timestamptz, 420, 20)",
                    org, project, person, end.toString(), end.toString());

            Migrations.migrate(owner.dataSource());

            var row = dsl.selectFrom(WRITING_SESSION).where(WRITING_SESSION.PROJECT_ID.eq(project)).fetchSingle();
            assertThat(row.getPastedWords()).isZero();
            assertThat(row.getWordsAdded()).isEqualTo(420);
            assertThat(row.getWordsRemoved()).isEqualTo(20);
        }
    }
}
