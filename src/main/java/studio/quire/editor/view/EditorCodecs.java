package studio.quire.editor.view;

import org.fxmisc.richtext.model.Codec;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import studio.quire.editor.ParStyle;
import studio.quire.editor.StyledDocuments;
import studio.quire.editor.TextStyle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** How styled text travels on the clipboard between Quire editors, so a copy keeps its formatting. */
final class EditorCodecs {
    static final Codec<ParStyle> PARAGRAPH = new Codec<>() {
        @Override
        public String getName() {
            return "quire-paragraph-style";
        }

        @Override
        public void encode(DataOutputStream out, ParStyle style) throws IOException {
            out.writeByte(style.kind().ordinal());
            out.writeByte(style.level());
        }

        @Override
        public ParStyle decode(DataInputStream in) throws IOException {
            return new ParStyle(ParStyle.Kind.values()[in.readByte()], in.readByte());
        }
    };

    static final Codec<TextStyle> TEXT = new Codec<>() {
        @Override
        public String getName() {
            return "quire-text-style";
        }

        @Override
        public void encode(DataOutputStream out, TextStyle style) throws IOException {
            out.writeBoolean(style.bold());
            out.writeBoolean(style.italic());
            out.writeUTF(style.link() == null ? "" : style.link());
        }

        @Override
        public TextStyle decode(DataInputStream in) throws IOException {
            return new TextStyle(in.readBoolean(), in.readBoolean(), in.readUTF());
        }
    };

    static final Codec<StyledSegment<String, TextStyle>> SEGMENT = Codec.styledTextCodec(TEXT);

    /** The clipboard format name RichTextFX uses for a copied styled document of Quire. */
    static final String DOCUMENT_FORMAT_NAME =
            ReadOnlyStyledDocument.codec(PARAGRAPH, SEGMENT, StyledDocuments.OPS).getName();

    private EditorCodecs() {
    }
}
