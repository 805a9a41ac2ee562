package studio.quire.editor.view;

import org.junit.jupiter.api.Test;
import studio.quire.editor.EditorText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StyledTextTest {
    @Test
    void plainText_joinsTheParagraphsWithLineBreaks_withoutMarkup() {
        StyledText text = StyledText.fromMarkdown("# Title\n\nSome **bold** words.\n\n- one\n");

        assertThat(text.plainText()).isEqualTo("Title\nSome bold words.\none");
    }

    @Test
    void markdown_givesBackTheStoredFormat() {
        StyledText text = StyledText.fromMarkdown("# Title\n\nSome **bold** and *italic* words.\n");

        assertThat(text.markdown()).isEqualTo("# Title\n\nSome **bold** and *italic* words.\n");
    }

    @Test
    void documentOf_refusesATextTheViewDidNotBuild() {
        EditorText foreign = new EditorText() {
            @Override
            public String markdown() {
                return "";
            }

            @Override
            public String plainText() {
                return "";
            }
        };

        assertThatThrownBy(() -> StyledText.documentOf(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
}
