package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a procedure against clause text with a small table of treatment families and their synonyms (the words
 * Indian policy wordings use), falling back to the procedure's own significant words. A surgery also matches, more
 * weakly, a clause about "any surgery". Thread-safe; it keeps only a cache of procedures' families.
 */
public final class KeywordProcedureMatcher implements ProcedureMatcher {
    /** Treatment families: each row names one family by the word stems that mean it. */
    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("cataract", List.of("cataract", "phaco", "intra ?ocular lens")),
            Map.entry("joint replacement", List.of("joint replacement", "(knee|hip|shoulder) replacement",
                    "arthroplast", "replacement of (the )?(knee|hip|joint)")),
            Map.entry("dental", List.of("dental", "dentist", "tooth", "teeth", "root canal", "periodont", "orthodont")),
            Map.entry("heart", List.of("heart", "cardiac", "coronary", "cabg", "bypass graft", "angioplast")),
            Map.entry("maternity", List.of("maternity", "deliver(y|ies)", "childbirth", "child birth", "caesarean",
                    "cesarean", "c-section", "termination of pregnancy")),
            Map.entry("hernia", List.of("hernia")),
            Map.entry("infertility", List.of("infertil", "ivf", "sterility", "assisted reproduct")),
            Map.entry("cosmetic", List.of("cosmetic", "aesthetic", "rhinoplast", "liposuction", "change (of )?appearance")),
            Map.entry("obesity", List.of("bariatric", "obesity", "weight control", "weight loss", "weight reduction")),
            Map.entry("hypertension", List.of("hypertensi", "blood pressure")),
            Map.entry("diabetes", List.of("diabet")),
            Map.entry("appendix", List.of("appendic", "appendectom")),
            Map.entry("gall bladder", List.of("gall ?bladder", "cholecyst", "gall ?stone")),
            Map.entry("urinary stones", List.of("kidney stone", "renal (stone|calcul)", "urinary (system )?(stone|calcul)",
                    "lithotrips", "calculus", "calculi")),
            Map.entry("tonsils", List.of("tonsil")),
            Map.entry("piles", List.of("piles", "h(a)?emorrhoid", "fissure", "fistula")),
            Map.entry("uterus", List.of("hysterectom", "fibroid", "fibromyoma", "uterine", "uterus")),
            Map.entry("prostate", List.of("prostat")),
            Map.entry("varicose veins", List.of("varicose")),
            Map.entry("cancer", List.of("cancer", "malignan", "chemotherap", "radiotherap", "oncolog")),
            Map.entry("dialysis", List.of("dialysis")),
            Map.entry("ayush", List.of("ayush", "ayurved", "homo?eopath", "unani", "siddha", "naturopath")),
            Map.entry("mental illness", List.of("psychiatr", "mental illness", "depression", "schizophren", "bipolar")),
            Map.entry("air ambulance", List.of("air ambulance")),
            Map.entry("road ambulance", List.of("road ambulance")),
            Map.entry("refractive error", List.of("refractive", "lasik", "spectacles", "contact lens")),
            Map.entry("spine", List.of("spinal", "spine", "vertebra", "intervertebral", "disc prolapse")),
            Map.entry("osteoarthritis", List.of("osteoarthrit", "osteoporos")),
            Map.entry("organ donor", List.of("organ donor", "organ transplant")),
            Map.entry("experimental", List.of("experimental", "unproven")),
            Map.entry("sex change", List.of("change of gender", "change-of-gender", "sex change")));
    private static final Set<String> SURGICAL_FAMILIES = Set.of("cataract", "joint replacement", "hernia", "appendix",
            "gall bladder", "uterus", "cosmetic", "obesity");
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
    private static final Map<String, Pattern> COMPILED = compile();
    private static final Pattern ANY_FAMILY = Pattern.compile("\\b(?:" + String.join("|", FAMILIES.values().stream()
            .flatMap(List::stream).map(stem -> stem.replace(" ", "\\s+")).toList()) + ")");
    private static final int CACHE_LIMIT = 1_000;

    /** Families per procedure: a decision asks about one procedure hundreds of times. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> families =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public MatchStrength match(String procedure, String text) {
        if (procedure == null || procedure.isBlank() || text == null) {
            return MatchStrength.NONE;
        }
        String p = Texts.lower(procedure);
        String t = Texts.lower(text);
        if (families.size() > CACHE_LIMIT) {
            families.clear();
        }
        List<String> families = this.families.computeIfAbsent(p, KeywordProcedureMatcher::familiesOf);
        boolean exact = families.isEmpty() ? allWordsIn(p, t) : families.stream().anyMatch(f -> named(f, t));
        if (exact) {
            return MatchStrength.EXACT;
        }
        return isSurgery(p, families) && ANY_SURGERY.matcher(t).find() ? MatchStrength.GENERAL : MatchStrength.NONE;
    }

    @Override
    public boolean namesTreatment(String text) {
        return ANY_FAMILY.matcher(Texts.lower(text)).find();
    }

    /** The treatment families a procedure belongs to, e.g. "knee replacement" → joint replacement. */
    private static List<String> familiesOf(String lowerProcedure) {
        List<String> found = new ArrayList<>();
        COMPILED.forEach((family, pattern) -> {
            if (pattern.matcher(lowerProcedure).find()) {
                found.add(family);
            }
        });
        return found;
    }

    private static boolean named(String family, String lowerText) {
        return COMPILED.get(family).matcher(lowerText).find();
    }

    private static boolean isSurgery(String p, List<String> families) {
        return SURGICAL_WORDS.matcher(p).find() || families.stream().anyMatch(SURGICAL_FAMILIES::contains);
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
    private static Map<String, Pattern> compile() {
        Map<String, Pattern> compiled = new java.util.TreeMap<>();
        FAMILIES.forEach((family, stems) -> compiled.put(family, Pattern.compile("\\b(?:" + String.join("|",
                stems.stream().map(s -> s.replace(" ", "\\s+")).toList()) + ")")));
        return java.util.Collections.unmodifiableMap(compiled);
    }

    @Override
    public String toString() {
        return "keyword matcher (" + FAMILIES.size() + " treatment families)";
    }
}
