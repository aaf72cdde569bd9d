package com.intelliclaim.engine.decide.facts;

import static com.intelliclaim.engine.retrieve.ClauseFamily.AMBULANCE;
import static com.intelliclaim.engine.retrieve.ClauseFamily.AYUSH;
import static com.intelliclaim.engine.retrieve.ClauseFamily.CATARACT;
import static com.intelliclaim.engine.retrieve.ClauseFamily.EXCLUSION;
import static com.intelliclaim.engine.retrieve.ClauseFamily.HEALTH_CHECKUP;
import static com.intelliclaim.engine.retrieve.ClauseFamily.MATERNITY;
import static com.intelliclaim.engine.retrieve.ClauseFamily.ORGAN_DONOR;
import static com.intelliclaim.engine.retrieve.ClauseFamily.WAITING_PERIOD;

import com.intelliclaim.engine.retrieve.ClauseFamily;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of medical words: the procedures and diagnoses claims name, each with its synonyms ("CABG", "bypass",
 * "cardiac surgery" are all "heart surgery"), and the treatment families policy clauses name, each with its word
 * stems ("arthroplast", "knee replacement" are both "joint replacement"). The two sides differ on purpose: a claim
 * names one procedure and its wordings must not catch neighbours, while a clause names a family broadly (a stem catches
 * "cataracts" and "phacoemulsification" alike). Immutable and thread-safe; build one and share it.
 */
public final class ProcedureVocabulary {
    private static final boolean MAJOR = true;
    private static final boolean MINOR = false;
    private static final List<Procedure> PROCEDURES = List.of(
            // A replacement is its own procedure: policies list joint replacement with long waiting periods that
            // other knee or hip surgery (an arthroscopy, a ligament repair) does not wait for.
            of("knee replacement", MAJOR, Set.of(WAITING_PERIOD), "(?:total |partial )?knee (?:joint )?(?:replacement|"
                    + "arthroplasty)", "tkr", "tka"),
            of("knee surgery", MAJOR, Set.of(WAITING_PERIOD), "knee (?:surgery|operation|arthroscopy)",
                    "acl (?:reconstruction|repair|tear)"),
            of("hip replacement", MAJOR, Set.of(WAITING_PERIOD), "(?:total |partial )?hip (?:joint )?(?:replacement|"
                    + "arthroplasty)", "thr"),
            of("hip surgery", MAJOR, Set.of(WAITING_PERIOD), "hip (?:surgery|operation)"),
            of("joint replacement", MAJOR, Set.of(WAITING_PERIOD), "joint replacement", "arthroplasty"),
            of("cataract surgery", MAJOR, Set.of(CATARACT, WAITING_PERIOD), "cataracts?", "phaco\\w*",
                    "(?:intraocular )?lens implant", "iol"),
            of("heart surgery", MAJOR, Set.of(WAITING_PERIOD), "(?:heart|cardiac|open[- ]heart|valve) "
                    + "(?:surgery|operation|replacement)", "cabg", "(?:coronary )?(?:artery )?bypass(?: graft\\w*)?"),
            of("angioplasty", MAJOR, Set.of(WAITING_PERIOD), "angioplasty", "(?:coronary |cardiac )?stent(?:s|ing)?",
                    "ptca"),
            of("appendectomy", MAJOR, Set.of(WAITING_PERIOD), "append[ie]ctomy", "appendicitis", "appendix"),
            of("hernia surgery", MAJOR, Set.of(WAITING_PERIOD), "hernias?", "herniorrhaphy", "hernioplasty"),
            of("gallbladder surgery", MAJOR, Set.of(WAITING_PERIOD), "cholecystectomy", "gall ?(?:bladder|stones?)"),
            of("kidney stone treatment", MAJOR, Set.of(WAITING_PERIOD), "kidney stones?", "lithotripsy",
                    "renal (?:stones?|calculi|calculus)", "urolithiasis"),
            of("hysterectomy", MAJOR, Set.of(WAITING_PERIOD), "hysterectomy", "fibroids?"),
            of("tonsillectomy", MAJOR, Set.of(WAITING_PERIOD), "tonsil\\w*"),
            of("piles surgery", MAJOR, Set.of(WAITING_PERIOD), "piles", "ha?emorrhoid\\w*", "fistula", "fissure"),
            of("sinus surgery", MAJOR, Set.of(WAITING_PERIOD), "sinusitis", "sinus surgery", "fess"),
            of("varicose vein surgery", MAJOR, Set.of(WAITING_PERIOD), "varicose veins?"),
            of("spine surgery", MAJOR, Set.of(WAITING_PERIOD), "spine", "spinal (?:fusion|surgery|cord)",
                    "disc prolapse", "slipped disc", "laminectomy", "discectomy"),
            of("dental treatment", MINOR, Set.of(EXCLUSION), "dental(?: work| care| filling| implants?)?",
                    "root canal", "rct", "tooth(?: extraction)?", "teeth"),
            of("caesarean delivery", MAJOR, Set.of(MATERNITY, WAITING_PERIOD),
                    "ca?esarean(?: section| delivery)?", "c-? ?section", "lscs"),
            of("maternity", MINOR, Set.of(MATERNITY, WAITING_PERIOD), "maternity",
                    "(?:normal |child ?)?deliver(?:y|ies|ed)", "childbirth", "pregnan\\w*", "(?:ante|pre|post)natal"),
            of("heart attack", MINOR, Set.of(), "heart attack", "myocardial infarction", "cardiac arrest"),
            // Illnesses treated medically: named so the rules can look them up in waiting-period and exclusion lists.
            of("diabetic foot ulcer", MINOR, Set.of(), "diabetic foot(?: ulcers?)?"),
            of("diabetes", MINOR, Set.of(), "diabet(?:es|ic)", "diabetes mellitus", "high blood sugar"),
            of("hypertension", MINOR, Set.of(), "hypertension", "high blood pressure"),
            of("asthma", MINOR, Set.of(), "asthma\\w*", "copd"),
            of("pneumonia", MINOR, Set.of(), "pneumonia", "lung infection", "chest infection"),
            of("dengue fever", MINOR, Set.of(), "dengue(?: fever)?"),
            of("malaria", MINOR, Set.of(), "malaria"),
            of("typhoid", MINOR, Set.of(), "typhoid(?: fever)?", "enteric fever"),
            of("covid-19", MINOR, Set.of(), "covid(?:-19)?", "corona ?virus"),
            of("stroke", MINOR, Set.of(), "stroke", "paralysis", "cerebrovascular"),
            of("tuberculosis", MINOR, Set.of(), "tuberculosis", "\\btb\\b"),
            of("jaundice", MINOR, Set.of(), "jaundice", "hepatitis"),
            of("chronic kidney disease", MINOR, Set.of(), "chronic kidney disease", "\\bckd\\b", "renal failure",
                    "kidney failure"),
            of("thyroid disorder", MINOR, Set.of(), "thyroid\\w*", "hypothyroid\\w*", "hyperthyroid\\w*"),
            of("dialysis", MINOR, Set.of(), "(?:ha?emo|peritoneal )?dialysis"),
            of("cancer treatment", MINOR, Set.of(), "cancer", "chemo(?:therapy)?", "radiotherapy", "radiation therapy",
                    "oncology", "carcinoma", "malignan\\w*"),
            of("AYUSH treatment", MINOR, Set.of(AYUSH), "ayush", "ayurved\\w*", "homo?eopath\\w*", "unani", "siddha",
                    "naturopathy", "panchakarma"),
            of("air ambulance", MINOR, Set.of(AMBULANCE), "air ambulance", "airlift\\w*",
                    "helicopter (?:ambulance|evacuation)"),
            of("ambulance", MINOR, Set.of(AMBULANCE), "(?:road )?ambulance"),
            of("organ transplant", MAJOR, Set.of(ORGAN_DONOR), "organ (?:donor|donation|transplant\\w*)",
                    "(?:kidney|liver|renal|bone marrow) transplant\\w*", "transplant\\w*", "donor"),
            of("bariatric surgery", MAJOR, Set.of(EXCLUSION), "bariatric", "(?:gastric|weight[- ]loss) (?:bypass|"
                    + "sleeve|band\\w*|surgery)", "obesity"),
            of("cosmetic surgery", MAJOR, Set.of(EXCLUSION), "(?:cosmetic|plastic|aesthetic)", "rhinoplasty",
                    "liposuction", "botox", "hair transplant\\w*", "face ?lift"),
            of("refractive surgery", MAJOR, Set.of(EXCLUSION), "lasik", "refractive(?: error| correction)?"),
            of("infertility treatment", MINOR, Set.of(EXCLUSION), "ivf", "in[- ]vitro fertili[sz]ation",
                    "(?:in)?fertility", "iui", "assisted reproduction"),
            of("psychiatric treatment", MINOR, Set.of(EXCLUSION), "psychiatr\\w*", "mental (?:illness|health|disorder)",
                    "depression", "schizophreni\\w*", "bipolar"),
            of("experimental treatment", MINOR, Set.of(EXCLUSION), "experimental", "unproven"),
            of("health check-up", MINOR, Set.of(HEALTH_CHECKUP), "(?:preventive |medical )?health check[- ]?ups?",
                    "medical check[- ]?ups?"),
            of("accidental injury", MINOR, Set.of(WAITING_PERIOD), "accident\\w*", "fractures?", "fractured",
                    "road traffic accident", "rta", "injur(?:y|ies)", "burns?"),
            of("day-care procedure", MINOR, Set.of(), "day[- ]?care"),
            of("minor procedure", MINOR, Set.of(), "minor (?:procedure|surgery|operation|treatment)"),
            of("surgery", MAJOR, Set.of(WAITING_PERIOD), "surger(?:y|ies)", "operation", "operated"));

    /** Names that say little about the care itself: any more specific procedure named beside them wins. */
    private static final Set<String> GENERAL = Set.of("accidental injury", "day-care procedure", "minor procedure",
            "surgery");
    /** Illnesses: named when nothing more specific is ("known diabetic, knee surgery" is a knee surgery). */
    private static final Set<String> ILLNESSES = Set.of("diabetic foot ulcer", "diabetes", "hypertension", "asthma",
            "pneumonia", "dengue fever", "malaria", "typhoid", "covid-19", "stroke", "tuberculosis", "jaundice",
            "chronic kidney disease", "thyroid disorder");
    private static final boolean SURGICAL = true;
    private static final boolean NOT_SURGICAL = false;
    /** The clause side: each row names one treatment family by the word stems Indian policy wordings use. */
    private static final List<TreatmentFamily> FAMILIES = List.of(
            family("cataract", SURGICAL, "cataract", "phaco", "intra ?ocular lens"),
            family("joint replacement", SURGICAL, "joint replacement", "(knee|hip|shoulder) replacement",
                    "arthroplast", "replacement of (the )?(knee|hip|joint)"),
            family("dental", NOT_SURGICAL, "dental", "dentist", "tooth", "teeth", "root canal", "periodont",
                    "orthodont"),
            family("heart", NOT_SURGICAL, "heart", "cardiac", "coronary", "cabg", "bypass graft", "angioplast"),
            family("maternity", NOT_SURGICAL, "maternity", "deliver(y|ies)", "childbirth", "child birth", "caesarean",
                    "cesarean", "c-section", "termination of pregnancy"),
            family("hernia", SURGICAL, "hernia"),
            family("infertility", NOT_SURGICAL, "infertil", "ivf", "sterility", "assisted reproduct"),
            family("cosmetic", SURGICAL, "cosmetic", "aesthetic", "rhinoplast", "liposuction",
                    "change (of )?appearance"),
            family("obesity", SURGICAL, "bariatric", "obesity", "weight control", "weight loss", "weight reduction"),
            family("hypertension", NOT_SURGICAL, "hypertensi", "blood pressure"),
            family("diabetes", NOT_SURGICAL, "diabet"),
            family("appendix", SURGICAL, "appendic", "appendectom"),
            family("gall bladder", SURGICAL, "gall ?bladder", "cholecyst", "gall ?stone"),
            family("urinary stones", NOT_SURGICAL, "kidney stone", "renal (stone|calcul)",
                    "urinary (system )?(stone|calcul)", "lithotrips", "calculus", "calculi"),
            family("tonsils", NOT_SURGICAL, "tonsil"),
            family("piles", NOT_SURGICAL, "piles", "h(a)?emorrhoid", "fissure", "fistula"),
            family("uterus", SURGICAL, "hysterectom", "fibroid", "fibromyoma", "uterine", "uterus"),
            family("prostate", NOT_SURGICAL, "prostat"),
            family("varicose veins", NOT_SURGICAL, "varicose"),
            family("cancer", NOT_SURGICAL, "cancer", "malignan", "chemotherap", "radiotherap", "oncolog"),
            family("dialysis", NOT_SURGICAL, "dialysis"),
            family("ayush", NOT_SURGICAL, "ayush", "ayurved", "homo?eopath", "unani", "siddha", "naturopath"),
            family("mental illness", NOT_SURGICAL, "psychiatr", "mental illness", "depression", "schizophren",
                    "bipolar"),
            family("air ambulance", NOT_SURGICAL, "air ambulance"),
            family("road ambulance", NOT_SURGICAL, "road ambulance"),
            family("refractive error", NOT_SURGICAL, "refractive", "lasik", "spectacles", "contact lens"),
            family("spine", NOT_SURGICAL, "spinal", "spine", "vertebra", "intervertebral", "disc prolapse"),
            family("osteoarthritis", NOT_SURGICAL, "osteoarthrit", "osteoporos"),
            family("organ donor", NOT_SURGICAL, "organ donor", "organ transplant"),
            family("experimental", NOT_SURGICAL, "experimental", "unproven"),
            family("sex change", NOT_SURGICAL, "change of gender", "change-of-gender", "sex change"));
    private static final VocabularyIndex MATCHER = new VocabularyIndex(PROCEDURES, ILLNESSES, GENERAL);

    /** Every procedure, the specific ones first and the general ones (accident, day care, surgery) last. */
    public List<Procedure> procedures() {
        return PROCEDURES;
    }

    /**
     * The treatment families clauses name, for matching a claimed procedure against policy wording; each family once,
     * in no meaningful order.
     */
    public List<TreatmentFamily> treatmentFamilies() {
        return FAMILIES;
    }

    /**
     * The procedure {@code text} names, as the claim or an analyst wrote it ("Knee replacement", "CABG", "knee
     * surgery"). When it names several, a named treatment wins over an illness (pneumonia, diabetes) and an illness over
     * a general word (an accident, day care, minor procedure, surgery); then the first named; then the longest
     * wording. Empty when it names none.
     */
    public Optional<Procedure> lookup(String text) {
        return find(ClaimText.of(Objects.requireNonNull(text, "text")).lower());
    }

    Optional<Procedure> find(String lower) {
        return MATCHER.find(lower);
    }

    private static Procedure of(String name, boolean major, Set<ClauseFamily> families, String... synonyms) {
        return new Procedure(name, List.of(synonyms), major, families);
    }

    private static TreatmentFamily family(String name, boolean surgical, String... stems) {
        return new TreatmentFamily(name, List.of(stems), surgical);
    }
}
