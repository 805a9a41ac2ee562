package studio.quire.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A named revision is called a "named revision" wherever a writer reads about it: in the text of
 * the views (string literals and FXML) and in the user guide. Other words for it are refused here.
 */
class WordingTest {
    /** Words that once named the same thing, or that would suggest a different one. */
    private static final List<String> OTHER_WORDS_FOR_A_NAMED_REVISION =
            List.of("snapshot", "milestone", "save as", "named version", "save version");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void namedRevisions_haveOneName_inTheAppsTextAndTheUserGuide() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher blocks = TEXT_BLOCK.matcher(code);
                while (blocks.find()) {
                    check(file, blocks.group(1), found);
                }
                Matcher literals = LITERAL.matcher(TEXT_BLOCK.matcher(code).replaceAll(""));
                while (literals.find()) {
                    check(file, literals.group(1), found);
                }
            }
        }
        try (Stream<Path> resources = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : resources.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                check(file, Files.readString(file), found);
            }
        }
        check(Path.of("docs/user-guide.md"), Files.readString(Path.of("docs/user-guide.md")), found);

        assertThat(found).as("say \"named revision\" (the action: \"Keep a named revision…\")").isEmpty();
    }

    private static void check(Path file, String text, List<String> found) {
        for (String word : OTHER_WORDS_FOR_A_NAMED_REVISION) {
            text.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains(word))
                    .forEach(line -> found.add(file + ": \"" + word + "\" in " + line.strip()));
        }
    }
}
