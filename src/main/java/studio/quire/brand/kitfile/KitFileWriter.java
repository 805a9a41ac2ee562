package studio.quire.brand.kitfile;

import com.fasterxml.jackson.core.JsonGenerator;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.io.IOException;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/** Writes one brand kit as a kit file of {@link BrandKitFile#VERSION}, in the order a reader meets the kit. */
final class KitFileWriter {
    private final JsonGenerator out;

    KitFileWriter(JsonGenerator out) {
        this.out = out;
    }

    void write(BrandKit kit, Function<UUID, byte[]> assetBytes) throws IOException {
        out.writeStartObject();
        out.writeStringField(BrandKitFile.FORMAT_FIELD, BrandKitFile.FORMAT);
        out.writeNumberField(BrandKitFile.VERSION_FIELD, BrandKitFile.VERSION);
        out.writeObjectFieldStart("meta");
        out.writeStringField("name", kit.name());
        out.writeEndObject();

        out.writeObjectFieldStart("color");
        out.writeObjectFieldStart("palette");
        for (KitColour colour : kit.colours()) {
            out.writeStringField(colour.name(), colour.hex());
        }
        out.writeEndObject();
        out.writeEndObject();

        out.writeObjectFieldStart("typography");
        out.writeArrayFieldStart("fonts");
        for (KitFont font : kit.fonts()) {
            out.writeStartObject();
            out.writeStringField("role", font.role());
            out.writeStringField("family", font.family());
            out.writeNumberField("weight", font.weight());
            number("size", font.sizePx());
            number("minSize", font.minSizePx());
            number("maxSize", font.maxSizePx());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();

        voice(kit.voice());
        assets(kit, assetBytes);
        out.writeEndObject();
    }

    private void voice(VoiceRules voice) throws IOException {
        out.writeObjectFieldStart("voice");
        out.writeArrayFieldStart("banned");
        for (String word : voice.bannedWords()) {
            out.writeString(word);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("preferred");
        for (PreferredTerm term : voice.preferredTerms()) {
            out.writeStartObject();
            out.writeStringField("use", term.use());
            out.writeStringField("insteadOf", term.insteadOf());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNumberField("maxSentenceWords", voice.maxSentenceWords());
        out.writeObjectFieldStart("readingEase");
        number("min", voice.minReadingEase());
        number("max", voice.maxReadingEase());
        out.writeEndObject();
        out.writeEndObject();
    }

    private void assets(BrandKit kit, Function<UUID, byte[]> assetBytes) throws IOException {
        out.writeArrayFieldStart("assets");
        for (BrandAsset asset : kit.assets()) {
            byte[] bytes = assetBytes.apply(asset.id());
            if (bytes == null) {
                throw new IllegalStateException("The image of \"" + asset.name() + "\" is missing from the asset store,"
                        + " so the kit cannot be exported whole");
            }
            out.writeStartObject();
            out.writeStringField("name", asset.name());
            out.writeStringField("kind", asset.kind().dbName());
            out.writeNumberField("minWidth", asset.minWidthPx());
            number("clearSpace", asset.clearSpace());
            out.writeStringField("mediaType", asset.mediaType());
            out.writeStringField("data", Base64.getEncoder().encodeToString(bytes));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** 64, not 64.0: the file reads as a designer would write it. */
    private void number(String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.writeNumberField(field, (long) value);
        } else {
            out.writeNumberField(field, value);
        }
    }
}
