import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build-time jOOQ generation: starts a throwaway embedded PostgreSQL, applies db/migration with
 * Flyway exactly as the app does (as the owner role), and generates the schema classes.
 * Skips all of it when neither the migrations nor this program changed since the last run.
 *
 * <p>Arguments: migrations directory, output directory, scratch directory for the server, this file.
 */
public class GenerateJooq {
    private static final String HASH_FILE = ".codegen-hash";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        String hash = hashInputs(migrations, Path.of(args[3]));
        Path hashFile = output.resolve(HASH_FILE);
        if (Files.exists(hashFile) && Files.readString(hashFile).equals(hash)) {
            return; // migrations unchanged; silent, as `mvn -q` must print nothing on success
        }
        deleteRecursively(output);
        Files.createDirectories(scratch);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(scratch.resolve("bin").toFile())
                .setDataDirectory(scratch.resolve("data"))
                .setCleanDataDirectory(true)
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role quire_owner login createrole");
                s.execute("create database quire owner quire_owner");
            }
            DataSource owner = pg.getDatabase("quire_owner", "quire");
            Flyway.configure().dataSource(owner).locations("filesystem:" + migrations.toAbsolutePath())
                    .schemas("quire").defaultSchema("quire").load().migrate();
            GenerationTool.generate(configuration(pg.getJdbcUrl("postgres", "quire"), output, ownerOnlyFunctions(owner)));
        }
        Files.writeString(output.resolve(HASH_FILE), hash);
    }

    /**
     * The schema's functions a person may not execute (V15 grants quire_member what people call):
     * they get no generated routine, so {@code Routines} holds exactly what the app may call.
     */
    private static List<String> ownerOnlyFunctions(DataSource owner) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     select p.proname from pg_proc p
                      where p.pronamespace = 'quire'::regnamespace
                        and not has_function_privilege('quire_member', p.oid, 'execute')
                      order by 1""")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static Configuration configuration(String url, Path output, List<String> ownerOnly) {
        // Names, not signatures: no function of ours is overloaded, and no table shares a function's name.
        String excludes = Stream.concat(Stream.of("flyway_schema_history"), ownerOnly.stream().map(n -> "quire\\." + n))
                .collect(Collectors.joining("|"));
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("quire")
                                .withExcludes(excludes)
                                // Our own functions, called through Routines (and as fields in queries);
                                // trigger functions stay out (includeTriggerRoutines is false by default).
                                .withIncludeRoutines(true)
                                .withForcedTypes(new org.jooq.meta.jaxb.ForcedType()
                                        .withUserType("org.jooq.JSONB")
                                        .withIncludeTypes("jsonb")
                                        .withName("JSONB")))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false)
                                // Paths to the many side (node.node() for children) are unused, and
                                // self-references (node.parent_id, review_comment.thread_id) make
                                // their names collide with the to-one path: "Ambiguous key name".
                                .withImplicitJoinPathsToMany(false))
                        .withTarget(new Target()
                                .withPackageName("studio.quire.db.schema")
                                .withDirectory(output.toString())));
    }

    private static String hashInputs(Path migrations, Path program) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(migrations)) {
            inputs = files.sorted().toList();
        }
        for (Path file : inputs) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        digest.update(Files.readAllBytes(program));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
