package studio.quire.project;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.RenderedQuery;
import studio.quire.db.schema.tables.records.ProjectRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.PROJECT;

/**
 * Projects of an organization. Row-level security decides what the signed-in person sees and
 * may change; updates carry the version they were based on and refuse to overwrite newer work.
 */
public final class ProjectRepository {
    /** What a {@link Project} holds; settings and audit columns stay in the database. */
    private static final Field<?>[] COLUMNS = {PROJECT.ID, PROJECT.ORG_ID, PROJECT.KIND, PROJECT.TITLE,
        PROJECT.DESCRIPTION, PROJECT.WORD_GOAL, PROJECT.DEADLINE, PROJECT.ARCHIVED_AT, PROJECT.UPDATED_AT, PROJECT.VERSION};
    private static final RenderedQuery FIND = RenderedQuery.of(
            DSL.select(COLUMNS).from(PROJECT).where(PROJECT.ID.eq(DSL.param("id", UUID.class))));

    private final DSLContext dsl;

    public ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every project of the organization, most recently changed first, archived ones included. */
    public List<Project> list(UUID orgId) {
        return translate(() -> dsl.select(COLUMNS).from(PROJECT)
                .where(PROJECT.ORG_ID.eq(orgId))
                .orderBy(PROJECT.UPDATED_AT.desc(), PROJECT.ID)
                .fetch(ProjectRepository::toProject));
    }

    public Optional<Project> find(UUID id) {
        return translate(() -> FIND.bind(dsl, id).fetchOptional(ProjectRepository::toProject));
    }

    public Project create(UUID orgId, ProjectKind kind, String title, String description, Integer wordGoal, LocalDate deadline) {
        return translate(() -> dsl.insertInto(PROJECT)
                .set(PROJECT.ORG_ID, orgId)
                .set(PROJECT.KIND, kind.dbName())
                .set(PROJECT.TITLE, ProjectTitles.clean(title))
                .set(PROJECT.DESCRIPTION, description == null ? "" : withoutNul(description))
                .set(PROJECT.WORD_GOAL, wordGoal)
                .set(PROJECT.DEADLINE, deadline)
                .returning(COLUMNS)
                .fetchOne(ProjectRepository::toProject));
    }

    public Project rename(Project project, String newTitle) {
        return update(project, dsl.newRecord(PROJECT).with(PROJECT.TITLE, ProjectTitles.clean(newTitle)));
    }

    public Project setArchived(Project project, boolean archived) {
        return update(project, dsl.newRecord(PROJECT).with(PROJECT.ARCHIVED_AT,
                archived ? java.time.OffsetDateTime.now() : null));
    }

    private Project update(Project project, ProjectRecord changes) {
        changes.changed(PROJECT.ID, false);
        return translate(() -> dsl.update(PROJECT)
                .set(changes)
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .where(PROJECT.ID.eq(project.id()))
                .and(PROJECT.VERSION.eq(project.version()))
                .returning(COLUMNS)
                .fetchOptional(ProjectRepository::toProject))
                .orElseThrow(() -> noRowUpdated(project));
    }

    /**
     * Row-level security hides rows one may not change, so "no row updated" means either a newer
     * version or no right to change it: only the first is a concurrent change.
     */
    private RuntimeException noRowUpdated(Project project) {
        Optional<Project> current = find(project.id());
        if (current.isPresent() && current.get().version() == project.version()) {
            return new RefusedByDatabaseException("You do not have the role needed for this change in this organization.",
                    "42501", null);
        }
        return new ConcurrentChangeException("The project “" + project.title() + "”");
    }

    /** PostgreSQL text cannot hold NUL; a pasted one must not make the save fail. */
    private static String withoutNul(String text) {
        return text.replace("\0", "");
    }

    static Project toProject(Record r) {
        return new Project(r.get(PROJECT.ID), r.get(PROJECT.ORG_ID), ProjectKind.fromDb(r.get(PROJECT.KIND)),
                r.get(PROJECT.TITLE), r.get(PROJECT.DESCRIPTION), r.get(PROJECT.WORD_GOAL), r.get(PROJECT.DEADLINE),
                r.get(PROJECT.ARCHIVED_AT), r.get(PROJECT.UPDATED_AT), r.get(PROJECT.VERSION));
    }
}
