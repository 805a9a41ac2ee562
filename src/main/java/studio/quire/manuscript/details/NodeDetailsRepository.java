package studio.quire.manuscript.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import studio.quire.db.RefusedByDatabaseException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.Titles;
import studio.quire.manuscript.ContentType;
import studio.quire.manuscript.NodeStatus;
import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;

/**
 * One node's details for the inspector (the tree load never reads them): title, status, synopsis,
 * notes, tags, content type, keywords and social snippets (JSONB). Saves carry the node's
 * optimistic version; a node changed meanwhile is never overwritten.
 */
public final class NodeDetailsRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Statuses only review decisions set or take back (V12). */
    private static final java.util.List<String> REVIEW_STATUSES = java.util.Arrays.stream(NodeStatus.values())
            .filter(NodeStatus::setByReview).map(NodeStatus::dbName).toList();
    private static final SelectField<?>[] COLUMNS = {NODE.ID, NODE.KIND, NODE.VERSION, NODE.TITLE, NODE.STATUS,
        NODE.SYNOPSIS, NODE.NOTES, NODE.TAGS, NODE.CONTENT_TYPE, NODE.KEYWORDS, NODE.SOCIAL_SNIPPETS};

    private final DSLContext dsl;

    public NodeDetailsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live node's details, or empty when it is gone, in the trash or not visible. */
    public Optional<NodeDetails> load(UUID nodeId) {
        return translate(() -> dsl.select(COLUMNS).from(NODE).where(NODE.ID.eq(nodeId)).and(NODE.DELETED_AT.isNull())
                .fetchOptional(NodeDetailsRepository::toDetails));
    }

    /**
     * Writes every field if the node is still at {@code edited.version()}; otherwise writes nothing
     * and returns their version. A node that is gone or hidden, or a role that may not change it,
     * is refused with a {@link RefusedByDatabaseException}.
     */
    public NodeSaveResult save(NodeDetails edited) {
        Optional<NodeDetails> saved = translate(() -> dsl.transactionResult(cfg -> cfg.dsl().update(NODE)
                .set(NODE.TITLE, Titles.clean(edited.title()))
                // a review may have moved the status since it was read (without a new version): it keeps it
                .set(NODE.STATUS, DSL.when(NODE.STATUS.in(REVIEW_STATUSES), NODE.STATUS).otherwise(edited.status().dbName()))
                .set(NODE.SYNOPSIS, clean(edited.synopsis()))
                .set(NODE.NOTES, clean(edited.notes()))
                .set(NODE.TAGS, cleanList(edited.tags()).toArray(String[]::new))
                .set(NODE.CONTENT_TYPE, edited.contentType().dbName())
                .set(NODE.KEYWORDS, keywordsJson(cleanList(edited.keywords())))
                .set(NODE.SOCIAL_SNIPPETS, snippetsJson(edited.socialSnippets()))
                .set(NODE.VERSION, NODE.VERSION.plus(1))
                .where(NODE.ID.eq(edited.id())).and(NODE.VERSION.eq(edited.version())).and(NODE.DELETED_AT.isNull())
                .returning(COLUMNS)
                .fetchOptional(NodeDetailsRepository::toDetails)));
        if (saved.isPresent()) {
            return new NodeSaveResult.Saved(saved.get());
        }
        NodeDetails current = load(edited.id()).orElseThrow(() -> new RefusedByDatabaseException(
                "“" + edited.title() + "” is gone or in the trash; nothing was saved.", "02000", null));
        if (current.version() == edited.version()) {
            throw new RefusedByDatabaseException("You do not have the role needed for this change in this organization.",
                    "42501", null);
        }
        return new NodeSaveResult.Conflict(current);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\0", "");
    }

    /** Trimmed, without blanks or repeats, in the writer's order. */
    static List<String> cleanList(List<String> values) {
        return values.stream().map(v -> clean(v).strip()).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static JSONB keywordsJson(List<String> keywords) {
        ArrayNode array = JSON.createArrayNode();
        keywords.forEach(array::add);
        return JSONB.valueOf(array.toString());
    }

    private static JSONB snippetsJson(Map<String, String> snippets) {
        ObjectNode object = JSON.createObjectNode();
        snippets.forEach((platform, text) -> {
            String p = clean(platform).strip();
            if (!p.isEmpty()) {
                object.put(p, clean(text));
            }
        });
        return JSONB.valueOf(object.toString());
    }

    private static NodeDetails toDetails(Record r) {
        return new NodeDetails(r.get(NODE.ID), NodeKind.fromDb(r.get(NODE.KIND)), r.get(NODE.VERSION), r.get(NODE.TITLE),
                NodeStatus.fromDb(r.get(NODE.STATUS)), r.get(NODE.SYNOPSIS), r.get(NODE.NOTES),
                Arrays.asList(r.get(NODE.TAGS)), ContentType.fromDb(r.get(NODE.CONTENT_TYPE)),
                keywords(r.get(NODE.KEYWORDS)), snippets(r.get(NODE.SOCIAL_SNIPPETS)));
    }

    /** Values written by other tools may be numbers or objects: shown as their text. */
    private static List<String> keywords(JSONB value) {
        List<String> out = new ArrayList<>();
        parse(value).forEach(n -> out.add(n.isValueNode() ? n.asText() : n.toString()));
        return out;
    }

    private static Map<String, String> snippets(JSONB value) {
        Map<String, String> out = new LinkedHashMap<>();
        parse(value).fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    private static JsonNode parse(JSONB value) {
        try {
            return value == null ? JSON.createObjectNode() : JSON.readTree(value.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database returned malformed JSON", e);
        }
    }
}
