package studio.quire.goals;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.schema.Routines;
import studio.quire.editor.WritingSession;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.PROJECT;
import static studio.quire.db.schema.Tables.WRITING_SESSION;

/**
 * Project goals and writing sessions. Row-level security decides who may set a goal (writers,
 * consultants, admins) and record sessions (the same roles, always as themselves).
 *
 * <p>The words model: a project's words are the sum of its live sections' stored word counts
 * (node_content.word_count, never the bodies). "Today" begins at the caller's local midnight. The
 * words written today are the net words (added minus removed) of the writing sessions that
 * ended since then, less the words they pasted from outside Quire (pasted text is not written
 * text, V14); the project's words at the start of today are its words now minus the whole net
 * (see {@link DayProgress#wordsAtStartOfToday()}). A session that spans midnight counts for the
 * day it ended on. Everyone's sessions count for the project's daily share, since everyone's
 * words count for the goal; the signed-in person's own net is reported beside it.
 *
 * <p>Empty sessions (nothing added, nothing removed) are not recorded: they carry no words, and
 * the session tracker only ends a session after a change, so one is a change that was undone.
 */
public final class GoalsRepository {
    private final DSLContext dsl;

    public GoalsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ProjectGoal> goal(UUID projectId) {
        return translate(() -> dsl.select(PROJECT.ID, PROJECT.WORD_GOAL, PROJECT.DEADLINE, PROJECT.GOAL_SET_BY, PROJECT.GOAL_SET_AT)
                .from(PROJECT).where(PROJECT.ID.eq(projectId)).and(PROJECT.WORD_GOAL.isNotNull())
                .fetchOptional(GoalsRepository::toGoal));
    }

    /** Sets (or replaces) the goal; the deadline may be null. */
    public ProjectGoal setGoal(UUID projectId, int words, LocalDate deadline) {
        if (words <= 0) {
            throw new IllegalArgumentException("a word goal is a positive number of words");
        }
        return translate(() -> dsl.update(PROJECT)
                .set(PROJECT.WORD_GOAL, words)
                .set(PROJECT.DEADLINE, deadline)
                .where(PROJECT.ID.eq(projectId))
                .returning(PROJECT.ID, PROJECT.WORD_GOAL, PROJECT.DEADLINE, PROJECT.GOAL_SET_BY, PROJECT.GOAL_SET_AT)
                .fetchOptional(GoalsRepository::toGoal))
                .orElseThrow(GoalsRepository::notAllowed);
    }

    /** Removes the goal and its deadline. */
    public void clearGoal(UUID projectId) {
        int updated = translate(() -> dsl.update(PROJECT)
                .set(PROJECT.WORD_GOAL, (Integer) null)
                .set(PROJECT.DEADLINE, (LocalDate) null)
                .where(PROJECT.ID.eq(projectId))
                .execute());
        if (updated == 0) {
            throw notAllowed();
        }
    }

    /**
     * Records a finished writing session as the signed-in person (the database stamps who).
     *
     * @return false when the session was empty and so not recorded
     */
    public boolean record(WritingSession session) {
        if (session.wordsAdded() == 0 && session.wordsRemoved() == 0) {
            return false;
        }
        int inserted = translate(() -> dsl.insertInto(WRITING_SESSION, WRITING_SESSION.ORG_ID, WRITING_SESSION.PROJECT_ID,
                        WRITING_SESSION.NODE_ID, WRITING_SESSION.STARTED_AT, WRITING_SESSION.ENDED_AT,
                        WRITING_SESSION.WORDS_ADDED, WRITING_SESSION.WORDS_REMOVED, WRITING_SESSION.PASTED_WORDS)
                .select(DSL.select(PROJECT.ORG_ID, PROJECT.ID, DSL.val(session.sectionId()),
                                DSL.val(session.startedAt().atOffset(ZoneOffset.UTC)),
                                DSL.val(session.endedAt().atOffset(ZoneOffset.UTC)),
                                DSL.val(session.wordsAdded()), DSL.val(session.wordsRemoved()),
                                DSL.val(session.pastedWords()))
                        .from(PROJECT).where(PROJECT.ID.eq(session.projectId())))
                .execute());
        if (inserted == 0) {
            throw new RefusedByDatabaseException("This project does not exist or is not visible to you.", "42501", null);
        }
        return true;
    }

    /** The project's words: its live sections' stored counts, bodies untouched. */
    public int projectWords(UUID projectId) {
        return translate(() -> dsl.select(wordsOf(DSL.val(projectId))).fetchOne(0, int.class));
    }

    /** The project's goal, words now and today's net, written and pasted words since {@code startOfToday}. */
    public DayProgress day(UUID projectId, Instant startOfToday) {
        return translate(() -> dsl.select(PROJECT.ID, PROJECT.WORD_GOAL, PROJECT.DEADLINE, PROJECT.GOAL_SET_BY,
                        PROJECT.GOAL_SET_AT, wordsOf(PROJECT.ID), sumSince(PROJECT.ID, startOfToday, NET, false),
                        sumSince(PROJECT.ID, startOfToday, WRITTEN, true), sumSince(PROJECT.ID, startOfToday, PASTED, false))
                .from(PROJECT).where(PROJECT.ID.eq(projectId))
                .fetchOptional(r -> toDay(r, r.get(6, int.class), r.get(7, int.class), r.get(8, int.class))))
                .orElseThrow(() -> new RefusedByDatabaseException("This project does not exist or is not visible to you.",
                        "42501", null));
    }

    /** Progress of every project of the organization that has a goal, by project id. */
    public Map<UUID, DayProgress> progressOf(UUID orgId, Instant startOfToday) {
        Map<UUID, DayProgress> byProject = new LinkedHashMap<>();
        translate(() -> dsl.select(PROJECT.ID, PROJECT.WORD_GOAL, PROJECT.DEADLINE, PROJECT.GOAL_SET_BY,
                        PROJECT.GOAL_SET_AT, wordsOf(PROJECT.ID), sumSince(PROJECT.ID, startOfToday, NET, false),
                        sumSince(PROJECT.ID, startOfToday, PASTED, false))
                .from(PROJECT).where(PROJECT.ORG_ID.eq(orgId)).and(PROJECT.WORD_GOAL.isNotNull())
                .fetch(r -> toDay(r, r.get(6, int.class), 0, r.get(7, int.class))))
                .forEach(day -> byProject.put(day.projectId(), day));
        return byProject;
    }

    private static Field<Integer> wordsOf(Field<UUID> project) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(NODE_CONTENT.WORD_COUNT), DSL.inline(BigDecimal.ZERO)))
                .from(NODE).join(NODE_CONTENT).on(NODE_CONTENT.NODE_ID.eq(NODE.ID))
                .where(NODE.PROJECT_ID.eq(project)).and(NODE.KIND.eq("section")).and(NODE.DELETED_AT.isNull()))
                .cast(Integer.class);
    }

    /** What today's sessions add to the project's words: typed and pasted, less what they removed. */
    private static final Field<Integer> NET = WRITING_SESSION.WORDS_ADDED.minus(WRITING_SESSION.WORDS_REMOVED);
    /** What today's sessions wrote: the net without the words pasted from outside Quire. */
    private static final Field<Integer> WRITTEN = NET.minus(WRITING_SESSION.PASTED_WORDS);
    private static final Field<Integer> PASTED = WRITING_SESSION.PASTED_WORDS;

    private static Field<Integer> sumSince(Field<UUID> project, Instant since, Field<Integer> words, boolean mineOnly) {
        var sessions = DSL.select(DSL.coalesce(DSL.sum(words), DSL.inline(BigDecimal.ZERO)))
                .from(WRITING_SESSION)
                .where(WRITING_SESSION.PROJECT_ID.eq(project))
                .and(WRITING_SESSION.ENDED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .and(mineOnly ? WRITING_SESSION.PERSON_ID.eq(Routines.currentPersonId())
                        : DSL.noCondition());
        return DSL.field(sessions).cast(Integer.class);
    }

    private static DayProgress toDay(Record r, int netToday, int myWrittenToday, int pastedToday) {
        ProjectGoal goal = r.get(PROJECT.WORD_GOAL) == null ? null : toGoal(r);
        return new DayProgress(r.get(PROJECT.ID), goal, r.get(5, int.class), netToday, myWrittenToday, pastedToday);
    }

    private static ProjectGoal toGoal(Record r) {
        return new ProjectGoal(r.get(PROJECT.ID), r.get(PROJECT.WORD_GOAL), r.get(PROJECT.DEADLINE),
                r.get(PROJECT.GOAL_SET_BY), r.get(PROJECT.GOAL_SET_AT));
    }

    /** Row-level security hides what one may not change: no row updated means no right to. */
    private static RefusedByDatabaseException notAllowed() {
        return new RefusedByDatabaseException("Only a writer, consultant or admin of this organization can change its goals.",
                "42501", null);
    }
}
