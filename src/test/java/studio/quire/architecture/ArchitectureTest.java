package studio.quire.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses quire;

    @BeforeAll
    static void importClasses() {
        quire = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("studio.quire");
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
        noClasses().that().areRecords().and().resideOutsideOfPackages("studio.quire.db..", "studio.quire.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..")
                .check(quire);
    }

    @Test
    void onlyRepositoriesAndTheDbLayer_useJooq() {
        // The benchmark compares jOOQ with plain JDBC, and the first-run demo runs its repositories
        // in one owner transaction: those are the only places outside db and repositories.
        noClasses().that().resideOutsideOfPackages("studio.quire.db..", "studio.quire.bench..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotHaveSimpleName("DemoWorkspace")
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
    void sharedUiInfrastructure_dependsOnNoFeature() {
        noClasses().that().resideInAPackage("studio.quire.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("studio.quire.project..", "studio.quire.admin..",
                        "studio.quire.app..", "studio.quire.db..")
                .check(quire);
    }

    @Test
    void theDatabaseLayer_knowsNoUi() {
        classes().that().resideInAPackage("studio.quire.db..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx..", "studio.quire.ui..",
                        "studio.quire.app..", "studio.quire.project..", "studio.quire.admin..")
                .check(quire);
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
}
