package org.crosscheck.analysis.entities;

import org.crosscheck.model.EntityType;
import org.crosscheck.model.Gender;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A name found in one sentence, before names are joined across documents.
 *
 * @param span    the name itself, without honorifics or a leading "the"
 * @param type    the type the name's own words suggest; null when they do not tell
 * @param gender  what an honorific says (Ms, Mr), else UNKNOWN
 * @param role    a title or appositive that describes the named one ("UN human rights chief"), or null
 * @param roleSpan where the role is written, or null
 * @param acronym an acronym the text defines for this name, "Long Name (LN)", or null
 * @param honorificForm the name as written with its honorific ("Ms Duarte"), or null
 * @param locative true when a place preposition comes before it ("in Geneva", "from Lyon")
 */
public record NameMention(
        Span span, @Nullable EntityType type, Gender gender, @Nullable String role, @Nullable Span roleSpan,
        @Nullable String acronym, @Nullable String honorificForm, boolean locative) {}
