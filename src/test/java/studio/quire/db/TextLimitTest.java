package studio.quire.db;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's title and name limits are the ones the database's check constraints enforce. */
class TextLimitTest {
    private static TestDatabase db;
    private static DSLContext owner;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** The upper bound of {@code length(column)} (or {@code length(btrim(column))}) in the table's check constraints. */
    private static OptionalInt databaseLimit(String table, String column) {
        List<String> checks = owner.fetch("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'quire' and t.relname = ? and c.contype = 'c'""", table).into(String.class);
        Pattern upper = Pattern.compile("length\\((?:btrim\\()?" + Pattern.quote(column) + "\\)?\\)\\s*<=\\s*(\\d+)");
        return checks.stream().map(upper::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).min();
    }

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void max_isTheDatabasesCheckConstraint(TextLimit limit) {
        assertThat(databaseLimit(limit.table(), limit.column()))
                .as("%s.%s", limit.table(), limit.column()).hasValue(limit.max());
    }

    @Test
    void problem_namesTheLimitAndTheLength_ofATooLongTitle() {
        assertThat(TextLimit.NODE_TITLE.problem("x".repeat(5_000)))
                .hasValue("A title can be at most 300 characters (this one has 5,000).");
        assertThat(TextLimit.NODE_TITLE.problem("x".repeat(300))).isEmpty();
    }

    @Test
    void problem_countsCharactersAsTheDatabaseDoes_notUtf16Units() {
        String emoji = "\uD83D\uDE42";
        assertThat(TextLimit.REVISION_NAME.problem(emoji.repeat(200))).isEmpty();
        assertThat(TextLimit.REVISION_NAME.problem(emoji.repeat(201))).get().asString().contains("201");
    }
}
