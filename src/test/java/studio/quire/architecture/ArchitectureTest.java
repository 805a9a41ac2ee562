package studio.quire.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of ARCHITECTURE.md, checked on the compiled classes. Feature packages are found
 * in the code: every top-level package under {@code studio.quire} that is neither a shared layer nor
 * a root is a feature, so a new feature is covered without anyone adding it here.
 */
class ArchitectureTest {
    private static final int MAX_LINES = 400;
    /** Shared layers every feature builds on: they know no feature. */
    private static final Set<String> LAYERS = Set.of("db", "ui", "text", "diff");
    /** What puts features together (studio, sign-in, demo) or drives them (commands, bench, main). */
    private static final Set<String> ROOTS = Set.of("app", "session", "demo", "launch", "cli", "bench");

    private static JavaClasses quire;
    private static Set<String> features;

    @BeforeAll
    static void importClasses() {
        quire = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("studio.quire");
        features = new TreeSet<>(topLevelPackages(quire));
        features.removeAll(LAYERS);
        features.removeAll(ROOTS);
    }

    @Test
    void featurePackages_areFoundInTheCode() {
        assertThat(features).contains("admin", "compare", "editor", "goals", "manuscript", "project", "review", "writing");
    }

    @Test
    void viewModels_knowNoControlsAndNoSql() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.jooq..", "java.sql..")
                .orShould().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(quire);
    }

    @Test
    void viewModels_knowNoRichTextFx() {
        // The editor's text reaches its view model as an EditorText; RichTextFX stays in the views.
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("org.fxmisc..")
                .check(quire);
    }

    @Test
    void repositories_knowNoJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(quire);
    }

    @Test
    void domainRecords_knowNeitherJavaFxNorJooq() {
        noClasses().that().areRecords().and().resideInAnyPackage(packages(union(features, Set.of("text", "diff"))))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..")
                .check(quire);
    }

    @Test
    void onlyRepositoriesAndTheDbLayer_useJooq() {
        // The benchmark compares jOOQ with plain JDBC, and the first-run demo runs its repositories
        // in one owner transaction: those are the only places outside db and repositories.
        noClasses().that().resideOutsideOfPackages("studio.quire.db..", "studio.quire.bench..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotHaveFullyQualifiedName("studio.quire.demo.DemoWorkspace")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .check(quire);
    }

    @Test
    void views_doNotTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "studio.quire.db..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(quire);
    }

    @Test
    void sharedLayers_dependOnNoFeatureAndNoRoot() {
        noClasses().that().resideInAnyPackage(packages(LAYERS))
                .should().dependOnClassesThat().resideInAnyPackage(packages(union(features, ROOTS)))
                .check(quire);
    }

    @Test
    void features_dependOnNoCompositionRootOrTool() {
        // A feature is used by the studio, the commands and the bench; it never reaches back into them.
        noClasses().that().resideInAnyPackage(packages(features))
                .should().dependOnClassesThat().resideInAnyPackage(packages(ROOTS))
                .check(quire);
    }

    @Test
    void theDatabaseLayer_knowsNoUi() {
        noClasses().that().resideInAPackage("studio.quire.db..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "studio.quire.ui..")
                .check(quire);
    }

    @Test
    void sharedUiInfrastructure_knowsNoDatabase() {
        noClasses().that().resideInAPackage("studio.quire.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("studio.quire.db..", "org.jooq..", "java.sql..")
                .check(quire);
    }

    @Test
    void compositionRoot_buildsNoLayout() {
        // The composition root (package app itself) constructs and connects objects; split panes,
        // controls, layout and animations are views' work, in the features' packages or app.window.
        // Stage, Scene and Node stay allowed: showing the window and handing pages around are its job.
        noClasses().that().resideInAPackage("studio.quire.app")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.animation..")
                .check(quire);
    }

    @Test
    void pureLogic_knowsNeitherJavaFxNorTheDatabase() {
        noClasses().that().resideInAnyPackage("studio.quire.text..", "studio.quire.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "studio.quire.db..")
                .check(quire);
    }

    @Test
    void packages_areFreeOfCycles() {
        JavaClasses ours = quire.that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("studio.quire.db.schema..")));
        slices().matching("studio.quire.(*)..").should().beFreeOfCycles().check(ours);
        slices().matching("studio.quire.(**)").should().beFreeOfCycles().check(ours);
    }

    @Test
    void classes_stayUnder400Lines() throws IOException {
        // STYLE.md: split anything past 400 lines by responsibility (most stay under 250).
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)")
                    .sorted().toList();
            assertThat(tooLong).as("classes past %d lines", MAX_LINES).isEmpty();
        }
    }

    @Test
    void datesAreFormatted_onlyByDateTexts() {
        // One style for every date on every screen: formats are made in one place (ui.DateTexts).
        noClasses().that().doNotHaveFullyQualifiedName("studio.quire.ui.DateTexts")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.time.format.DateTimeFormatter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.format.DateTimeFormatterBuilder")
                .orShould().dependOnClassesThat().areAssignableTo(java.text.DateFormat.class)
                .orShould().callMethod(java.time.LocalDate.class, "format", java.time.format.DateTimeFormatter.class)
                .check(quire);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level packages under studio.quire that hold compiled classes. */
    private static Set<String> topLevelPackages(JavaClasses classes) {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getPackageName();
            if (name.startsWith("studio.quire.")) {
                names.add(name.substring("studio.quire.".length()).split("\\.")[0]);
            }
        }
        return names;
    }

    private static String[] packages(Set<String> names) {
        return names.stream().map(name -> "studio.quire." + name + "..").toArray(String[]::new);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
