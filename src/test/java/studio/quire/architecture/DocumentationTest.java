package studio.quire.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** README's package table and the decision index follow the code, not memory. */
class DocumentationTest {
    private static final Path DECISIONS = Path.of("docs/decisions");
    private static final Path SOURCES = Path.of("src/main/java/studio/quire");

    @Test
    void decisionIndex_listsEveryDecisionOnce_underItsOwnNumber() throws IOException {
        String index = Files.readString(DECISIONS.resolve("README.md"));
        Map<String, List<String>> byNumber = new TreeMap<>();
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.list(DECISIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}-.+\\.md")).sorted().toList()) {
                String name = file.getFileName().toString();
                byNumber.computeIfAbsent(name.substring(0, 4), n -> new ArrayList<>()).add(name);
                if (!index.contains("(" + name + ")")) {
                    unlisted.add(name);
                }
            }
        }
        assertThat(byNumber).as("decision records").isNotEmpty();
        assertThat(byNumber.values()).as("two decisions with one number").allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(unlisted).as("decisions missing from docs/decisions/README.md").isEmpty();
    }

    @Test
    void readmeLayout_namesEveryTopLevelPackage_andOnlyPackagesThatExist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String layout = readme.substring(readme.indexOf("## Packages"));
        layout = layout.substring(0, layout.indexOf("\n## ", 3));
        List<String> named = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.]+)` \\|").matcher(layout);
        while (row.find()) {
            named.add(row.group(1));
        }
        List<String> packages;
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(named).as("packages in README").containsAll(packages);
        assertThat(named).allSatisfy(name -> assertThat(SOURCES.resolve(name.replace('.', '/'))).isDirectory());
    }
}
