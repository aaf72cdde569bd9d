package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.decide.facts.ProcedureVocabulary;
import com.intelliclaim.engine.decide.facts.TreatmentFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matches a procedure against clause text with the treatment families of the {@link ProcedureVocabulary} (the word
 * stems Indian policy wordings use), falling back to the procedure's own significant words. A surgery also matches,
 * more weakly, a clause about "any surgery". Thread-safe; it keeps only a cache of procedures' families.
 */
public final class KeywordProcedureMatcher implements ProcedureMatcher {
    private static final Pattern SURGICAL_WORDS = Pattern.compile(
            "surg|ectom|otom|plast|replacement|operat|transplant|bypass|implant");
    private static final Pattern ANY_SURGERY = Pattern.compile(
            "\\b(any|all|every)\\s+(kinds?\\s+of\\s+)?(surger(y|ies)|surgical|operations?)\\b");
    private static final Set<String> GENERIC = Set.of("surgery", "surgeries", "surgical", "treatment", "treatments",
            "treated", "operation", "procedure", "procedures", "repair", "management", "therapy", "hospitalisation",
            "hospitalization", "hospitalised", "hospitalized", "admission", "admitted", "for", "of", "the", "and",
            "with", "due", "to", "after", "in", "on", "left", "right", "one", "both", "minor", "major", "acute",
            "chronic", "severe", "complications", "complication", "attack", "care", "expenses", "claim", "case",
            "planned", "emergency", "elective", "under", "cover", "disease", "illness", "condition", "an", "a",
            "from", "by", "related", "any", "no", "not");
    private static final int CACHE_LIMIT = 1_000;

    /** One pattern per treatment family of the vocabulary, over lower-case text, by family name. */
    private final Map<String, Pattern> compiled;
    private final Set<String> surgicalFamilies;
    private final Pattern anyFamily;

    /** Families per procedure: a decision asks about one procedure hundreds of times. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> families =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A matcher over the treatment families of the standard {@link ProcedureVocabulary}. */
    public KeywordProcedureMatcher() {
        this(new ProcedureVocabulary());
    }

    /** A matcher over the treatment families of {@code vocabulary}. */
    public KeywordProcedureMatcher(ProcedureVocabulary vocabulary) {
        List<TreatmentFamily> table = vocabulary.treatmentFamilies();
        this.compiled = compile(table);
        this.surgicalFamilies = table.stream().filter(TreatmentFamily::surgical).map(TreatmentFamily::name)
                .collect(Collectors.toUnmodifiableSet());
        this.anyFamily = Pattern.compile("\\b(?:" + String.join("|", table.stream().flatMap(f -> f.stems().stream())
                .map(stem -> stem.replace(" ", "\\s+")).toList()) + ")");
    }

    @Override
    public MatchStrength match(String procedure, String text) {
        if (procedure == null || procedure.isBlank() || text == null) {
            return MatchStrength.NONE;
        }
        String p = Texts.lower(procedure);
        String t = Texts.lower(text);
        List<String> families = familiesOfLower(p);
        boolean exact = families.isEmpty() ? allWordsIn(p, t) : families.stream().anyMatch(f -> named(f, t));
        if (exact) {
            return MatchStrength.EXACT;
        }
        return isSurgery(p, families) && ANY_SURGERY.matcher(t).find() ? MatchStrength.GENERAL : MatchStrength.NONE;
    }

    @Override
    public List<String> familyNames(String procedure) {
        return procedure == null || procedure.isBlank() ? List.of() : familiesOfLower(Texts.lower(procedure));
    }

    private List<String> familiesOfLower(String lowerProcedure) {
        if (families.size() > CACHE_LIMIT) {
            families.clear();
        }
        return families.computeIfAbsent(lowerProcedure, this::familiesOf);
    }

    @Override
    public boolean namesTreatment(String text) {
        return anyFamily.matcher(Texts.lower(text)).find();
    }

    /** The treatment families a procedure belongs to, e.g. "knee replacement" → joint replacement. */
    private List<String> familiesOf(String lowerProcedure) {
        List<String> found = new ArrayList<>();
        compiled.forEach((family, pattern) -> {
            if (pattern.matcher(lowerProcedure).find()) {
                found.add(family);
            }
        });
        return List.copyOf(found);
    }

    private boolean named(String family, String lowerText) {
        return compiled.get(family).matcher(lowerText).find();
    }

    private boolean isSurgery(String p, List<String> families) {
        return SURGICAL_WORDS.matcher(p).find() || families.stream().anyMatch(surgicalFamilies::contains);
    }

    /** Without a known family every significant word of the procedure must appear (as a stem) in the text. */
    private static boolean allWordsIn(String p, String t) {
        List<String> words = java.util.Arrays.stream(p.split("[^a-z]+"))
                .filter(w -> w.length() > 2 && !GENERIC.contains(w)).toList();
        if (words.isEmpty()) {
            return false;
        }
        return words.stream().allMatch(w -> containsStem(t, stem(w)));
    }

    private static String stem(String word) {
        return word.length() <= 6 ? word : word.substring(0, word.length() - 2);
    }

    private static boolean containsStem(String text, String stem) {
        int from = 0;
        while (true) {
            int at = text.indexOf(stem, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** One pattern per family, over lower-case text. */
    private static Map<String, Pattern> compile(List<TreatmentFamily> table) {
        Map<String, Pattern> compiled = new java.util.TreeMap<>();
        table.forEach(family -> compiled.put(family.name(), Pattern.compile("\\b(?:" + String.join("|",
                family.stems().stream().map(s -> s.replace(" ", "\\s+")).toList()) + ")")));
        return java.util.Collections.unmodifiableMap(compiled);
    }

    @Override
    public String toString() {
        return "keyword matcher (" + compiled.size() + " treatment families)";
    }
}
