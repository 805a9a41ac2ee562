package studio.quire.brand.kitfile;

import com.fasterxml.jackson.databind.JsonNode;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.ArrayList;
import java.util.List;

/** Reads a kit file's {@code voice}: banned words, preferred terms, the longest sentence, the reading-ease band. */
final class VoiceReader {
    private final JsonFields json;

    VoiceReader(JsonFields json) {
        this.json = json;
    }

    VoiceRules voice(JsonNode root) {
        JsonNode voice = root.get("voice");
        if (voice == null) {
            return VoiceRules.NONE;
        }
        Place place = Place.ROOT.field("voice");
        json.object(voice, place, "the kit's voice", List.of("banned", "preferred", "maxSentenceWords", "readingEase"));

        List<String> banned = new ArrayList<>();
        Place bannedPlace = place.field("banned");
        JsonNode bannedList = json.list(voice, "banned", bannedPlace, "banned words");
        for (int i = 0; i < bannedList.size(); i++) {
            Place wordPlace = bannedPlace.index(i);
            String word = json.text(bannedList.get(i), wordPlace, "\"synergy\"");
            banned.add(json.model(wordPlace, () -> new VoiceRules(List.of(word), List.of(), 0, 0, 100).bannedWords().get(0)));
        }

        List<PreferredTerm> preferred = new ArrayList<>();
        Place preferredPlace = place.field("preferred");
        JsonNode preferredList = json.list(voice, "preferred", preferredPlace, "preferred terms");
        for (int i = 0; i < preferredList.size(); i++) {
            Place termPlace = preferredPlace.index(i);
            JsonNode term = json.object(preferredList.get(i), termPlace, "a preferred term", List.of("use", "insteadOf"));
            String use = json.text(json.required(term, "use", termPlace, "The preferred term", "\"use\": \"sign in\""),
                    termPlace.field("use"), "\"sign in\"");
            String insteadOf = json.text(json.required(term, "insteadOf", termPlace, "The preferred term",
                    "\"insteadOf\": \"log in\""), termPlace.field("insteadOf"), "\"log in\"");
            preferred.add(json.model(termPlace, () -> new PreferredTerm(use, insteadOf)));
        }

        Place longestPlace = place.field("maxSentenceWords");
        int longest = voice.has("maxSentenceWords") ? json.wholeNumber(voice.get("maxSentenceWords"), longestPlace, "25") : 0;
        json.model(longestPlace, () -> new VoiceRules(List.of(), List.of(), longest, 0, 100));

        double min = 0;
        double max = 100;
        Place easePlace = place.field("readingEase");
        if (voice.has("readingEase")) {
            JsonNode ease = json.object(voice.get("readingEase"), easePlace, "the reading-ease band", List.of("min", "max"));
            min = ease.has("min") ? json.number(ease.get("min"), easePlace.field("min"), "50") : 0;
            max = ease.has("max") ? json.number(ease.get("max"), easePlace.field("max"), "80") : 100;
        }
        double lowest = min;
        double highest = max;
        json.model(easePlace, () -> new VoiceRules(List.of(), List.of(), 0, lowest, highest));
        return json.model(place, () -> new VoiceRules(banned, preferred, longest, lowest, highest));
    }
}
