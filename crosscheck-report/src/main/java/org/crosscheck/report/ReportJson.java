package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Removed;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimelineEntry;
import org.crosscheck.model.UnplacedDate;

/**
 * report.json, field for field as ../shared/REPORT-FORMAT.md (crosscheck.report/1) defines it. The
 * tree is built by hand so the contract's names live in this one class, not in annotations spread
 * over the model. Thread-safe.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    public static byte[] write(Report r) {
        try {
            return MAPPER.writeValueAsString(tree(r)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** The report.json tree, for readers that serve parts of it (the web API). */
    public static ObjectNode tree(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Report.SCHEMA);
        ObjectNode corpus = root.putObject("corpus");
        corpus.put("name", r.corpusName());
        corpus.put("documents", r.documents().size());
        corpus.put("generated", r.generated().toString());
        corpus.put("tool_version", r.toolVersion());
        // added to v1: the workspace generation the report was made from, so a stale report is known after a kill
        corpus.put("generation", r.generation());

        ArrayNode docs = root.putArray("documents");
        for (DocumentReport d : r.documents()) {
            ObjectNode o = docs.addObject();
            o.put("id", d.source().id());
            o.put("path", d.source().path());
            o.put("sha256", d.source().sha256());
            o.put("media_type", d.source().mediaType());
            o.put("captured", d.source().captured().toString());
            o.put("outlet", d.outlet());
            o.put("origin", d.origin());
            o.put("published", d.published() == null ? null : d.published().toString());
            o.put("title", d.title());
            o.put("author", d.author());
            // added to v1: how the source's facts were found, and the ones a user set by hand
            DocumentReport.Details facts = d.details();
            o.put("standfirst", facts.standfirst());
            o.put("dateline", facts.dateline());
            o.put("url", facts.url());
            o.put("published_basis", facts.publishedBasis());
            ObjectNode overrides = o.putObject("overrides");
            facts.overrides().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                ObjectNode ov = overrides.putObject(e.getKey());
                ov.put("value", e.getValue().value());
                ov.put("by", e.getValue().by());
                ov.put("at", e.getValue().at().toString());
            });
            o.put("text", d.source().text());
            o.put("body", d.cleaned().body());
            // added to v1 so a reader (the web view) can place the body back in the text exactly
            if (d.cleaned().title() == null) {
                o.putNull("title_span");
            } else {
                span(o.putObject("title_span"), d.cleaned().title(), false);
            }
            ArrayNode paragraphs = o.putArray("paragraphs");
            for (Span p : d.cleaned().paragraphs()) {
                ObjectNode pn = paragraphs.addObject();
                pn.put("start", p.start());
                pn.put("end", p.end());
            }
            ArrayNode removed = o.putArray("removed");
            for (Removed x : d.cleaned().removed()) {
                ObjectNode rn = span(removed.addObject(), x.span(), false);
                rn.put("kind", x.kind().label());
                if (x.note() != null) rn.put("note", x.note()); // added to v1: an editor's note kept apart, not junk
            }
            ArrayNode flags = o.putArray("flags");
            d.cleaned().flags().stream().map(DocumentFlag::label).sorted().forEach(flags::add);
            // added to v1: how much of a cut text was analysed, in words, and the full length when known
            if (d.source().truncated()) {
                o.put("full_length", d.source().fullLength());
                o.putArray("notes").add(d.source().truncationNote());
            }
        }

        ArrayNode entities = root.putArray("entities");
        for (Entity e : r.entities()) {
            ObjectNode o = entities.addObject();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            o.put("gender", e.gender().label());
            o.put("role", e.role());
            ArrayNode aliases = o.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = o.putArray("mentions");
            e.mentions().forEach(m -> span(mentions.addObject(), m, true));
        }

        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : r.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("id", q.id());
            span(o, q.span(), true);
            o.put("kind", q.kind().label());
            ObjectNode sp = o.putObject("speaker");
            sp.put("entity", q.speaker().entity());
            sp.put("name", q.speaker().name());
            sp.put("mention", q.speaker().mention() == null ? null : q.speaker().mention().text());
            if (q.speaker().mention() != null) {
                sp.put("mention_start", q.speaker().mention().start());
                sp.put("mention_end", q.speaker().mention().end());
            }
            o.put("cue", q.cue());
            o.put("confidence", Math.round(q.confidence() * 100) / 100.0);
            // optional: which rule found the speaker, for a reader checking why a quote is someone's
            if (q.sieve() != null) o.put("sieve", q.sieve());
        }

        ArrayNode claims = root.putArray("claims");
        for (Claim c : r.claims()) {
            ObjectNode o = claims.addObject();
            o.put("id", c.id());
            o.put("statement", c.statement());
            o.put("attributed_to", c.attributedTo());
            o.put("modality", c.modality().label());
            o.put("independent_sources", c.independentSources());
            // how many independent sources put it each way, apart: "asserted", "hedged"
            ObjectNode support = o.putObject("support");
            for (Modality m : Modality.values()) if (c.sources(m) > 0) support.put(m.label(), c.sources(m));
            ArrayNode mentions = o.putArray("mentions");
            for (ClaimMention m : c.mentions()) {
                ObjectNode mn = span(mentions.addObject(), m.span(), true);
                mn.put("value", m.value());
                mn.put("modality", m.modality().label());
            }
        }

        ArrayNode discrepancies = root.putArray("discrepancies");
        for (Discrepancy d : r.discrepancies()) {
            ObjectNode o = discrepancies.addObject();
            o.put("id", d.id());
            o.put("type", d.type().label());
            o.put("claim", d.claim());
            o.put("description", d.description());
            o.put("approximate", d.approximate());
            ArrayNode variants = o.putArray("variants");
            for (Discrepancy.Variant v : d.variants()) {
                ObjectNode vn = variants.addObject();
                vn.put("value", v.value());
                ArrayNode vd = vn.putArray("docs");
                v.docs().forEach(vd::add);
                ArrayNode vm = vn.putArray("mentions");
                v.mentions().forEach(m -> span(vm.addObject(), m, true));
            }
        }

        ArrayNode relations = root.putArray("relations");
        for (Relation rel : r.relations()) {
            ObjectNode o = relations.addObject();
            ArrayNode pair = o.putArray("docs");
            pair.add(rel.a());
            pair.add(rel.b());
            o.put("relation", rel.kind().label());
            o.put("similarity", rel.similarity());
        }

        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry t : r.timeline()) {
            ObjectNode o = timeline.addObject();
            o.put("when", t.when());
            o.put("event", t.event());
            o.put("background", t.background()); // added to v1: what the sources recall from before the event's own days
            ArrayNode mentions = o.putArray("mentions");
            t.mentions().forEach(m -> span(mentions.addObject(), m, true));
        }

        // added to v1: the time expressions the timeline could not date, each with its sentence and why
        ArrayNode unplaced = root.putArray("unplaced_dates");
        for (UnplacedDate u : r.unplacedDates()) {
            ObjectNode o = span(unplaced.addObject(), u.mention(), true);
            span(o.putObject("sentence"), u.sentence(), false);
            o.put("reason", u.reason().label());
        }
        return root;
    }

    private static ObjectNode span(ObjectNode o, Span s, boolean withDoc) {
        if (withDoc) o.put("doc", s.doc());
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }
}
