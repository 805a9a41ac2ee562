package studio.quire.session;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command, the packaged app and the bench's child studio start the JVM with the same options. */
class JvmOptionsTest {
    @Test
    void studio_bindsHeapToWhatIsLive_soTheHeapIsNotAQuarterOfTheMachine() {
        assertThat(JvmOptions.STUDIO).contains("-Xms32m", "-Xmx1g", "-XX:MaxHeapFreeRatio=30");
    }

    @Test
    void readmeRunCommand_startsTheJarWithTheStudioOptions_firstLineOfTheRunBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher run = Pattern.compile("## Run\\s+```sh\\n([^\\n]*)\\n").matcher(readme);
        assertThat(run.find()).as("a ```sh block under ## Run").isTrue();
        assertThat(run.group(1)).contains("java " + JvmOptions.line() + " -jar target/quire.jar");
    }

    @Test
    void installerScript_passesTheStudioOptionsToJpackage_sameAsTheRunCommand() throws IOException {
        String script = Files.readString(Path.of("installer", "build-app-image.sh"));
        assertThat(script).contains("java_options=\"" + JvmOptions.line() + "\"");
        assertThat(script).contains("--java-options \"$option\"");
    }

    @Test
    void childStudioCommand_startsTheStudioAsTheRunCommandDoes_beforeTheHeadlessGlass() {
        List<String> command = studio.quire.bench.ChildStudioCommands.of("studio.quire.launch.Launcher");
        int options = command.indexOf(JvmOptions.STUDIO.get(0));
        assertThat(options).isEqualTo(1);
        assertThat(command.subList(1, 1 + JvmOptions.STUDIO.size())).isEqualTo(JvmOptions.STUDIO);
        assertThat(command.get(command.size() - 1)).isEqualTo("studio.quire.launch.Launcher");
    }
}
