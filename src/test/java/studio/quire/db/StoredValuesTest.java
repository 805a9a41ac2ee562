package studio.quire.db;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.quire.admin.Role;
import studio.quire.text.RevisionKind;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.NodeStatus;
import studio.quire.project.ProjectKind;
import studio.quire.review.ReviewDecision;
import studio.quire.review.ReviewState;
import studio.quire.review.inbox.NotificationKind;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value a column's check constraint lets the database hold is one the app knows, read from
 * the schema itself (pg_constraint), so a migration that adds a value (as V9 added 'submitted'
 * revisions) fails here instead of breaking a screen.
 */
class StoredValuesTest {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'::text");

    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                column("revision", "kind", RevisionKind.values(), RevisionKind::dbName, RevisionKind::fromDb),
                column("node", "status", NodeStatus.values(), NodeStatus::dbName, NodeStatus::fromDb),
                column("node", "kind", NodeKind.values(), NodeKind::dbName, NodeKind::fromDb),
                column("node", "content_type", ContentType.values(), ContentType::dbName, ContentType::fromDb),
                column("project", "kind", ProjectKind.values(), ProjectKind::dbName, ProjectKind::fromDb),
                column("membership", "role", Role.values(), Role::dbName, Role::fromDb),
                column("workflow_step", "decider_role", Role.values(), Role::dbName, Role::fromDb),
                column("review_request", "state", ReviewState.values(), ReviewState::dbName, ReviewState::fromDb),
                column("review_decision", "decision", ReviewDecision.values(), ReviewDecision::dbName, null),
                column("notification", "kind", knownNotificationKinds(), NotificationKind::dbName, NotificationKind::fromDb));
    }

    private static NotificationKind[] knownNotificationKinds() {
        return Arrays.stream(NotificationKind.values()).filter(k -> k != NotificationKind.OTHER).toArray(NotificationKind[]::new);
    }

    private static <E extends Enum<E>> Arguments column(String table, String column, E[] values, Function<E, String> dbName,
                                                        Function<String, E> fromDb) {
        return Arguments.of(table + "." + column, table, column, values, dbName, fromDb);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    <E extends Enum<E>> void everyValueTheSchemaAllows_isKnownToTheApp_andBack(String label, String table, String column,
                                                                               E[] values, Function<E, String> dbName,
                                                                               Function<String, E> fromDb) throws Exception {
        Set<String> allowed = allowedValues(table, column);
        assertThat(allowed).as("%s has a check constraint listing its values", label).isNotEmpty();

        Set<String> known = Arrays.stream(values).map(dbName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(known).as("the app's values of %s", label).isEqualTo(allowed);
        if (fromDb != null) {
            for (String value : allowed) {
                assertThat(dbName.apply(fromDb.apply(value))).as("%s read back", value).isEqualTo(value);
            }
        }
    }

    /** The quoted values of the one-column check constraint of quire.table(column). */
    private static Set<String> allowedValues(String table, String column) throws Exception {
        Set<String> values = new TreeSet<>();
        try (Connection c = db.rawConnection(db.owner()); PreparedStatement ps = c.prepareStatement("""
                select pg_get_constraintdef(k.oid) from pg_constraint k
                  join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                 where k.contype = 'c' and k.conrelid = ('quire.' || ?)::regclass and a.attname = ?
                   and array_length(k.conkey, 1) = 1""")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = QUOTED.matcher(rs.getString(1));
                    while (m.find()) {
                        values.add(m.group(1).replace("''", "'"));
                    }
                }
            }
        }
        return values;
    }
}
