package studio.quire.db;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentTargetTest {
    @Test
    void problem_postgresAddresses_areFine() {
        assertThat(EnvironmentTarget.problem(Map.of())).isEmpty();
        assertThat(EnvironmentTarget.problem(Map.of("QUIRE_DB_URL", "jdbc:postgresql://db.example:5432/quire"))).isEmpty();
        assertThat(EnvironmentTarget.problem(Map.of("QUIRE_DB_URL", "postgresql://db.example/quire"))).isEmpty();
        assertThat(EnvironmentTarget.problem(Map.of("QUIRE_DB_URL", "postgres://db.example/quire?sslmode=require"))).isEmpty();
    }

    @Test
    void problem_anythingElse_saysWhatAnAddressLooksLikeWithoutRepeatingIt() {
        for (String url : new String[] {"not a url", "jdbc:mysql://db/quire", "jdbc:postgresql://db:port/quire",
                "https://db.example/quire?password=secret"}) {
            assertThat(EnvironmentTarget.problem(Map.of("QUIRE_DB_URL", url))).as(url)
                    .contains("QUIRE_DB_URL is not a PostgreSQL JDBC address (jdbc:postgresql://host:port/database).");
        }
    }
}
